/**
 * The lists of every county with notices. /counties/ lists them all, under a heading per
 * province, up to `max` counties (COUNTIES_PAGE_MAX); beyond that it lists the provinces, and
 * each province's counties are on /provinces/<province code>/ under a heading per prefecture.
 * At 2,800 notices /counties/ was one page of 229 KB listing 1,610 counties.
 */
import type { Jurisdiction } from '../schemas/jurisdiction.ts';

/** The counties of one province, or of one prefecture of it. */
export interface CountyGroup {
  /** Two digits for a province, four for a prefecture (its first county's). */
  code: string;
  /** 山东省, 烟台市. */
  name: string;
  /** Its counties, in division-code order. */
  counties: Jurisdiction[];
}

export interface ProvinceCounties extends CountyGroup {
  /** Where its counties are listed: its own page once /counties/ is split, else its heading on /counties/. */
  href: string;
  /** Its counties by prefecture, in code order (a municipality's districts form one group). */
  prefectures: CountyGroup[];
}

export interface CountyLists {
  /** Whether /counties/ lists the provinces only, each province's counties on its own page. */
  split: boolean;
  /** Every province with a county, in code order. */
  provinces: ProvinceCounties[];
}

/** The page that lists a province's counties (split) or the anchor of its heading on /counties/. */
export function provinceHref(code: string, split: boolean): string {
  return split ? `/provinces/${code}/` : `/counties/#province-${code}`;
}

/** /counties/ and, past `max` counties, a page per province. */
export function countyLists(jurisdictions: readonly Jurisdiction[], max: number): CountyLists {
  const split = jurisdictions.length > max;
  const sorted = [...jurisdictions].sort((a, b) => a.code.localeCompare(b.code));
  const provinces = groupBy(sorted, (j) => j.code.slice(0, 2), (j) => j.province).map((p) => ({
    ...p,
    href: provinceHref(p.code, split),
    // By name: a municipality's districts and counties have two prefecture codes (市辖区, 县) but one name.
    prefectures: groupBy(p.counties, (j) => j.prefecture, (j) => j.prefecture).map((g) => ({ ...g, code: g.counties[0]!.code.slice(0, 4) })),
  }));
  return { split, provinces };
}

/** The counties grouped by `key`, groups in order of their first county. */
function groupBy(counties: readonly Jurisdiction[], key: (j: Jurisdiction) => string, name: (j: Jurisdiction) => string): CountyGroup[] {
  const groups = new Map<string, CountyGroup>();
  for (const j of counties) {
    const k = key(j);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = { code: k, name: name(j), counties: [] }));
    group.counties.push(j);
  }
  return [...groups.values()];
}
