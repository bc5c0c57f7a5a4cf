/** The counties a comparison chart lays out, with the totals every chart divides by. */
import type { Corpus } from '../corpus/corpus.ts';
import type { DerivedTask } from '../corpus/derive.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import { distinctName } from '../present.ts';

/** One county as a chart row or column: who it is, the plan years it is counted over, its task count. */
export interface CountyTotal extends Pick<Jurisdiction, 'code' | 'slug'> {
  /**
   * Its name as charts print it and link to the search by: with its prefecture when the
   * registry has the name more than once (铁西区（沈阳市）), so that two rows never read alike.
   */
  name: string;
  /** Plan years of its notices, oldest first (a county with several notices is counted over all of them). */
  years: number[];
  /** Its tasks in the corpus: the denominator of every share. */
  total: number;
}

/** The corpus parts the chart figures read. */
export type ChartCorpus = Pick<Corpus, 'jurisdictions' | 'distinctNameByCode' | 'tasksByJurisdiction' | 'noticesByJurisdiction' | 'tasks' | 'topics' | 'departments' | 'tasksByDepartment' | 'tasksByTopic' | 'subtopics' | 'tasksBySubtopic'>;

const totalsCache = new WeakMap<object, CountyTotal[]>();
const topicCountsCache = new WeakMap<object, Map<string, Map<string, number>>>();

/**
 * Every county with its totals, the longest plan first (then by division code) so charts
 * compare like with like from the top. Computed once per corpus: every county, department
 * and topic page asks for it, and at thousands of counties recomputing it per page would
 * make the build quadratic.
 */
export function countyTotals(corpus: ChartCorpus): CountyTotal[] {
  let totals = totalsCache.get(corpus);
  if (!totals) {
    totals = computeTotals(corpus);
    totalsCache.set(corpus, totals);
  }
  return totals;
}

/** Per county code, its task count per topic id (topics without tasks absent); computed once per corpus. */
export function topicCountsByCounty(corpus: ChartCorpus): ReadonlyMap<string, ReadonlyMap<string, number>> {
  let counts = topicCountsCache.get(corpus);
  if (!counts) {
    counts = new Map();
    for (const [code, tasks] of corpus.tasksByJurisdiction) {
      const byTopic = new Map<string, number>();
      for (const t of tasks) for (const topic of t.topics) byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
      counts.set(code, byTopic);
    }
    topicCountsCache.set(corpus, counts);
  }
  return counts;
}

function computeTotals(corpus: ChartCorpus): CountyTotal[] {
  return corpus.jurisdictions
    .map((j) => ({
      code: j.code,
      name: distinctName(corpus, j),
      slug: j.slug,
      years: [...new Set((corpus.noticesByJurisdiction.get(j.code) ?? []).map((n) => n.notice.year))].sort((a, b) => a - b),
      total: tasksOf(corpus, j.code).length,
    }))
    .sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
}

/** A county's tasks (empty when it has none). */
export function tasksOf(corpus: ChartCorpus, code: Jurisdiction['code']): DerivedTask[] {
  return corpus.tasksByJurisdiction.get(code) ?? [];
}

/** A county's plan years as printed in labels: "2023年", "2021–2023年". */
export function yearsLabel(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = years[0]!;
  const last = years.at(-1)!;
  return first === last ? `${first}年` : `${first}–${last}年`;
}

/** Share of a total, 0 when the total is 0. */
export function shareOf(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}
