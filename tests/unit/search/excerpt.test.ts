/** Which words an excerpt shows (src/lib/search/excerpt.ts). */
import { describe, expect, it } from 'vitest';
import { excerptWindow, headWords } from '../../../src/lib/search/excerpt.ts';

describe('excerptWindow', () => {
  it('shows the start of the words when none is marked', () => {
    expect(excerptWindow(new Set(), 0, 100, 10)).toEqual({ start: 0, end: 10, cutBefore: false, cutAfter: true });
  });

  it('keeps the densest marks in view, with a few words before the first', () => {
    // The first window holding all three marks starts at 44: six words before the first.
    expect(excerptWindow(new Set([50, 52, 53]), 0, 100, 10)).toEqual({ start: 44, end: 54, cutBefore: true, cutAfter: true });
  });

  it('stays within [from, to)', () => {
    expect(excerptWindow(new Set([2]), 0, 5, 60)).toEqual({ start: 0, end: 5, cutBefore: false, cutAfter: false });
    expect(excerptWindow(new Set([98]), 90, 100, 30)).toEqual({ start: 90, end: 100, cutBefore: false, cutAfter: false });
  });
});

describe('headWords', () => {
  it('counts the words that start before the head ends', () => {
    expect(headWords(['依申请', '公开', '办理', '责任单位'], 5)).toBe(2);
    expect(headWords(['依申请', '公开'], 99)).toBe(2);
    expect(headWords(['依申请', '公开'], 0)).toBe(0);
  });
});
