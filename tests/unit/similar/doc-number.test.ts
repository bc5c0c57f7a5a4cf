import { describe, expect, it } from 'vitest';
import { docNumberKey, docNumberSlug, documentSlugs } from '../../../src/lib/normalize/doc-number.ts';

describe('docNumberKey', () => {
  it('reads one document number whatever brackets, widths and spaces it was printed with', () => {
    const printed = ['鲁政办发〔2023〕8号', '鲁政办发[2023]8号', '鲁政办发﹝2023﹞8号', '鲁政办发【2023】8号', '鲁政办发（2023）8号', '鲁政办发［2023］8号', '鲁政办发 〔２０２３〕 ８ 号', '鲁政办发〔2023〕08号', '鲁政办发〔2023〕第8号'];
    expect(new Set(printed.map(docNumberKey))).toEqual(new Set(['鲁政办发〔2023〕8号']));
  });

  it('keeps different documents apart', () => {
    expect(docNumberKey('鲁政办发〔2023〕8号')).not.toBe(docNumberKey('鲁政办发〔2023〕18号'));
    expect(docNumberKey('鲁政办发〔2023〕8号')).not.toBe(docNumberKey('鲁政办字〔2023〕8号'));
    expect(docNumberKey('鲁政办发〔2023〕8号')).not.toBe(docNumberKey('鲁政办发〔2022〕8号'));
  });

  it('keeps the 第 of a decree number, which has no bracketed year', () => {
    expect(docNumberKey('国务院令 第７１３号')).toBe('国务院令第713号');
  });
});

describe('docNumberSlug', () => {
  it('spells a number in toneless pinyin and digits, without 号', () => {
    expect(docNumberSlug('鲁政办发〔2023〕8号')).toBe('lu-zheng-ban-fa-2023-8');
    expect(docNumberSlug('国务院令第713号')).toBe('guo-wu-yuan-ling-di-713');
  });

  it('adds a hash to numbers that read alike, and only to them', () => {
    const slugs = documentSlugs(['鲁政办发〔2023〕8号', '卢政办发〔2023〕8号', '川办发〔2023〕10号']);
    expect(slugs.get('川办发〔2023〕10号')).toBe('chuan-ban-fa-2023-10');
    expect(slugs.get('鲁政办发〔2023〕8号')).toMatch(/^lu-zheng-ban-fa-2023-8-[a-z0-9]+$/);
    expect(slugs.get('鲁政办发〔2023〕8号')).not.toBe(slugs.get('卢政办发〔2023〕8号'));
  });
});
