/**
 * Year over year: between two consecutive plans of one county, the tasks kept word for word,
 * reworded, added and dropped. Tasks are paired one to one, the most similar pair first
 * (the similarity step's matches between the two notices, which it records because a
 * county's notices are peers of each other); a task left without a partner was added (in
 * the later plan) or dropped (from the earlier one). Pure.
 */
import type { DerivedNotice, DerivedTask } from '../corpus/derive.ts';
import { charDiff, type DiffPart } from './char-diff.ts';
import type { CorpusSimilarity } from './corpus-similarity.ts';
import { comparableText } from './shingles.ts';

/** Two tasks paired across the plans. */
export interface Pairing {
  before: DerivedTask;
  after: DerivedTask;
  score: number;
}

/** The changes from one plan to the next. */
export interface PlanChanges {
  before: DerivedNotice;
  after: DerivedNotice;
  /** The same requirement (punctuation, spaces and widths aside), in the later plan's order. */
  kept: Pairing[];
  /** Paired but worded differently, in the later plan's order, with the characters changed. */
  reworded: (Pairing & { diff: DiffPart[] })[];
  /** In the later plan only, in its order. */
  added: DerivedTask[];
  /** In the earlier plan only, in its order. */
  dropped: DerivedTask[];
}

/** A county's plans oldest first, each with the one before it: the pairs of consecutive plans. */
export function consecutivePlans(notices: readonly DerivedNotice[]): [DerivedNotice, DerivedNotice][] {
  const sorted = [...notices].sort((a, b) => a.notice.year - b.notice.year || a.notice.id.localeCompare(b.notice.id));
  return sorted.slice(1).map((after, i) => [sorted[i]!, after]);
}

/** The changes from `before` to `after`; the similarity step must have compared the two (they are peers). */
export function planChanges(before: DerivedNotice, after: DerivedNotice, similarity: CorpusSimilarity): PlanChanges {
  if (!similarity.compared(after, before)) throw new Error(`planChanges: ${before.notice.id} and ${after.notice.id} were not compared`);
  const position = new Map([...before.tasks, ...after.tasks].map((t) => [t.id, t.notice === before.notice.id ? before.tasks.indexOf(t) : after.tasks.indexOf(t)]));
  const candidates = new Map<string, Pairing>();
  const offer = (b: DerivedTask, a: DerivedTask, score: number) => candidates.set(`${b.id} ${a.id}`, { before: b, after: a, score });
  for (const a of after.tasks) for (const m of similarity.matches(a.id)) if (m.notice === before) offer(m.task, a, m.score);
  for (const b of before.tasks) for (const m of similarity.matches(b.id)) if (m.notice === after) offer(b, m.task, m.score);
  const ordered = [...candidates.values()].sort(
    (x, y) => y.score - x.score || position.get(x.after.id)! - position.get(y.after.id)! || position.get(x.before.id)! - position.get(y.before.id)!,
  );
  const taken = new Set<DerivedTask>();
  const pairs: Pairing[] = [];
  for (const p of ordered) {
    if (taken.has(p.before) || taken.has(p.after)) continue;
    taken.add(p.before);
    taken.add(p.after);
    pairs.push(p);
  }
  pairs.sort((x, y) => position.get(x.after.id)! - position.get(y.after.id)!);
  const kept: Pairing[] = [];
  const reworded: PlanChanges['reworded'] = [];
  for (const p of pairs) {
    if (comparableText(p.before.text) === comparableText(p.after.text)) kept.push(p);
    else reworded.push({ ...p, diff: charDiff(p.before.text, p.after.text) });
  }
  return { before, after, kept, reworded, added: after.tasks.filter((t) => !taken.has(t)), dropped: before.tasks.filter((t) => !taken.has(t)) };
}
