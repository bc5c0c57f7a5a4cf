/**
 * Running a search: the first province's tasks first (searched as the words are typed too),
 * then every province's, grouped by province in code order, each group county after county in
 * turn (plans.ts), with the spread over counties, the notices found (counted apart) and the
 * filter counts of the values in view. Ordered by due date (排序=到期), the groups are the due
 * dates instead. The results section is aria-busy until the latest search has rendered (tests
 * and the bench wait on it), with data-stage "first" once the first province shows and
 * "complete" once everything does.
 */
import { COUNTY_KEY, DEPARTMENT_KEY, FILTER_KEYS, NOTICE_BUNDLE, PROVINCE_KEY, YEAR_KEY, bundleScope, type FilterKey, type ShardEntry } from '../../lib/search/contract.ts';
import { dateLabel, datesFor, DUE_KEY, DUE_SORT, parseDue, type DueFilter } from '../../lib/search/deadline.ts';
import { alternateCounties, parsePlan, PLAN_KEY, planOfResults, spreadOf, type Plan } from '../../lib/search/plans.ts';
import { partsOf, type Query } from '../../lib/search/query.ts';
import { anyChosen, noFilters, searchUrl, type SearchState } from '../../lib/search/url-state.ts';
import { fits, front, openBundles, pool, quick, resetInstance, type Slot } from './instances.ts';
import type { FilterCounts, PagefindFilter, PagefindInstance, PagefindResult, ResultData } from './pagefind-api.ts';
import {
  checkboxes,
  clearButton,
  config,
  countingNote,
  DUE_DATES,
  filterPanel,
  form,
  hintEl,
  input,
  isFilterKey,
  moreButton,
  noticesList,
  noticesSection,
  noticesStatus,
  notesEl,
  page,
  PAGE_SIZE,
  paragraph,
  provinceOfCounty,
  readQuery,
  resultsEl,
  resultsSection,
  SHARDS,
  sortRow,
  sortSelect,
  spreadEl,
  statusEl,
} from './page.ts';
import { filterGroup, showCounts, showFilterSummary, shownCounted, totalCounts, unbuiltTicks } from './panel.ts';
import { renderNoResults, renderResult, renderSpread, statusText } from './render.ts';
import { findTasks, type Found, type TaskSearch } from './tasks.ts';

/** A search of several provinces tries this many, one after another, for its first results before opening the rest. */
const FIRST_TRIES = 3;
/** Notices listed at most (the rest are counted). */
const NOTICES_SHOWN = 10;
const countingText = countingNote.textContent;
const COUNTING_FAILED = '统计本次检索各筛选条件的结果数时出错，所示数目未随本次检索更新。';

/** What Pagefind is asked for a state. */
interface Search extends TaskSearch {
  /** The provinces to search, in code order. */
  scope: ShardEntry[];
  /** By due date (排序=到期): groups of due dates instead of provinces. */
  byDue: boolean;
  /** Counties in turn (the default), or as printed (排序=原文). */
  alternate: boolean;
  /** The search's filters without the panel's choices of one key (for that key's counts). */
  without: (key: FilterKey | typeof DUE_KEY) => PagefindFilter;
  /** The filters a notice can have (place and year), or null when the search asks for what only tasks have. */
  noticeFilters: PagefindFilter | null;
}

/** A group of results (a province, or a due date), shown in order. */
interface Group {
  /** The province, or the due date. */
  key: string;
  heading: string;
  count: number;
  /** The results in the order shown, once known. */
  results: PagefindResult[] | null;
  /** Finds them when the list reaches the group. */
  load: (() => Promise<PagefindResult[]>) | null;
  /** Each result's plan, when known from the counts: checked against its data when shown (plans.ts). */
  plans: Plan[] | null;
  /** Results' data already fetched (the first page). */
  data: ResultData[];
  shown: number;
  list: HTMLOListElement | null;
}

/** The current search's groups: `at` is the group being shown; `total` the count of all results. */
let listing: { groups: Group[]; at: number; total: number; shown: number; runs: readonly string[] } = { groups: [], at: 0, total: 0, shown: 0, runs: [] };

