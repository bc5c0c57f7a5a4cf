/**
 * The last build step: writes the Pagefind index into dist/pagefind/ from custom
 * records (src/lib/search/records.ts), one per task and one per notice. The records are
 * derived from the content files exactly as the pages are (parseContentFile +
 * buildCorpus), so a task's search result and its permalink always agree.
 * CONTENT_ROOT is honoured as in scripts/check-content.ts, OUT_DIR as in scripts/build.ts.
 *
 * Large corpora are indexed in shards. Pagefind's indexer holds about 135 KB per record of
 * this corpus while it writes (measured: 25,000 records 3.7 GB, 50,000 records 6.9 GB), so
 * one index of every county's tasks (~140,000 records) would need ~20 GB. Above
 * MAX_SHARD_RECORDS records (env SEARCH_SHARD_RECORDS overrides it), the records are cut
 * at notice boundaries, in corpus order, into shards indexed one after another: the first
 * is the bundle in pagefind/, the others pagefind/shards/<n>/. pagefind/pagefind.js is then
 * a small module (shardModule) with Pagefind's own API that merges the shards
 * (Pagefind's mergeIndex) before the first search, so the search page
 * (public/scripts/search.js) sees one index; Pagefind's own pagefind.js becomes
 * pagefind-core.js. A corpus below the limit gets Pagefind's bundle unchanged.
 *
 * Merging costs two things (docs/performance.md): a sorted search (search.js lists a
 * filter-only search in corpus order) comes back interleaved shard by shard, since Pagefind
 * ranks each shard's results 0, -1, -2 … and merges by score; and each shard drops the query
 * words it does not contain on its own (Pagefind #329), so a shard may match more loosely
 * than one index would.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { parseContentFile } from '../src/lib/content/content-file.ts';
import { buildCorpus, formatProblems, type CorpusInput } from '../src/lib/corpus/corpus.ts';
import { searchRecords, type SearchRecord } from '../src/lib/search/records.ts';
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
const records = searchRecords(corpus);

/** Records per shard at most (a notice's records are never split): ~2 GB of indexer memory. */
const MAX_SHARD_RECORDS = Number(process.env.SEARCH_SHARD_RECORDS ?? 15_000);
if (!Number.isInteger(MAX_SHARD_RECORDS) || MAX_SHARD_RECORDS < 1) fail(`SEARCH_SHARD_RECORDS must be a positive integer, not "${process.env.SEARCH_SHARD_RECORDS}"`);

// searchRecords lists each notice's record, then its tasks', notice after notice.
const shards: SearchRecord[][] = [[]];
let at = 0;
for (const notice of corpus.notices) {
  const size = 1 + notice.tasks.length;
  const current = shards.at(-1)!;
  if (current.length > 0 && current.length + size > MAX_SHARD_RECORDS) shards.push([]);
  shards.at(-1)!.push(...records.slice(at, at + size));
  at += size;
}

/** Where shard n's bundle goes, and the site path the merging module loads it from. */
const shardDir = (n: number) => (n === 0 ? outputPath : join(outputPath, 'shards', String(n)));
const shardUrl = (n: number) => `/pagefind/shards/${n}/`;

// A stale bundle would keep fragments of records that no longer exist.
rmSync(outputPath, { recursive: true, force: true });
for (const [n, shard] of shards.entries()) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`could not create the index: ${errors.join('; ')}`);
  // Pagefind's service answers requests in any order: a few hundred in flight keep it busy.
  for (let i = 0; i < shard.length; i += 250) {
    await Promise.all(
      shard.slice(i, i + 250).map(async (record) => {
        const added = await index.addCustomRecord(record);
        if (added.errors.length > 0) fail(`${record.url}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: shardDir(n) });
  if (written.errors.length > 0) fail(`writing ${shardDir(n)}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}
await pagefind.close();
// The page drives pagefind.js itself (public/scripts/search.js); Pagefind's ready-made UIs
// (about 430 KB) would only be dead weight on the host. A shard needs no script of its own:
// the primary bundle's scripts load it.
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];
for (const [n] of shards.entries()) {
  for (const name of [...UI_FILES, ...(n === 0 ? [] : ['pagefind.js', 'pagefind-worker.js'])]) rmSync(join(shardDir(n), name), { force: true });
}
if (shards.length > 1) {
  renameSync(join(outputPath, 'pagefind.js'), join(outputPath, 'pagefind-core.js'));
  writeFileSync(join(outputPath, 'pagefind.js'), shardModule(shards.slice(1).map((_, k) => shardUrl(k + 1))));
}

/**
 * pagefind/pagefind.js of a sharded index: Pagefind's module API (options, init, search,
 * debouncedSearch, preload, filters, mergeIndex, destroy, createInstance) over one instance
 * of the primary bundle that merges every shard before it answers. Counts and results then
 * cover the whole corpus, as with one index.
 */
function shardModule(urls: string[]): string {
  return `// Written by scripts/search-index.ts: the index is split into ${urls.length + 1} shards (see that file).
import { createInstance } from './pagefind-core.js';
const SHARDS = ${JSON.stringify(urls)};
const base = new URL('./', import.meta.url).pathname;
let instance = createInstance({ basePath: base });
let merged = null;
const ready = () => (merged ??= Promise.all(SHARDS.map((url) => instance.mergeIndex(url))));
export const options = (opts) => instance.options(opts);
export const init = async () => { await ready(); await instance.init(); };
export const search = async (term, opts) => { await ready(); return instance.search(term, opts); };
export const debouncedSearch = async (term, opts, ms) => { await ready(); return instance.debouncedSearch(term, opts, ms); };
export const preload = async (term, opts) => { await ready(); return instance.preload(term, opts); };
export const filters = async () => { await ready(); return instance.filters(); };
export const mergeIndex = (url, opts) => instance.mergeIndex(url, opts);
export const destroy = async () => { await instance.destroy(); instance = createInstance({ basePath: base }); merged = null; };
export { createInstance };
`;
}

/** Total size in bytes of the files under a directory. */
function sizeOf(path: string): number {
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

const tasks = records.filter((r) => r.meta?.['kind'] === '任务').length;
process.stderr.write(
  `search-index: ${records.length} records (${tasks} tasks, ${records.length - tasks} notices)${shards.length > 1 ? ` in ${shards.length} shards` : ''} → ${relative(ROOT, outputPath)}/ (${(sizeOf(outputPath) / 1024).toFixed(0)} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
