/**
 * Similar commitments across notices: for every task, the tasks of other notices whose
 * requirement shares enough of its characters (Jaccard similarity of character 3-grams,
 * found by MinHash LSH, scored exactly), summarised three ways:
 *
 * - `nearest`: its nearest commitments in other counties, one task per county (that county's
 *   closest), at most `nearest` of them, closest first;
 * - `counties`: how many other counties have one at all;
 * - `matches`: for each notice it is compared with (the caller's `peers`: notices sharing an
 *   upstream plan, the county's other years, a comparison chart's notices), that notice's
 *   closest task, if any reaches the threshold.
 *
 * Identical requirements (after normalisation) are compared once: the work grows with the
 * distinct texts and their similar pairs, not with how often a text is copied. Pure and
 * deterministic (fixed seed; ties broken by index).
 */
import { similarSets, type LshOptions } from './minhash.ts';
import { comparableText, shingles } from './shingles.ts';

/**
 * The parameters, chosen on the five bundled notices and the synthetic corpus
 * (docs/similarity.md): a pair is similar from a Jaccard similarity of 0.35 on character
 * 3-grams; 80 bands of 3 rows find a pair at 0.35 with probability 0.97, at 0.4 with 0.995.
 */
export const SIMILARITY: LshOptions & { nearest: number } = { threshold: 0.35, bands: 80, rows: 3, seed: 20_230_815, nearest: 6 };

/** A notice as the search sees it: indexes of its county and province, its plan year. */
export interface SimilarityNotice {
  county: number;
  province: number;
  year: number;
}

/** A task as the search sees it: its notice's index and its requirement. */
export interface SimilarityTask {
  notice: number;
  text: string;
}

/** What to compare. Indexes are positions in `notices` and `tasks`. */
export interface SimilarityInput {
  notices: readonly SimilarityNotice[];
  tasks: readonly SimilarityTask[];
  /** Per notice, the notices whose closest task is recorded for each of its tasks (its own index is ignored). */
  peers: readonly (readonly number[])[];
}

/** Per task lists in typed arrays: task t's entries are at [offsets[t], offsets[t + 1]). */
export interface TaskLists {
  offsets: Int32Array;
  /** The other task. */
  tasks: Int32Array;
  scores: Float32Array;
}

/** The result; every list is per task, by task index. */
export interface Similarity {
  /** Nearest commitments in other counties, one per county, closest first (ties: same province, nearer year, lower county index, lower task index). */
  nearest: TaskLists;
  /** Other counties with at least one similar task. */
  counties: Int32Array;
  /** For each peer notice holding a similar task, its closest one, by peer index; `notices` gives the peer. */
  matches: TaskLists & { notices: Int32Array };
  /** Distinct normalised requirements, candidate pairs scored, similar pairs of distinct requirements. */
  stats: { distinct: number; candidates: number; pairs: number };
}

/** Finds every task's similar commitments (see the module's comment). */
export function findSimilar(input: SimilarityInput, options: LshOptions & { nearest: number } = SIMILARITY): Similarity {
  const { notices, tasks, peers } = input;
  const countyCount = notices.reduce((m, n) => Math.max(m, n.county + 1), 0);

  // Distinct requirements: tasks with the same comparable text share one group.
  const groupOf = new Int32Array(tasks.length);
  const groupByText = new Map<string, number>();
  const sets: Uint32Array[] = [];
  tasks.forEach((task, t) => {
    const text = comparableText(task.text);
    let g = groupByText.get(text);
    if (g === undefined) {
      g = sets.length;
      groupByText.set(text, g);
      sets.push(shingles(text));
    }
    groupOf[t] = g;
  });
  groupByText.clear();
  const groups = sets.length;
  const members = lists(groups, tasks.length, (t) => groupOf[t]!);
  const near = similarSets(sets, options);
  sets.length = 0;

  const nearest = new ListBuilder(tasks.length);
  const matches = new ListBuilder(tasks.length, true);
  const counties = new Int32Array(tasks.length);

  // Per group, the closest task of each notice and of each county among the group and its
  // similar groups; stamped arrays are reset by the group number instead of cleared.
  const noticeStamp = new Int32Array(notices.length).fill(-1);
  const noticeTask = new Int32Array(notices.length);
  const noticeScore = new Float32Array(notices.length);
  const countyStamp = new Int32Array(countyCount).fill(-1);
  const countyTask = new Int32Array(countyCount);
  const countyScore = new Float32Array(countyCount);
  const touched: number[] = [];
  const better = (score: number, task: number, oldScore: number, oldTask: number) => score > oldScore || (score === oldScore && task < oldTask);
  const offer = (g: number, task: number, score: number) => {
    const n = tasks[task]!.notice;
    if (noticeStamp[n] !== g || better(score, task, noticeScore[n]!, noticeTask[n]!)) {
      noticeStamp[n] = g;
      noticeTask[n] = task;
      noticeScore[n] = score;
    }
    const c = notices[n]!.county;
    if (countyStamp[c] !== g) {
      countyStamp[c] = g;
      countyTask[c] = task;
      countyScore[c] = score;
      touched.push(c);
    } else if (better(score, task, countyScore[c]!, countyTask[c]!)) {
      countyTask[c] = task;
      countyScore[c] = score;
    }
  };

  const sortedPeers = peers.map((list) => Int32Array.from(list).sort());
  const top = new TopK(options.nearest);
  for (let g = 0; g < groups; g++) {
    touched.length = 0;
    for (let p = members.offsets[g]!; p < members.offsets[g + 1]!; p++) offer(g, members.items[p]!, 1);
    for (let e = near.offsets[g]!; e < near.offsets[g + 1]!; e++) {
      const h = near.ids[e]!;
      const score = near.scores[e]!;
      for (let p = members.offsets[h]!; p < members.offsets[h + 1]!; p++) offer(g, members.items[p]!, score);
    }
    for (let p = members.offsets[g]!; p < members.offsets[g + 1]!; p++) {
      const t = members.items[p]!;
      const own = notices[tasks[t]!.notice]!;
      counties[t] = touched.length - 1;
      top.reset(own);
      for (const c of touched) if (c !== own.county) top.offer(countyTask[c]!, countyScore[c]!, notices[tasks[countyTask[c]!]!.notice]!);
      for (const [task, score] of top.sorted()) nearest.push(t, task, score);
      const mine = tasks[t]!.notice;
      for (const n of sortedPeers[mine]!) if (n !== mine && noticeStamp[n] === g) matches.push(t, noticeTask[n]!, noticeScore[n]!, n);
    }
  }
  return { nearest: nearest.build(), counties, matches: matches.build() as Similarity['matches'], stats: { distinct: groups, candidates: near.candidates, pairs: near.pairs } };
}

