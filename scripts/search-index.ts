/**
 * The last build step: writes the Pagefind index into dist/pagefind/ from custom
 * records (src/lib/search/records.ts), one per task and one per notice. The records are
 * derived from the content files exactly as the pages are (parseContentFile +
 * buildCorpus), so a task's search result and its permalink always agree.
 * CONTENT_ROOT is honoured as in scripts/check-content.ts, OUT_DIR as in scripts/build.ts.
 *
 * One bundle per province (src/lib/search/shards.ts: /pagefind/<code>/, a province above
 * SEARCH_SHARD_RECORDS records, default 15,000, cut into /pagefind/<code>-2/ …), indexed one
 * after another so that the indexer's memory stays bounded. The search page loads
 * Pagefind's module from /pagefind/pagefind.js and opens the bundles a search needs
 * (public/scripts/search.js); each bundle keeps Pagefind's worker and WebAssembly, since
 * whichever bundle a page opens first serves them.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { parseContentFile } from '../src/lib/content/content-file.ts';
import { buildCorpus, formatProblems, type CorpusInput } from '../src/lib/corpus/corpus.ts';
import { noticesRecords } from '../src/lib/search/records.ts';
import { maxShardRecords, planShards } from '../src/lib/search/shards.ts';
import { loadRegistries, ROOT } from './lib/registries.ts';

const started = Date.now();
const contentRoot = process.env.CONTENT_ROOT ? resolve(process.env.CONTENT_ROOT) : join(ROOT, 'content');
const dir = join(contentRoot, 'notices');
// OUT_DIR as in astro.config.mjs: relative to the project root, default dist/.
const outputPath = join(resolve(ROOT, process.env.OUT_DIR ?? 'dist'), 'pagefind');

function fail(message: string): never {
  process.stderr.write(`search-index: ${message}\n`);
  process.exit(1);
}

const inputs: CorpusInput[] = [];
// Sorted input: the corpus sorts notices itself, but a stable read order keeps any tie stable too.
for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
  const parsed = parseContentFile(readFileSync(join(dir, name), 'utf8'));
  if (!parsed.ok) fail(`${name}: ${parsed.issues.map((i) => `line ${i.line} ${i.field}: ${i.message}`).join('; ')}`);
  inputs.push({ entry: parsed.entry, file: relative(ROOT, join(dir, name)) });
}
const { corpus, problems } = buildCorpus(inputs, loadRegistries());
if (problems.length > 0) fail(`content problems:\n${formatProblems(problems)}`);
const derivedAt = Date.now();

let maxRecords: number;
try {
  maxRecords = maxShardRecords(process.env.SEARCH_SHARD_RECORDS);
} catch (error) {
  fail((error as Error).message);
}
const shards = planShards(corpus, maxRecords);

const taskCount = corpus.notices.reduce((n, d) => n + d.tasks.length, 0);
const recordCount = corpus.notices.length + taskCount;

/** Where a bundle goes on disk: its site path under the output folder. */
const bundleDir = (path: string) => join(outputPath, ...path.replace(/^\/pagefind\//, '').split('/').filter((p) => p !== ''));

// A stale bundle would keep fragments of records that no longer exist.
rmSync(outputPath, { recursive: true, force: true });

// One bundle after another, each with a fresh Pagefind service: the indexer's memory grows
// with the records it holds (~135 KB each), and closing the service after each bundle gives
// that memory back. A bundle's records are built when it is written, so the whole index is
// never held at once.
for (const shard of shards) {
  const records = noticesRecords(corpus, shard.notices);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`could not create the index: ${errors.join('; ')}`);
  // Pagefind's service answers requests in any order: a few hundred in flight keep it busy.
  for (let i = 0; i < records.length; i += 250) {
    await Promise.all(
      records.slice(i, i + 250).map(async (record) => {
        const added = await index.addCustomRecord(record);
        if (added.errors.length > 0) fail(`${record.url}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: bundleDir(shard.path) });
  if (written.errors.length > 0) fail(`writing ${shard.path}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await pagefind.close();
}
// The page drives Pagefind's module itself (public/scripts/search.js) from /pagefind/pagefind.js;
// Pagefind's ready-made UIs (about 430 KB) would only be dead weight on the host.
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];
if (shards.length > 0) copyFileSync(join(bundleDir(shards[0]!.path), 'pagefind.js'), join(outputPath, 'pagefind.js'));
for (const shard of shards) {
  for (const name of [...UI_FILES, 'pagefind.js']) rmSync(join(bundleDir(shard.path), name), { force: true });
}

/** Total size in bytes of the files under a directory. */
function sizeOf(path: string): number {
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
const ended = Date.now();
process.stderr.write(
  `search-index: ${recordCount} records (${taskCount} tasks, ${corpus.notices.length} notices) in ${shards.length} bundle${shards.length === 1 ? '' : 's'} (${new Set(shards.map((x) => x.code)).size} provinces) → ${relative(ROOT, outputPath)}/ (${(sizeOf(outputPath) / 1024).toFixed(0)} KB) in ${seconds(started, ended)} (content read and derived ${seconds(started, derivedAt)}, bundles written ${seconds(derivedAt, ended)})\n`,
);
