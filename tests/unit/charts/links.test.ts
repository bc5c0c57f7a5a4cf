import { describe, expect, it } from 'vitest';
import { countyLinks, INLINE_TASKS_MAX, listAreas } from '../../../src/lib/charts/links.ts';
import { loadTestCorpus } from './corpus.ts';

const guanxian = { code: '371525', slug: 'guanxian' };
const lijin = { code: '370522', slug: 'lijin' };
const lezhi = { code: '512022', slug: 'lezhi' };
/** `n` tasks of the county with division code `code`. */
const tasks = (code: string, n: number) => Array.from({ length: n }, () => ({ jurisdiction: code }));

const corpus = {
  tasksByDepartment: new Map([
    ['education', { direct: [...tasks(guanxian.code, 5)], collective: tasks(guanxian.code, 16) }],
    ['taxation', { direct: tasks(guanxian.code, 2), collective: [] }],
    // 15 + 10 tasks in 山东省 (two prefectures), 3 in 四川省; 18 more given to all departments in 山东省.
    ['government-office', { direct: [...tasks(guanxian.code, 15), ...tasks(lijin.code, 10), ...tasks(lezhi.code, 3)], collective: tasks(lijin.code, 18) }],
    // 15 tasks naming it in 山东省 and 16 given to all departments: paged, but no province lists more than 20.
    ['finance', { direct: [...tasks(guanxian.code, 8), ...tasks(lijin.code, 7)], collective: tasks(lijin.code, 16) }],
  ]),
  tasksByTopic: new Map([
    ['organization', [...tasks(lezhi.code, 11), ...tasks(guanxian.code, 10)]],
    ['education', tasks(lezhi.code, 20)],
    ['platforms', [...tasks(lijin.code, 12), ...tasks(guanxian.code, 9), ...tasks(lezhi.code, 1)]],
  ]),
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

  it('splits a province by prefecture when it alone lists more than the threshold (a department counts the tasks naming it)', () => {
    const links = countyLinks(corpus, 20);
    expect([...links.unitSplit('government-office')]).toEqual(['37']);
    expect(links.unit('government-office', guanxian)).toBe('/units/government-office/37/3715/#guanxian');
    expect(links.unit('government-office', lijin)).toBe('/units/government-office/37/3705/#lijin');
    expect(links.unit('government-office', lezhi)).toBe('/units/government-office/51/#lezhi');
    expect(links.unitAny('government-office', lijin, 10)).toBe('/units/government-office/37/3705/#lijin');
    // Paged (15 + 16 > 20), but its 15 tasks in 山东省 fit one page: the 16 given to all departments are listed elsewhere.
    expect(links.unitPaged('finance')).toBe(true);
    expect([...links.unitSplit('finance')]).toEqual([]);
    expect(links.unit('finance', guanxian)).toBe('/units/finance/37/#guanxian');
    expect([...links.topicSplit('platforms')]).toEqual(['37']);
    expect(links.topic('platforms', lijin)).toBe('/topics/platforms/37/3705/#lijin');
    expect(links.topic('platforms', lezhi)).toBe('/topics/platforms/51/#lezhi');
    // Unpaged lists are never split.
    expect([...links.topicSplit('education')]).toEqual([]);
    expect([...countyLinks(corpus, 30).topicSplit('platforms')]).toEqual([]);
  });

  it('keeps every list of the five notices on one page at the default threshold', () => {
    expect(INLINE_TASKS_MAX).toBeGreaterThan(250);
    expect(countyLinks(corpus).unitPaged('education')).toBe(false);
  });
});

describe('listAreas', () => {
  it('lists the province pages of a paged list and, in a split province, its prefectures, in code order', () => {
    const listed = corpus.tasksByTopic.get('platforms')!;
    expect(listAreas(listed, new Set(['37']))).toEqual(['37', '37/3705', '37/3715', '51']);
    expect(listAreas(listed, new Set())).toEqual(['37', '51']);
  });
});

describe('countyLinks for sub-topics', () => {
  const corpus = loadTestCorpus();
  const lijin = corpus.jurisdictions.find((j) => j.slug === 'lijin')!;

  it('leads to the county’s section of the sub-topic’s page, below its topic', () => {
    expect(countyLinks(corpus).subtopic('poverty-alleviation', lijin)).toBe('/topics/social-security/poverty-alleviation/#lijin');
    expect(countyLinks(corpus).subtopicPaged('poverty-alleviation')).toBe(false);
  });

  it('leads to the county’s tasks of the topic once the sub-topic lists more than the limit, and refuses an unknown sub-topic', () => {
    const links = countyLinks(corpus, 0);
    expect(links.subtopicPaged('poverty-alleviation')).toBe(true);
    expect(links.subtopic('poverty-alleviation', lijin)).toBe(links.topic('social-security', lijin));
    expect(() => links.subtopic('no-such-subtopic', lijin)).toThrow(/no sub-topic "no-such-subtopic"/);
  });
});
