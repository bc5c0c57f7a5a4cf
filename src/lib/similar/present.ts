/**
 * Wordings of the similarity pages, in one place: a similar task's label, a score, a share.
 */
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';

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
