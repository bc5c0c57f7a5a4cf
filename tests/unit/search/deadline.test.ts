/** The deadline filter and its URL values (src/lib/search/deadline.ts). */
import { describe, expect, it } from 'vitest';
import { datesFor, dueCounts, dueLabel, dueMatches, offeredDueValues, parseDue, quarterOf } from '../../../src/lib/search/deadline.ts';

const today = '2023-07-15';

describe('parseDue', () => {
  it('reads the four forms of the URL contract', () => {
    expect(parseDue('2023-06')).toEqual({ kind: 'month', year: 2023, month: 6 });
    expect(parseDue('2023-Q3')).toEqual({ kind: 'quarter', year: 2023, quarter: 3 });
    expect(parseDue('..2023-09-30')).toEqual({ kind: 'by', date: '2023-09-30' });
    expect(parseDue('逾期')).toEqual({ kind: 'overdue' });
  });

  it('reads nothing else, nor a month or date that does not exist', () => {
    for (const value of ['2023-13', '2023-Q5', '..2023-02-30', '2023', '2023-6', 'overdue', '..2023-9-30']) expect(parseDue(value), value).toBeNull();
  });
});

describe('dueMatches and datesFor', () => {
  const dates = ['2023-03-31', '2023-06-30', '2023-07-15', '2023-09-30', '2023-12-31', '2024-01-31'];
  const pick = (...values: string[]) => datesFor(values.map((v) => parseDue(v)!), dates, today);

  it('takes a month, a quarter, a date on or before, and what is due before the build date', () => {
    expect(pick('2023-06')).toEqual(['2023-06-30']);
    expect(pick('2023-Q3')).toEqual(['2023-07-15', '2023-09-30']);
    expect(pick('..2023-09-30')).toEqual(['2023-03-31', '2023-06-30', '2023-07-15', '2023-09-30']);
    expect(pick('逾期')).toEqual(['2023-03-31', '2023-06-30']);
  });

  it('takes several values as alternatives', () => {
    expect(pick('2023-Q1', '2024-01')).toEqual(['2023-03-31', '2024-01-31']);
    expect(dueMatches({ kind: 'quarter', year: 2024, quarter: 1 }, '2023-01-31', today)).toBe(false);
  });
});

describe('dueCounts and offeredDueValues', () => {
  it('counts each value over the tasks due on each date', () => {
    const counts = dueCounts({ '2023-03-31': 2, '2023-09-30': 5, '2024-01-31': 1 }, ['逾期', '2023-Q3', '..2023-12-31', 'x'], today);
    expect([...counts]).toEqual([['逾期', 2], ['2023-Q3', 5], ['..2023-12-31', 7]]);
  });

  it('offers the overdue, then every quarter that has a date, latest first', () => {
    expect(offeredDueValues(['2023-03-31', '2023-09-30', '2023-08-01', '2024-01-31'])).toEqual(['逾期', '2024-Q1', '2023-Q3', '2023-Q1']);
    expect(quarterOf('2023-12-31')).toBe('2023-Q4');
  });
});

describe('dueLabel', () => {
  it('says each value in words', () => {
    expect(dueLabel('2023-Q4', today)).toBe('2023年第四季度到期');
    expect(dueLabel('2023-06', today)).toBe('2023年6月到期');
    expect(dueLabel('..2023-09-30', today)).toBe('2023年9月30日或之前到期');
    expect(dueLabel('逾期', today)).toBe('已逾期（2023年7月15日前到期）');
  });
});
