/**
 * Wordings of the similarity pages, in one place: a similar task's label, a score, a share.
 */
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import { escapeXml } from '../charts/svg.ts';
import { diffSide, type DiffPart } from './char-diff.ts';

/** A task of another notice, as a link reads: 商河县 2023 年第 4 项. */
export function otherTaskLabel(county: string, year: number, ordinal: number): string {
  return `${county} ${year} 年第 ${ordinal} 项`;
}

/** A similarity score as pages print it: two decimals (相似度 0.96); 1 for an identical requirement. */
export function scoreLabel(score: number): string {
  return score >= 0.9995 ? '1' : score.toFixed(2);
}

/** A county and year as lists of notices name them: 冠县 2023 年. */
export function noticeYearLabel(j: Pick<Jurisdiction, 'name'>, year: number): string {
  return `${j.name} ${year} 年`;
}

/**
 * A requirement with its differences from another marked, as HTML (escaped): side 'b' shows
 * the second text, its own characters in <ins>; side 'a' the first, its own characters in
 * <del>; side 'both' the second text with the first's characters it lacks in <del> in place.
 * A string rather than a component: a notice page marks one per task, and at 140,000 tasks
 * the components' own cost showed in the build.
 */
export function diffHtml(parts: readonly DiffPart[], side: 'a' | 'b' | 'both'): string {
  const runs = side === 'both' ? parts : diffSide(parts, side).map((r) => ({ text: r.text, kind: r.changed ? (side === 'a' ? 'removed' : 'added') : 'same' }));
  return runs.map((r) => (r.kind === 'same' ? escapeXml(r.text) : r.kind === 'removed' ? `<del>${escapeXml(r.text)}</del>` : `<ins>${escapeXml(r.text)}</ins>`)).join('');
}

/** Whether a diff changes anything (punctuation and spaces count: the texts were compared as printed). */
export function differs(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.kind !== 'same');
}
