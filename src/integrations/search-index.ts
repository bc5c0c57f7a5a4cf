/**
 * Writes the Pagefind index into <outDir>/pagefind/ once Astro has written every page (the
 * `astro:build:done` hook, as Starlight runs Pagefind), from the corpus and the bundle plan
 * the pages were built from (search-handoff.ts): one custom record per task
 * (src/lib/search/records.ts) in one bundle per province (src/lib/search/shards.ts:
 * /pagefind/<code>/, a province above SEARCH_SHARD_RECORDS records cut into parts), and one
 * per notice in /pagefind/notices/, written one after another so that the indexer's memory
 * stays bounded. The search page loads
 * Pagefind's module from /pagefind/pagefind.js and opens the bundles a search needs
 * (src/scripts/search/); each bundle keeps Pagefind's worker and WebAssembly, since whichever
 * bundle a page opens first serves them.
 */
import { copyFileSync, readdirSync, rmSync, statSync } from 'node:fs';
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
        await writeSearchIndex(input.corpus, input.shards, join(fileURLToPath(dir), 'pagefind'));
      },
    },
  };
}

/** Writes every bundle of the plan under `outputPath`, Pagefind's module once at its root; prints one line of figures. */
export async function writeSearchIndex(corpus: Corpus, shards: readonly SearchShard[], outputPath: string): Promise<void> {
  const started = Date.now();
  /** Where a bundle goes on disk: its site path under the output folder. */
  const bundleDir = (path: string) => join(outputPath, ...path.replace(/^\/pagefind\//, '').split('/').filter((p) => p !== ''));
  // A stale bundle would keep fragments of records that no longer exist.
  rmSync(outputPath, { recursive: true, force: true });
  let records = 0;
  // One bundle after another, each with a fresh Pagefind service: the indexer's memory grows
  // with the records it holds, and closing the service after each bundle gives that memory
  // back. A bundle's records are built when it is written, so the whole index is never held at once.
  const bundles: { path: string; records: () => SearchRecord[] }[] = [
    ...shards.map((shard) => ({ path: shard.path, records: () => taskRecords(corpus, shard.notices) })),
    { path: NOTICE_BUNDLE, records: () => noticeRecords(corpus) },
  ];
  for (const bundle of bundles) {
    const list = bundle.records();
    records += list.length;
    await writeBundle(list, bundleDir(bundle.path));
  }
  copyFileSync(join(bundleDir(bundles[0]!.path), 'pagefind.js'), join(outputPath, 'pagefind.js'));
  for (const bundle of bundles) {
    for (const name of [...UI_FILES, 'pagefind.js']) rmSync(join(bundleDir(bundle.path), name), { force: true });
  }
  const tasks = corpus.notices.reduce((n, d) => n + d.tasks.length, 0);
  const kb = (sizeOf(outputPath) / 1024).toFixed(0);
  // One line the bench reads (scripts/lib/bench/build-log.ts): keep its form.
  process.stderr.write(
    `search-index: ${records} records (${tasks} tasks in ${shards.length} bundle${shards.length === 1 ? '' : 's'} of ${new Set(shards.map((x) => x.code)).size} provinces, ${corpus.notices.length} notices in one), ${kb} KB, written in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
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