/** What counting a search's filter values needs. */
interface CountJob {
  search: Search;
  paths: string[];
  state: SearchState;
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
/** Whether the search under way moves the focus to its results once shown (a search the reader submitted). */
let focusWanted = false;

/** The due dates a state's 到期 values cover (null: no 到期 value chosen). */
function dueDatesOf(due: readonly string[]): string[] | null {
  if (due.length === 0) return null;
  const filters = due.map(parseDue).filter((f): f is DueFilter => f !== null);
  return datesFor(filters, DUE_DATES, config.today);
}

/** Pagefind filters: values of one key are alternatives (any); keys, and the names the query read, must all hold. */
function pagefindFilters(state: SearchState, query: Query, except: FilterKey | typeof DUE_KEY | null): PagefindFilter {
  const all: PagefindFilter[] = [];
  for (const key of FILTER_KEYS) if (key !== except && state.filters[key].length > 0) all.push({ [key]: { any: state.filters[key] } });
  const dates = except === DUE_KEY ? null : dueDatesOf(state.due);
  // A 到期 value no task has: a value no record has, so that nothing is found.
  if (dates) all.push({ [DUE_KEY]: { any: dates.length > 0 ? dates : ['-'] } });
  for (const department of query.departments) all.push({ [DEPARTMENT_KEY]: department });
  if (query.counties.length > 0) all.push({ [COUNTY_KEY]: { any: query.counties } });
  return all.length > 0 ? { all } : {};
}

/** The provinces a search can find anything in. */
export function scopeOf(state: SearchState, query?: Query): ShardEntry[] {
  const counties = query && query.counties.length > 0 ? (state.filters[COUNTY_KEY].length > 0 ? state.filters[COUNTY_KEY].filter((c) => query.counties.includes(c)) : query.counties) : state.filters[COUNTY_KEY];
  // Query counties none of which is ticked: nothing to search.
  if (query && query.counties.length > 0 && counties.length === 0) return [];
  return bundleScope(SHARDS, { ...state.filters, [COUNTY_KEY]: counties }, (county) => provinceOfCounty.get(county));
}

/** What Pagefind is asked for a state and its query. */
function searchOf(state: SearchState, query: Query): Search {
  const runs = query.noWords ? [] : query.runs;
  const taskOnly = query.departments.length > 0 || state.due.length > 0 || FILTER_KEYS.some((k) => k !== PROVINCE_KEY && k !== COUNTY_KEY && k !== YEAR_KEY && state.filters[k].length > 0);
  const place: PagefindFilter[] = [PROVINCE_KEY, COUNTY_KEY, YEAR_KEY].flatMap((key) => (state.filters[key as FilterKey].length > 0 ? [{ [key]: { any: state.filters[key as FilterKey] } }] : []));
  if (query.counties.length > 0) place.push({ [COUNTY_KEY]: { any: query.counties } });
  return {
    runs,
    filters: pagefindFilters(state, query, null),
    scope: scopeOf(state, query),
    byDue: state.sort === '到期',
    alternate: state.sort === '',
    without: (key) => pagefindFilters(state, query, key),
    noticeFilters: taskOnly ? null : place.length > 0 ? { all: place } : {},
  };
}

/**
 * Runs the search the state describes and shows it; `push` adds a history entry; `focus`
 * moves the focus to the results once shown (the reader submitted it). The results section
 * is aria-busy until the latest search has rendered.
 */
export async function run(state: SearchState, push: boolean, focus = false): Promise<void> {
  const mine = ++page.generation;
  focusWanted = focus;
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
    if (mine === page.generation) {
      resultsSection.setAttribute('aria-busy', 'false');
      if (focusWanted) {
        focusWanted = false;
        statusEl.focus();
      }
    }
  }
}

