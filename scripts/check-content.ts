/**
 * npm run check: validates every content file against the schemas and the registries
 * and prints every problem with its file, line, task and field (Astro stops at the first
 * and prints line 0). Exit code 1 when anything is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseContentFile } from '../src/lib/content/content-file.ts';
import { buildCorpus, type CorpusInput } from '../src/lib/corpus/corpus.ts';
import { loadRegistries, ROOT } from './lib/registries.ts';

const contentRoot = process.env.CONTENT_ROOT ? resolve(process.env.CONTENT_ROOT) : join(ROOT, 'content');
const dir = join(contentRoot, 'notices');
const messages: string[] = [];
const inputs: CorpusInput[] = [];
const lineOf = new Map<string, (path: (string | number)[]) => number>();
let registries;
try {
  registries = loadRegistries();
} catch (error) {
  process.stderr.write(`check: ${(error as Error).message}\n`);
  process.exit(1);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
for (const name of files) {
  const path = join(dir, name);
  const shown = relative(process.cwd(), path);
  const parsed = parseContentFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) {
    for (const issue of parsed.issues) messages.push(`${shown}:${issue.line}: ${issue.field}: ${issue.message}`);
    continue;
  }
  if (parsed.entry.id !== name.replace(/\.md$/, '')) messages.push(`${shown}:${parsed.lineOf(['id'])}: id: "${parsed.entry.id}" differs from the file name`);
  inputs.push({ entry: parsed.entry, file: shown });
  lineOf.set(shown, parsed.lineOf);
}
const { problems } = buildCorpus(inputs, registries);
for (const p of problems) {
  const path = p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const line = lineOf.get(p.file)?.(path) ?? 1;
  messages.push(`${p.file}:${line}: ${p.task ? `task ${p.task}, ` : ''}${p.field}: ${p.message}`);
}
if (messages.length > 0) {
  process.stderr.write(`check: ${messages.length} content problem(s)\n${messages.join('\n')}\n`);
  process.exit(1);
}
process.stderr.write(`check: ${files.length} notices, ${inputs.reduce((n, i) => n + i.entry.tasks.length, 0)} tasks, no problems\n`);
