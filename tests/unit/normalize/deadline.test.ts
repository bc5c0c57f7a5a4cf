import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDeadlineInText, isRecognisedDeadline, parseDeadline } from '../../../src/lib/normalize/deadline.ts';
import type { Deadline } from '../../../src/schemas/task.ts';

const by = (date: string): Deadline => ({ kind: 'by-date', date });
const yearRound: Deadline = { kind: 'year-round', date: null };
const ongoing: Deadline = { kind: 'ongoing', date: null };
const unspecified: Deadline = { kind: 'unspecified', date: null };

/** The raw notice, to check that a "real" example is printed there as quoted. */
const source = (file: string) => readFileSync(new URL(`../../../content/sources/${file}`, import.meta.url), 'utf8');

describe('parseDeadline on empty cells', () => {
  it.each([
    ['null', null],
    ['an empty cell', ''],
    ['a cell of white space', ' \t\u3000 '],
  ])('parseDeadline reads %s as unspecified', (_, raw) => {
    expect(parseDeadline(raw, 2023)).toEqual(unspecified);
  });

  it('isRecognisedDeadline does not count an empty cell as a deadline', () => {
    expect(isRecognisedDeadline('', 2023)).toBe(false);
    expect(isRecognisedDeadline('   ', 2023)).toBe(false);
  });
});

describe('parseDeadline on year-round and ongoing cells', () => {
  it.each(['全年', '年内', '全年推进', '2023年', '2023 年', '２０２３年', '2023年内', '2023年度'])('parseDeadline reads %s in a 2023 notice as year-round', (raw) => {
    expect(parseDeadline(raw, 2023)).toEqual(yearRound);
  });

  it.each(['长期坚持', '长期', '持续推进', '常态化', '持续开展'])('parseDeadline reads %s as ongoing', (raw) => {
    expect(parseDeadline(raw, 2023)).toEqual(ongoing);
  });

  it.each([
    ['2023年6月底前完成', '2023-06-30'],
    ['11月底前办结', '2023-11-30'],
    ['2023年9月30日前完成任务', '2023-09-30'],
  ])('parseDeadline reads %s (the date, then its closing verb) as due by %s', (raw, date) => {
    expect(parseDeadline(raw, 2023)).toEqual(by(date));
  });

  it('parseDeadline does not read a closing verb alone as a deadline', () => {
    expect(isRecognisedDeadline('完成', 2023)).toBe(false);
  });

  it('parseDeadline reads a bare year other than the notice year as the end of that year', () => {
    expect(parseDeadline('2024年', 2023)).toEqual(by('2024-12-31'));
    expect(parseDeadline('2023年', 2021)).toEqual(by('2023-12-31'));
  });

  it('parseDeadline recognises phrases that state no time, and leaves them unspecified', () => {
    expect(parseDeadline('按要求', 2023)).toEqual(unspecified);
    expect(isRecognisedDeadline('按要求', 2023)).toBe(true);
  });
});

