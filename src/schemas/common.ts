import { z } from 'zod';

/** A lowercase ASCII identifier as used in URLs and the codebook (`business-environment`). */
export const codeId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'expected a lowercase ASCII id such as "human-resources"');

/** An ISO calendar date (YYYY-MM-DD) that exists in the calendar. */
export const isoDate = z.string().refine(isRealIsoDate, { message: 'expected a real date as YYYY-MM-DD' });

export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A rule of a registry written as a regular expression, with what it matches in words: the
 * pages show the words (a reader never sees the expression); the open data publishes both.
 */
export const explainedPattern = z.object({
  /** A JavaScript regular expression source (no flags). */
  pattern: z.string().min(1).refine(isValidRegExp, { message: 'expected a valid JavaScript regular expression' }),
  /** What it matches, in Chinese words, as pages show it (名称以“教育”开头; 含“重大决策”（“重大决策部署”除外）). */
  words: z.string().min(1),
});
export type ExplainedPattern = z.infer<typeof explainedPattern>;

function isValidRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
