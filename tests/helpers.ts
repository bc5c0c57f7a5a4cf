import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile } from '../src/lib/content/content-file.ts';
import { buildCorpus, formatProblems, type Corpus } from '../src/lib/corpus/corpus.ts';
import { importNotice, type ImportResult } from '../src/lib/import/import-notice.ts';
import { loadRegistries, ROOT } from '../scripts/lib/registries.ts';

/** The project's real registries, read once. */
export const registries = loadRegistries();

/** The project root. */
export { ROOT };

/** The five bundled notices: file, the id the importer gives it, its task count and layout. */
export const SEEDS = [
  { file: '000_14e4deccb793e04d.txt', id: 'guanxian-2023-15', tasks: 54, reader: 'tab-rows' },
  { file: '001_de53bfd0c85c9c9e.txt', id: 'lezhi-2023-15', tasks: 44, reader: 'cell-per-line' },
  { file: '002_f1bcb6e2c1bb2002.txt', id: 'shanghe-2023-2', tasks: 51, reader: 'tab-rows' },
  { file: '003_506f63c69720598f.txt', id: 'lijin-2016-27', tasks: 52, reader: 'tab-rows' },
  { file: '004_a7e51957c90899b5.txt', id: 'yanzhou-2021-20', tasks: 47, reader: 'cell-per-line' },
] as const;

/** Reads a file of the project. */
export function read(path: string): Buffer {
  return readFileSync(join(ROOT, path));
}

/** Runs the real importer on bytes, as the CLI does. */
export function importBytes(bytes: Uint8Array, file: string): ImportResult {
  return importNotice(bytes, file, createHash('sha256').update(bytes).digest('hex'), registries);
}

/** Runs the real importer on a project file. */
export function importFile(path: string): ImportResult {
  return importBytes(read(path), path);
}

/** The real corpus from content/notices/*.md, derived as the build derives it; throws on any content problem. */
export function loadRealCorpus(): Corpus {
  const dir = join(ROOT, 'content', 'notices');
  const inputs = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const parsed = parseContentFile(readFileSync(join(dir, name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
      return { entry: parsed.entry, file: `content/notices/${name}` };
    });
  const { corpus, problems } = buildCorpus(inputs, registries);
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return corpus;
}