describe('parseDeadline on dated cells', () => {
  it.each([
    ['2023年底前', '2023-12-31'],
    ['2023 年底前', '2023-12-31'],
    ['2023年年底前', '2023-12-31'],
    ['12月底前', '2023-12-31'],
    ['12 月底前', '2023-12-31'],
    ['2023年6月底前', '2023-06-30'],
    ['2023年 12月底前', '2023-12-31'],
    ['2023 年 12 月底前', '2023-12-31'],
    ['2023年 9月底前', '2023-09-30'],
    ['2023年 11月底前', '2023-11-30'],
    ['8月31日前', '2023-08-31'],
    ['2023年8月31日前', '2023-08-31'],
    ['2023年11月30日', '2023-11-30'],
    ['2023年12月31日前。', '2023-12-31'],
    ['上半年', '2023-06-30'],
    ['下半年', '2023-12-31'],
    ['一季度', '2023-03-31'],
    ['第一季度', '2023-03-31'],
    ['二季度', '2023-06-30'],
    ['2023年第三季度', '2023-09-30'],
    ['第四季度末', '2023-12-31'],
    ['2023年9月', '2023-09-30'],
  ])('parseDeadline reads %s as due by %s', (raw, date) => {
    expect(parseDeadline(raw, 2023)).toEqual(by(date));
  });

  it("parseDeadline reads 9月底前 with the notice's year", () => {
    expect(parseDeadline('9月底前', 2023)).toEqual(by('2023-09-30'));
    expect(parseDeadline('9月底前', 2021)).toEqual(by('2021-09-30'));
  });

  it("parseDeadline reads 年底前 with the notice's year", () => {
    expect(parseDeadline('年底前', 2016)).toEqual(by('2016-12-31'));
  });

  it('parseDeadline reads 6月前 as before June begins, the last day of May', () => {
    expect(parseDeadline('6月前', 2023)).toEqual(by('2023-05-31'));
    expect(parseDeadline('3月前', 2024)).toEqual(by('2024-02-29'));
  });

  it('parseDeadline reads 1月前 as the last day of the previous year', () => {
    expect(parseDeadline('1月前', 2023)).toEqual(by('2022-12-31'));
  });

  it('parseDeadline reads full-width digits like ASCII ones', () => {
    expect(parseDeadline('２０２３年９月底前', 2023)).toEqual(by('2023-09-30'));
    expect(parseDeadline('２０２３年底前', 2023)).toEqual(by('2023-12-31'));
    expect(parseDeadline('８月３１日前', 2023)).toEqual(by('2023-08-31'));
  });

  it('parseDeadline reads months and years written in Chinese numerals', () => {
    expect(parseDeadline('十二月底前', 2023)).toEqual(by('2023-12-31'));
    expect(parseDeadline('十一月底前', 2023)).toEqual(by('2023-11-30'));
    expect(parseDeadline('九月底前', 2023)).toEqual(by('2023-09-30'));
    expect(parseDeadline('十二月三十一日前', 2023)).toEqual(by('2023-12-31'));
    expect(parseDeadline('二〇二三年六月底前', 2021)).toEqual(by('2023-06-30'));
  });

  it('parseDeadline takes the leap day into account for 2月底前', () => {
    expect(parseDeadline('2月底前', 2023)).toEqual(by('2023-02-28'));
    expect(parseDeadline('2月底前', 2024)).toEqual(by('2024-02-29'));
  });

  it('parseDeadline reads a deadline an extraction printed twice in one cell once', () => {
    expect(parseDeadline('2023年 12月底前 2023年 12月底前', 2023)).toEqual(by('2023-12-31'));
    expect(parseDeadline('12月底前 2023年12月底前', 2023)).toEqual(by('2023-12-31'));
    expect(isRecognisedDeadline('2023年 12月底前 2023年 12月底前', 2023)).toBe(true);
  });

  it('parseDeadline does not pick one of two different deadlines in one cell', () => {
    expect(parseDeadline('9月底前 12月底前', 2023)).toEqual(unspecified);
    expect(isRecognisedDeadline('9月底前 12月底前', 2023)).toBe(false);
  });
});

describe('parseDeadline on noise and impossible dates', () => {
  it.each(['14 刀 / 以 則', '>4 > 101', '底前', '末', '县政府办公室', '二十月底前'])('parseDeadline gives unspecified for %s and isRecognisedDeadline says so', (raw) => {
    expect(parseDeadline(raw, 2023)).toEqual(unspecified);
    expect(isRecognisedDeadline(raw, 2023)).toBe(false);
  });

  it.each(['2月30日前', '2023年2月29日前', '13月底前', '4月31日', '第五季度'])('parseDeadline never produces a date that does not exist, such as %s', (raw) => {
    expect(parseDeadline(raw, 2023)).toEqual(unspecified);
    expect(isRecognisedDeadline(raw, 2023)).toBe(false);
  });

  it('isRecognisedDeadline accepts the deadlines it can read', () => {
    for (const raw of ['9月底前', '全年', '长期坚持', '2023年 12月底前', '上半年']) expect(isRecognisedDeadline(raw, 2023), raw).toBe(true);
  });
});

describe('parseDeadline on real 完成时限 cells', () => {
  it.each([
    ['guanxian-2023-15.txt', '全年', 2023, yearRound],
    ['guanxian-2023-15.txt', '2023 年底前', 2023, by('2023-12-31')],
    ['lezhi-2023-15.txt', '9月底前', 2023, by('2023-09-30')],
    ['lezhi-2023-15.txt', '8月底前', 2023, by('2023-08-31')],
    ['shanghe-2023-2.txt', '2023年 12月底前 2023年 12月底前', 2023, by('2023-12-31')],
    ['shanghe-2023-2.txt', '2023 年 6 月底前', 2023, by('2023-06-30')],
    ['shanghe-2023-2.txt', '2023年 9月底前', 2023, by('2023-09-30')],
    ['shanghe-2023-2.txt', '12 月底前', 2023, by('2023-12-31')],
    ['shanghe-2023-2.txt', '长期坚持', 2023, ongoing],
  ] as const)('parseDeadline reads the cell printed in %s as "%s"', (file, raw, year, expected) => {
    expect(source(file)).toContain(`\t${raw}`);
    expect(parseDeadline(raw, year)).toEqual(expected);
  });
});

