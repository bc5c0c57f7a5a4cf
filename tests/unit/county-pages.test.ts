import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countyLists, provinceHref } from '../../src/lib/county-pages.ts';
import { parseJurisdictionsCsv } from '../../src/lib/registry/jurisdictions.ts';
import { ROOT } from '../helpers.ts';

/** The whole registry (2,978 divisions), reversed so that the lists' own order is what is checked. */
const registry = parseJurisdictionsCsv(readFileSync(join(ROOT, 'content', 'registry', 'jurisdictions.csv'), 'utf8')).reverse();

describe('countyLists', () => {
  it('lists every county on /counties/ up to the limit, each province linked to its heading', () => {
    const { split, provinces } = countyLists(registry, registry.length);
    expect(split).toBe(false);
    expect(provinces[0]!.href).toBe(`/counties/#province-${provinces[0]!.code}`);
    expect(provinces.flatMap((p) => p.counties).map((j) => j.code)).toEqual(registry.map((j) => j.code).sort());
  });

  it('past the limit, gives each province a page, its counties grouped by prefecture in code order, every county once', () => {
    const { split, provinces } = countyLists(registry, registry.length - 1);
    expect(split).toBe(true);
    expect(provinces.map((p) => p.code)).toEqual([...new Set(registry.map((j) => j.code.slice(0, 2)))].sort());
    for (const p of provinces) {
      expect(p.href).toBe(provinceHref(p.code, true));
      expect(p.href).toBe(`/provinces/${p.code}/`);
      expect(new Set(p.counties.map((j) => j.province))).toEqual(new Set([p.name]));
      expect(p.prefectures.flatMap((g) => g.counties)).toEqual(p.counties);
      for (const g of p.prefectures) {
        expect(new Set(g.counties.map((j) => j.prefecture))).toEqual(new Set([g.name]));
        expect(g.code).toBe(g.counties[0]!.code.slice(0, 4));
      }
    }
  });

  it("groups a municipality's districts and counties (two prefecture codes, one name) as one", () => {
    const chongqing = countyLists(registry, 1).provinces.find((p) => p.name === '重庆市')!;
    expect(new Set(chongqing.counties.map((j) => j.code.slice(0, 4)))).toEqual(new Set(['5001', '5002']));
    expect(chongqing.prefectures.map((g) => [g.code, g.name, g.counties.length])).toEqual([['5001', '重庆市', chongqing.counties.length]]);
  });
});
