/**
 * The last build step: writes the Pagefind index into dist/pagefind/ from custom
 * records (src/lib/search/records.ts), one per task and one per notice. The records are
 * derived from the content files exactly as the pages are (parseContentFile +
 * buildCorpus), so a task's search result and its permalink always agree.
 * CONTENT_ROOT is honoured as in scripts/check-content.ts.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { parseContentFile } from '../src/lib/content/content-file.ts';
import { buildCorpus, formatProblems, type CorpusInput } from '../src/lib/corpus/corpus.ts';
import { searchRecords } from '../src/lib/search/records.ts';
import { loadRegistries, ROOT } from './lib/registries.ts';

const started = Date.now();
const contentRoot = process.env.CONTENT_ROOT ? resolve(process.env.CONTENT_ROOT) : join(ROOT, 'content');
const dir = join(contentRoot, 'notices');
const outputPath = join(ROOT, 'dist', 'pagefind');

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

const { index, errors } = await pagefind.createIndex({});
if (!index) fail(`could not create the index: ${errors.join('; ')}`);
for (const record of records) {
  const added = await index.addCustomRecord(record);
  if (added.errors.length > 0) fail(`${record.url}: ${added.errors.join('; ')}`);
}
// A stale bundle would keep fragments of records that no longer exist.
rmSync(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length > 0) fail(`writing ${outputPath}: ${written.errors.join('; ')}`);
await pagefind.close();
// The page drives pagefind.js itself (public/scripts/search.js); Pagefind's ready-made UIs
// (about 430 KB) would only be dead weight on the host.
for (const name of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
  rmSync(join(outputPath, name), { force: true });
}

/** Total size in bytes of the files under a directory. */
function sizeOf(path: string): number {
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

const tasks = records.filter((r) => r.meta?.['kind'] === '任务').length;
process.stderr.write(
  `search-index: ${records.length} records (${tasks} tasks, ${records.length - tasks} notices) → ${relative(ROOT, outputPath)}/ (${(sizeOf(outputPath) / 1024).toFixed(0)} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
