/**
 * What a county added: a notice's tasks with a near copy in another notice sharing its
 * upstream (upstream.ts), and those found in none of them, its own additions; and, for each
 * such notice, the share of one plan found in the other. Also the share of any two compared
 * notices, for the comparison matrix. Pure.
 */
import type { DerivedNotice, DerivedTask } from '../corpus/derive.ts';
import type { CorpusSimilarity, Match } from './corpus-similarity.ts';
import type { Upstream } from './upstream.ts';

/** One notice sharing an upstream, against the notice at hand. */
export interface Partner {
  notice: DerivedNotice;
  /** The notice's tasks with a near copy in the partner, each with the partner's closest task. */
  shared: { task: DerivedTask; match: Match }[];
  /** Share of the notice's tasks found in the partner. */
  share: number;
  /** Share of the partner's tasks found in the notice. */
  shareBack: number;
}

/** A notice's tasks, shared with notices of its upstream or its own. */
export interface NoticeAdditions {
  notice: DerivedNotice;
  /** Notices sharing its upstream, the largest share first (then in the corpus's order). */
  partners: Partner[];
  /** Its tasks with a near copy in at least one partner, in printed order. */
  shared: DerivedTask[];
  /** Its tasks with a near copy in none: its own additions, in printed order. */
  own: DerivedTask[];
}

/** The share of `a`'s tasks with a near copy in `b` (0 when `a` has no task); `b` must be one of `a`'s peers. */
export function shareFound(similarity: CorpusSimilarity, a: DerivedNotice, b: DerivedNotice): number {
  if (!similarity.compared(a, b)) throw new Error(`shareFound: ${b.notice.id} was not compared with ${a.notice.id}`);
  if (a.tasks.length === 0) return 0;
  // matches lists each peer notice at most once per task: the count is of tasks.
  return (similarity.found(a).get(b) ?? 0) / a.tasks.length;
}

/** What a notice shares with the notices of its upstream, and what it adds. */
export function noticeAdditions(n: DerivedNotice, similarity: CorpusSimilarity, upstream: Upstream): NoticeAdditions {
  const related = upstream.related.get(n.notice.id) ?? [];
  const isPartner = new Set(related);
  const byPartner = new Map<DerivedNotice, Partner['shared']>(related.map((r) => [r, []]));
  const shared: DerivedTask[] = [];
  const own: DerivedTask[] = [];
  for (const task of n.tasks) {
    const found = similarity.matches(task.id).filter((m) => isPartner.has(m.notice));
    for (const match of found) byPartner.get(match.notice)!.push({ task, match });
    (found.length > 0 ? shared : own).push(task);
  }
  const order = new Map(related.map((r, i) => [r, i]));
  const partners = related
    .map((notice) => ({
      notice,
      shared: byPartner.get(notice)!,
      share: n.tasks.length > 0 ? byPartner.get(notice)!.length / n.tasks.length : 0,
      shareBack: shareFound(similarity, notice, n),
    }))
    .sort((a, b) => b.share - a.share || order.get(a.notice)! - order.get(b.notice)!);
  return { notice: n, partners, shared, own };
}
