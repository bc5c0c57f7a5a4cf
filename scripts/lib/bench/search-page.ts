/** What the benchmark reads from the built search page. */

/** The part of the search page's config (its <script id="search-config">) the benchmark reads. */
interface SearchConfig {
  /** Each province's bundles, in code order, with its notices' plan years. */
  shards?: { province: string; paths: string[]; years: number[] }[];
  /** Filter lists the script builds: 县区 → [value, records, province]. */
  lists?: Record<string, [string, number, string][]>;
}

function searchConfig(searchPage: string): SearchConfig {
  const json = /<script type="application\/json" id="search-config">([^]*?)<\/script>/.exec(searchPage)?.[1];
  if (json === undefined) throw new Error('search/index.html: no <script id="search-config">; expected the search page the site builds');
  return JSON.parse(json) as SearchConfig;
}

/** The 县区 value with the most records in the search page's config (the list its script builds the checkboxes from). */
export function largestCounty(searchPage: string): string {
  const counties = searchConfig(searchPage).lists?.['县区'] ?? [];
  const [first] = [...counties].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!first) throw new Error('search/index.html: the config lists no 县区 values; expected one per county');
  return first[0];
}

/**
 * The bundle the search page opens first for a query's 省份, 县区 and 年度 (the first in code
 * order of the provinces they allow, as public/scripts/search.js's scopeOf reads them).
 */
export function firstBundle(searchPage: string, params: readonly (readonly [string, string])[]): string {
  const config = searchConfig(searchPage);
  const values = (key: string) => params.filter(([k]) => k === key).map(([, v]) => v);
  const counties = values('县区');
  const provinceOf = new Map((config.lists?.['县区'] ?? []).map(([value, , province]) => [value, province]));
  for (const county of counties) if (!provinceOf.has(county)) throw new Error(`search/index.html: no 县区 value ${county} in the config`);
  const provinces = values('省份');
  const years = values('年度').map(Number);
  const shard = (config.shards ?? []).find(
    (s) =>
      (provinces.length === 0 || provinces.includes(s.province)) &&
      (counties.length === 0 || counties.some((c) => provinceOf.get(c) === s.province)) &&
      (years.length === 0 || s.years.some((y) => years.includes(y))),
  );
  if (!shard?.paths[0]) throw new Error(`search/index.html: no bundle in the config for ${new URLSearchParams(params.map(([k, v]) => [k, v]))}`);
  return shard.paths[0];
}
