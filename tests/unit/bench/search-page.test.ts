import { describe, expect, it } from 'vitest';
import { largestCounty } from '../../../scripts/lib/bench/search-page.ts';

const page = (config: unknown) =>
  `<!DOCTYPE html><html><body><form id="search-form"></form><script type="application/json" id="search-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script><script type="module" src="/scripts/search.js"></script></body></html>`;

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
