/** What the build and the search page share (src/lib/search/contract.ts). */
import { describe, expect, it } from 'vitest';
import { bundleScope, countyValue, namesakeValues, type ShardEntry } from '../../../src/lib/search/contract.ts';
import { distinctNames } from '../../../src/lib/registry/jurisdictions.ts';
import { registries } from '../../helpers.ts';

describe('countyValue', () => {
  it('names a county by its name, and by its name and prefecture where the name is shared', () => {
    expect(countyValue('冠县', '聊城市', false)).toBe('冠县');
    expect(countyValue('铁西区', '沈阳市', true)).toBe('铁西区（沈阳市）');
  });

  it('is how the registry tells the site’s counties apart', () => {
    const names = distinctNames(registries.jurisdictions);
    const tiexi = registries.jurisdictions.filter((j) => j.name === '铁西区');
    expect(tiexi.length).toBeGreaterThan(1);
    for (const j of tiexi) expect(names.get(j.code)).toBe(countyValue(j.name, j.prefecture, true));
  });
});

describe('namesakeValues', () => {
  const values = ['冠县', '铁西区（沈阳市）', '铁西区（四平市）', '铁西区新城（某市）'];
  it('finds every county a bare shared name stands for, and no other', () => {
    expect(namesakeValues('铁西区', values)).toEqual(['铁西区（沈阳市）', '铁西区（四平市）']);
    expect(namesakeValues('冠县', values)).toEqual([]);
  });
});

describe('bundleScope', () => {
  const shards: ShardEntry[] = [
    { province: '北京市', paths: ['/pagefind/11/'], starts: [0], years: [2024, 2022] },
    { province: '辽宁省', paths: ['/pagefind/21/', '/pagefind/21-2/'], starts: [1, 5], years: [2023, 2022] },
    { province: '山东省', paths: ['/pagefind/37/'], starts: [2], years: [2023] },
  ];
  const provinceOf = (county: string) => ({ 冠县: '山东省', '铁西区（沈阳市）': '辽宁省' })[county];
  const scope = (省份: string[], 县区: string[], 年度: string[]) => bundleScope(shards, { 省份, 县区, 年度 }, provinceOf).map((s) => s.province);

  it('is every province, in code order, when no place or year is chosen', () => {
    expect(scope([], [], [])).toEqual(['北京市', '辽宁省', '山东省']);
  });

  it('keeps the provinces of the counties chosen, within the provinces chosen', () => {
    expect(scope([], ['冠县'], [])).toEqual(['山东省']);
    expect(scope(['辽宁省'], ['冠县', '铁西区（沈阳市）'], [])).toEqual(['辽宁省']);
    expect(scope(['北京市'], ['冠县'], [])).toEqual([]);
  });

  it('skips provinces without a notice of the years chosen', () => {
    expect(scope([], [], ['2023'])).toEqual(['辽宁省', '山东省']);
    expect(scope([], [], ['2024', '2023'])).toEqual(['北京市', '辽宁省', '山东省']);
  });

  it('finds nothing for a county it cannot place', () => {
    expect(scope([], ['无此县'], [])).toEqual([]);
  });
});
