/**
 * Running a search: the first province's results first (searched as the words are typed
 * too), then every province's, grouped by province in code order, and the filter counts of
 * the values in view. The results section is aria-busy until the latest search has rendered
 * (tests and the bench wait on it), with data-stage "first" once the first province shows
 * and "complete" once everything does.
 */
import { BUNDLE_KEY, DEPARTMENT_KEY, FILTER_KEYS, type FilterKey, type Selected, type ShardEntry, bundleScope } from '../../lib/search/contract.ts';
import { pagefindTerms, type Query } from '../../lib/search/query.ts';
import { anyChosen, noFilters, searchUrl, type SearchState } from '../../lib/search/url-state.ts';
import { fits, front, openBundles, pool, quick, resetInstance } from './instances.ts';
import type { FilterCounts, PagefindFilter, PagefindInstance, PagefindResult, ResultData } from './pagefind-api.ts';
import {
  checkboxes,
  clearButton,
  countingNote,
  filterPanel,
  hintEl,
  input,
  isFilterKey,
  moreButton,
  notesEl,
  page,
  PAGE_SIZE,
  paragraph,
  provinceOfCounty,
  readQuery,
  resultsEl,
  resultsSection,
  SHARDS,
  statusEl,
} from './page.ts';
import { filterGroup, showCounts, showFilterSummary, shownCounted, totalCounts, unbuiltTicks } from './panel.ts';
import { renderNoResults, renderResult, statusText } from './render.ts';

/** A search of several provinces tries this many, one after another, for its first results before opening the rest. */
const FIRST_TRIES = 3;
/** A 分卷 value no record has: a search filtered by it lists nothing and still counts what the words match. */
const NO_BUNDLE = '-';
const countingText = countingNote.textContent;
const COUNTING_FAILED = '统计本次检索各筛选条件的结果数时出错，所示数目未随本次检索更新。';

/** What Pagefind is asked for a state. */
interface Search {
  /** The words (null for a listing by filters, or by department names alone). */
  term: string | null;
  /** Each word as Pagefind splits it. */
  terms: string[];
  /** The departments named. */
  departments: string[];
  filters: PagefindFilter;
  sort: Record<string, 'asc'>;
  /** The provinces to search, in code order. */
  scope: ShardEntry[];
}

/** A province's results in the current listing. */
interface Group {
  province: string;
  paths: string[];
  /** Null until that province's own search has run. */
  results: PagefindResult[] | null;
  /** Results' data already fetched (the first page, when the first search fetched it to check its words). */
  data?: ResultData[];
  /** How many are on screen. */
  shown: number;
  count: number;
  list: HTMLOListElement | null;
}

/**
 * The current search's results by province, in code order: `at` is the group being shown;
 * `search` what each group's search needs; `total` the count of all results.
 */
let listing: { groups: Group[]; at: number; search: { term: string | null; filters: PagefindFilter; sort: Record<string, 'asc'>; bundles: string[] } | null; total: number; shown: number } = {
  groups: [],
  at: 0,
  search: null,
  total: 0,
  shown: 0,
};

/** What counting a search's filter values needs. */
interface CountJob {
  pf: PagefindInstance;
  term: string | null;
  filters: PagefindFilter;
  sort: Record<string, 'asc'>;
  bundles: string[];
  state: SearchState;
  departments: string[];
  mine: number;
}

/** The filter counts of the current search, when they wait for the folded filter panel to be opened, else null. */
let pendingCounts: CountJob | null = null;
/** The counting job of the current search, so that a list unfolded after it counts its own values then; null until a search has counts to make. */
let countJob: CountJob | null = null;
/** The search whose own filter counts are being made while its first province shows (the panel says so meanwhile); 0 when none. */
let countingFor = 0;
/** Increases with every recount, so that an older one does not overwrite a newer one's counts. */
let recounts = 0;
/** Whether a page of results is being fetched (a second press of the button waits for it). */
let loadingMore = false;

