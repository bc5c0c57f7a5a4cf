import { describe, expect, it } from 'vitest';
import { queryTable, spread, targetTable, type QueryResult, type SizeResult } from '../../../scripts/lib/bench/report.ts';

const at = (median: number) => ({ median, p95: median });

function query(name: string, bytes: number, typedMs: number, searchMs: number, navigationMs: number, pausedMs?: number, nextMs?: number, floorMs?: number): QueryResult {
  const figures = { bytes: at(bytes), ms: at(navigationMs), searchMs: at(searchMs), completeBytes: at(bytes * 10), completeMs: at(navigationMs * 5), results: 1, breakdown: {} };
  const typed = (ms: number) => ({ bytes: at(bytes / 2), ms: at(ms), completeBytes: at(bytes), completeMs: at(ms * 5) });
  return {
    name,
    path: `/search/?q=${name}`,
    search: figures,
    baseline: figures,
    typed: typed(typedMs),
    ...(pausedMs === undefined ? {} : { typedPaused: typed(pausedMs) }),
    ...(nextMs === undefined ? {} : { typedNext: typed(nextMs) }),
    ...(floorMs === undefined ? {} : { floor: { ...figures, ms: { median: floorMs, p95: floorMs + 30 } } }),
  };
}

function size(queries: QueryResult[], openData: Record<string, number>, wallSeconds = 343.4, peak = 3.2e9): SizeResult {
  return {
    notices: 2800,
    tasks: 139782,
    build: { wallSeconds, peakTreeRssBytes: peak, peakTreeRssBytesByStep: {}, atPeak: [], maxProcessRssBytes: null, phases: { contentCheck: null, astroBuild: null, contentSync: null, bundle: null, render: null, openData: null, searchIndex: null }, slowestRoutes: [], routeGroups: {} },
    output: { pages: null, htmlFiles: 0, files: 0, distBytes: 0, searchIndexBytes: 0, searchIndexFiles: 0, openData, byFolder: {}, largestFiles: [] },
    queries,
  };
}

/** The table's rows as [target, measured, met]. */
const rows = (table: string) => table.split('\n').slice(2).map((line) => line.split(' | ').map((cell) => cell.replace(/^\| | \|$/g, '')));

