/**
 * npm run check: validates every content file against the schemas, the registries and its
 * source file (SHA-256), and prints every problem with its file, line, task and field
 * (Astro stops at the first and prints line 0). Exit code 1 when anything is wrong.
 * CONTENT_ROOT points it at another content folder (notices/ and sources/ inside).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { loadRegistries, ROOT } from './lib/registries.ts';

const contentRoot = process.env.CONTENT_ROOT ? resolve(process.env.CONTENT_ROOT) : join(ROOT, 'content');
const dir = join(contentRoot, 'notices');
const sourcesDir = join(contentRoot, 'sources');
let registries;
try {
  registries = loadRegistries();
} catch (error) {
  process.stderr.write(`check: ${(error as Error).message}\n`);
  process.exit(1);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => ({ name, path: relative(process.cwd(), join(dir, name)), bytes: readFileSync(join(dir, name)) }));
const sources = new Map(
  (existsSync(sourcesDir) ? readdirSync(sourcesDir) : []).map((name) => [name, createHash('sha256').update(readFileSync(join(sourcesDir, name))).digest('hex')]),
);
const { messages, inputs } = checkContent(files, registries, sources, relative(process.cwd(), sourcesDir) || '.');
if (messages.length > 0) {
  process.stderr.write(`check: ${messages.length} content problem(s)\n${messages.join('\n')}\n`);
  process.exit(1);
}
process.stderr.write(`check: ${files.length} notices, ${inputs.reduce((n, i) => n + i.entry.tasks.length, 0)} tasks, no problems\n`);