/** Pagefind filters: values of one key are alternatives (any), keys and named departments must all hold. */
function pagefindFilters(selected: Selected, departments: readonly string[], exceptKey: FilterKey | null): PagefindFilter {
  const all: PagefindFilter[] = [];
  for (const key of FILTER_KEYS) {
    if (key !== exceptKey && selected[key].length > 0) all.push({ [key]: { any: selected[key] } });
  }
  for (const department of departments) all.push({ [DEPARTMENT_KEY]: department });
  return all.length > 0 ? { all } : {};
}

/** The filters, and the records of these bundles only. */
function inBundles(filters: PagefindFilter, paths: readonly string[]): PagefindFilter {
  const all = Array.isArray(filters['all']) ? (filters['all'] as PagefindFilter[]) : [];
  return { all: [...all, { [BUNDLE_KEY]: { any: paths } }] };
}

/** The provinces a search can find anything in. */
export function scopeOf(filters: Selected): ShardEntry[] {
  return bundleScope(SHARDS, filters, (county) => provinceOfCounty.get(county));
}

/** What Pagefind is asked for a state and its query. */
function searchOf(state: SearchState, query: Query): Search {
  const term = query.noWords ? null : query.term;
  const departments = query.noWords ? [] : query.departments;
  return {
    term,
    terms: term === null ? [] : pagefindTerms(term),
    departments,
    filters: pagefindFilters(state.filters, departments, null),
    // With no words there is no relevance to rank by: list in corpus order (newest year first).
    sort: term === null ? { order: 'asc' } : {},
    scope: scopeOf(state.filters),
  };
}

/**
 * Runs the search the state describes and shows it; `push` adds a history entry. The results
 * section is aria-busy until the latest search has rendered (tests wait on it too).
 */
export async function run(state: SearchState, push: boolean): Promise<void> {
  const mine = ++page.generation;
  resultsSection.setAttribute('aria-busy', 'true');
  delete resultsSection.dataset['stage'];
  // The URL is written once the search has been handed to Pagefind's worker: a history entry
  // takes the main thread several milliseconds that the search need not wait for. The
  // search is not marked done before it is written.
  const written = new Promise<void>((resolve) => {
    setTimeout(() => {
      writeUrl(state, push);
      resolve();
    }, 0);
  });
  try {
    await runSearch(state, mine);
  } finally {
    await written;
    if (mine === page.generation) resultsSection.setAttribute('aria-busy', 'false');
  }
}

