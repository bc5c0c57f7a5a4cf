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