describe('findDeadlineInText', () => {
  it('findDeadlineInText finds 2021年年底前 at the start of a requirement', () => {
    expect(findDeadlineInText('2021年年底前，确保区政府门户网站支持互联网协议第6版。', 2021)).toEqual({ raw: '2021年年底前', deadline: by('2021-12-31') });
  });

  it('findDeadlineInText finds 于2023年8月底前 inside a sentence', () => {
    expect(findDeadlineInText('于2023年8月底前对照政务公开事项标准目录', 2023)).toEqual({ raw: '2023年8月底前', deadline: by('2023-08-31') });
  });

  it("findDeadlineInText reads 9月底前 in a sentence with the notice's year", () => {
    expect(findDeadlineInText('及时公布规范性文件清理目录，9月底前实现现行有效行政规范性文件统一查询', 2023)).toEqual({ raw: '9月底前', deadline: by('2023-09-30') });
  });

  it('findDeadlineInText returns the phrase as printed, spaces and full-width digits included', () => {
    expect(findDeadlineInText('2023 年 12 月底前完成', 2023)).toEqual({ raw: '2023 年 12 月底前', deadline: by('2023-12-31') });
    expect(findDeadlineInText('２０２３年６月底前完成', 2023)).toEqual({ raw: '２０２３年６月底前', deadline: by('2023-06-30') });
  });

  it('findDeadlineInText returns the first of several deadlines', () => {
    const text = '以正式文件予以印发，并于8月10日前通过区政府门户网站政府信息公开专栏公开，全年落实情况于11月30日前书面报区政府办公室';
    expect(findDeadlineInText(text, 2021)).toEqual({ raw: '8月10日前', deadline: by('2021-08-10') });
  });

  it('findDeadlineInText reads 年底前, 6月前 and a quarter with the notice year', () => {
    expect(findDeadlineInText('确保年底前完成', 2023)).toEqual({ raw: '年底前', deadline: by('2023-12-31') });
    expect(findDeadlineInText('6月前完成', 2023)).toEqual({ raw: '6月前', deadline: by('2023-05-31') });
    expect(findDeadlineInText('第三季度前完成', 2023)).toEqual({ raw: '第三季度前', deadline: by('2023-09-30') });
  });

  it('findDeadlineInText ignores 年内, 每年 and recurring dates', () => {
    expect(findDeadlineInText('年内实现省市县三级政务服务互联互通', 2016)).toBeNull();
    expect(findDeadlineInText('每年发布信息公开年度报告', 2016)).toBeNull();
    expect(findDeadlineInText('每年6月底前公开上一年度报告', 2023)).toBeNull();
    expect(findDeadlineInText('每年年底前公开', 2023)).toBeNull();
    expect(findDeadlineInText('自2016年起每季度应向社会公开', 2016)).toBeNull();
  });

  it('findDeadlineInText ignores dated phrases that do not end in 前', () => {
    expect(findDeadlineInText('截至6月底，已公开', 2023)).toBeNull();
    expect(findDeadlineInText('上半年完成', 2023)).toBeNull();
    expect(findDeadlineInText('3个月前发布的', 2023)).toBeNull();
  });

  it('findDeadlineInText ignores a date before the notice year, which describes the past', () => {
    expect(findDeadlineInText('年内完成2012年1月1日以前制定实施的规章和规范性文件的清理工作', 2016)).toBeNull();
  });

  it('findDeadlineInText does not read a Chinese numeral inside a word as a month', () => {
    expect(findDeadlineInText('统一月底前报送', 2023)).toBeNull();
    expect(findDeadlineInText('于十二月底前报送', 2023)).toEqual({ raw: '十二月底前', deadline: by('2023-12-31') });
  });

  it('findDeadlineInText returns null for a text without any date', () => {
    expect(findDeadlineInText('支持互联网协议第6版，12345热线', 2021)).toBeNull();
  });

  it.each([
    ['yanzhou-2021-20.txt', '2021年年底前，确保区政府门户网站支持互联网', 2021, '2021年年底前', '2021-12-31'],
    ['yanzhou-2021-20.txt', '2021年年底前系统清理本机关现行有效的规章', 2021, '2021年年底前', '2021-12-31'],
    ['lezhi-2023-15.txt', '于2023年8月底前对照政务公开事项标准目录', 2023, '2023年8月底前', '2023-08-31'],
    ['lezhi-2023-15.txt', '9月底前实现现行有效行政规范性文件统一', 2023, '9月底前', '2023-09-30'],
    ['lezhi-2023-15.txt', '2023年底前实现一级标准率达到100%', 2023, '2023年底前', '2023-12-31'],
    ['shanghe-2023-2.txt', '于8月31日前编制2023年度政务公开工作实', 2023, '8月31日前', '2023-08-31'],
    ['shanghe-2023-2.txt', '2023年年底前,优化企业用户空间', 2023, '2023年年底前', '2023-12-31'],
  ] as const)('findDeadlineInText finds the deadline in the text printed in %s: "%s"', (file, text, year, raw, date) => {
    expect(source(file)).toContain(text);
    expect(findDeadlineInText(text, year)).toEqual({ raw, deadline: by(date) });
  });
});
