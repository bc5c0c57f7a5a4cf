import { describe, expect, it } from 'vitest';
import { topicCoverage } from '../../../src/lib/charts/topic-coverage.ts';
import { deadlineSplit } from '../../../src/lib/charts/deadlines.ts';
import { COMPARE_MAX_COUNTIES, comparisonPageOf, comparisonPages, comparisonRoot, type ComparisonView } from '../../../src/lib/charts/comparison-pages.ts';
import { loadTestCorpus } from './corpus.ts';

const corpus = loadTestCorpus();
const codeOf = (slug: string) => corpus.jurisdictions.find((j) => j.slug === slug)!.code;
const outline = (v: ComparisonView) => [v.code, v.name, v.counties, v.href, v.parts.length];

describe('comparisonRoot', () => {
  it('compares every county on /compare/ while they fit one page', () => {
    expect(COMPARE_MAX_COUNTIES).toBeGreaterThanOrEqual(corpus.jurisdictions.length);
    const root = comparisonRoot(corpus, COMPARE_MAX_COUNTIES);
    expect(outline(root)).toEqual(['', '全部县区', 5, '/compare/', 0]);
    expect(root.tasks).toBe(corpus.tasks.length);
    expect(comparisonPages(root)).toEqual([]);
    for (const j of corpus.jurisdictions) expect(comparisonPageOf(root, j.code)).toBe(root);
  });

  it('splits by province beyond the limit, and a province beyond it by prefecture (four-digit code)', () => {
    const root = comparisonRoot(corpus, 3);
    expect(comparisonPages(root).map(outline)).toEqual([
      ['37', '山东省', 4, '/compare/37/', 4],
      ['3701', '济南市', 1, '/compare/37/3701/', 0],
      ['3705', '东营市', 1, '/compare/37/3705/', 0],
      ['3708', '济宁市', 1, '/compare/37/3708/', 0],
      ['3715', '聊城市', 1, '/compare/37/3715/', 0],
      ['51', '四川省', 1, '/compare/51/', 0],
    ]);
    // Every level's parts hold its tasks once.
    for (const v of [root, ...comparisonPages(root)]) {
      if (v.parts.length > 0) expect(v.parts.reduce((n, p) => n + p.tasks, 0)).toBe(v.tasks);
    }
    const liaocheng = comparisonPageOf(root, codeOf('guanxian'))!;
    expect(liaocheng.href).toBe('/compare/37/3715/');
    expect(liaocheng.trail.map((v) => v.href)).toEqual(['/compare/', '/compare/37/']);
    expect(comparisonPageOf(root, codeOf('lezhi'))!.href).toBe('/compare/51/');
    expect(comparisonPageOf(root, '110101')).toBeUndefined();
  });

  it('names the counties a province governs directly after the province, and splits no prefecture', () => {
    // 乐至 and 冠县 moved to two county-level cities that 湖北省 governs directly (the registry's prefecture is the province).
    const moved = { lezhi: ['429004', '仙桃市'], guanxian: ['429005', '潜江市'] } as Record<string, [string, string]>;
    const jurisdictions = corpus.jurisdictions.map((j) => (moved[j.slug] ? { ...j, code: moved[j.slug]![0], name: moved[j.slug]![1], prefecture: '湖北省', province: '湖北省' } : j));
    const root = comparisonRoot({ ...corpus, jurisdictions }, 1);
    const hubei = root.parts.find((p) => p.code === '42')!;
    expect(hubei.parts.map(outline)).toEqual([['4290', '湖北省直辖县级行政区划', 2, '/compare/42/4290/', 0]]);
    expect(comparisonPages(root).every((v) => v.code.length <= 4)).toBe(true);
  });

  it('narrows the corpus so that every chart figure compares that province only', () => {
    const shandong = comparisonRoot(corpus, 3).parts[0]!.corpus;
    expect(topicCoverage(shandong).counties.map((c) => c.slug).sort()).toEqual(['guanxian', 'lijin', 'shanghe', 'yanzhou']);
    expect(deadlineSplit(shandong).counties.reduce((n, c) => n + c.total, 0)).toBe(248 - 44);
  });

  it('is computed once per corpus and limit', () => {
    expect(comparisonRoot(corpus, 3)).toBe(comparisonRoot(corpus, 3));
    expect(comparisonRoot(corpus, 3)).not.toBe(comparisonRoot(corpus, 4));
  });
});
