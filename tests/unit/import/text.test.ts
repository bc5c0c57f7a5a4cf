import { describe, expect, it } from 'vitest';
import { cleanInline, cleanText, endsSentence, fullWidthPunctuation, htmlToText, removeStraySpaces } from '../../../src/lib/import/text.ts';

describe('text repairs', () => {
  it('removeStraySpaces joins Chinese words a PDF extraction split', () => {
    expect(removeStraySpaces('按要求公 开国有企业')).toBe('按要求公开国有企业');
    expect(removeStraySpaces('2023 年 8 月 29 日')).toBe('2023年8月29日');
    expect(removeStraySpaces('不少于 10 次')).toBe('不少于10次');
  });

  it('removeStraySpaces keeps spaces between Latin words', () => {
    expect(removeStraySpaces('IPv6 and 5G VR')).toBe('IPv6 and 5G VR');
  });

  it('fullWidthPunctuation turns half-width punctuation in Chinese text full-width', () => {
    expect(fullWidthPunctuation('各镇人民政府、街道办事处,县政府各部门(单位):')).toBe('各镇人民政府、街道办事处，县政府各部门（单位）：');
    expect(fullWidthPunctuation('全市"项目突破年"部署')).toBe('全市“项目突破年”部署');
  });

  it('fullWidthPunctuation leaves numbers and ASCII-only text alone', () => {
    expect(fullWidthPunctuation('1,000 and 3.5:1')).toBe('1,000 and 3.5:1');
  });

  it('htmlToText keeps paragraph and list item boundaries as line breaks', () => {
    expect(htmlToText('<p>1. 甲。</p> <p>2. 乙。</p>')).toBe('1. 甲。\n2. 乙。');
    expect(htmlToText('<ol style="x"> <li>1. 甲</li> <li>2. 乙</li> </ol>')).toBe('1. 甲\n2. 乙');
    expect(htmlToText('<b>一、加强&amp;改进</b>')).toBe('一、加强&改进');
  });

  it('cleanInline joins a heading an extraction broke over two lines', () => {
    expect(cleanInline('一、深化\n主动公开')).toBe('一、深化主动公开');
  });

  it('cleanText keeps line breaks between lines', () => {
    expect(cleanText('区发展和改革局\n\n区生态环境分局')).toBe('区发展和改革局\n区生态环境分局');
  });

  it('endsSentence knows a requirement that stops mid-sentence', () => {
    expect(endsSentence('做好数据开放工作。')).toBe(true);
    expect(endsSentence('让群众“听得懂”、“信得过”。')).toBe(true);
    expect(endsSentence('在完善办事服务、')).toBe(false);
    expect(endsSentence('减少不必要的行政复议')).toBe(false);
  });
});