function writeUrl(state: SearchState, push: boolean): void {
  const url = searchUrl(location.pathname, state);
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Each plan's bundle: its province's only bundle, or the last of its parts that starts at or before it. */
function bundleOf(plan: Plan): string | undefined {
  const province = provinceOfCounty.get(plan.county);
  const shard = SHARDS.find((s) => s.province === province);
  if (!shard) return undefined;
  let path = shard.paths[0];
  shard.starts.forEach((start, i) => {
    if (start <= plan.order) path = shard.paths[i];
  });
  return path;
}

/** The bundles of `paths` in the order the instance holds them (the order its results come in). */
function instanceOrder(slot: Slot, paths: readonly string[]): string[] {
  return [...slot.opening.keys()].filter((p) => paths.includes(p));
}

/** Each result's plan, or null when the results are not in corpus order or the counts do not tell. */
function plansOf(found: Found, slot: Slot, paths: readonly string[]): Plan[] | null {
  if (!found.ordered || !found.exact) return null;
  return planOfResults(instanceOrder(slot, paths), found.counts[PLAN_KEY] ?? {}, bundleOf, found.results.length);
}

/** The province groups of a search's results, in scope order: each its results county after county in turn (or as printed), when their plans are known; else each found when reached. */
function provinceGroups(search: Search, found: Found, slot: Slot, paths: readonly string[]): Group[] {
  const plans = plansOf(found, slot, paths);
  const byProvince = new Map<string, number[]>();
  if (plans) {
    plans.forEach((plan, i) => {
      const province = provinceOfCounty.get(plan.county) ?? '';
      const list = byProvince.get(province);
      if (list) list.push(i);
      else byProvince.set(province, [i]);
    });
  }
  const counts = provinceCounts(found.counts[PLAN_KEY] ?? {});
  const groups: Group[] = [];
  for (const shard of search.scope) {
    const count = counts.get(shard.province) ?? 0;
    if (count === 0) continue;
    const indexes = byProvince.get(shard.province);
    const heading = `${shard.province}（${count} 项）`;
    if (plans && indexes) {
      const own = indexes.map((i) => plans[i]!);
      const order = search.alternate ? alternateCounties(own) : own.map((_, i) => i);
      groups.push({ key: shard.province, heading, count, results: order.map((i) => found.results[indexes[i]!]!), plans: order.map((i) => own[i]!), load: null, data: [], shown: 0, list: null });
    } else if (search.scope.length === 1) {
      // Not in corpus order (a single character, ranked by relevance), but one province: its results as found.
      groups.push({ key: shard.province, heading, count, results: found.results, plans: null, load: null, data: [], shown: 0, list: null });
    } else {
      // Not in corpus order, several provinces: the province's own search when the list reaches it.
      groups.push({
        key: shard.province,
        heading,
        count,
        results: null,
        plans: null,
        load: async () => (await findTasks(pool.pf!, search, shard.paths.filter((p) => pool.opened.has(p)), [])).results,
        data: [],
        shown: 0,
        list: null,
      });
    }
  }
  return groups;
}

/** Tasks by province, from the plans' counts. */
function provinceCounts(planCounts: Readonly<Record<string, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [value, count] of Object.entries(planCounts)) {
    const plan = parsePlan(value);
    const province = plan ? provinceOfCounty.get(plan.county) : undefined;
    if (province !== undefined && count > 0) out.set(province, (out.get(province) ?? 0) + count);
  }
  return out;
}

/** The due-date groups of a search ordered by due date: each date with tasks, earliest first, then the tasks without one. */
function dueGroups(search: Search, found: Found, paths: readonly string[]): Group[] {
  const byDate = found.counts[DUE_KEY] ?? {};
  const dates = Object.keys(byDate)
    .filter((d) => (byDate[d] ?? 0) > 0)
    .sort();
  const dated = dates.reduce((n, d) => n + byDate[d]!, 0);
  const group = (key: string, heading: string, count: number, filter: PagefindFilter): Group => ({
    key,
    heading,
    count,
    results: null,
    plans: null,
    load: async () => (await findTasks(pool.pf!, { runs: search.runs, filters: both(search.filters, filter) }, paths, [])).results,
    data: [],
    shown: 0,
    list: null,
  });
  const groups = dates.map((date) => group(date, `${dateLabel(date)}到期（${byDate[date]} 项）`, byDate[date]!, { [DUE_KEY]: { any: [date] } }));
  const rest = found.results.length - dated;
  if (rest > 0) groups.push(group('', `无明确截止日期（${rest} 项）`, rest, { [DUE_KEY]: { none: DUE_DATES.length > 0 ? [...DUE_DATES] : ['-'] } }));
  return groups;
}

