/**
 * The similarity search (similar.ts) run on the derived corpus, its results read by task id:
 * what the notice pages, the county pages, the comparison matrix and the open data show.
 * Computed once per corpus and set of peers (a build runs it once).
 */
import type { Corpus } from '../corpus/corpus.ts';
import type { DerivedNotice, DerivedTask } from '../corpus/derive.ts';
import { findSimilar, SIMILARITY, type Similarity } from './similar.ts';

/** A similar task and its score (Jaccard similarity of the two requirements' character triples). */
export interface SimilarTask {
  task: DerivedTask;
  score: number;
}

/** A peer notice's closest task to a given task. */
export interface Match extends SimilarTask {
  notice: DerivedNotice;
}

/** The corpus's similar commitments. */
export interface CorpusSimilarity {
  /** A task's nearest commitments in other counties, one per county, closest first (at most SIMILARITY.nearest). */
  nearest(taskId: string): SimilarTask[];
  /** How many other counties have a commitment similar to the task. */
  counties(taskId: string): number;
  /** For each peer notice holding a commitment similar to the task, the closest one, in the corpus's order of notices. */
  matches(taskId: string): Match[];
  /** Whether two notices were compared task by task (`b` is a peer of `a`). */
  compared(a: DerivedNotice, b: DerivedNotice): boolean;
  /** Per peer notice of `a` holding a commitment similar to one of `a`'s tasks: how many of `a`'s tasks have one there (computed once per notice). */
  found(a: DerivedNotice): ReadonlyMap<DerivedNotice, number>;
  /** Distinct requirements, candidate pairs scored and similar pairs found. */
  stats: Similarity['stats'];
}

/**
 * Runs the search over every task of the corpus. `peers` names, for each notice, the
 * notices whose closest task is recorded for each of its tasks: those sharing its upstream,
 * its county's other plans, the notices a comparison chart sets beside it.
 */
export function corpusSimilarity(corpus: Pick<Corpus, 'notices' | 'tasks'>, peers: (n: DerivedNotice) => Iterable<DerivedNotice>): CorpusSimilarity {
  const noticeIndex = new Map(corpus.notices.map((n, i) => [n.notice.id, i]));
  const taskIndex = new Map(corpus.tasks.map((t, i) => [t.id, i]));
  const counties = new Map<string, number>();
  const provinces = new Map<string, number>();
  const indexOf = (m: Map<string, number>, key: string) => {
    let i = m.get(key);
    if (i === undefined) m.set(key, (i = m.size));
    return i;
  };
  const peerSets = corpus.notices.map((n) => new Set([...peers(n)].map((p) => noticeIndex.get(p.notice.id)!)));
  const result = findSimilar({
    notices: corpus.notices.map((n) => ({ county: indexOf(counties, n.notice.jurisdiction.code), province: indexOf(provinces, n.notice.jurisdiction.code.slice(0, 2)), year: n.notice.year })),
    tasks: corpus.tasks.map((t) => ({ notice: noticeIndex.get(t.notice)!, text: t.text })),
    peers: peerSets.map((s) => [...s]),
  });
  const at = (id: string) => {
    const t = taskIndex.get(id);
    if (t === undefined) throw new Error(`similarity: no task "${id}" in the corpus`);
    return t;
  };
  const foundCache = new Map<DerivedNotice, Map<DerivedNotice, number>>();
  const api: CorpusSimilarity = {
    nearest(id) {
      const t = at(id);
      const out: SimilarTask[] = [];
      for (let p = result.nearest.offsets[t]!; p < result.nearest.offsets[t + 1]!; p++) out.push({ task: corpus.tasks[result.nearest.tasks[p]!]!, score: result.nearest.scores[p]! });
      return out;
    },
    counties: (id) => result.counties[at(id)]!,
    matches(id) {
      const t = at(id);
      const out: Match[] = [];
      for (let p = result.matches.offsets[t]!; p < result.matches.offsets[t + 1]!; p++) {
        out.push({ notice: corpus.notices[result.matches.notices[p]!]!, task: corpus.tasks[result.matches.tasks[p]!]!, score: result.matches.scores[p]! });
      }
      return out;
    },
    compared: (a, b) => peerSets[noticeIndex.get(a.notice.id)!]!.has(noticeIndex.get(b.notice.id)!),
    found(a) {
      let counts = foundCache.get(a);
      if (!counts) {
        counts = new Map();
        for (const t of a.tasks) for (const m of api.matches(t.id)) counts.set(m.notice, (counts.get(m.notice) ?? 0) + 1);
        foundCache.set(a, counts);
      }
      return counts;
    },
    stats: result.stats,
  };
  return api;
}

/** A score as pages and the open data print it: three decimals (0.959). */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

export { SIMILARITY };
