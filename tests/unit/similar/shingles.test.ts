import { describe, expect, it } from 'vitest';
import { comparableText, jaccard, jaccardAtLeast, shingles } from '../../../src/lib/similar/shingles.ts';

describe('comparableText', () => {
  it('drops punctuation and spaces and folds full-width forms, so that they are no difference', () => {
    expect(comparableText('推进义务教育“双减”信息公开， 加大力度。')).toBe('推进义务教育双减信息公开加大力度');
    expect(comparableText('不少于１０次（ＡＢ）')).toBe('不少于10次AB');
  });
});

describe('shingles', () => {
  it('cuts a text into its distinct character triples, sorted', () => {
    const s = shingles('信息公开信息公');
    // 信息公 息公开 公开信 开信息 信息公(again): four distinct.
    expect(s.length).toBe(4);
    expect([...s]).toEqual([...s].sort((a, b) => a - b));
  });

  it('gives one shingle to a text shorter than a shingle and none to an empty one', () => {
    expect(shingles('公开').length).toBe(1);
    expect(shingles('').length).toBe(0);
  });

  it('tells the order of characters apart', () => {
    expect(jaccard(shingles('公开信息'), shingles('信息公开'))).toBeLessThan(0.5);
  });
});

describe('jaccard', () => {
  it('is shared shingles over all distinct shingles', () => {
    const a = Uint32Array.from([1, 2, 3, 4]);
    const b = Uint32Array.from([3, 4, 5]);
    expect(jaccard(a, b)).toBeCloseTo(2 / 5);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, Uint32Array.from([9]))).toBe(0);
  });

  it('stops early below a threshold, and agrees with the full count at or above it', () => {
    const a = Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = Uint32Array.from([1, 2, 3, 4, 9, 10, 11, 12]);
    expect(jaccard(a, b)).toBeCloseTo(4 / 12);
    expect(jaccardAtLeast(a, b, 0.3)).toBeCloseTo(4 / 12);
    expect(jaccardAtLeast(a, b, 0.34)).toBe(-1);
  });
});
