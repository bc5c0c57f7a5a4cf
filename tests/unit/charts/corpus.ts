/** The real corpus for chart tests, built as scripts/check-content.ts builds it (content files, registries, derivation). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { buildCorpus, formatProblems, type Corpus } from '../../../src/lib/corpus/corpus.ts';
import { registries, ROOT } from '../../helpers.ts';

/** Builds the corpus from content/notices/*.md; throws on any content problem. */
export function loadTestCorpus(): Corpus {
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