/** Two filters that must both hold. */
function both(a: PagefindFilter, b: PagefindFilter): PagefindFilter {
  const parts = (f: PagefindFilter): PagefindFilter[] => (Array.isArray(f['all']) ? (f['all'] as PagefindFilter[]) : Object.keys(f).length > 0 ? [f] : []);
  return { all: [...parts(a), ...parts(b)] };
}

async function runSearch(state: SearchState, mine: number): Promise<void> {
  pendingCounts = null;
  countJob = null;
  countingFor = 0;
  filterPanel.removeAttribute('aria-busy');
  countingNote.hidden = true;
  countingNote.textContent = countingText;
  const query = readQuery(state.q, state.mode);
  const chosen = anyChosen(state);
  clearButton.hidden = !chosen;
  showFilterSummary(state);
  sortSelect.value = state.sort;

  if ((query.empty || query.noWords) && !chosen) {
    delete form.dataset['searched'];
    renderNotes(query, state);
    clearResults();
    hintEl.hidden = false;
    sortRow.hidden = true;
    statusEl.textContent = query.noWords ? '没有可检索的字词：检索词只含标点或符号，请输入文字。' : '';
    showCounts(totalCounts, state, new Set([...FILTER_KEYS, DUE_KEY]));
    resultsSection.dataset['stage'] = 'complete';
    return;
  }

  const search = searchOf(state, query);
  form.dataset['searched'] = '';
  listing = { groups: [], at: 0, total: 0, shown: 0, runs: search.runs };
  hintEl.hidden = true;
  sortRow.hidden = false;
  resultsEl.replaceChildren();
  spreadEl.hidden = true;
  noticesSection.hidden = true;
  document.querySelector('.search-empty')?.remove();
  moreButton.hidden = true;

  // The first provinces one by one until one has tasks: they head the list whatever the
  // others hold. A failure here is the index failing to load (or to run: its WebAssembly
  // needs 'wasm-unsafe-eval'). Ordered by due date, every province is needed first.
  const firstFrom = front.pf ? front : quick;
  if (!search.byDue) {
    for (const shard of search.scope.slice(0, search.scope.length > 1 ? FIRST_TRIES : 1)) {
      let first: FirstPage;
      try {
        if (!fits(firstFrom, shard.paths)) resetInstance(firstFrom);
        const pf = await openBundles(shard.paths, firstFrom);
        if (mine !== page.generation) return;
        const early = ahead && ahead.pf === pf && ahead.key === aheadKey(search, shard.paths) ? await ahead.page : null;
        if (mine !== page.generation) return;
        first = early ?? (await firstPage(pf, firstFrom, search, shard));
      } catch (error) {
        if (mine !== page.generation) return;
        resetInstance(firstFrom);
        statusEl.textContent = '检索索引未能加载，请稍后重试。';
        console.error(error);
        return;
      }
      if (mine !== page.generation) return;
      if (!first.group) continue;
      // A fresh copy: the first page searched as the words were typed may serve more than one search (the pause's, then Enter's).
      listing.groups.push({ ...first.group, shown: 0, list: null });
      listing.total = first.group.count;
      if (!(await showMore(false, mine))) return;
      resultsSection.dataset['stage'] = 'first';
      const left = search.scope.length - 1 - search.scope.indexOf(shard);
      if (left > 0) statusEl.textContent = `${shard.province}有 ${first.group.count} 项任务；正在检索其余 ${left} 个省份……`;
      // The counts in the panel are the previous search's until the other provinces have
      // answered (seconds for a search of every province on a large site): it says so meanwhile.
      if (left > 0 && filterPanel.open) {
        countingFor = mine;
        filterPanel.setAttribute('aria-busy', 'true');
        countingNote.hidden = false;
      }
      break;
    }
  }

  let found: Found = { results: [], ordered: true, counts: {}, exact: true, missing: [] };
  let counts: FilterCounts = {};
  let everywhere: ReadonlySet<string> = new Set();
  let counted: ReadonlySet<string> | null = null;
  /** Whether the filter counts wait for the folded panel (countPending makes them). */
  let deferred = false;
  const paths = search.scope.flatMap((s) => s.paths);
  let notices: Found | null = null;
  try {
    if (search.scope.length > 0) {
      const withNotices = search.noticeFilters ? [...paths, NOTICE_BUNDLE] : paths;
      const pf = await openBundles(withNotices, pool);
      if (mine !== page.generation) return;
      const job: CountJob = { search, paths, state, mine };
      countJob = job;
      const noticesFound = search.noticeFilters ? findTasks(pf, { runs: search.runs, filters: search.noticeFilters }, [NOTICE_BUNDLE], []) : Promise.resolve(null);
      // Every filter's counts need their filter indexes (MBs for a search of every province at
      // 2,800 notices): with the filter panel folded (a narrow screen), they wait until it is
      // opened, and a folded list's until it is unfolded. The results, their plans and count need none.
      if (filterPanel.open) {
        const made = await countsOf(job);
        if (!made) return;
        ({ found, counts, everywhere, counted } = made);
      } else {
        deferred = true;
        pendingCounts = job;
        found = await findTasks(pf, search, paths, search.byDue ? [PLAN_KEY, DUE_KEY] : [PLAN_KEY], search.byDue ? { [DUE_SORT]: 'asc' } : undefined);
      }
      notices = await noticesFound;
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

  // The groups; the first province keeps what is already on screen.
  const shownFirst = listing.groups[0];
  listing.groups = search.byDue ? dueGroups(search, found, paths) : provinceGroups(search, found, pool, paths);
  if (shownFirst) {
    const at = listing.groups.findIndex((g) => g.key === shownFirst.key);
    if (at >= 0) listing.groups[at] = shownFirst;
  }
  listing.total = found.results.length;
  sortRow.hidden = found.results.length === 0;
  // Fill the first page from the next groups when the first held fewer than a page.
  if (listing.shown < PAGE_SIZE && !(await showMore(false, mine, PAGE_SIZE - listing.shown))) return;
  updateMore();
  renderNotes(query, state, found.missing);
  const spread = spreadOf(found.counts[PLAN_KEY] ?? {});
  renderSpread(spread, state);
  renderNotices(notices, query);
  // Not `pendingCounts`: the panel may have been opened meanwhile, and countPending took the job.
  if (!deferred) {
    showCounts(counts, state, everywhere, counted);
    // A list unfolded while they were being made is counted now.
    if (counted && keysInView(state).some((key) => !counted.has(key))) void recount(countJob);
  }
  if (countingFor === mine) {
    countingFor = 0;
    filterPanel.removeAttribute('aria-busy');
    countingNote.hidden = true;
  }
  // The count is announced once the results are on screen, not before.
  statusEl.textContent = statusText(found.results.length, spread.length, query, chosen);
  if (found.results.length === 0) {
    renderNoResults(query, state, chosen, (word) => {
      input.value = word;
      page.mode = 'auto';
      void run(readForm(), true, true);
    });
  }
  resultsSection.dataset['stage'] = 'complete';
  // After the answer, not before it: the tasks that hold the run's words apart.
  if (!query.phrase && search.runs.length === 1 && search.scope.length > 0) void noteApart(search, paths, found.results.length, state, mine);
}

/**
 * Says how many more tasks hold the words of a run of several words, but not together
 * (政府网站: 政府 … 网站), with a link that searches them so; counted apart from the results,
 * which hold the run itself.
 */
async function noteApart(search: Search, paths: readonly string[], together: number, state: SearchState, mine: number): Promise<void> {
  const parts = partsOf(search.runs[0]!);
  if (parts.length < 2 || !pool.pf) return;
  try {
    const apart = (await findTasks(pool.pf, { runs: parts, filters: search.filters }, paths, [])).results.length - together;
    if (mine !== page.generation || apart <= 0) return;
    const p = paragraph(`另有 ${apart} 项任务含${parts.map((w) => `“${w}”`).join('')}各词，但不相连（不计入上面的任务数）。`);
    const link = document.createElement('a');
    const words = parts.join(' ');
    link.href = searchUrl(location.pathname, { ...state, q: words, mode: 'auto' });
    link.textContent = '分开检索这些词';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = words;
      page.mode = 'auto';
      void run(readForm(), true, true);
    });
    p.append(' ', link);
    p.className = 'search-apart';
    notesEl.append(p);
  } catch (error) {
    console.error(error);
  }
}