function writeUrl(state: SearchState, push: boolean): void {
  const url = searchUrl(location.pathname, state);
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

async function runSearch(state: SearchState, mine: number): Promise<void> {
  pendingCounts = null;
  countJob = null;
  countingFor = 0;
  filterPanel.removeAttribute('aria-busy');
  countingNote.hidden = true;
  countingNote.textContent = countingText;
  const query = readQuery(state.q, state.mode);
  const chosen = anyChosen(state.filters);
  clearButton.hidden = !chosen;
  showFilterSummary(state.filters);

  if ((query.empty || query.noWords) && !chosen) {
    renderNotes(query, state);
    clearResults();
    hintEl.hidden = false;
    statusEl.textContent = query.noWords ? '没有可检索的字词：检索词只含标点或符号，请输入文字。' : '';
    showCounts(totalCounts, state.filters, new Set(FILTER_KEYS));
    resultsSection.dataset['stage'] = 'complete';
    return;
  }

  const { term, terms, departments, filters, sort, scope } = searchOf(state, query);
  listing = { groups: [], at: 0, search: { term, filters, sort, bundles: [] }, total: 0, shown: 0 };
  hintEl.hidden = true;
  resultsEl.replaceChildren();
  document.querySelector('.search-empty')?.remove();
  moreButton.hidden = true;

  let pf: PagefindInstance | null = null;
  // The first provinces one by one until one has results: they head the list whatever the
  // others hold. A failure here is the index failing to load (or to run: its WebAssembly
  // needs 'wasm-unsafe-eval').
  const firstFrom = front.pf ? front : quick;
  for (const shard of scope.slice(0, scope.length > 1 ? FIRST_TRIES : 1)) {
    let first: FirstPage;
    try {
      if (!fits(firstFrom, shard.paths)) resetInstance(firstFrom);
      pf = await openBundles(shard.paths, firstFrom);
      if (mine !== page.generation) return;
      const early = ahead && ahead.pf === pf && ahead.key === aheadKey(filters, sort, term, shard.paths) ? await ahead.page : null;
      if (mine !== page.generation) return;
      first = early ?? (await firstResults(pf, term, terms, shard.paths, filters, sort));
    } catch (error) {
      if (mine !== page.generation) return;
      resetInstance(firstFrom);
      statusEl.textContent = '检索索引未能加载，请稍后重试。';
      console.error(error);
      return;
    }
    if (mine !== page.generation) return;
    if (first.results.length === 0) continue;
    listing.groups.push({ province: shard.province, paths: shard.paths, results: first.results, data: first.page ?? [], shown: 0, count: first.results.length, list: null });
    listing.total = first.results.length;
    if (!(await showMore(false, mine))) return;
    resultsSection.dataset['stage'] = 'first';
    const left = scope.length - 1 - scope.indexOf(shard);
    if (left > 0) statusEl.textContent = `${shard.province}有 ${first.results.length} 项结果；正在检索其余 ${left} 个省份……`;
    // The counts in the panel are the previous search's until the other provinces have
    // answered (seconds for a search of every province on a large site): it says so meanwhile.
    if (left > 0 && filterPanel.open) {
      countingFor = mine;
      filterPanel.setAttribute('aria-busy', 'true');
      countingNote.hidden = false;
    }
    break;
  }

  let all: { results: PagefindResult[]; filters: FilterCounts } = { results: [], filters: {} };
  let counts: FilterCounts = {};
  /** Keys counted over the whole corpus (from the page), whatever the bundles open. */
  let everywhere: ReadonlySet<string> = new Set();
  /** Keys whose values were counted (those in view): the others' counts are not known. */
  let counted: ReadonlySet<string> | null = null;
  let missing: string[] = [];
  /** Whether the filter counts wait for the folded panel (countPending makes them). */
  let deferred = false;
  try {
    const paths = scope.flatMap((s) => s.paths);
    if (scope.length > 0) pf = await openBundles(paths);
    if (mine !== page.generation) return;
    if (pf) {
      // The words first, while Pagefind counts only the bundles: once every filter index is
      // loaded, each search also counts every filter value over all its results.
      const found = await bundlesWithEvery(pf, terms, paths);
      if (mine !== page.generation) return;
      missing = found.missing;
      listing.search!.bundles = found.bundles;
      // Every filter's counts need their filter indexes (2.5 MB for a search of every province
      // at 2,800 notices): with the filter panel folded (a narrow screen), they wait until it
      // is opened, and a folded list's until it is unfolded. The results and their count need none.
      const job: CountJob = { pf, term, filters, sort, bundles: found.bundles, state, departments, mine };
      countJob = job;
      if (filterPanel.open) {
        const made = await countsOf(job);
        if (!made) return;
        ({ all, counts, everywhere, counted } = made);
      } else {
        deferred = true;
        pendingCounts = job;
        if (found.bundles.length > 0) all = await pf.search(term, { filters: inBundles(filters, found.bundles), sort });
      }
      if (mine !== page.generation) return;
    }
  } catch (error) {
    if (mine !== page.generation) return;
    statusEl.textContent = '检索出错，请稍后重试。';
    if (countingFor === mine) {
      countingFor = 0;
      filterPanel.removeAttribute('aria-busy');
      countingNote.textContent = COUNTING_FAILED;
    }
    console.error(error);
    return;
  }

  // Every province with results, in code order; the first keeps what is already on screen.
  const byBundle = all.filters[BUNDLE_KEY] ?? {};
  const shownFirst = listing.groups[0];
  listing.groups = [];
  for (const shard of scope) {
    const count = shard.paths.reduce((n, p) => n + (byBundle[p] ?? 0), 0);
    if (count === 0) continue;
    listing.groups.push(shownFirst && shownFirst.province === shard.province ? shownFirst : { province: shard.province, paths: shard.paths, results: null, shown: 0, count, list: null });
  }
  listing.total = all.results.length;
  // Fill the first page from the next provinces when the first held fewer than a page.
  if (listing.shown < PAGE_SIZE && !(await showMore(false, mine, PAGE_SIZE - listing.shown))) return;
  updateMore();
  // The count is announced once the results are on screen, not before.
  renderNotes(query, state, missing);
  // Not `pendingCounts`: the panel may have been opened meanwhile, and countPending took the job.
  if (!deferred) {
    showCounts(counts, state.filters, everywhere, counted);
    // A list unfolded while they were being made is counted now.
    if (counted && keysInView(state.filters).some((key) => !counted.has(key))) void recount(countJob);
  }
  if (countingFor === mine) {
    countingFor = 0;
    filterPanel.removeAttribute('aria-busy');
    countingNote.hidden = true;
  }
  statusEl.textContent = statusText(all.results.length, listing.groups.length, query, anyChosen(state.filters));
  if (all.results.length === 0) renderNoResults(query, chosen);
  resultsSection.dataset['stage'] = 'complete';
}

/**
 * The search's results with every filter value counted over them (`all`), and the counts
 * each filter's values show (`counts`; a ticked key's values are counted without that key's
 * own choices); null once a newer search has started.
 */
async function countsOf({ pf, term, filters, sort, bundles, state, departments, mine }: CountJob): Promise<{ all: { results: PagefindResult[]; filters: FilterCounts }; counts: FilterCounts; everywhere: Set<string>; counted: Set<string> } | null> {
  // A key's counts need its filter index in every bundle open (Pagefind counts, bundle by
  // bundle, the values of the filters it has loaded): only the keys in view are loaded, so
  // that a folded list (部门, 主题, and 县区 on a large site: half the filter indexes' bytes)
  // costs nothing until unfolded.
  const keys = keysInView(state.filters);
  if (keys.length > 0) await pf.preload(null, { filters: Object.fromEntries(keys.map((key) => [key, { any: [] }])) });
  if (mine !== page.generation) return null;
  const all: { results: PagefindResult[]; filters: FilterCounts } = bundles.length > 0 ? await pf.search(term, { filters: inBundles(filters, bundles), sort }) : { results: [], filters: {} };
  if (mine !== page.generation) return null;
  const counts: FilterCounts = {};
  const everywhere = new Set<string>();
  for (const key of keys) {
    if (state.filters[key].length === 0) {
      counts[key] = all.filters[key] ?? {};
      continue;
    }
    // Values of one key are alternatives, so each is counted without that key's own choices.
    const others = pagefindFilters(state.filters, departments, key);
    if (term === null && !('all' in others)) {
      counts[key] = totalCounts[key] ?? {};
      everywhere.add(key);
      continue;
    }
    const without = bundles.length > 0 ? await pf.search(term, { filters: inBundles(others, bundles) }) : null;
    if (mine !== page.generation) return null;
    counts[key] = without?.filters[key] ?? {};
  }
  return { all, counts, everywhere, counted: new Set(keys) };
}

/**
 * The keys whose counts a reader can see: none while the filter panel is folded; then every
 * key but those of a folded list, unless a value of theirs is ticked (showCounts unfolds it).
 */
function keysInView(filters: Selected): FilterKey[] {
  if (!filterPanel.open) return [];
  return FILTER_KEYS.filter((key) => filters[key].length > 0 || filterGroup(key)?.closest<HTMLDetailsElement>('details[data-fold-key]')?.open !== false);
}

/** Counts the filters of a search made while the filter panel was folded, now that it is open. */
export async function countPending(): Promise<void> {
  const job = pendingCounts;
  if (!job || job.mine !== page.generation) return;
  pendingCounts = null;
  await recount(job);
}

/** Counts the values of a folded list now unfolded, when the current search has not counted them. */
export async function countUnfolded(key: string): Promise<void> {
  const counted = shownCounted();
  if (pendingCounts || !countJob || countJob.mine !== page.generation || !counted || counted.has(key)) return;
  await recount(countJob);
}

/** Counts the filter values in view for a search already shown, and shows them. */
async function recount(job: CountJob | null): Promise<void> {
  if (!job || job.mine !== page.generation) return;
  const mineRecount = ++recounts;
  filterPanel.setAttribute('aria-busy', 'true');
  countingNote.hidden = false;
  let failed = false;
  try {
    const made = await countsOf(job);
    if (made && mineRecount === recounts) showCounts(made.counts, job.state.filters, made.everywhere, made.counted);
  } catch (error) {
    failed = true;
    console.error(error);
  } finally {
    // A newer search cleared them when it started; a newer recount clears them when it ends.
    // Nor while the search itself is still counting.
    if (job.mine === page.generation && mineRecount === recounts && countingFor !== page.generation) {
      filterPanel.removeAttribute('aria-busy');
      if (failed) countingNote.textContent = COUNTING_FAILED;
      countingNote.hidden = !failed;
    }
  }
}

/**
 * Which of these bundles contain every word of the query, and the words found in none. A
 * Pagefind index silently drops a query word it does not contain (Pagefind #329): one
 * province's bundle would then answer 教育 xyzzy as 教育. Results are only taken from
 * bundles that hold every word, as one index of everything would (and stricter: a word
 * found nowhere finds nothing, and the reader is told).
 */
async function bundlesWithEvery(pf: PagefindInstance, terms: readonly string[], paths: readonly string[]): Promise<{ bundles: string[]; missing: string[] }> {
  let bundles = [...paths];
  const missing: string[] = [];
  // One word: a bundle without it drops it and has nothing left to match, so it finds nothing.
  if (terms.length < 2) return { bundles, missing };
  // The words are looked up together: their index chunks load in parallel, and the search of
  // the whole query that follows finds them loaded. Each word is counted, not listed: a filter
  // no record has leaves no result to rank and send over from the worker (公开 alone matches
  // nearly every task), and Pagefind's counts before filters (`totalFilters`) give each
  // bundle's matches.
  const found = await Promise.all(terms.map((word) => pf.search(word, { filters: { [BUNDLE_KEY]: { any: [NO_BUNDLE] } } })));
  terms.forEach((word, i) => {
    const counts = found[i]?.totalFilters[BUNDLE_KEY] ?? {};
    if (!paths.some((p) => (counts[p] ?? 0) > 0)) missing.push(word);
    bundles = bundles.filter((p) => (counts[p] ?? 0) > 0);
  });
  return { bundles, missing };
}

/** A province's first results, with the first page's data when they were fetched. */
interface FirstPage {
  results: PagefindResult[];
  page?: ResultData[];
}

/**
 * A province's results for the first page. A province in one bundle is searched at once:
 * when any result of its first page matched every word of the query in its text, the bundle
 * holds every word (Pagefind only drops words a bundle lacks), so the results stand without
 * looking each word up. Otherwise (a province in several bundles, or a word matched only
 * outside the text) the words are looked up first (bundlesWithEvery).
 */
async function firstResults(pf: PagefindInstance, term: string | null, terms: readonly string[], paths: readonly string[], filters: PagefindFilter, sort: Record<string, 'asc'>): Promise<FirstPage> {
  if (terms.length >= 2 && paths.length === 1) {
    const found = await pf.search(term, { filters: inBundles(filters, paths), sort });
    // Fewer results with every word than without some: none without some, none at all.
    if (found.results.length === 0) return found;
    const data = await Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    // The page's data goes along, so that showing it asks Pagefind's worker for nothing more.
    if (data.some((d) => matchesEvery(d, terms))) return { ...found, page: data };
  }
  const { bundles } = await bundlesWithEvery(pf, terms, paths);
  return bundles.length > 0 ? await pf.search(term, { filters: inBundles(filters, bundles), sort }) : { results: [] };
}

/** Whether a result's matched words (Pagefind's `locations` in its text) include a word starting with each of `terms`. */
function matchesEvery(data: ResultData, terms: readonly string[]): boolean {
  const words = (data.raw_content ?? '').split('\u200B');
  const matched = (data.locations ?? []).map((l) => (words[l] ?? '').replace(/[\p{P}\p{S}\s]+/gu, '').toLocaleLowerCase());
  return terms.every((term) => matched.some((word) => word.startsWith(term)));
}

/**
 * Appends up to `limit` more results, province after province (a province's own search runs
 * when the list reaches it); moves focus to the first new one when the reader asked for more.
 * False when nothing could be shown.
 */
export async function showMore(focus: boolean, mine = page.generation, limit = PAGE_SIZE): Promise<boolean> {
  const items: HTMLLIElement[] = [];
  const batches: [Group, HTMLLIElement[]][] = [];
  let failed = false;
  loadingMore = true;
  while (items.length < limit && listing.at < listing.groups.length) {
    const group = listing.groups[listing.at]!;
    try {
      if (group.results === null) {
        const { term, filters, sort, bundles } = listing.search!;
        const found = await pool.pf!.search(term, { filters: inBundles(filters, group.paths.filter((p) => bundles.includes(p))), sort });
        if (mine !== page.generation) return false;
        group.results = found.results;
      }
      const results = group.results;
      const slice = results.slice(group.shown, group.shown + limit - items.length);
      const data = await Promise.all(slice.map((r, i) => group.data?.[group.shown + i] ?? r.data()));
      if (mine !== page.generation) return false;
      const rendered = data.map((d) => renderResult(d));
      batches.push([group, rendered]);
      items.push(...rendered);
      group.shown += slice.length;
      listing.shown += slice.length;
      if (group.shown >= results.length) listing.at++;
    } catch (error) {
      if (mine !== page.generation) return false;
      // What is not shown stays pending, so that 「显示更多结果」 can try again.
      statusEl.textContent = '检索结果未能加载，请稍后重试。';
      console.error(error);
      failed = true;
      break;
    }
  }
  // One page appears at once, with the button's new state.
  for (const [group, rendered] of batches) groupList(group).append(...rendered);
  loadingMore = false;
  updateMore();
  if (focus && items[0]) items[0].querySelector('a')?.focus();
  return !failed || items.length > 0;
}

/** Shows the next page of results, unless one is being fetched. */
export function more(): void {
  if (!loadingMore) void showMore(true);
}

function updateMore(): void {
  const left = listing.total - listing.shown;
  moreButton.hidden = left <= 0 || listing.at >= listing.groups.length;
  moreButton.textContent = `显示更多结果（还有 ${left} 项）`;
}

/** A province's section of the results (heading and list), made when its first result is shown. */
function groupList(group: Group): HTMLOListElement {
  if (group.list) return group.list;
  const section = document.createElement('section');
  section.className = 'search-group';
  const heading = document.createElement('h3');
  heading.className = 'search-group-title';
  heading.id = `search-group-${listing.groups.indexOf(group)}`;
  heading.textContent = `${group.province}（${group.count} 项）`;
  section.setAttribute('aria-labelledby', heading.id);
  const list = document.createElement('ol');
  list.className = 'search-group-list';
  section.append(heading, list);
  resultsEl.append(section);
  group.list = list;
  return list;
}

function clearResults(): void {
  listing = { groups: [], at: 0, search: null, total: 0, shown: 0 };
  resultsEl.replaceChildren();
  document.querySelector('.search-empty')?.remove();
  moreButton.hidden = true;
}

/** The notes on how the query was read: cut, a single character, words found nowhere, department names read as such. */
function renderNotes(query: Query, state: SearchState, missing: readonly string[] = []): void {
  notesEl.replaceChildren();
  for (const note of query.notes) notesEl.append(paragraph(note));
  if (query.noWords) return;
  if (missing.length > 0) notesEl.append(paragraph(`${missing.map((w) => `“${w}”`).join('、')}不见于所检索的任务：结果须包含检索词中的全部词语。`));
  if (query.departments.length > 0) {
    const p = paragraph('');
    const names = query.found.map((f) => `“${f.alias}”→ ${f.department}`);
    p.append(`按责任部门检索：${[...new Set(names)].join('；')}。只列出这些部门承担的任务。`);
    const link = document.createElement('a');
    link.href = searchUrl(location.pathname, { ...state, q: query.shown, mode: 'phrase' });
    link.textContent = `改为按原文词句检索“${query.shown}”`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      page.mode = 'phrase';
      input.value = query.shown;
      void run(readForm(), true);
    });
    p.append(' ', link);
    notesEl.append(p);
  } else if (state.mode === 'phrase') {
    const p = paragraph(`按原文词句检索“${query.shown}”。`);
    const link = document.createElement('a');
    link.href = searchUrl(location.pathname, { ...state, mode: 'auto' });
    link.textContent = '改回自动识别部门名称';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      page.mode = 'auto';
      void run(readForm(), true);
    });
    p.append(' ', link);
    notesEl.append(p);
  }
}