/** Items grouped by a key in 0..size: the items of key k are items[offsets[k] .. offsets[k + 1]), in index order. */
function lists(size: number, count: number, keyOf: (item: number) => number): { offsets: Int32Array; items: Int32Array } {
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < count; i++) offsets[keyOf(i) + 1]!++;
  for (let k = 0; k < size; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, size);
  const items = new Int32Array(count);
  for (let i = 0; i < count; i++) items[fill[keyOf(i)]!++] = i;
  return { offsets, items };
}

/**
 * The best `k` offers for one task: higher score first; on a tie, the same province as the
 * task's notice, then the nearer plan year, then the lower county index, then the lower task.
 */
class TopK {
  private items: { task: number; score: number; notice: SimilarityNotice }[] = [];
  private own: SimilarityNotice | null = null;
  private readonly k: number;
  constructor(k: number) {
    this.k = k;
  }

  reset(own: SimilarityNotice): void {
    this.items = [];
    this.own = own;
  }

  offer(task: number, score: number, notice: SimilarityNotice): void {
    const item = { task, score, notice };
    if (this.items.length === this.k && this.compare(item, this.items[this.k - 1]!) >= 0) return;
    let i = this.items.length;
    this.items.push(item);
    while (i > 0 && this.compare(item, this.items[i - 1]!) < 0) {
      this.items[i] = this.items[i - 1]!;
      i--;
    }
    this.items[i] = item;
    if (this.items.length > this.k) this.items.pop();
  }

  sorted(): [number, number][] {
    return this.items.map((i) => [i.task, i.score]);
  }

  private compare(a: { task: number; score: number; notice: SimilarityNotice }, b: { task: number; score: number; notice: SimilarityNotice }): number {
    const own = this.own!;
    return (
      b.score - a.score ||
      Number(b.notice.province === own.province) - Number(a.notice.province === own.province) ||
      Math.abs(a.notice.year - own.year) - Math.abs(b.notice.year - own.year) ||
      a.notice.county - b.notice.county ||
      a.task - b.task
    );
  }
}

/** Per task lists appended in task order (each task's entries pushed together, tasks in any order). */
class ListBuilder {
  private byTask: (number[] | undefined)[];
  private readonly withNotice: boolean;
  constructor(size: number, withNotice = false) {
    this.byTask = new Array(size);
    this.withNotice = withNotice;
  }

  push(t: number, task: number, score: number, notice = -1): void {
    (this.byTask[t] ??= []).push(task, score, notice);
  }

  build(): TaskLists & { notices?: Int32Array } {
    const offsets = new Int32Array(this.byTask.length + 1);
    for (let t = 0; t < this.byTask.length; t++) offsets[t + 1] = offsets[t]! + (this.byTask[t]?.length ?? 0) / 3;
    const total = offsets[this.byTask.length]!;
    const tasks = new Int32Array(total);
    const scores = new Float32Array(total);
    const notices = new Int32Array(this.withNotice ? total : 0);
    for (let t = 0; t < this.byTask.length; t++) {
      const list = this.byTask[t];
      if (!list) continue;
      for (let i = 0, at = offsets[t]!; i < list.length; i += 3, at++) {
        tasks[at] = list[i]!;
        scores[at] = list[i + 1]!;
        if (this.withNotice) notices[at] = list[i + 2]!;
      }
    }
    this.byTask = [];
    return this.withNotice ? { offsets, tasks, scores, notices } : { offsets, tasks, scores };
  }
}