/**
 * The search's tasks with the plans and due dates counted (to group them) and every filter
 * value in view (`counts`; a ticked key's values are counted without that key's own choices);
 * null once a newer search has started.
 */
async function countsOf({ search, paths, state, mine }: CountJob): Promise<{ found: Found; counts: FilterCounts; everywhere: Set<string>; counted: Set<string> } | null> {
  // A key's counts need its filter index in every bundle searched (Pagefind counts the values
  // of the filters it has loaded): only the keys in view are loaded, so that a folded list
  // (部门, 主题, and 县区 on a large site: half the filter indexes' bytes) costs nothing until unfolded.
  const keys = keysInView(state);
  const free = keys.filter((key) => !(isFilterKey(key) ? state.filters[key].length > 0 : state.due.length > 0));
  const found = await findTasks(pool.pf!, search, paths, [PLAN_KEY, ...(search.byDue ? [DUE_KEY] : []), ...free], search.byDue ? { [DUE_SORT]: 'asc' } : undefined);
  if (mine !== page.generation) return null;
  const counts: FilterCounts = {};
  const everywhere = new Set<string>();
  for (const key of keys) {
    const chosen = isFilterKey(key) ? state.filters[key] : state.due;
    if (chosen.length === 0) {
      if (found.exact) counts[key] = found.counts[key] ?? {};
      continue;
    }
    // Values of one key are alternatives, so each is counted without that key's own choices.
    const others = search.without(key);
    if (search.runs.length === 0 && !('all' in others)) {
      counts[key] = totalCounts[key] ?? {};
      everywhere.add(key);
      continue;
    }
    const without = await findTasks(pool.pf!, { runs: search.runs, filters: others }, paths, [key]);
    if (mine !== page.generation) return null;
    if (without.exact) counts[key] = without.counts[key] ?? {};
  }
  // Counts a search of several runs could not make exact are not shown.
  const exactKeys = new Set(keys.filter((key) => key in counts));
  return { found, counts, everywhere, counted: exactKeys };
}

