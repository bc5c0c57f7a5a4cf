import { getCollection } from 'astro:content';
import { comparisonRoot, COMPARE_MAX_COUNTIES, type ComparisonView } from '../lib/charts/comparison-pages.ts';
import { countyLinks, INLINE_TASKS_MAX, type CountyLinks } from '../lib/charts/links.ts';
import { buildCorpus, formatProblems, type Corpus } from '../lib/corpus/corpus.ts';
import { countyLists, type CountyLists } from '../lib/county-pages.ts';
import { noticeLists, type NoticeList } from '../lib/notice-pages.ts';
import { taskOrdinals } from '../lib/present.ts';
import { buildDate, type BuildDate } from '../lib/build-date.ts';
import type { FeedContext } from '../lib/feeds/files.ts';
import { positiveIntegerSetting, siteUrlSetting } from '../lib/settings.ts';
import { comparisonPages } from '../lib/charts/comparison-pages.ts';
import { matrixBlocks } from '../lib/charts/shared-tasks.ts';
import type { DerivedNotice } from '../lib/corpus/derive.ts';
import { corpusSimilarity, roundScore, type CorpusSimilarity } from '../lib/similar/corpus-similarity.ts';
import type { SimilarOf } from '../lib/open-data.ts';
import { upstreamOf, type Upstream } from '../lib/similar/upstream.ts';
import { noticeAdditions, type NoticeAdditions } from '../lib/similar/additions.ts';
import { maxShardRecords, planShards, type SearchShard } from '../lib/search/shards.ts';
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
  const [notices, departments, topics, subtopics, jurisdictions, regions] = await Promise.all([
    getCollection('notices'),
    getCollection('departments'),
    getCollection('topics'),
    getCollection('subtopics'),
    getCollection('jurisdictions'),
    getCollection('regions'),
  ]);
  const { corpus, problems } = buildCorpus(
    notices.map((n) => ({ entry: n.data, file: n.filePath ?? `content/notices/${n.id}.md` })),
    { departments: departments.map((d) => d.data), topics: topics.map((t) => t.data), subtopics: subtopics.map((s) => s.data), jurisdictions: jurisdictions.map((j) => j.data), regions: regions.map((r) => r.data) },
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
  ordinals ??= loadCorpus().then((corpus) => taskOrdinals([...corpus.notices, ...corpus.upstream]));
  return ordinals;
}

let built: Promise<BuildDate> | null = null;

/**
 * The build date: the day "past due" is counted from and the calendars' stamp. BUILD_DATE,
 * else SOURCE_DATE_EPOCH, else the newest date the content prints (src/lib/build-date.ts):
 * never the clock, so that a build is the same on any day.
 */
export function loadBuildDate(): Promise<BuildDate> {
  built ??= loadCorpus().then((corpus) => buildDate(process.env, corpus.notices.map((n) => n.entry)));
  return built;
}

/**
 * The address citations name as this site's: SITE_URL when a deployment sets it, else none, so
 * that a citation keeps the site-relative path, which the copy script completes with the
 * address the reader opened (a local build's default address is not one to cite).
 */
export function citationSite(): URL | undefined {
  return process.env.SITE_URL ? new URL(siteUrlSetting(process.env.SITE_URL)) : undefined;
}

/** What the feeds and calendars are made from: the corpus, how its lists are paged, the site's address (SITE_URL) and the build date. */
export async function loadFeedContext(): Promise<FeedContext> {
  return { corpus: await loadCorpus(), links: await loadCountyLinks(), site: siteUrlSetting(process.env.SITE_URL), buildDate: (await loadBuildDate()).date };
}

let upstream: Promise<Upstream> | null = null;

/**
 * The notices grouped by province and plan year and by cited document (src/lib/similar/upstream.ts),
 * once per build: the counties' notices and the provinces' and prefectures' plans above them, so
 * that a cited plan in the corpus is found, and its tasks are compared with the counties'.
 */
export function loadUpstream(): Promise<Upstream> {
  upstream ??= loadCorpus().then((corpus) => upstreamOf([...corpus.notices, ...corpus.upstream]));
  return upstream;
}

let comparisonBlocks: Promise<Map<DerivedNotice, DerivedNotice[]>> | null = null;

/** Per notice, the notices of the shared-tasks matrix it is drawn in on its comparison page (none when it is drawn in none). */
export function loadMatrixMates(): Promise<Map<DerivedNotice, DerivedNotice[]>> {
  comparisonBlocks ??= Promise.all([loadCorpus(), loadComparison()]).then(([corpus, root]) => {
    const mates = new Map<DerivedNotice, DerivedNotice[]>();
    for (const view of [root, ...comparisonPages(root)]) {
      if (view.parts.length > 0) continue;
      for (const block of matrixBlocks(viewNotices(corpus, view.corpus.jurisdictions))) for (const n of block.notices) mates.set(n, block.notices);
    }
    return mates;
  });
  return comparisonBlocks;
}

/** The notices of some counties, in the corpus's order. */
export function viewNotices(corpus: Corpus, jurisdictions: readonly { code: string }[]): DerivedNotice[] {
  const codes = new Set(jurisdictions.map((j) => j.code));
  return corpus.notices.filter((n) => codes.has(n.notice.jurisdiction.code));
}

let similarity: Promise<CorpusSimilarity> | null = null;

/**
 * The similar commitments of the corpus (src/lib/similar/), computed once per build. Each
 * notice is compared task by task with the notices sharing its upstream, its county's other
 * plans and the notices of its shared-tasks matrix; its nearest commitments come from the
 * whole corpus, the provinces' and prefectures' plans included. Prints what it did and how long it took.
 */
export function loadSimilarity(): Promise<CorpusSimilarity> {
  similarity ??= Promise.all([loadCorpus(), loadUpstream(), loadMatrixMates()]).then(([corpus, up, mates]) => {
    const started = performance.now();
    const all = { notices: [...corpus.notices, ...corpus.upstream], tasks: [...corpus.tasks, ...corpus.upstream.flatMap((n) => n.tasks)] };
    const result = corpusSimilarity(all, (n) => [...up.related.get(n.notice.id)!, ...(corpus.noticesByJurisdiction.get(n.notice.jurisdiction.code) ?? []), ...(mates.get(n) ?? [])]);
    const { distinct, candidates, pairs } = result.stats;
    process.stderr.write(`similar: ${corpus.tasks.length} tasks, ${distinct} distinct requirements, ${candidates} candidate pairs scored, ${pairs} similar pairs, in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
  });
  return similarity;
}

const additions = new Map<string, NoticeAdditions>();

/** What a notice shares with the notices of its upstream and what it adds, once per notice (its own page, its county's and its group's ask). */
export async function loadAdditions(n: DerivedNotice): Promise<NoticeAdditions> {
  let found = additions.get(n.notice.id);
  if (!found) {
    found = noticeAdditions(n, await loadSimilarity(), await loadUpstream());
    additions.set(n.notice.id, found);
  }
  return found;
}

let similarOf: Promise<SimilarOf> | null = null;

/** Each task's similar commitments as the open data lists them; one function per build, so that the task files are laid out once. */
export function loadSimilarOf(): Promise<SimilarOf> {
  similarOf ??= loadSimilarity().then((similarity) => (id: string) => similarity.nearest(id).map((s) => ({ task: s.task.id, score: roundScore(s.score) })));
  return similarOf;
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
