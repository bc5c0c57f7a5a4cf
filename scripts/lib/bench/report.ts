/**
 * The benchmark's figures: medians and 95th percentiles, and the two Markdown tables that
 * `npm run bench` prints and docs/performance.md shows. Pure.
 */

/**
 * The pause before Enter of the typed search's second measure: a typist at 100 words a minute
 * (500 characters) presses a key every 120 ms. The first measure presses Enter at once, which
 * no reader can.
 */
export const TYPED_PAUSE_MS = 120;

/**
 * The words of the search a reader has made before the typed search's third measure (their
 * next search, on the same page): a search of every province, whose complete answer opens
 * every bundle.
 */
export const NEXT_AFTER = '乡村振兴';

/**
 * What a reader types in a pinyin input method for the words of the bench's typed searches,
 * before the input method commits them (one key every TYPED_PAUSE_MS).
 */
export const PINYIN: Readonly<Record<string, string>> = { 教体局: 'jiaotiju', 依申请公开: 'yishenqinggongkai', 适老化: 'shilaohua', 政府网站: 'zhengfuwangzhan' };

/** How much longer than Pagefind alone (its bare page) the search page opened with its URL may take to its first results: the target of issue 27. */
export const FLOOR_MARGIN_MS = 100;

/** Median and 95th percentile (nearest rank) of some samples. */
export interface Spread {
  median: number;
  p95: number;
}

/** Median and nearest-rank 95th percentile. */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, p95: rank(0.95) };
}

/** One query's figures at one corpus size. */
export interface QueryResult {
  name: string;
  path: string;
  search: QueryFigures;
  baseline: QueryFigures;
  /** Pagefind alone on a bare page (scripts/lib/bench/floor.ts) opened with the query in its URL: the bundle the search page opens first, ten results' data, listed (absent from runs before it was measured). */
  floor?: QueryFigures;
  /** The same search typed on the open search page, which has loaded its first bundle meanwhile (pinyin in an input method since the figures of 2026-12-03's last run): Enter pressed once the words are committed. */
  typed: TypedFigures;
  /** The same, Enter pressed TYPED_PAUSE_MS after the words (absent from runs before it was measured). */
  typedPaused?: TypedFigures;
  /** The same, Enter pressed at once, as the reader's next search after one of NEXT_AFTER (absent from runs before it was measured). */
  typedNext?: TypedFigures;
}

/** A search typed on the open search page: bytes from the typing, times from the Enter. */
export interface TypedFigures {
  bytes: Spread;
  ms: Spread;
  /** Until the search is complete: measured for `typed` only (the other two stop at the first results). */
  completeBytes?: Spread;
  completeMs?: Spread;
}

/** One way of answering a query, over the measured runs. */
export interface QueryFigures {
  /** Bytes transferred from navigation start until the first results show. */
  bytes: Spread;
  /** From navigation start until the first results show, ms. */
  ms: Spread;
  /** From the start of the search until the first results show, ms. */
  searchMs: Spread;
  /** Bytes transferred until the search is complete (all results counted, filter counts shown). */
  completeBytes: Spread;
  /** From navigation start until the search is complete, ms. */
  completeMs: Spread;
  results: number | null;
  /** Transfer by kind of file in the first measured run: until complete, and until the first results. */
  breakdown: Record<string, { requests: number; bytes: number; firstRequests: number; firstBytes: number }>;
}

/** One corpus size's figures. */
export interface SizeResult {
  notices: number;
  tasks: number;
  build: {
    wallSeconds: number;
    peakTreeRssBytes: number;
    /** Peak of the process tree within each build step. */
    peakTreeRssBytesByStep: Record<string, number>;
    /** The processes at the moment of the peak. */
    atPeak: { command: string; rssBytes: number }[];
    maxProcessRssBytes: number | null;
    phases: {
      contentCheck: number | null;
      astroBuild: number | null;
      contentSync: number | null;
      bundle: number | null;
      render: number | null;
      openData: number | null;
      searchIndex: number | null;
    };
    slowestRoutes: { route: string; ms: number }[];
    routeGroups: Record<string, { routes: number; ms: number }>;
  };
  output: {
    pages: number | null;
    htmlFiles: number;
    files: number;
    distBytes: number;
    searchIndexBytes: number;
    searchIndexFiles: number;
    openData: Record<string, number>;
    byFolder: Record<string, number>;
    largestFiles: { path: string; bytes: number }[];
  };
  queries: QueryResult[];
}