// ----------------------------------------------------------------- the form

/** The search as the form states it (a list not built yet contributes its ticks). */
export function readForm(): SearchState {
  const filters = noFilters();
  for (const box of checkboxes) if (box.checked && isFilterKey(box.name)) filters[box.name].push(box.value);
  for (const key of FILTER_KEYS) filters[key].push(...(unbuiltTicks[key] ?? []));
  return { q: input.value, filters, mode: page.mode };
}

// ----------------------------------------------------------------- searching as the words are typed

/**
 * The first page of the search being typed, begun at each input: the first province's
 * results (its bundles opened if they are not) and their data. The search that Enter or the
 * pause then starts takes it, under way or done, when it is the same search (`aheadKey`);
 * the page shows nothing until then. The data of a page are only fetched while the words are
 * still those searched, so that a reader typing on costs a search per input, not ten
 * fragments. Null until the worker's instance exists (a page opened with a query).
 */
let ahead: AheadSearch | null = null;

/** A first page searched as the words were typed: what it searched (`aheadKey`), where, and the page. */
interface AheadSearch {
  key: string;
  pf: PagefindInstance;
  page: Promise<FirstPage | null>;
}

/** Begins the first page of the words in the box, or opens `front` first when it does not exist yet. */
export function searchAhead(): void {
  ahead = null;
  // Not before `front` exists: the first words typed on a page opened with a search open it.
  if (!front.pf) {
    openFront();
    return;
  }
  const state = readForm();
  const query = readQuery(state.q, state.mode);
  if (query.empty || query.noWords) return;
  const { term, terms, filters, sort, scope } = searchOf(state, query);
  const shard = scope[0];
  if (!shard) return;
  // A province that `front` has no room for waits for Enter, which starts a new instance for it.
  if (!fits(front, shard.paths)) return;
  const key = aheadKey(filters, sort, term, shard.paths);
  const pf = front.pf;
  const mine: AheadSearch = { key, pf, page: Promise.resolve(null) };
  mine.page = (async () => {
    if ((await openBundles(shard.paths, front)) !== pf) return null;
    const first = await firstResults(pf, term, terms, shard.paths, filters, sort);
    if (first.page || first.results.length === 0 || ahead !== mine) return first;
    return { ...first, page: await Promise.all(first.results.slice(0, PAGE_SIZE).map((r) => r.data())) };
  })().catch(() => null);
  ahead = mine;
}

