/**
 * npm run bench [-- --sizes 50,500,2800] [--seed 1] [--runs 15] [--width 1280] [--keep]
 *
 * For each size: writes a synthetic corpus (npm run synth, into tmp/synth-N/), builds it
 * with the real build (CONTENT_ROOT) into bench/work/out-N/ (OUT_DIR; dist/ is not
 * touched) under GNU time, then serves it and times a fixed set of searches in headless
 * Chromium against the baseline (fetch every task, filter with String.includes). Prints
 * the tables and writes the figures to bench/results/sizes-<sizes>.json. --width is the
 * screen's width in CSS pixels (375 for a phone's: the search page then folds its filter
 * panel, and counts the filters only once it is opened). The benchmark
 * only reports figures: nothing here passes or fails on a time.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { BASELINE_PAGE, BASELINE_PATH, BASELINE_TASKS } from './lib/bench/baseline.ts';
import { FLOOR_PAGE, FLOOR_PATH, floorTerm } from './lib/bench/floor.ts';
import { DESKTOP_WIDTH, launch, measure, measureTyped, type Sample, type TypedOptions, type TypedSample } from './lib/bench/browser.ts';
import { buildTable, kb, mb, NEXT_AFTER, PINYIN, queryTable, spread, targetTable, TYPED_PAUSE_MS, type QueryResult, type SizeResult, type TypedFigures } from './lib/bench/report.ts';
import { runBuild } from './lib/bench/run-build.ts';
import { firstBundle, largestCounty } from './lib/bench/search-page.ts';
import { startServer } from './lib/bench/server.ts';
import { ROOT } from './lib/registries.ts';

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}
const say = (message: string) => process.stderr.write(`bench: ${message}\n`);

const { values } = (() => {
  try {
    return parseArgs({ options: { sizes: { type: 'string', default: '50,500,2800' }, seed: { type: 'string', default: '1' }, runs: { type: 'string', default: '15' }, width: { type: 'string', default: String(DESKTOP_WIDTH) }, keep: { type: 'boolean', default: false } } });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const sizes = values.sizes.split(',').map((x) => Number(x.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail('--sizes takes positive integers separated by commas, e.g. --sizes 50,500');
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail('--runs takes a positive integer');
const width = Number(values.width);
if (!Number.isInteger(width) || width < 200 || width > 4000) fail('--width takes the screen width in CSS pixels, an integer from 200 to 4000, e.g. --width 375');
if (!existsSync('/usr/bin/time')) fail('GNU time is needed for the peak memory figures: apt-get install -y time');
if (!existsSync('/usr/bin/chromium')) fail("Debian's Chromium is needed for the query timings: apt-get install -y chromium fonts-noto-cjk");

const WORK = join(ROOT, 'bench', 'work');
const YEAR = '2023';

/** Total size of the files under a folder, and their count. */
function tree(dir: string): { bytes: number; files: { path: string; bytes: number }[] } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
  return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
}

