/**
 * What the build and the search page share: the filter keys and how a county is named in
 * them, the department prefixes a query may carry, the shape of the page's config and of a
 * record's metadata, the synthetic filter that tells bundles apart, and which bundles a
 * search can find anything in. The build (records.ts, search.astro, the index hook), the
 * page's script (src/scripts/search/), the bench and the tests import this one module, so
 * that each of these is written once.
 *
 * Pure, and free of run-time dependencies: the page's script bundles what it imports from here.
 */

/** Filter keys, in the order the search page shows them; Chinese keys read best as headings. */
export const FILTER_KEYS = ['省份', '县区', '年度', '部门', '主题', '子主题', '时限类型', '量化指标'] as const;

/** One filter key. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The key whose values are provinces. */
export const PROVINCE_KEY = '省份' satisfies FilterKey;
/** The key whose values are counties, each named by `countyValue`. */
export const COUNTY_KEY = '县区' satisfies FilterKey;
/** The key whose values are plan years. */
export const YEAR_KEY = '年度' satisfies FilterKey;
/** The key whose values are the codebook's canonical department names. */
export const DEPARTMENT_KEY = '部门' satisfies FilterKey;

/** Values of the 量化指标 filter: whether the task's text sets a measurable target (不少于10次, 50%, 10个工作日内). The charts link to it (src/lib/charts/links.ts). */
export const TARGET_LABEL = { yes: '有', no: '无' } as const;

/**
 * The language code of every record and of the page's Pagefind instances, which must match
 * exactly. Undetermined: the records' content is not Chinese prose but its pairs of
 * characters (tokens.ts), which Pagefind must neither segment when indexing nor when
 * searching, and it segments only zh, ja and th (pagefind.js `needsWordSegmentation`, the
 * indexer's `should_segment`). The pages themselves stay lang="zh-CN".
 */
export const SEARCH_LANGUAGE = 'und';

/** The bundle of the notices' own records (title, issuer, cited documents, headings), searched and counted apart from the tasks. */
export const NOTICE_BUNDLE = '/pagefind/notices/';

/**
 * A synthetic filter the page adds to every record of a bundle it opens (Pagefind's
 * `mergeFilter`): the bundle's path, so that one instance holding several bundles can be
 * searched, and counted, bundle by bundle.
 */
export const BUNDLE_KEY = '分卷';

/**
 * Jurisdiction words printed before a bureau's name (县人社局, 区委编办): a query reads them as
 * part of the name. Longest first where one is the start of another (县委 before 县).
 */
export const DEPARTMENT_PREFIXES = ['县级', '区级', '市级', '县直', '区直', '市直', '县委', '区委', '市委', '县', '区', '市'] as const;

/**
 * A county's 县区 filter value: its name, or, where the registry holds the name more than
 * once, its name and its prefecture (铁西区（沈阳市）). Links to the search name counties so.
 */
export function countyValue(name: string, prefecture: string, shared: boolean): string {
  return shared ? `${name}（${prefecture}）` : name;
}

/**
 * The county values a bare name stands for, among `values`: the county of that name with its
 * prefecture, or several (铁西区 → 铁西区（沈阳市）, 铁西区（四平市）). A link made before counties
 * that share a name were told apart names them bare.
 */
export function namesakeValues(name: string, values: Iterable<string>): string[] {
  return [...values].filter((value) => value.startsWith(`${name}（`));
}

/** One province's bundles of the index, as the page learns them. */
export interface ShardEntry {
  /** The province, as the 省份 filter names it. */
  province: string;
  /** Its bundles' paths, in order (/pagefind/37/, /pagefind/37-2/ …). */
  paths: string[];
  /** The corpus order of each bundle's first notice (a notice is in the last bundle that starts at or before it: see plans.ts). */
  starts: number[];
  /** The plan years of its notices, newest first (a 年度 filter skips provinces without them). */
  years: number[];
}

/** A name a reader may type for a department, and the 部门 filter value it stands for. */
export interface SearchAlias {
  alias: string;
  department: string;
}

/**
 * The search page's config, written by the build as JSON into the page
 * (<script type="application/json" id="search-config">) and read by its script.
 */
export interface SearchConfig {
  /** The filter keys, in the order shown. */
  filterKeys: FilterKey[];
  /** Department names and abbreviations a query may use, longest first. */
  aliases: SearchAlias[];
  /** Each province's bundles, in code order. */
  shards: ShardEntry[];
  /**
   * Filter lists the page does not hold as HTML (the counties): key → [value, count, province].
   * Their checkboxes are built by the script.
   */
  lists: Partial<Record<FilterKey, [value: string, count: number, province: string][]>>;
  /** Traditional characters and the simplified characters they are read as, alternating (務务體体…): only those whose simplified form the corpus holds. */
  simplified: string;
  /** Each due date of a task (ISO) and its number of tasks, in date order: what the 到期 filter chooses among. */
  dueDates: [date: string, tasks: number][];
  /** The build date (ISO, China Standard Time): tasks due before it are overdue. */
  today: string;
  /** Where the corpus's words for suggestions are (src/lib/search/suggest.ts), fetched when a search finds nothing. */
  wordsUrl: string;
  /** The longest query, in characters. */
  maxQueryLength: number;
  /** Results per page. */
  pageSize: number;
}

/** The id of the <script type="application/json"> that holds the config. */
export const CONFIG_ELEMENT_ID = 'search-config';

/**
 * A record's metadata (Pagefind's `meta`, strings only): what a result shows. The content the
 * index searches is not shown (tokens.ts); every field a search matches in is here as printed.
 */
export interface RecordMeta {
  /** The result's heading: the county, the year and the task's place in its notice (a notice: its title). */
  title: string;
  /** 任务 or 通知. */
  kind: '任务' | '通知';
  county: string;
  /** Province, prefecture and county. */
  place: string;
  year: string;
  /** The notice's title. */
  notice: string;
  /** The task's plan (its 通知 filter value, plans.ts); empty for a notice. */
  plan: string;
  /** The requirement as printed (a notice: its issuer, document number and task count). */
  text: string;
  /** The responsible units as printed (empty when none are printed, and for a notice). */
  units: string;
  /** The section and subsection headings (empty when none). */
  section: string;
  subsection: string;
  /** The departments a task names, joined by 、 (empty for a notice). */
  departments: string;
  /** The deadline as the pages show it (empty for a notice). */
  deadline: string;
}

/** The filter values a search has chosen, by key (values of one key are alternatives). */
export type Selected = Record<FilterKey, string[]>;

/**
 * The provinces' bundles a search can find anything in, in code order: all of them unless
 * provinces, counties or years are chosen. `provinceOf` gives a county value's province.
 */
export function bundleScope(shards: readonly ShardEntry[], selected: Pick<Selected, '省份' | '县区' | '年度'>, provinceOf: (county: string) => string | undefined): ShardEntry[] {
  let provinces: Set<string> | null = null;
  if (selected[PROVINCE_KEY].length > 0) provinces = new Set(selected[PROVINCE_KEY]);
  if (selected[COUNTY_KEY].length > 0) {
    const ofCounties = new Set(selected[COUNTY_KEY].flatMap((county) => provinceOf(county) ?? []));
    provinces = provinces ? new Set([...provinces].filter((p) => ofCounties.has(p))) : ofCounties;
  }
  const years = selected[YEAR_KEY].map(Number);
  return shards.filter((s) => (!provinces || provinces.has(s.province)) && (years.length === 0 || s.years.some((y) => years.includes(y))));
}
