import { describe, expect, it } from 'vitest';
import { countyLinks, INLINE_TASKS_MAX } from '../../../src/lib/charts/links.ts';

const guanxian = { code: '371525', slug: 'guanxian' };
const lezhi = { code: '512022', slug: 'lezhi' };

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
    expect(links.unit('education', guanxian)).toBe('/units/education/37/#guanxian');
    expect(links.unit('taxation', guanxian)).toBe('/units/taxation/#guanxian');
    expect(links.topic('organization', lezhi)).toBe('/topics/organization/51/#lezhi');
    expect(links.topic('education', lezhi)).toBe('/topics/education/#lezhi');
    // A county whose only tasks for a paged department are given to all departments is sent to that list.
    expect(links.unitAny('education', guanxian, 0)).toBe('/units/all-departments/#guanxian');
    expect(links.unitAny('education', guanxian, 2)).toBe('/units/education/37/#guanxian');
  });

  it('keeps every list of the five notices on one page at the default threshold', () => {
    expect(INLINE_TASKS_MAX).toBeGreaterThan(250);
    expect(countyLinks(corpus).unitPaged('education')).toBe(false);
  });
});
