import { getCollection } from 'astro:content';
import { comparisonRoot, COMPARE_MAX_COUNTIES, type ComparisonView } from '../lib/charts/comparison-pages.ts';
import { countyLinks, INLINE_TASKS_MAX, type CountyLinks } from '../lib/charts/links.ts';
import { buildCorpus, formatProblems, type Corpus } from '../lib/corpus/corpus.ts';
import { countyLists, type CountyLists } from '../lib/county-pages.ts';
import { noticeLists, type NoticeList } from '../lib/notice-pages.ts';
import { taskOrdinals } from '../lib/present.ts';
import { maxShardRecords, planShards, type SearchShard } from '../lib/search/shards.ts';
import { positiveIntegerSetting } from '../lib/settings.ts';
import { handOverSearchIndex } from '../integrations/search-handoff.ts';

let cached: Promise<Corpus> | null = null;

/**
 * The one reader of the content collections. Builds the derived corpus once per build
 * (memoised: pages call this freely) and fails the build on any content problem,
 * naming every file, task and field at once.
 */
export function loadCorpus(): Promise<Corpus> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Corpus> {
  const [notices, departments, topics, jurisdictions] = await Promise.all([
    getCollection('notices'),
    getCollection('departments'),
    getCollection('topics'),
    getCollection('jurisdictions'),
  ]);
  const { corpus, problems } = buildCorpus(
    notices.map((n) => ({ entry: n.data, file: n.filePath ?? `content/notices/${n.id}.md` })),
    { departments: departments.map((d) => d.data), topics: topics.map((t) => t.data), jurisdictions: jurisdictions.map((j) => j.data) },
  );
  for (const n of notices) {
    const base = (n.filePath ?? '').split('/').pop()?.replace(/\.md$/, '');
    if (base && base !== n.data.id) problems.push({ file: n.filePath ?? n.id, task: null, field: 'id', message: `id "${n.data.id}" differs from the file name "${base}.md"` });
  }
  if (problems.length > 0) throw new Error(`content problems (${problems.length}):\n${formatProblems(problems)}`);
  return corpus;
}

/** The rendered Markdown body (the notice's own text) of a notice. */
export async function renderNoticeBody(id: string) {
  const { getEntry, render } = await import('astro:content');
  const entry = await getEntry('notices', id);
  if (!entry) throw new Error(`no content entry for notice "${id}"`);
  return render(entry);
}

let links: Promise<CountyLinks> | null = null;

/**
 * How department and topic pages list their tasks (inline by county, or a page per province or prefecture),
 * as every page must link to them. INLINE_TASKS_MAX overrides the threshold (the tests build a
 * site with a low one, so that the paged layout is built and checked on the real corpus).
 */
export function loadCountyLinks(): Promise<CountyLinks> {
  // One per build: the links count each paged list's tasks per province once, and every
  // county and notice page asks (made per page, they rebuilt those counts ~4,400 times).
  links ??= loadCorpus().then((corpus) => {
    const raw = process.env.INLINE_TASKS_MAX;
    const max = raw === undefined || raw === '' ? INLINE_TASKS_MAX : Number(raw);
    if (!Number.isInteger(max) || max < 0) throw new Error(`INLINE_TASKS_MAX must be a whole number of tasks, got "${raw}"`);
    return countyLinks(corpus, max);
  });
  return links;
}

/**
 * The comparison pages: /compare/, split by province and then by prefecture beyond
 * COMPARE_MAX_COUNTIES counties a page (the environment variable of that name overrides it:
 * the tests build a small site split at both levels).
 */
export async function loadComparison(): Promise<ComparisonView> {
  const max = positiveIntegerSetting('COMPARE_MAX_COUNTIES', process.env.COMPARE_MAX_COUNTIES, COMPARE_MAX_COUNTIES);
  return comparisonRoot(await loadCorpus(), max);
}

/** /notices/ and, beyond NOTICES_PAGE_MAX notices (the environment variable of that name overrides it), its pages per year and per province of a year. */
export async function loadNoticeLists(): Promise<NoticeList> {
  return noticeLists((await loadCorpus()).notices, positiveIntegerSetting('NOTICES_PAGE_MAX', process.env.NOTICES_PAGE_MAX, NOTICES_PAGE_MAX));
}

/** The most notices one list page holds (/notices/ at 2,800 notices was 622 KB). */
const NOTICES_PAGE_MAX = 300;

let counties: Promise<CountyLists> | null = null;

/**
 * /counties/ and, beyond COUNTIES_PAGE_MAX counties (the environment variable of that name
 * overrides it), a page per province; made once per build, as every county page links to its
 * province's list.
 */
export function loadCountyLists(): Promise<CountyLists> {
  counties ??= loadCorpus().then((corpus) => countyLists(corpus.jurisdictions, positiveIntegerSetting('COUNTIES_PAGE_MAX', process.env.COUNTIES_PAGE_MAX, COUNTIES_PAGE_MAX)));
  return counties;
}

/** The most counties /counties/ lists itself (at 2,800 notices it was one page of 229 KB). */
const COUNTIES_PAGE_MAX = 300;

let ordinals: Promise<Map<string, number>> | null = null;

/** Each task's 1-based position in its notice, computed once per build (department and topic pages need it). */
export function loadTaskOrdinals(): Promise<Map<string, number>> {
  ordinals ??= loadCorpus().then((corpus) => taskOrdinals(corpus.notices));
  return ordinals;
}

let searchPlan: Promise<SearchShard[]> | null = null;

/**
 * The split of the search index into bundles (one per province, SEARCH_SHARD_RECORDS records
 * at most), planned once per build: the search page tells the browser where the bundles are,
 * and the index is written from the same plan and corpus once every page is built
 * (src/integrations/search-index.ts, to which this hands them over).
 */
export function loadSearchPlan(): Promise<SearchShard[]> {
  searchPlan ??= loadCorpus().then((corpus) => {
    const shards = planShards(corpus, maxShardRecords(process.env.SEARCH_SHARD_RECORDS));
    handOverSearchIndex({ corpus, shards });
    return shards;
  });
  return searchPlan;
}
