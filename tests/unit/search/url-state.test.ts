/** A search as its URL states it (src/lib/search/url-state.ts). */
import { describe, expect, it } from 'vitest';
import { anyChosen, noFilters, readSearchParams, searchParams, searchUrl } from '../../../src/lib/search/url-state.ts';

describe('readSearchParams', () => {
  it('reads the words, every value of each filter key, and the mode', () => {
    const state = readSearchParams(new URLSearchParams('q=适老化&县区=冠县&县区=乐至县&部门=&mode=phrase&其他=x'));
    expect(state.q).toBe('适老化');
    expect(state.filters['县区']).toEqual(['冠县', '乐至县']);
    expect(state.filters['部门']).toEqual([]);
    expect(state.mode).toBe('phrase');
    expect(Object.keys(state.filters)).not.toContain('其他');
  });

  it('reads a missing or unknown mode as auto', () => {
    expect(readSearchParams(new URLSearchParams('q=x&mode=exact')).mode).toBe('auto');
  });
});

describe('searchParams and searchUrl', () => {
  it('writes back what they read, keys in filter order, words trimmed', () => {
    const state = readSearchParams(new URLSearchParams('部门=教育部门&q=+教体局+&县区=冠县'));
    expect(searchParams(state)).toBe(new URLSearchParams([['q', '教体局'], ['县区', '冠县'], ['部门', '教育部门']]).toString());
    expect(readSearchParams(new URLSearchParams(searchParams(state)))).toEqual({ ...state, q: '教体局' });
  });

  it('is the bare page for an empty search', () => {
    expect(searchUrl('/search/', { q: '  ', filters: noFilters(), mode: 'auto' })).toBe('/search/');
  });
});

describe('anyChosen', () => {
  it('says whether a filter value is chosen', () => {
    expect(anyChosen(noFilters())).toBe(false);
    expect(anyChosen({ ...noFilters(), 年度: ['2023'] })).toBe(true);
  });
});
