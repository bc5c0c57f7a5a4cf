/**
 * The Pagefind index, from the corpus and the bundle plan the pages were built from
 * (search-handoff.ts), once Astro has written every page (the `astro:build:done` hook, as
 * Starlight runs Pagefind): one custom record per task (src/lib/search/records.ts) in one
 * bundle per province (src/lib/search/shards.ts: /pagefind/<code>/, a province above
 * SEARCH_SHARD_RECORDS records cut into parts), and one per notice in /pagefind/notices/,
 * written one after another so that the indexer's memory stays bounded. The search page loads
 * Pagefind's module from /pagefind/pagefind.js and opens the bundles a search needs
 * (src/scripts/search/); each bundle keeps Pagefind's worker and WebAssembly, since whichever
 * bundle a page opens first serves them.
 *
 * `npm run build` sets SEARCH_RECORDS_DIR: the hook then writes the records there, a file per
 * bundle, and scripts/search-index.ts feeds them to Pagefind once Astro's process has ended.
 * Astro's process holds the site's data to the end (3.4 GiB at 2,800 notices, of which letting
 * go of the pages' own data freed 8 MiB), and Pagefind's service beside it (0.7 GiB for a
 * bundle of 6,000 records) made the build's peak 4.45 GB. Without the variable (`astro build`
 * alone) the hook indexes those files itself: one path either way.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { NOTICE_BUNDLE } from '../lib/search/contract.ts';
import { noticeRecords, taskRecords, type SearchRecord } from '../lib/search/records.ts';
import type { SearchShard } from '../lib/search/shards.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import { takeSearchIndex } from './search-handoff.ts';

/** Pagefind's ready-made UIs (about 430 KB): the page drives Pagefind's module itself, so they would only be dead weight on the host. */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** The integration: writes the index after the build, or fails the build naming what went wrong. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const input = takeSearchIndex();
        if (!input) throw new Error('search-index: no page planned the search index (src/data/corpus.ts loadSearchPlan, called by src/pages/search/index.astro)');
        const started = Date.now();
        const plan = indexPlan(input.corpus, input.shards);
        // npm run build indexes the records once Astro's process has ended; `astro build` alone, here.
        const deferred = process.env.SEARCH_RECORDS_DIR;
        const dirOfRecords = deferred ?? mkdtempSync(join(tmpdir(), 'search-records-'));
        writeRecordFiles(plan, dirOfRecords);
        const { heapUsed, rss } = process.memoryUsage();
        process.stderr.write(`search-index: ${plan.records} records written to ${dirOfRecords} in ${((Date.now() - started) / 1000).toFixed(1)} s (Astro's process: ${mib(rss)} resident, ${mib(heapUsed)} of it in use)\n`);
        if (deferred) return;
        await writeSearchIndex(readRecordFiles(dirOfRecords), join(fileURLToPath(dir), 'pagefind'));
        rmSync(dirOfRecords, { recursive: true, force: true });
      },
    },
  };
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

/** One bundle of the index: where it goes on the site, and its records, made when it is written. */
interface Bundle {
  path: string;
  records: () => SearchRecord[];
}

/** The bundles of the index, in order, with the figures its report line gives. */
export interface IndexPlan {
  bundles: Bundle[];
  /** Records in all, tasks, task bundles, provinces, notices. */
  records: number;
  tasks: number;
  shards: number;
  provinces: number;
  notices: number;
}

/** The bundles of the plan: one per shard of tasks, then the notices' own. A bundle's records are built when it is written, so that the whole index is never held at once. */
function indexPlan(corpus: Corpus, shards: readonly SearchShard[]): IndexPlan {
  const tasks = corpus.notices.reduce((n, d) => n + d.tasks.length, 0);
  return {
    bundles: [...shards.map((shard) => ({ path: shard.path, records: () => taskRecords(corpus, shard.notices) })), { path: NOTICE_BUNDLE, records: () => noticeRecords(corpus) }],
    records: tasks + corpus.notices.length,
    tasks,
    shards: shards.length,
    provinces: new Set(shards.map((x) => x.code)).size,
    notices: corpus.notices.length,
  };
}

/** The plan as files: plan.json (the figures and each bundle's path) and one file of records per bundle, a JSON record a line. */
function writeRecordFiles(plan: IndexPlan, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  plan.bundles.forEach((bundle, i) => writeFileSync(join(dir, `${i}.jsonl`), bundle.records().map((r) => JSON.stringify(r)).join('\n') + '\n'));
  const { bundles, ...figures } = plan;
  writeFileSync(join(dir, 'plan.json'), JSON.stringify({ ...figures, paths: bundles.map((b) => b.path) }));
}

/** The plan writeRecordFiles wrote, its records read a bundle at a time. */
export function readRecordFiles(dir: string): IndexPlan {
  const { paths, ...figures } = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as Omit<IndexPlan, 'bundles'> & { paths: string[] };
  const read = (i: number) => () => readFileSync(join(dir, `${i}.jsonl`), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as SearchRecord);
  return { ...figures, bundles: paths.map((path, i) => ({ path, records: read(i) })) };
}

/** Writes every bundle of the plan under `outputPath`, Pagefind's module once at its root; prints one line of figures. */
export async function writeSearchIndex(plan: IndexPlan, outputPath: string): Promise<void> {
  const started = Date.now();
  /** Where a bundle goes on disk: its site path under the output folder. */
  const bundleDir = (path: string) => join(outputPath, ...path.replace(/^\/pagefind\//, '').split('/').filter((p) => p !== ''));
  // A stale bundle would keep fragments of records that no longer exist.
  rmSync(outputPath, { recursive: true, force: true });
  // One bundle after another, each with a fresh Pagefind service: the indexer's memory grows
  // with the records it holds, and closing the service after each bundle gives that memory back.
  const { bundles } = plan;
  for (const bundle of bundles) await writeBundle(bundle.records(), bundleDir(bundle.path));
  copyFileSync(join(bundleDir(bundles[0]!.path), 'pagefind.js'), join(outputPath, 'pagefind.js'));
  for (const bundle of bundles) {
    for (const name of [...UI_FILES, 'pagefind.js']) rmSync(join(bundleDir(bundle.path), name), { force: true });
  }
  const kb = (sizeOf(outputPath) / 1024).toFixed(0);
  // One line the bench reads (scripts/lib/bench/build-log.ts): keep its form.
  process.stderr.write(
    `search-index: ${plan.records} records (${plan.tasks} tasks in ${plan.shards} bundle${plan.shards === 1 ? '' : 's'} of ${plan.provinces} provinces, ${plan.notices} notices in one), ${kb} KB, written in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

/**
 * Writes one bundle. The records are sent to Pagefind's service in order, and it indexes them
 * in the order received (one request after another), so a bundle lists its records in corpus
 * order: the order an exact search returns them in, which the page relies on (plans.ts).
 */
async function writeBundle(records: readonly SearchRecord[], dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search-index: could not create the index: ${errors.join('; ')}`);
  // A few hundred requests in flight keep the service busy.
  for (let i = 0; i < records.length; i += 250) {
    await Promise.all(
      records.slice(i, i + 250).map(async (record) => {
        const added = await index.addCustomRecord(record);
        if (added.errors.length > 0) throw new Error(`search-index: ${record.url}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`search-index: writing ${dir}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await pagefind.close();
}

/** Total size in bytes of the files under a directory. */
function sizeOf(path: string): number {
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}
