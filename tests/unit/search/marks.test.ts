/** Marks and excerpts (src/lib/search/marks.ts). */
import { describe, expect, it } from 'vitest';
import { excerptPieces, markRanges } from '../../../src/lib/search/marks.ts';

describe('markRanges', () => {
  it('finds every place a text holds a run, merged where they touch', () => {
    expect(markRanges('县委宣传部，县委网信办', ['县委'])).toEqual([{ start: 0, end: 2 }, { start: 6, end: 8 }]);
    expect(markRanges('政府网站集约化', ['政府网站', '网站集约'])).toEqual([{ start: 0, end: 6 }]);
  });

  it('marks only the run, never its characters apart', () => {
    expect(markRanges('县发改委', ['县委'])).toEqual([]);
  });

  it('compares as the index does, and marks the text as printed', () => {
    const text = '推进ＩＰｖ６改造';
    const [range] = markRanges(text, ['ipv6']);
    expect(text.slice(range!.start, range!.end)).toBe('ＩＰｖ６');
  });
});

describe('excerptPieces', () => {
  it('shows a short text whole, the marks marked', () => {
    expect(excerptPieces('加强县委宣传', markRanges('加强县委宣传', ['县委']), 90)).toEqual([
      { text: '加强', marked: false },
      { text: '县委', marked: true },
      { text: '宣传', marked: false },
    ]);
  });

  it('cuts a long text around its first mark, with … where cut', () => {
    const text = `${'甲'.repeat(100)}县委${'乙'.repeat(100)}`;
    const pieces = excerptPieces(text, markRanges(text, ['县委']), 30);
    expect(pieces[0]!.text.startsWith('…')).toBe(true);
    expect(pieces.find((p) => p.marked)?.text).toBe('县委');
    expect(pieces.at(-1)!.text.endsWith('…')).toBe(true);
    expect([...pieces.map((p) => p.text).join('')].length).toBe(32);
  });
});