/**
 * The word of the search `front` makes, unseen, once open: the first search in Pagefind's
 * worker also pays for starting its code (JavaScript compiled on first use, the word
 * segmenter's dictionary, the WebAssembly's search run once), so the reader's first search
 * no longer does. Any word found in most notices; this one shares no index chunk with the
 * benchmark's queries in the first bundle (北京市's at 2,800 notices). It costs the word's
 * index chunk and one result's data (~23 KB there).
 */
const WARM_UP_WORD = '完成';

/**
 * Opens `front` with the bundle the next search starts with, as the filters ticked now limit
 * it (a search of every province: the first province's), and makes its unseen first search
 * (WARM_UP_WORD); the page is then ready for typing (data-index="ready"). Opened with a
 * province the filters leave out, `front` would have to open the one they keep too when the
 * words come, and search both (Pagefind searches every bundle an instance holds).
 */
export function openFront(): void {
  if (front.pf || SHARDS.length === 0) return;
  const shard = scopeOf(readForm().filters)[0] ?? SHARDS[0]!;
  openBundles(shard.paths, front)
    .then((pf) => pf.search(WARM_UP_WORD))
    .then((found) => found.results[0]?.data())
    .then(() => {
      resultsSection.dataset['index'] = 'ready';
    })
    .catch((error: unknown) => console.error(error));
}

/** What makes two first-province searches the same. */
function aheadKey(filters: PagefindFilter, sort: Record<string, 'asc'>, term: string | null, paths: readonly string[]): string {
  return JSON.stringify([filters, sort, term, paths]);
}
