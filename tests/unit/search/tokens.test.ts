/** What the index holds of a text and how a query asks for a string (src/lib/search/tokens.ts). */
import { describe, expect, it } from 'vitest';
import { containsRuns, indexTokens, looseTerm, normalize, runsOf, runTerm } from '../../../src/lib/search/tokens.ts';

describe('indexTokens', () => {
  it('holds each run as its overlapping pairs, then its last character alone', () => {
    expect(indexTokens('政府网站')).toBe('政府 府网 网站 站');
    expect(indexTokens('县')).toBe('县');
  });

  it('keeps runs apart at punctuation, symbols and spaces, so that no pair crosses them', () => {
    expect(indexTokens('政府，网站')).toBe('政府 府 网站 站');
    expect(indexTokens('12345热线（市）')).toBe('12 23 34 45 5热 热线 线 市');
  });

  it('compares full-width letters and digits as half-width, capitals as small letters', () => {
    expect(indexTokens('ＩＰｖ６')).toBe('ip pv v6 6');
    expect(normalize('ＡＢ１')).toBe('ab1');
  });
});

describe('runTerm', () => {
  it('asks for a run as the exact phrase of its pairs, and for one character as a prefix', () => {
    expect(runTerm('政府网站')).toBe('"政府 府网 网站"');
    expect(runTerm('县委')).toBe('"县委"');
    expect(runTerm('教')).toBe('教');
  });

  it('matches a text exactly when the text holds the run: the phrase is a run of consecutive pairs of the index', () => {
    const holds = (text: string, run: string) => ` ${indexTokens(text)} `.includes(` ${runTerm(run).replace(/"/g, '')} `);
    expect(holds('加强县委宣传部建设', '县委')).toBe(true);
    // 县委 is not in 发改委 … 县: its characters are there, not together.
    expect(holds('县发改委', '县委')).toBe(false);
    expect(holds('2023年底前报送', '年报')).toBe(false);
    expect(holds('发布年报', '年报')).toBe(true);
  });
});

describe('looseTerm and containsRuns', () => {
  it('lists every pair of several runs once, unquoted, single characters as they are', () => {
    expect(looseTerm(['政府网站', '教', '网站'])).toBe('政府 府网 网站 教');
  });

  it('says whether a text holds every run within its own runs', () => {
    expect(containsRuns('推进政府网站集约化', ['政府网站', '集约'])).toBe(true);
    expect(containsRuns('政府，网站', ['政府网站'])).toBe(false);
  });
});

describe('runsOf', () => {
  it('splits at anything but letters and digits', () => {
    expect(runsOf('依申请公开（政府信息）办理')).toEqual(['依申请公开', '政府信息', '办理']);
  });
});
