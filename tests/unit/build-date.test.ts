import { describe, expect, it } from 'vitest';
import { buildDate, newestContentDate } from '../../src/lib/build-date.ts';
import { loadRealInputs } from '../helpers.ts';

const notices = loadRealInputs().map((i) => i.entry);

describe('buildDate', () => {
  it('takes the newest date the content prints when nothing is set: 2023-08-29, 冠县’s notice', () => {
    expect(newestContentDate(notices)).toBe('2023-08-29');
    expect(buildDate({}, notices)).toEqual({ date: '2023-08-29', source: 'content' });
  });

  it('counts a portal’s 发布日期 among the content’s dates', () => {
    const published = notices.map((n, i) => (i === 0 ? { ...n, portal: { url: null, indexNumber: null, publishedOn: '2024-01-05', validity: null } } : n));
    expect(newestContentDate(published)).toBe('2024-01-05');
  });

  it('falls back to the newest plan year’s first day when no notice prints a date', () => {
    expect(newestContentDate(notices.map((n) => ({ ...n, issuedOn: null, printedOn: null })))).toBe('2023-01-01');
  });

  it('prefers BUILD_DATE, then SOURCE_DATE_EPOCH read as a day in China Standard Time', () => {
    expect(buildDate({ BUILD_DATE: '2026-12-05', SOURCE_DATE_EPOCH: '0' }, notices)).toEqual({ date: '2026-12-05', source: 'BUILD_DATE' });
    // 2023-09-30T16:30:00Z is 2023-10-01 00:30 in Beijing.
    expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2023, 8, 30, 16, 30) / 1000) }, notices)).toEqual({ date: '2023-10-01', source: 'SOURCE_DATE_EPOCH' });
  });

  it('refuses a malformed setting with the variable’s name', () => {
    expect(() => buildDate({ BUILD_DATE: '2023-02-30' }, notices)).toThrow('BUILD_DATE must be a real date as YYYY-MM-DD, not "2023-02-30"');
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' }, notices)).toThrow('SOURCE_DATE_EPOCH must be whole seconds');
    expect(() => buildDate({}, [])).toThrow('set BUILD_DATE');
  });
});
