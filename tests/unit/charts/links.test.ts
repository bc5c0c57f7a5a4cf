import { describe, expect, it } from 'vitest';
import { countyLinks, INLINE_TASKS_MAX } from '../../../src/lib/charts/links.ts';

const corpus = {
  tasksByDepartment: new Map([
    ['education', { direct: Array(5), collective: Array(16) }],
    ['taxation', { direct: Array(2), collective: [] }],
  ]),
  tasksByTopic: new Map([['organization', Array(21)], ['education', Array(20)]]),
};

describe('countyLinks', () => {
  it('pages a department or topic by county only above the threshold, counting collective tasks', () => {
    const links = countyLinks(corpus, 20);
    expect(links.unit('education', 'guanxian')).toBe('/units/education/guanxian/');
    expect(links.unit('taxation', 'guanxian')).toBe('/units/taxation/#guanxian');
    expect(links.topic('organization', 'lezhi')).toBe('/topics/organization/lezhi/');
    expect(links.topic('education', 'lezhi')).toBe('/topics/education/#lezhi');
  });

  it('keeps every list of the five notices on one page at the default threshold', () => {
    expect(INLINE_TASKS_MAX).toBeGreaterThan(250);
    expect(countyLinks(corpus).unitPaged('education')).toBe(false);
  });
});
