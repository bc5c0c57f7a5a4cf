/**
 * npm run import -- <source file> [--out <content file>] [--force] [--json]
 *
 * Reads a raw notice, prints what the reviewer must check, and writes the content file
 * (content/notices/<id>.md by default). With --json it writes nothing and prints
 * { notice, tasks, warnings } in the public data contract's shapes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { deriveNotice, toPublicTask } from '../src/lib/corpus/derive.ts';
import { writeContentFile } from '../src/lib/content/content-file.ts';
import { ImportError } from '../src/lib/import/errors.ts';
import { importNotice } from '../src/lib/import/import-notice.ts';
import { loadRegistries, ROOT } from './lib/registries.ts';
import { writeFileAtomic } from './lib/write-atomic.ts';

function fail(message: string): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) fail('usage: npm run import -- <source file> [--out <content file>] [--force] [--json]');
const source = positionals[0]!;
if (!existsSync(source) || !statSync(source).isFile()) fail(`${source}: no such file; expected the path of a raw notice`);

const bytes = readFileSync(source);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const registries = loadRegistries();
let result;
try {
  result = importNotice(bytes, source, sha256, registries);
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}

if (values.json) {
  const { derived } = deriveNotice(result.entry, source, registries);
  const out = { notice: derived?.notice ?? null, tasks: (derived?.tasks ?? []).map(toPublicTask), warnings: result.warnings };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  process.exit(0);
}

const target = values.out ?? join(ROOT, 'content', 'notices', `${result.entry.id}.md`);
if (existsSync(target) && !values.force) fail(`${target}: exists; pass --force to overwrite it (the file may hold a reviewer's edits)`);
writeFileAtomic(target, writeContentFile(result.entry, result.body));
process.stderr.write(`import: ${relative(process.cwd(), target)}: ${result.entry.tasks.length} tasks read by ${result.reader}, ${result.warnings.length} warnings\n`);
for (const w of result.warnings) process.stderr.write(`  ${source}:${w.line}: ${w.message}\n`);