/**
 * The keys whose counts a reader can see: none while the filter panel is folded; then every
 * key but those of a folded list, unless a value of theirs is ticked (showCounts unfolds it).
 */
function keysInView(state: SearchState): (FilterKey | typeof DUE_KEY)[] {
  if (!filterPanel.open) return [];
  const dueFold = filterPanel.querySelector<HTMLDetailsElement>(`details[data-fold-key="${DUE_KEY}"]`);
  const due: (typeof DUE_KEY)[] = config.dueDates.length > 0 && (state.due.length > 0 || !dueFold || dueFold.open) ? [DUE_KEY] : [];
  return [...FILTER_KEYS.filter((key) => state.filters[key].length > 0 || filterGroup(key)?.closest<HTMLDetailsElement>('details[data-fold-key]')?.open !== false), ...due];
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
    if (made && mineRecount === recounts) showCounts(made.counts, job.state, made.everywhere, made.counted);
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

/** A province's first page: its group (null when it has no task), with the first page's data fetched. */
interface FirstPage {
  group: Group | null;
}

/** Searches one province in an instance of the first page, and fetches the data of its first page. */
async function firstPage(pf: PagefindInstance, slot: Slot, search: Search, shard: ShardEntry): Promise<FirstPage> {
  const found = await findTasks(pf, search, shard.paths, [PLAN_KEY]);
  if (found.results.length === 0) return { group: null };
  const [group] = provinceGroups({ ...search, scope: [shard] }, found, slot, shard.paths);
  if (!group) return { group: null };
  if (group.results) group.data = await Promise.all(group.results.slice(0, PAGE_SIZE).map((r) => r.data()));
  return { group };
}

/**
 * Appends up to `limit` more results, group after group (a group's own search runs when the
 * list reaches it); moves focus to the first new one when the reader asked for more.
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
        group.results = group.load ? await group.load() : [];
        if (mine !== page.generation) return false;
      }
      const results = group.results;
      const slice = results.slice(group.shown, group.shown + limit - items.length);
      const data = await Promise.all(slice.map((r, i) => group.data[group.shown + i] ?? r.data()));
      if (mine !== page.generation) return false;
      data.forEach((d, i) => {
        const expected = group.plans?.[group.shown + i];
        // The plans told from the counts must be the results' own: corpus order is what they rest on.
        if (expected && d.meta['plan'] !== expected.value) console.error(`search: ${d.url} is of plan ${d.meta['plan']}, not ${expected.value} as its place in the results said`);
      });
      const rendered = data.map((d) => renderResult(d, listing.runs));
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

/** A group's section of the results (heading and list), made when its first result is shown. */
function groupList(group: Group): HTMLOListElement {
  if (group.list) return group.list;
  const section = document.createElement('section');
  section.className = 'search-group';
  const heading = document.createElement('h3');
  heading.className = 'search-group-title';
  heading.id = `search-group-${listing.groups.indexOf(group)}`;
  heading.textContent = group.heading;
  section.setAttribute('aria-labelledby', heading.id);
  const list = document.createElement('ol');
  list.className = 'search-group-list';
  section.append(heading, list);
  resultsEl.append(section);
  group.list = list;
  return list;
}

function clearResults(): void {
  listing = { groups: [], at: 0, total: 0, shown: 0, runs: [] };
  resultsEl.replaceChildren();
  spreadEl.hidden = true;
  noticesSection.hidden = true;
  document.querySelector('.search-empty')?.remove();
  moreButton.hidden = true;
}

/** The notices found, counted apart from the tasks. */
function renderNotices(found: Found | null, query: Query): void {
  noticesList.replaceChildren();
  if (!found || found.results.length === 0) {
    noticesSection.hidden = true;
    return;
  }
  const n = found.results.length;
  noticesStatus.textContent = query.runs.length > 0 ? `另有 ${n} 份通知的标题、发文机关、所引文件或标题层级含所检索的字词（不计入上面的任务数）${n > NOTICES_SHOWN ? `，列出前 ${NOTICES_SHOWN} 份` : ''}。` : `符合筛选条件的通知 ${n} 份${n > NOTICES_SHOWN ? `，列出前 ${NOTICES_SHOWN} 份` : ''}。`;
  noticesSection.hidden = false;
  void Promise.all(found.results.slice(0, NOTICES_SHOWN).map((r) => r.data())).then((data) => noticesList.append(...data.map((d) => renderResult(d, query.runs))));
}

/** The notes on how the query was read: cut, simplified, a single character, runs found nowhere, names read as filters. */
function renderNotes(query: Query, state: SearchState, missing: readonly string[] = []): void {
  notesEl.replaceChildren();
  for (const note of query.notes) notesEl.append(paragraph(note));
  if (query.noWords) return;
  if (missing.length > 0) notesEl.append(paragraph(`${missing.map((w) => `“${w}”`).join('、')}不见于所检索的任务：结果须包含检索词中的全部字词。`));
  const names = [...query.foundDepartments.map((f) => `“${f.alias}”→ ${f.value}`), ...query.foundCounties.map((f) => `“${f.alias}”→ ${f.value}`)];
  if (names.length > 0) {
    const p = paragraph('');
    const what = query.foundDepartments.length > 0 && query.foundCounties.length > 0 ? '责任部门和县区' : query.foundDepartments.length > 0 ? '责任部门' : '县区';
    p.append(`按${what}检索：${[...new Set(names)].join('；')}。只列出其任务。`);
    const link = document.createElement('a');
    link.href = searchUrl(location.pathname, { ...state, q: query.shown, mode: 'phrase' });
    link.textContent = `改为查找原文含“${query.shown}”的任务`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      page.mode = 'phrase';
      input.value = query.shown;
      void run(readForm(), true, true);
    });
    p.append(' ', link);
    notesEl.append(p);
  } else if (state.mode === 'phrase') {
    const p = paragraph(`按原文字词检索“${query.shown}”。`);
    const link = document.createElement('a');
    link.href = searchUrl(location.pathname, { ...state, mode: 'auto' });
    link.textContent = '改回自动识别部门和县区名称';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      page.mode = 'auto';
      void run(readForm(), true, true);
    });
    p.append(' ', link);
    notesEl.append(p);
  }
}

