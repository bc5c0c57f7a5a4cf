import { describe, expect, it } from 'vitest';
import { corpusSimilarity } from '../../../src/lib/similar/corpus-similarity.ts';
import { findSimilar } from '../../../src/lib/similar/similar.ts';
import { upstreamOf } from '../../../src/lib/similar/upstream.ts';
import { loadRealCorpus } from '../../helpers.ts';
import { NEAR_COPIES, REWRITTEN, UNRELATED } from './pairs.ts';

const corpus = loadRealCorpus();
const upstream = upstreamOf(corpus.notices);
const similarity = corpusSimilarity(corpus, (n) => upstream.related.get(n.notice.id)!);
const byId = new Map(corpus.tasks.map((t) => [t.id, t]));

/** Whether the step links two tasks: either lists the other among its nearest commitments. */
const linked = (a: string, b: string) => similarity.nearest(a).some((s) => s.task.id === b) || similarity.nearest(b).some((s) => s.task.id === a);

describe('similar commitments on the five notices', () => {
  it('labels real tasks of different notices', () => {
    for (const [a, b] of [...NEAR_COPIES, ...REWRITTEN, ...UNRELATED]) {
      expect(byId.has(a) && byId.has(b), `${a} ${b}`).toBe(true);
      expect(byId.get(a)!.notice).not.toBe(byId.get(b)!.notice);
    }
  });

  it('links every near copy, 冠县 task 9 and 商河县 task 4 (two characters apart) and their 双减 tasks (a clause apart) among them', () => {
    for (const [a, b, what] of NEAR_COPIES) expect(linked(a, b), what).toBe(true);
    const overdue = similarity.nearest('shanghe-2023-2-t4')[0]!;
    expect(overdue.task.id).toBe('guanxian-2023-15-t9');
    expect(overdue.score).toBeGreaterThan(0.95);
  });

  it('links no unrelated pair', () => {
    for (const [a, b, what] of UNRELATED) expect(linked(a, b), what).toBe(false);
  });

  it('links only labelled near copies: every link of the five notices was read', () => {
    const near = new Set(NEAR_COPIES.map(([a, b]) => [a, b].sort().join(' ')));
    const links = new Set<string>();
    for (const t of corpus.tasks) for (const s of similarity.nearest(t.id)) links.add([t.id, s.task.id].sort().join(' '));
    expect([...links].filter((l) => !near.has(l))).toEqual([]);
    expect(links.size).toBe(near.size);
  });

  it('finds few of the rewritten commitments, as character similarity does (reported, not required)', () => {
    const found = REWRITTEN.filter(([a, b]) => linked(a, b));
    expect(found.length).toBeLessThan(REWRITTEN.length / 2);
  });

  it('counts the other counties and lists one task per county, closest first', () => {
    for (const t of corpus.tasks) {
      const near = similarity.nearest(t.id);
      expect(similarity.counties(t.id)).toBe(near.length);
      expect(new Set(near.map((s) => s.task.jurisdiction)).size).toBe(near.length);
      expect(near.every((s) => s.task.jurisdiction !== t.jurisdiction)).toBe(true);
      expect(near.map((s) => s.score)).toEqual(near.map((s) => s.score).sort((a, b) => b - a));
    }
  });

  it('records matches in the notices sharing an upstream only: 商河县 with 冠县, of one province and year', () => {
    const matches = similarity.matches('shanghe-2023-2-t9');
    expect(matches.map((m) => [m.notice.notice.id, m.task.id])).toEqual([['guanxian-2023-15', 'guanxian-2023-15-t12']]);
    // 冠县's task 54 has a near copy in 兖州区 2021, which shares no upstream with it.
    expect(similarity.nearest('guanxian-2023-15-t54').map((s) => s.task.id)).toEqual(['yanzhou-2021-20-t47']);
    expect(similarity.matches('guanxian-2023-15-t54')).toEqual([]);
  });
});

describe('findSimilar', () => {
  const notices = [
    { county: 0, province: 0, year: 2023 },
    { county: 1, province: 0, year: 2023 },
    { county: 2, province: 1, year: 2023 },
    { county: 0, province: 0, year: 2022 },
  ];
  const text = '深入落实逾期未支付中小企业账款强制披露制度，严格按照规定时限公开上年度逾期尚未支付中小企业款项的合同数量、金额等信息。';
  const tasks = [
    { notice: 0, text },
    { notice: 1, text: text.slice(2) },
    { notice: 2, text },
    { notice: 3, text },
    { notice: 0, text: '做好安居工程信息公开，加强保障性住房政策文件解读。' },
  ];

  it('compares identical requirements once, ranks an exact copy first, a same-province one first among equals, and leaves out the own county', () => {
    const r = findSimilar({ notices, tasks, peers: [[1, 3], [0], [], [0]] });
    expect(r.stats.distinct).toBe(3);
    const nearest = (t: number) => Array.from(r.nearest.tasks.subarray(r.nearest.offsets[t], r.nearest.offsets[t + 1]));
    expect(nearest(0)).toEqual([2, 1]);
    expect(r.counties[0]).toBe(2);
    expect(nearest(4)).toEqual([]);
    const matches = (t: number) => Array.from(r.matches.notices.subarray(r.matches.offsets[t], r.matches.offsets[t + 1]));
    // Task 0's peers: notice 1 (another county, same year) and notice 3 (its own county a year before).
    expect(matches(0)).toEqual([1, 3]);
    expect(matches(2)).toEqual([]);
  });

  it('is deterministic', () => {
    const a = findSimilar({ notices, tasks, peers: [[1], [0], [], []] });
    const b = findSimilar({ notices, tasks, peers: [[1], [0], [], []] });
    expect(b).toEqual(a);
  });
});
