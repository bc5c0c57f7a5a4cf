import { describe, expect, it } from 'vitest';
import { splitItems } from '../../../src/lib/import/rows.ts';

describe('splitItems', () => {
  it('splits <p> items of one cell into tasks with their printed numbers', () => {
    expect(splitItems('<p>1. 认真落实甲。</p> <p>2. 建立乙。</p>')).toEqual([
      { seq: 1, text: '认真落实甲。' },
      { seq: 2, text: '建立乙。' },
    ]);
  });

  it('splits numbered items that follow each other on one line after a full stop', () => {
    expect(splitItems('1.做好甲工作。2.加强乙建设。3.完善丙机制。').map((i) => i.seq)).toEqual([1, 2, 3]);
  });

  it('reads a parenthesised number as the sequence number of a single item', () => {
    expect(splitItems('（12）主动公开空气质量等生态环保信息')).toEqual([{ seq: 12, text: '主动公开空气质量等生态环保信息' }]);
  });

  it('does not split at numbers inside a sentence', () => {
    const items = splitItems('自2016年起每季度应向社会公开。年内解读不少于1次，比例达到1.5%。');
    expect(items).toHaveLength(1);
    expect(items[0]!.seq).toBeNull();
  });

  it('does not take a year at the start of a cell for an item number', () => {
    expect(splitItems('2023 年邀请公众代表列席政府常务会议不少于 10 次。')).toEqual([{ seq: null, text: '2023年邀请公众代表列席政府常务会议不少于10次。' }]);
  });

  it('keeps numbers out of sequence inside the item they belong to', () => {
    const items = splitItems('1. 甲项。\n3. 并非新项的续行。');
    expect(items).toHaveLength(1);
  });
});