/** The whole task list for the baseline: tasks.json, or the per-jurisdiction files joined when the open data is split. */
function baselineTasksFile(out: string, n: number): string {
  const whole = join(out, 'data', 'tasks.json');
  if (existsSync(whole)) return whole;
  const index = JSON.parse(readFileSync(join(out, 'data', 'tasks', 'index.json'), 'utf8')) as { files: { json: string }[] };
  const joined = join(WORK, `baseline-tasks-${n}.json`);
  const parts = index.files.map((f) => readFileSync(join(out, f.json.replace(/^\//, '')), 'utf8').trim().replace(/^\[|\]$/g, '').trim()).filter((p) => p !== '');
  writeFileSync(joined, `[${parts.join(',')}]`);
  return joined;
}

/** The fixed queries; the county is the 县区 filter value the search page lists with the most records (one county). */
function queries(county: string): { name: string; params: [string, string][] }[] {
  return [
    { name: '教体局', params: [['q', '教体局']] },
    { name: '依申请公开', params: [['q', '依申请公开']] },
    { name: '适老化', params: [['q', '适老化']] },
    { name: '政府网站', params: [['q', '政府网站']] },
    { name: `教体局 + 县区`, params: [['q', '教体局'], ['县区', county]] },
    { name: `依申请公开 + 年度`, params: [['q', '依申请公开'], ['年度', YEAR]] },
    { name: `适老化 + 县区`, params: [['q', '适老化'], ['县区', county]] },
    { name: `政府网站 + 年度`, params: [['q', '政府网站'], ['年度', YEAR]] },
  ];
}

async function measureQueries(out: string, n: number): Promise<QueryResult[]> {
  const searchPage = readFileSync(join(out, 'search', 'index.html'), 'utf8');
  const county = largestCounty(searchPage);
  const server = await startServer(out, {
    [BASELINE_PATH]: { body: BASELINE_PAGE, type: 'text/html; charset=utf-8' },
    [BASELINE_TASKS]: { file: baselineTasksFile(out, n) },
    [FLOOR_PATH]: { body: FLOOR_PAGE, type: 'text/html; charset=utf-8' },
  });
  const browser = await launch();
  const results: QueryResult[] = [];
  try {
    for (const query of queries(county)) {
      const search = `/search/?${new URLSearchParams(query.params)}`;
      const baseline = `${BASELINE_PATH}?${new URLSearchParams(query.params)}`;
      const words = query.params.find(([key]) => key === 'q')?.[1] ?? '';
      const floor = `${FLOOR_PATH}?${new URLSearchParams([['bundle', firstBundle(searchPage, query.params)], ['term', floorTerm(words)], ...query.params])}`;
      const sample = async (path: string) => {
        // One unmeasured load first: the server's gzip cache and the OS file cache are warm for every measured run.
        await measure(browser, server, path, width);
        const samples: Sample[] = [];
        for (let i = 0; i < runs; i++) samples.push(await measure(browser, server, path, width));
        const failed = samples.find((x) => x.error !== undefined);
        if (failed) fail(`${path}: the page failed: ${failed.error}`);
        return {
          bytes: spread(samples.map((x) => x.bytes)),
          ms: spread(samples.map((x) => x.ms)),
          searchMs: spread(samples.map((x) => x.searchMs)),
          completeBytes: spread(samples.map((x) => x.completeBytes)),
          completeMs: spread(samples.map((x) => x.completeMs)),
          results: samples[0]!.results,
          breakdown: samples[0]!.breakdown,
        };
      };
      const letters = PINYIN[words];
      if (letters === undefined) fail(`no pinyin for ${words} in PINYIN (scripts/lib/bench/report.ts)`);
      const typed = async (options: TypedOptions) => {
        const all = { width, composing: { letters, keyMs: TYPED_PAUSE_MS }, ...options };
        // On a busy machine the page's pause after the words (300 ms) can end before the bench's
        // Enter arrives: that sample measured no Enter, and is taken again (at most twice more).
        const once = async (): Promise<TypedSample> => {
          for (let attempt = 1; ; attempt++) {
            try {
              return await measureTyped(browser, server, query.params, all);
            } catch (error) {
              if (attempt >= 3 || !/started before Enter/.test(String(error))) throw error;
              say(`  ${query.name}: the search started before Enter (a busy machine); measured again`);
            }
          }
        };
        await once();
        const samples: TypedSample[] = [];
        for (let i = 0; i < runs; i++) samples.push(await once());
        const figures: TypedFigures = { bytes: spread(samples.map((x) => x.bytes)), ms: spread(samples.map((x) => x.ms)) };
        const completeBytes = samples.flatMap((x) => x.completeBytes ?? []);
        const completeMs = samples.flatMap((x) => x.completeMs ?? []);
        return completeMs.length === samples.length ? { ...figures, completeBytes: spread(completeBytes), completeMs: spread(completeMs) } : figures;
      };
      // Measured in this order: opened with the URL, the baseline, Pagefind alone, then the three typed measures.
      const figures = {
        search: await sample(search),
        baseline: await sample(baseline),
        floor: await sample(floor),
        typed: await typed({}),
        // Only the first waits for the complete answer (its own column); the other two stop at the first results.
        typedPaused: await typed({ pauseMs: TYPED_PAUSE_MS, complete: false }),
        typedNext: await typed({ after: NEXT_AFTER, complete: false }),
      };
      const { typedPaused, typedNext } = figures;
      const result: QueryResult = { name: query.name, path: search, ...figures };
      say(`  ${query.name} (${query.params.map(([k, v]) => `${k}=${v}`).join('&')}): ${kb(result.search.bytes.median)}, ${result.search.ms.median.toFixed(0)} ms median, ${result.search.ms.p95.toFixed(0)} ms p95 (search alone ${result.search.searchMs.median.toFixed(0)} ms), complete ${kb(result.search.completeBytes.median)} ${result.search.completeMs.median.toFixed(0)} ms, ${result.search.results} results; typed on the open page ${kb(result.typed.bytes.median)}, ${result.typed.ms.median.toFixed(0)} ms (complete ${result.typed.completeMs?.median.toFixed(0) ?? '–'} ms), Enter ${TYPED_PAUSE_MS} ms after the words ${typedPaused.ms.median.toFixed(0)} ms, typed after a search of ${NEXT_AFTER} ${kb(typedNext.bytes.median)}, ${typedNext.ms.median.toFixed(0)} ms; baseline ${kb(result.baseline.bytes.median)}, ${result.baseline.ms.median.toFixed(0)} ms, ${result.baseline.results} results; Pagefind alone ${result.floor?.ms.median.toFixed(0)} ms`);
      results.push(result);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

async function benchSize(n: number): Promise<SizeResult> {
  const content = join(ROOT, 'tmp', `synth-${n}`);
  const out = join(WORK, `out-${n}`);
  const cache = join(WORK, `cache-${n}`);
  say(`${n} notices: writing the synthetic corpus to ${relative(ROOT, content)}/`);
  const synth = spawnSync(process.execPath, [join(ROOT, 'scripts', 'synth.ts'), '--notices', String(n), '--seed', values.seed, '--out', content], { cwd: ROOT, stdio: 'inherit' });
  if (synth.status !== 0) fail('npm run synth failed');
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const logFile = join(WORK, `build-${n}.log`);
  say(`${n} notices: building into ${relative(ROOT, out)}/ (log: ${relative(ROOT, logFile)})`);
  const build = await runBuild(ROOT, { ...process.env, CONTENT_ROOT: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' }, logFile, (line) => {
    if (/^(?:build|check|search-index): /.test(line)) say(`  ${line}`);
  });
  const dist = tree(out);
  const index = tree(join(out, 'pagefind'));
  const byFolder: Record<string, number> = {};
  for (const f of dist.files) {
    const top = f.path.includes('/') ? `${f.path.split('/')[0]}/` : f.path;
    byFolder[top] = (byFolder[top] ?? 0) + f.bytes;
  }
  const openData = Object.fromEntries(dist.files.filter((f) => /^data\/.+\.(?:json|csv)$/.test(f.path)).sort((a, b) => b.bytes - a.bytes).slice(0, 12).map((f) => [f.path, f.bytes]));
  const tasks = (JSON.parse(readFileSync(join(out, 'data', 'notices.json'), 'utf8')) as { taskCount: number }[]).reduce((sum, x) => sum + x.taskCount, 0);
  say(`${n} notices: built in ${build.wall.toFixed(1)} s, peak ${mb(build.peakTreeRss)} (process tree); ${mb(dist.bytes)} in ${dist.files.length} files; measuring ${runs} runs per query`);
  const result: SizeResult = {
    notices: n,
    tasks,
    build: {
      wallSeconds: Number(build.wall.toFixed(1)),
      peakTreeRssBytes: build.peakTreeRss,
      peakTreeRssBytesByStep: build.peakTreeRssByStep,
      atPeak: build.atPeak.map((p) => ({ command: p.command, rssBytes: p.rss })),
      maxProcessRssBytes: build.time.maxRss,
      phases: {
        contentCheck: build.phases.contentCheck,
        astroBuild: build.phases.astroBuild,
        contentSync: build.phases.contentSync,
        bundle: build.phases.bundle,
        render: build.phases.render,
        openData: build.phases.openData,
        searchIndex: build.phases.searchIndex,
      },
      slowestRoutes: build.phases.slowestRoutes,
      routeGroups: build.phases.routeGroups,
    },
    output: {
      pages: build.phases.pages,
      htmlFiles: dist.files.filter((f) => f.path.endsWith('.html')).length,
      files: dist.files.length,
      distBytes: dist.bytes,
      searchIndexBytes: index.bytes,
      searchIndexFiles: index.files.length,
      openData,
      byFolder: Object.fromEntries(Object.entries(byFolder).sort((a, b) => b[1] - a[1])),
      largestFiles: [...dist.files].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).slice(0, 10),
    },
    queries: await measureQueries(out, n),
  };
  if (!values.keep) {
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
    rmSync(join(WORK, `baseline-tasks-${n}.json`), { force: true });
  }
  return result;
}

const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));

const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
const version = (pkg: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const browser = await launch();
const chromiumVersion = browser.version();
await browser.close();
const report = {
  measuredAt: new Date().toISOString(),
  machine: { cpu: cpuModel, cores: cpus().length, ramGiB: Number((totalmem() / 1024 ** 3).toFixed(1)), node: process.version, chromium: chromiumVersion, astro: version('astro'), pagefind: version('pagefind') },
  settings: { seed: values.seed, runs, sizes, screenWidth: width, typing: `typed searches: filters ticked by a click (a value the previous search hides, by script), the words typed as pinyin in an input method (Chromium's composition events) a key every ${TYPED_PAUSE_MS} ms, then committed; Enter once the page has the words`, transfer: 'bytes written by the server (headers and bodies) from navigation until the first results show (responses finished by then), and until the search is complete; text gzipped (level 6) as a static host would, Pagefind files as built' },
  sizes: results,
};
const name = `sizes-${sizes.join('-')}${values.seed === '1' ? '' : `-seed-${values.seed}`}${width === DESKTOP_WIDTH ? '' : `-width-${width}`}.json`;
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', name), JSON.stringify(report, null, 1) + '\n');
process.stdout.write(`\nMachine: ${cpuModel}, ${report.machine.cores} cores, ${report.machine.ramGiB} GiB RAM; Node ${process.version}; Chromium ${chromiumVersion}; Astro ${report.machine.astro}; Pagefind ${report.machine.pagefind}; screen ${width} px wide\n\n`);
const largest = results.reduce((a, b) => (b.notices > a.notices ? b : a));
process.stdout.write(`${buildTable(results)}\n\n${queryTable(results)}\n\n${targetTable(largest)}\n\nWritten to bench/results/${name}\n`);