export const mb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`);
export const kb = (bytes: number) => (bytes >= 1024 * 1024 ? mb(bytes) : `${(bytes / 1024).toFixed(0)} KB`);
const s = (seconds: number | null) => (seconds === null ? '–' : `${seconds.toFixed(1)} s`);
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
const ratio = (a: number, b: number) => (b === 0 ? '–' : `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×`);

/** The build table: one row per corpus size. */
export function buildTable(sizes: readonly SizeResult[]): string {
  const head = ['notices', 'tasks', 'build (wall)', 'peak memory, process tree', 'largest process', 'content check', 'content sync', 'bundle', 'page rendering', 'of which open data', 'search index', 'pages', 'dist size', 'search index size'];
  const rows = sizes.map((r) => {
    const p = r.build.phases;
    return [
      r.notices.toLocaleString('en'),
      r.tasks.toLocaleString('en'),
      s(r.build.wallSeconds),
      mb(r.build.peakTreeRssBytes),
      mb(r.build.maxProcessRssBytes),
      s(p.contentCheck),
      s(p.contentSync),
      s(p.bundle),
      s(p.render),
      s(p.openData),
      s(p.searchIndex),
      (r.output.pages ?? r.output.htmlFiles).toLocaleString('en'),
      mb(r.output.distBytes),
      `${mb(r.output.searchIndexBytes)} (${r.output.searchIndexFiles.toLocaleString('en')} files)`,
    ];
  });
  return table(head, rows);
}

/** The query table: one row per corpus size and query, the site's search beside the baseline. */
export function queryTable(sizes: readonly SizeResult[]): string {
  const head = ['notices', 'query', 'results (baseline)', 'bytes to first results (median)', 'baseline bytes', 'bytes ÷ baseline', 'first results, from navigation: median / p95', 'baseline', 'time ÷ baseline', 'from search start: median / p95', 'Pagefind alone (bare page), from navigation: median / p95', 'complete: bytes / median / p95', 'typed on the open page: bytes / first results median / p95', 'typed: complete median', `typed, Enter ${TYPED_PAUSE_MS} ms after the words: first results median / p95`, `typed after a search of ${NEXT_AFTER}: bytes / first results median / p95`];
  const rows = sizes.flatMap((r) =>
    r.queries.map((q) => [
      r.notices.toLocaleString('en'),
      q.name,
      `${q.search.results ?? '–'} (${q.baseline.results ?? '–'})`,
      kb(q.search.bytes.median),
      kb(q.baseline.bytes.median),
      ratio(q.search.bytes.median, q.baseline.bytes.median),
      `${ms(q.search.ms.median)} / ${ms(q.search.ms.p95)}`,
      `${ms(q.baseline.ms.median)} / ${ms(q.baseline.ms.p95)}`,
      ratio(q.search.ms.median, q.baseline.ms.median),
      `${ms(q.search.searchMs.median)} / ${ms(q.search.searchMs.p95)}`,
      q.floor ? `${ms(q.floor.ms.median)} / ${ms(q.floor.ms.p95)}` : '–',
      `${kb(q.search.completeBytes.median)} / ${ms(q.search.completeMs.median)} / ${ms(q.search.completeMs.p95)}`,
      `${kb(q.typed.bytes.median)} / ${ms(q.typed.ms.median)} / ${ms(q.typed.ms.p95)}`,
      q.typed.completeMs ? ms(q.typed.completeMs.median) : '–',
      q.typedPaused ? `${ms(q.typedPaused.ms.median)} / ${ms(q.typedPaused.ms.p95)}` : '–',
      q.typedNext ? `${kb(q.typedNext.bytes.median)} / ${ms(q.typedNext.ms.median)} / ${ms(q.typedNext.ms.p95)}` : '–',
    ]),
  );
  return table(head, rows);
}

/** The issue's targets, checked on one corpus size (the largest): what was measured and whether it meets each. */
export function targetTable(r: SizeResult): string {
  const range = (values: number[], format: (x: number) => string) => `${format(Math.min(...values))}–${format(Math.max(...values))}`;
  const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
  const dataFiles = Object.entries(r.output.openData);
  const split = dataFiles.some(([path]) => path.startsWith('data/tasks/'));
  const largest = dataFiles.reduce((max, [, bytes]) => Math.max(max, bytes), 0);
  const bytes = r.queries.map((q) => q.search.bytes.median);
  const typed = r.queries.map((q) => q.typed.ms.median);
  const paused = r.queries.flatMap((q) => (q.typedPaused ? [q.typedPaused.ms.median] : []));
  const next = r.queries.flatMap((q) => (q.typedNext ? [q.typedNext.ms.median] : []));
  const fromStart = r.queries.map((q) => q.search.searchMs.median);
  const fromNavigation = r.queries.map((q) => q.search.ms.median);
  const floor = r.queries.flatMap((q) => (q.floor ? [q.floor.ms.median] : []));
  const overFloor = r.queries.flatMap((q) => (q.floor ? [q.search.ms.median - q.floor.ms.median] : []));
  const under = (values: number[], limit: number) => values.filter((x) => x < limit).length;
  /** A typed measure's row: its medians' range, how many are under 150 ms, and whether all are. */
  const typedRow = (target: string, values: number[]) => [target, `${range(values, ms)} (${under(values, 150)} of ${values.length} under 150 ms)`, yes(Math.max(...values) < 150)];
  const rows = [
    ['full build with search index under 10 min', s(r.build.wallSeconds), yes(r.build.wallSeconds < 600)],
    ['peak memory under 4 GB (process tree)', mb(r.build.peakTreeRssBytes), yes(r.build.peakTreeRssBytes < 4e9)],
    ['open data split into per-jurisdiction files past 20 MB', `${split ? 'split' : 'whole'}; largest file ${mb(largest)}`, yes(largest < 20e6)],
    ['a query transfers under 300 KB until its first results (median, empty cache)', range(bytes, kb), yes(Math.max(...bytes) < 300e3)],
    typedRow(`first results within 150 ms (median): typed on the open search page (pinyin in an input method, a key every ${TYPED_PAUSE_MS} ms), Enter pressed once the words are committed`, typed),
    ...(paused.length > 0 ? [typedRow(`… typed on the open search page, Enter ${TYPED_PAUSE_MS} ms after the words (a typist's pause between two keys at 100 words a minute)`, paused)] : []),
    ...(next.length > 0 ? [typedRow(`… typed as the reader's next search, after one of ${NEXT_AFTER} (every bundle open), Enter pressed once the words are committed`, next)] : []),
    ['… on a page opened with the query in its URL, from the start of the search', `${range(fromStart, ms)} (${under(fromStart, 150)} of ${fromStart.length})`, yes(Math.max(...fromStart) < 150)],
    [
      '… on a page opened with the query in its URL, from navigation (page load included)',
      `${range(fromNavigation, ms)} (${under(fromNavigation, 150)} of ${fromNavigation.length})${floor.length > 0 ? `; Pagefind alone on a bare page: ${range(floor, ms)} (${under(floor, 150)} of ${floor.length})` : ''}`,
      yes(Math.max(...fromNavigation) < 150),
    ],
    ...(floor.length === r.queries.length
      ? [
          [
            `… on a page opened with the query in its URL, from navigation: within ${FLOOR_MARGIN_MS} ms of Pagefind alone on a bare page (the page's own share)`,
            `${range(overFloor, ms)} more (${under(overFloor, FLOOR_MARGIN_MS)} of ${overFloor.length} within ${FLOOR_MARGIN_MS} ms)`,
            yes(Math.max(...overFloor) < FLOOR_MARGIN_MS),
          ],
        ]
      : []),
  ];
  return table([`target (${r.notices.toLocaleString('en')} notices, ${r.tasks.toLocaleString('en')} tasks)`, 'measured', 'met'], rows);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