// ----------------------------------------------------------------- the form

/** The search as the form states it (a list not built yet contributes its ticks). */
export function readForm(): SearchState {
  const filters = noFilters();
  const due: string[] = [];
  for (const box of checkboxes) {
    if (!box.checked) continue;
    if (box.name === DUE_KEY) due.push(box.value);
    else if (isFilterKey(box.name)) filters[box.name].push(box.value);
  }
  for (const key of FILTER_KEYS) filters[key].push(...(unbuiltTicks[key] ?? []));
  const sort = sortSelect.value === '到期' || sortSelect.value === '原文' ? sortSelect.value : '';
  return { q: input.value, filters, due, sort, mode: page.mode };
}

// ----------------------------------------------------------------- searching as the words are typed

/**
 * The first page of the search being typed, begun at each input: the first province's
 * tasks (its bundles opened if they are not) and their data. The search that Enter or the
 * pause then starts takes it, under way or done, when it is the same search (`aheadKey`);
 * the page shows nothing until then. Null until the worker's instance exists (a page opened
 * with a query).
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
  const search = searchOf(state, query);
  const shard = search.scope[0];
  if (!shard || search.byDue) return;
  // A province that `front` has no room for waits for Enter, which starts a new instance for it.
  if (!fits(front, shard.paths)) return;
  const pf = front.pf;
  const mine: AheadSearch = { key: aheadKey(search, shard.paths), pf, page: Promise.resolve(null) };
  mine.page = (async () => {
    if ((await openBundles(shard.paths, front)) !== pf) return null;
    return firstPage(pf, front, search, shard);
  })().catch(() => null);
  ahead = mine;
}

/**
 * The word of the search `front` makes, unseen, once open: the first search in Pagefind's
 * worker also pays for starting its code (JavaScript compiled on first use, the WebAssembly's
 * search run once), so the reader's first search no longer does. It costs the word's index
 * chunk and one result's data.
 */
const WARM_UP_WORD = '"完成"';

/**
 * Opens `front` with the bundle the next search starts with, as the filters ticked now limit
 * it (a search of every province: the first province's), and makes its unseen first search
 * (WARM_UP_WORD); the page is then ready for typing (data-index="ready"). Opened with a
 * province the filters leave out, `front` would have to open the one they keep too when the
 * words come, and search both (Pagefind searches every bundle an instance holds).
 */
export function openFront(): void {
  if (front.pf || SHARDS.length === 0) return;
  const shard = scopeOf(readForm())[0] ?? SHARDS[0]!;
  openBundles(shard.paths, front)
    .then((pf) => pf.search(WARM_UP_WORD))
    .then((found) => found.results[0]?.data())
    .then(() => {
      resultsSection.dataset['index'] = 'ready';
    })
    .catch((error: unknown) => console.error(error));
}

/** What makes two first-province searches the same. */
function aheadKey(search: Search, paths: readonly string[]): string {
  return JSON.stringify([search.runs, search.filters, search.alternate, paths]);
}
