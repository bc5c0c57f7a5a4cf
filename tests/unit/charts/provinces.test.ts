import { describe, expect, it } from 'vitest';
import { topicCoverage } from '../../../src/lib/charts/topic-coverage.ts';
import { deadlineSplit } from '../../../src/lib/charts/deadlines.ts';
import { COMPARE_MAX_COUNTIES, provinceViews } from '../../../src/lib/charts/provinces.ts';
import { loadTestCorpus } from './corpus.ts';

const corpus = loadTestCorpus();

describe('provinceViews', () => {
  it('groups the counties by province (two-digit division code), every task once', () => {
    const views = provinceViews(corpus);
    expect(views.map((v) => [v.code, v.name, v.counties, v.href])).toEqual([
      ['37', '山东省', 4, '/compare/37/'],
      ['51', '四川省', 1, '/compare/51/'],
    ]);
    expect(views.reduce((n, v) => n + v.tasks, 0)).toBe(corpus.tasks.length);
    expect(COMPARE_MAX_COUNTIES).toBeGreaterThanOrEqual(corpus.jurisdictions.length);
  });

  it('narrows the corpus so that every chart figure compares that province only', () => {
    const shandong = provinceViews(corpus)[0]!.corpus;
    expect(topicCoverage(shandong).counties.map((c) => c.slug).sort()).toEqual(['guanxian', 'lijin', 'shanghe', 'yanzhou']);
    expect(deadlineSplit(shandong).counties.reduce((n, c) => n + c.total, 0)).toBe(248 - 44);
  });
});
