/**
 * npm run import -- <source file> [--out <content file>] [--force] [--json]
 *
 * Reads a raw notice, writes its content file (content/notices/<id>.md unless --out) and
 * prints every warning with its source line for the reviewer. With --json it writes
 * nothing and prints { notice, tasks, warnings } in the public data contract's shapes.
 * Errors are one line naming the file; the exit code is then 1 and nothing is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { writeContentFile } from '../src/lib/content/content-file.ts';
import { deriveNotice, toPublicTask } from '../src/lib/corpus/derive.ts';
import { ImportError } from '../src/lib/import/errors.ts';
import { importNotice, type ImportResult } from '../src/lib/import/import-notice.ts';
import { loadRegistries, ROOT } from './lib/registries.ts';
import { writeFileAtomic } from './lib/write-atomic.ts';

function fail(message: string): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values, positionals } = parse();
if (positionals.length !== 1) fail('usage: npm run import -- <source file> [--out <content file>] [--force] [--json]');
const source = positionals[0]!;
if (!existsSync(source) || !statSync(source).isFile()) fail(`${source}: no such file; expected the path of a raw notice`);

const bytes = readFileSync(source);
const registries = loadRegistries();
let result: ImportResult;
try {
  result = importNotice(bytes, source, createHash('sha256').update(bytes).digest('hex'), registries);
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}

if (values.json) {
  const { derived } = deriveNotice(result.entry, source, registries);
  const out = { notice: derived?.notice ?? null, tasks: (derived?.tasks ?? []).map(toPublicTask), warnings: result.warnings };
  // No process.exit after this write: it could cut a large write to a pipe short.
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  const target = values.out ?? join(ROOT, 'content', 'notices', `${result.entry.id}.md`);
  if (existsSync(target) && !values.force) fail(`${target}: exists; pass --force to overwrite it (the file may hold a reviewer's edits)`);
  writeFileAtomic(target, writeContentFile(result.entry, result.body));
  process.stderr.write(`import: ${relative(process.cwd(), target)}: ${result.entry.tasks.length} tasks read by ${result.reader}, ${result.warnings.length} warnings\n`);
  for (const w of result.warnings) process.stderr.write(`  ${source}:${w.line}: ${w.message}\n`);
}
