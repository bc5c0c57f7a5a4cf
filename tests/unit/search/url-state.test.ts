/** A search as its URL states it (src/lib/search/url-state.ts). */
import { describe, expect, it } from 'vitest';
import { anyChosen, noFilters, readSearchParams, searchParams, searchUrl } from '../../../src/lib/search/url-state.ts';

describe('readSearchParams', () => {
  it('reads the words, every value of each filter key, the deadline values, the order and the mode', () => {
    const state = readSearchParams(new URLSearchParams('q=适老化&县区=冠县&县区=乐至县&部门=&到期=2023-Q3&到期=逾期&排序=到期&mode=phrase&其他=x'));
    expect(state.q).toBe('适老化');
    expect(state.filters['县区']).toEqual(['冠县', '乐至县']);
    expect(state.filters['部门']).toEqual([]);
    expect(state.due).toEqual(['2023-Q3', '逾期']);
    expect(state.sort).toBe('到期');
    expect(state.mode).toBe('phrase');
    expect(Object.keys(state.filters)).not.toContain('其他');
  });

  it('reads a missing or unknown mode and order as the default', () => {
    expect(readSearchParams(new URLSearchParams('q=x&mode=exact&排序=随机'))).toMatchObject({ mode: 'auto', sort: '' });
  });
});

describe('searchParams and searchUrl', () => {
  it('writes back what they read, keys in filter order, words trimmed', () => {
    const state = readSearchParams(new URLSearchParams('排序=原文&部门=教育部门&q=+教体局+&到期=..2023-09-30&县区=冠县'));
    expect(searchParams(state)).toBe(new URLSearchParams([['q', '教体局'], ['县区', '冠县'], ['部门', '教育部门'], ['到期', '..2023-09-30'], ['排序', '原文']]).toString());
    expect(readSearchParams(new URLSearchParams(searchParams(state)))).toEqual({ ...state, q: '教体局' });
  });

  it('is the bare page for an empty search', () => {
    expect(searchUrl('/search/', { q: '  ', filters: noFilters(), due: [], sort: '', mode: 'auto' })).toBe('/search/');
  });
});

describe('anyChosen', () => {
  it('says whether a filter or deadline value is chosen', () => {
    expect(anyChosen({ filters: noFilters(), due: [] })).toBe(false);
    expect(anyChosen({ filters: { ...noFilters(), 年度: ['2023'] }, due: [] })).toBe(true);
    expect(anyChosen({ filters: noFilters(), due: ['逾期'] })).toBe(true);
  });
});
