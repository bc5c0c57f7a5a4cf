/** What the benchmark reads from the built search page: its config (src/lib/search/contract.ts). */
import { bundleScope, CONFIG_ELEMENT_ID, COUNTY_KEY, PROVINCE_KEY, YEAR_KEY, type SearchConfig } from '../../../src/lib/search/contract.ts';

/** The part of the config the benchmark reads. */
type BenchConfig = Partial<Pick<SearchConfig, 'shards' | 'lists'>>;

function searchConfig(searchPage: string): BenchConfig {
  const json = new RegExp(`<script type="application/json" id="${CONFIG_ELEMENT_ID}">([^]*?)</script>`).exec(searchPage)?.[1];
  if (json === undefined) throw new Error(`search/index.html: no <script id="${CONFIG_ELEMENT_ID}">; expected the search page the site builds`);
  return JSON.parse(json) as BenchConfig;
}

/** The 县区 value with the most records in the search page's config (the list its script builds the checkboxes from). */
export function largestCounty(searchPage: string): string {
  const counties = searchConfig(searchPage).lists?.[COUNTY_KEY] ?? [];
  const [first] = [...counties].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!first) throw new Error('search/index.html: the config lists no 县区 values; expected one per county');
  return first[0];
}

/**
 * The bundle the search page opens first for a query's 省份, 县区 and 年度: the first of the
 * bundles they allow, as the page reads them (the contract's bundleScope).
 */
export function firstBundle(searchPage: string, params: readonly (readonly [string, string])[]): string {
  const config = searchConfig(searchPage);
  const values = (key: string) => params.filter(([k]) => k === key).map(([, v]) => v);
  const provinceOf = new Map((config.lists?.[COUNTY_KEY] ?? []).map(([value, , province]) => [value, province]));
  for (const county of values(COUNTY_KEY)) if (!provinceOf.has(county)) throw new Error(`search/index.html: no 县区 value ${county} in the config`);
  const [shard] = bundleScope(config.shards ?? [], { [PROVINCE_KEY]: values(PROVINCE_KEY), [COUNTY_KEY]: values(COUNTY_KEY), [YEAR_KEY]: values(YEAR_KEY) }, (county) => provinceOf.get(county));
  if (!shard?.paths[0]) throw new Error(`search/index.html: no bundle in the config for ${new URLSearchParams(params.map(([k, v]) => [k, v]))}`);
  return shard.paths[0];
}
