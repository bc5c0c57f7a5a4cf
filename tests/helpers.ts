import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile } from '../src/lib/content/content-file.ts';
import { buildCorpus, formatProblems, type Corpus, type CorpusInput } from '../src/lib/corpus/corpus.ts';
import { importNotice, type ImportOptions, type ImportResult } from '../src/lib/import/import-notice.ts';
import { buildVocabulary, type SynthVocabulary } from '../src/lib/synth/vocabulary.ts';
import { loadRegistries, loadTownships, ROOT } from '../scripts/lib/registries.ts';

/** The project's real registries, read once. */
export const registries = loadRegistries();

/** The registries the importer reads: the project's, and the division data's townships. */
export const importRegistries = { ...registries, townships: loadTownships() };

/** How many divisions of the registry bear each name. */
const namesakes = new Map<string, number>();
for (const j of registries.jurisdictions) namesakes.set(j.name, (namesakes.get(j.name) ?? 0) + 1);

/**
 * A county's 县区 filter value, worked out here from the registry rather than by the site's
 * code: its name, or its name and prefecture when the registry has the name more than once.
 */
export function countyValue(j: { name: string; prefecture: string }): string {
  return namesakes.get(j.name)! > 1 ? `${j.name}（${j.prefecture}）` : j.name;
}

/** The project root. */
export { ROOT };

/** The five bundled notices: file, the id the importer gives it, its task count and layout. */
export const SEEDS = [
  { file: 'guanxian-2023-15.txt', id: 'guanxian-2023-15', tasks: 54, reader: 'tab-rows' },
  { file: 'lezhi-2023-15.txt', id: 'lezhi-2023-15', tasks: 44, reader: 'cell-per-line' },
  { file: 'shanghe-2023-2.txt', id: 'shanghe-2023-2', tasks: 51, reader: 'tab-rows' },
  { file: 'lijin-2016-27.txt', id: 'lijin-2016-27', tasks: 52, reader: 'tab-rows' },
  { file: 'yanzhou-2021-20.txt', id: 'yanzhou-2021-20', tasks: 47, reader: 'cell-per-line' },
] as const;

/** Reads a file of the project. */
export function read(path: string): Buffer {
  return readFileSync(join(ROOT, path));
}

/** Runs the real importer on bytes, as the CLI does. */
export function importBytes(bytes: Uint8Array, file: string, options: ImportOptions = {}): ImportResult {
  return importNotice(bytes, file, createHash('sha256').update(bytes).digest('hex'), importRegistries, options);
}

/** Runs the real importer on a project file. */
export function importFile(path: string): ImportResult {
  return importBytes(read(path), path);
}

/** The content files content/notices/*.md as read, in file order; throws on a file that does not read. */
export function loadRealInputs(): CorpusInput[] {
  const dir = join(ROOT, 'content', 'notices');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const parsed = parseContentFile(readFileSync(join(dir, name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
      return { entry: parsed.entry, file: `content/notices/${name}` };
    });
}

/** A corpus derived as the build derives it from these inputs (the real notices by default); throws on any content problem. */
export function loadRealCorpus(inputs: CorpusInput[] = loadRealInputs()): Corpus {
  const { corpus, problems } = buildCorpus(inputs, registries);
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return corpus;
}

/** The synthetic corpus's vocabulary (src/lib/synth/vocabulary.ts), from the real notices' entries and bodies, as `npm run synth` makes it. */
export function realVocabulary(): SynthVocabulary {
  const dir = join(ROOT, 'content', 'notices');
  const real = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((name) => {
      const parsed = parseContentFile(readFileSync(join(dir, name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name} does not parse`);
      return { entry: parsed.entry, body: parsed.body };
    });
  return buildVocabulary(real, registries.jurisdictions);
}
