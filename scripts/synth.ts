/**
 * npm run synth -- --notices N --seed S [--out DIR]
 *
 * Writes a synthetic corpus of N notices (src/lib/synth/) as an ordinary content root:
 * DIR/notices/<id>.md and DIR/sources/<id>.txt (default tmp/synth-N/). The same N and seed
 * give byte-identical files. Build it with CONTENT_ROOT=DIR (npm run bench does).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseContentFile } from '../src/lib/content/content-file.ts';
import { synthesize } from '../src/lib/synth/generate.ts';
import { buildVocabulary, type VocabularySource } from '../src/lib/synth/vocabulary.ts';
import { loadRegistries, ROOT } from './lib/registries.ts';

function fail(message: string): never {
  process.stderr.write(`synth: ${message}\n`);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({ options: { notices: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

const started = Date.now();
const values = parse();
const count = Number(values.notices);
if (!Number.isInteger(count) || count < 1) fail('usage: npm run synth -- --notices N --seed S [--out DIR]  (N a positive integer)');
const out = resolve(values.out ?? join(ROOT, 'tmp', `synth-${count}`));

const registries = loadRegistries();
const realDir = join(ROOT, 'content', 'notices');
const real: VocabularySource[] = readdirSync(realDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => {
    const parsed = parseContentFile(readFileSync(join(realDir, name), 'utf8'));
    if (!parsed.ok) fail(`content/notices/${name} does not parse; run npm run check`);
    return { entry: parsed.entry, body: parsed.body };
  });
const vocabulary = buildVocabulary(real, registries.jurisdictions);

// Only the two folders this script writes are replaced: a stale notice would otherwise stay in the corpus.
const noticesDir = join(out, 'notices');
const sourcesDir = join(out, 'sources');
rmSync(noticesDir, { recursive: true, force: true });
rmSync(sourcesDir, { recursive: true, force: true });
mkdirSync(noticesDir, { recursive: true });
mkdirSync(sourcesDir, { recursive: true });

let tasks = 0;
let bytes = 0;
for (const notice of synthesize({ notices: count, seed: values.seed }, vocabulary, registries)) {
  writeFileSync(join(noticesDir, notice.notice.file), notice.notice.text);
  writeFileSync(join(sourcesDir, notice.source.file), notice.source.text);
  tasks += notice.entry.tasks.length;
  bytes += Buffer.byteLength(notice.notice.text);
}
process.stderr.write(
  `synth: ${count} notices, ${tasks} tasks (${(tasks / count).toFixed(1)} per notice), ${(bytes / 1024 / 1024).toFixed(1)} MB of content files → ${relative(process.cwd(), out) || '.'}/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
