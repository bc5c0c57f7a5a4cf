import { describe, expect, it } from 'vitest';
import { dueValue, searchDueHref } from '../../src/lib/charts/links.ts';
import { byDueDate, dueSchedule, lastDayOf, monthLabel, nextDay, quarterLabel, quarterOf } from '../../src/lib/due.ts';
import { loadRealCorpus } from '../helpers.ts';
import { dueMatches, tasksOfSearch } from '../search-contract.ts';

const corpus = loadRealCorpus();
const shanghe = corpus.tasksByJurisdiction.get(corpus.jurisdictions.find((j) => j.slug === 'shanghe')!.code)!;

describe('dates and periods', () => {
  it('names months and quarters in Chinese and finds their last days', () => {
    expect(monthLabel('2023-09')).toBe('2023年9月');
    expect(quarterOf('2023-09-30')).toBe('2023-Q3');
    expect(quarterLabel('2023-Q3')).toBe('2023年第三季度');
    expect(lastDayOf('2023-09')).toBe('2023-09-30');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2023-Q1')).toBe('2023-03-31');
    expect(lastDayOf('2023-Q4')).toBe('2023-12-31');
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });
});

describe('dueSchedule', () => {
  it('lists 商河县’s 50 dated tasks by month, earliest first, its June task first', () => {
    const s = dueSchedule(shanghe, '2023-08-29');
    expect(s.dated).toBe(50);
    expect(s.months.map((m) => [m.month, m.tasks.length])).toEqual([['2023-06', 1], ['2023-09', 1], ['2023-11', 1], ['2023-12', 47]]);
    expect(s.quarters.map((q) => [q.quarter, q.count])).toEqual([['2023-Q2', 1], ['2023-Q3', 1], ['2023-Q4', 48]]);
    expect(s.months[0]!.tasks[0]!.deadline.date).toBe('2023-06-30');
  });

  it('counts as past due the tasks due before the build date, not on it', () => {
    expect(dueSchedule(shanghe, '2023-08-29').pastDue).toBe(1);
    expect(dueSchedule(shanghe, '2023-09-30').pastDue).toBe(1);
    expect(dueSchedule(shanghe, '2023-10-01').pastDue).toBe(2);
    expect(dueSchedule(shanghe, '2024-01-01').pastDue).toBe(50);
  });

  it('sorts by due date and keeps printed order within a day', () => {
    const sorted = byDueDate(shanghe);
    expect(sorted.map((t) => t.deadline.date)).toEqual([...sorted.map((t) => t.deadline.date)].sort());
    const lastDay = sorted.filter((t) => t.deadline.date === '2023-12-31');
    expect(lastDay.map((t) => shanghe.indexOf(t))).toEqual([...lastDay.map((t) => shanghe.indexOf(t))].sort((a, b) => a - b));
  });
});

describe('deadline links to the search', () => {
  it('write the contract’s values: a month, a quarter, on or before a date, 逾期; ordered by due date', () => {
    expect(dueValue.month('2023-09')).toBe('2023-09');
    expect(dueValue.quarter('2023-Q3')).toBe('2023-Q3');
    expect(dueValue.by('2023-09-30')).toBe('..2023-09-30');
    const href = searchDueHref({ 县区: '商河县' }, dueValue.pastDue);
    expect(Object.fromEntries(new URL(href, 'http://x').searchParams)).toEqual({ 县区: '商河县', 到期: '逾期', 排序: '到期' });
  });

  it('name, for each of 商河县’s months, exactly the month’s tasks', () => {
    const s = dueSchedule(shanghe, '2023-08-29');
    for (const m of s.months) expect(tasksOfSearch(searchDueHref({ 县区: '商河县' }, dueValue.month(m.month)), corpus, s.buildDate)).toEqual(m.tasks.slice().sort((a, b) => corpus.tasks.indexOf(a) - corpus.tasks.indexOf(b)));
    expect(tasksOfSearch(searchDueHref({ 县区: '商河县' }, dueValue.pastDue), corpus, s.buildDate)).toHaveLength(s.pastDue);
  });

  it('the test’s reading of the contract matches months, quarters and dates', () => {
    expect(dueMatches('2023-09-30', '2023-09', '2023-01-01')).toBe(true);
    expect(dueMatches('2023-09-30', '2023-Q3', '2023-01-01')).toBe(true);
    expect(dueMatches('2023-10-01', '2023-Q3', '2023-01-01')).toBe(false);
    expect(dueMatches('2023-09-30', '..2023-09-30', '2023-01-01')).toBe(true);
    expect(dueMatches('2023-09-30', '逾期', '2023-09-30')).toBe(false);
  });
});