describe('bench report', () => {
  it('spread gives the median and the nearest-rank 95th percentile', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, p95: 5 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, p95: 4 });
  });

  it('targetTable marks each target met or not from the largest size’s figures', () => {
    const met = rows(targetTable(size([query('a', 180_000, 90, 140, 300), query('b', 250_000, 140, 149, 320)], { 'data/tasks/index.json': 200_000, 'data/tasks/x.json': 2_000_000 })));
    expect(met.map((r) => r[2])).toEqual(['yes', 'yes', 'yes', 'yes', 'yes', 'yes', '**no**']);
    expect(met[2]![1]).toBe('split; largest file 1.9 MB');
    expect(met[4]![1]).toBe('90 ms–140 ms (2 of 2 under 150 ms)');

    const missed = rows(targetTable(size([query('a', 310_000, 151, 200, 450)], { 'data/tasks.json': 25_000_000 }, 700, 4.1e9)));
    expect(missed.map((r) => r[2])).toEqual(['**no**', '**no**', '**no**', '**no**', '**no**', '**no**', '**no**']);
    expect(missed[2]![1]).toBe('whole; largest file 24 MB');
  });

  it('targetTable adds the typed search with a pause before Enter when it was measured', () => {
    const met = rows(targetTable(size([query('a', 180_000, 160, 200, 400, 40), query('b', 250_000, 190, 210, 420, 149)], { 'data/tasks.json': 2_000_000 })));
    const paused = met.find((r) => r[0]!.includes('ms after the words'))!;
    expect(paused.slice(1)).toEqual(['40 ms–149 ms (2 of 2 under 150 ms)', 'yes']);
    expect(met.find((r) => r[0]!.includes('once the words are committed') && r[0]!.startsWith('first results'))!.slice(1)).toEqual(['160 ms–190 ms (0 of 2 under 150 ms)', '**no**']);
    const slow = rows(targetTable(size([query('a', 180_000, 160, 200, 400, 151)], { 'data/tasks.json': 2_000_000 })));
    expect(slow.find((r) => r[0]!.includes('ms after the words'))![2]).toBe('**no**');
  });

  it('targetTable adds the typed search made as the reader\'s next search when it was measured', () => {
    expect(rows(targetTable(size([query('a', 180_000, 160, 200, 400, 40)], { 'data/tasks.json': 2_000_000 }))).some((r) => r[0]!.includes('next search'))).toBe(false);
    const met = rows(targetTable(size([query('a', 180_000, 160, 200, 400, 40, 90), query('b', 250_000, 190, 210, 420, 149, 140)], { 'data/tasks.json': 2_000_000 })));
    const next = met.find((r) => r[0]!.includes('next search'))!;
    expect(next[0]).toContain('乡村振兴');
    expect(next.slice(1)).toEqual(['90 ms–140 ms (2 of 2 under 150 ms)', 'yes']);
    expect(met.map((r) => r[0]).indexOf(next[0])).toBe(met.findIndex((r) => r[0]!.includes('ms after the words')) + 1);
    const slow = rows(targetTable(size([query('a', 180_000, 160, 200, 400, 40, 150)], { 'data/tasks.json': 2_000_000 })));
    expect(slow.find((r) => r[0]!.includes('next search'))!.slice(1)).toEqual(['150 ms–150 ms (0 of 1 under 150 ms)', '**no**']);
  });

  it('shows Pagefind alone on a bare page beside the page opened with its URL, when it was measured', () => {
    const fromNavigation = (table: string) => rows(table).find((r) => r[0]!.includes('from navigation'))!;
    expect(fromNavigation(targetTable(size([query('a', 180_000, 90, 200, 400)], { 'data/tasks.json': 2_000_000 })))[1]).toBe('400 ms–400 ms (0 of 1)');
    const both = size([query('a', 180_000, 90, 200, 400, 40, 90, 260), query('b', 250_000, 140, 210, 420, 40, 90, 140)], { 'data/tasks.json': 2_000_000 });
    // A reference, not a target: the row is met or not on the site's own figures.
    expect(fromNavigation(targetTable(both)).slice(1)).toEqual(['400 ms–420 ms (0 of 2); Pagefind alone on a bare page: 140 ms–260 ms (1 of 2)', '**no**']);
    const table = queryTable([both]).split('\n');
    const column = table[0]!.split(' | ').findIndex((cell) => cell.startsWith('Pagefind alone'));
    expect(column).toBeGreaterThan(0);
    expect(rows(queryTable([both])).map((r) => r[column])).toEqual(['260 ms / 290 ms', '140 ms / 170 ms']);
    expect(rows(queryTable([size([query('a', 180_000, 90, 200, 400)], {})]))[0]![column]).toBe('–');
  });

  it('checks the page opened with its URL against Pagefind alone: within 100 ms of it, query by query', () => {
    const within = (table: string) => rows(table).find((r) => r[0]!.includes('within 100 ms of Pagefind alone'));
    expect(within(targetTable(size([query('a', 180_000, 90, 200, 400)], { 'data/tasks.json': 2_000_000 })))).toBeUndefined();
    const met = size([query('a', 180_000, 90, 200, 400, 40, 90, 320), query('b', 250_000, 140, 210, 420, 40, 90, 330)], { 'data/tasks.json': 2_000_000 });
    expect(within(targetTable(met))!.slice(1)).toEqual(['80 ms–90 ms more (2 of 2 within 100 ms)', 'yes']);
    const missed = size([query('a', 180_000, 90, 200, 400, 40, 90, 320), query('b', 250_000, 140, 210, 420, 40, 90, 300)], { 'data/tasks.json': 2_000_000 });
    expect(within(targetTable(missed))!.slice(1)).toEqual(['80 ms–120 ms more (1 of 2 within 100 ms)', '**no**']);
  });
});
