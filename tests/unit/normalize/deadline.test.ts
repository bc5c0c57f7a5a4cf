import { describe, expect, it } from 'vitest';
import { findDeadlineInText, isRecognisedDeadline, parseDeadline } from '../../../src/lib/normalize/deadline.ts';

const by = (date: string) => ({ kind: 'by-date', date });

describe('parseDeadline', () => {
  it.each([
    ['全年', { kind: 'year-round', date: null }],
    ['年内', { kind: 'year-round', date: null }],
    ['2023 年', { kind: 'year-round', date: null }],
    ['长期坚持', { kind: 'ongoing', date: null }],
    ['持续推进', { kind: 'ongoing', date: null }],
    ['2023 年底前', by('2023-12-31')],
    ['2023年年底前', by('2023-12-31')],
    ['年底前', by('2023-12-31')],
    ['9月底前', by('2023-09-30')],
    ['12 月底前', by('2023-12-31')],
    ['2023年 12月底前', by('2023-12-31')],
    ['2023年6月底前', by('2023-06-30')],
    ['2月底前', by('2023-02-28')],
    ['8月31日前', by('2023-08-31')],
    ['2023年11月30日', by('2023-11-30')],
    ['6月前', by('2023-05-31')],
    ['上半年', by('2023-06-30')],
    ['2023年第三季度', by('2023-09-30')],
    ['十二月底前', by('2023-12-31')],
    ['２０２３年９月底前', by('2023-09-30')],
  ])('reads %s in a 2023 notice', (raw, expected) => {
    expect(parseDeadline(raw, 2023)).toEqual(expected);
  });

  it('reads a deadline an extraction printed twice in one cell once', () => {
    expect(parseDeadline('2023年 12月底前 2023年 12月底前', 2023)).toEqual(by('2023-12-31'));
  });

  it('takes the leap day into account for 2月底前', () => {
    expect(parseDeadline('2月底前', 2024)).toEqual(by('2024-02-29'));
  });

  it('reads a bare year other than the notice year as the end of that year', () => {
    expect(parseDeadline('2024年', 2023)).toEqual(by('2024-12-31'));
  });

  it('gives unspecified for no deadline and for noise, and says it did not recognise the noise', () => {
    expect(parseDeadline(null, 2023)).toEqual({ kind: 'unspecified', date: null });
    expect(parseDeadline('14 刀 / 以 則', 2023)).toEqual({ kind: 'unspecified', date: null });
    expect(isRecognisedDeadline('14 刀 / 以 則', 2023)).toBe(false);
    expect(isRecognisedDeadline('>4 > 101', 2023)).toBe(false);
    expect(isRecognisedDeadline('9月底前', 2023)).toBe(true);
  });

  it('never produces a date that does not exist', () => {
    expect(parseDeadline('2月30日前', 2023)).toEqual({ kind: 'unspecified', date: null });
    expect(parseDeadline('13月底前', 2023)).toEqual({ kind: 'unspecified', date: null });
  });
});

describe('findDeadlineInText', () => {
  it('finds 2021年年底前 at the start of a requirement', () => {
    expect(findDeadlineInText('2021年年底前，确保区政府门户网站支持互联网协议第6版。', 2021)).toEqual({ raw: '2021年年底前', deadline: by('2021-12-31') });
  });

  it('finds a month deadline inside a sentence with the notice year', () => {
    expect(findDeadlineInText('及时公布规范性文件清理目录，9月底前实现现行有效行政规范性文件统一查询', 2023)).toEqual({ raw: '9月底前', deadline: by('2023-09-30') });
    expect(findDeadlineInText('于2023年8月底前对照政务公开事项标准目录', 2023)?.deadline).toEqual(by('2023-08-31'));
  });

  it('ignores recurring and vague phrases', () => {
    expect(findDeadlineInText('每年6月底前公开上一年度报告', 2023)).toBeNull();
    expect(findDeadlineInText('年内实现省市县三级政务服务互联互通', 2016)).toBeNull();
    expect(findDeadlineInText('自2016年起每季度应向社会公开', 2016)).toBeNull();
  });
});
