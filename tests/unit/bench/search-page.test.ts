import { describe, expect, it } from 'vitest';
import { firstBundle, largestCounty } from '../../../scripts/lib/bench/search-page.ts';

const page = (config: unknown) =>
  `<!DOCTYPE html><html><body><form id="search-form"></form><script type="application/json" id="search-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script><script type="module" src="/_astro/search.js"></script></body></html>`;

describe('largestCounty', () => {
  it('picks the 县区 value with the most records, one county even where its name is shared', () => {
    const lists = { 县区: [['冠县', 52, '山东省'], ['铁西区（沈阳市）', 61, '辽宁省'], ['铁西区（鞍山市）', 40, '辽宁省']] };
    expect(largestCounty(page({ lists }))).toBe('铁西区（沈阳市）');
  });

  it('breaks a tie by the value, so that the bench measures the same county every run', () => {
    expect(largestCounty(page({ lists: { 县区: [['B县', 9, '某省'], ['A县', 9, '某省']] } }))).toBe('A县');
  });

  it('names the page and what it expected when the config or its counties are missing', () => {
    expect(() => largestCounty('<html></html>')).toThrow('search/index.html: no <script id="search-config">');
    expect(() => largestCounty(page({ lists: {} }))).toThrow('the config lists no 县区 values');
  });
});

describe('firstBundle', () => {
  const shards = [
    { province: '北京市', paths: ['/pagefind/11/'], years: [2024, 2022] },
    { province: '辽宁省', paths: ['/pagefind/21/', '/pagefind/21-2/'], years: [2023, 2022] },
    { province: '山东省', paths: ['/pagefind/37/'], years: [2023] },
  ];
  const lists = { 县区: [['铁西区（沈阳市）', 61, '辽宁省'], ['冠县', 52, '山东省']] };
  const searchPage = page({ shards, lists });

  it('is the first bundle of the first province in code order, for a query of every province', () => {
    expect(firstBundle(searchPage, [['q', '适老化']])).toBe('/pagefind/11/');
  });

  it('follows the county, the year and the province as the search page reads them', () => {
    expect(firstBundle(searchPage, [['q', '适老化'], ['县区', '冠县']])).toBe('/pagefind/37/');
    expect(firstBundle(searchPage, [['q', '适老化'], ['年度', '2023']])).toBe('/pagefind/21/');
    expect(firstBundle(searchPage, [['q', '适老化'], ['省份', '山东省'], ['年度', '2023']])).toBe('/pagefind/37/');
  });

  it('names what it could not find', () => {
    expect(() => firstBundle(searchPage, [['q', 'x'], ['县区', '无此县']])).toThrow('no 县区 value 无此县');
    expect(() => firstBundle(searchPage, [['q', 'x'], ['年度', '2019']])).toThrow('no bundle in the config for q=x&%E5%B9%B4%E5%BA%A6=2019');
  });
});

describe('floorTerm', () => {
  it('asks Pagefind alone for what the search page asks for the words', async () => {
    const { floorTerm } = await import('../../../scripts/lib/bench/floor.ts');
    expect(floorTerm('依申请公开')).toBe('"依申 申请 请公 公开"');
    expect(floorTerm('政务公开 目录')).toBe('政务 务公 公开 目录');
  });
});
