/**
 * Finding the tasks that contain every run of a query (src/lib/search/tokens.ts), in some of
 * an instance's bundles, with exact counts of the filter values asked for.
 *
 * One run is one Pagefind search: the quoted phrase of its pairs (exact, and listed in corpus
 * order, bundle by bundle) or a single character (a prefix; listed by Pagefind's relevance).
 * Several runs are one search each, intersected; their counts come from one search of all
 * their pairs unquoted (a superset: the pairs anywhere in the task), less the few tasks it
 * holds that lack a run as a whole, read from those tasks' own filter values.
 */
import { BUNDLE_KEY } from '../../lib/search/contract.ts';
import { looseTerm, runTerm } from '../../lib/search/tokens.ts';
import type { FilterCounts, PagefindFilter, PagefindInstance, PagefindResult } from './pagefind-api.ts';

/** What to find: the runs every task must contain (none: the filters alone), and the filters. */
export interface TaskSearch {
  runs: readonly string[];
  filters: PagefindFilter;
}

/** The tasks found. */
export interface Found {
  results: PagefindResult[];
  /** Whether `results` are in corpus order, bundle by bundle in the instance's order (plans.ts can then tell each one's plan). */
  ordered: boolean;
  /** The counts of the filter values asked for, over `results`. */
  counts: FilterCounts;
  /** False when the counts also hold some tasks that lack a run (too many to read and take out). */
  exact: boolean;
  /** The runs found in none of the tasks searched (a search of several runs). */
  missing: string[];
}

/** The most tasks that hold a run's pairs but not the run whose filter values are read to correct the counts. */
const MAX_CORRECTED = 60;

/** The filters, and the records of these bundles only. */
export function inBundles(filters: PagefindFilter, paths: readonly string[]): PagefindFilter {
  const all = Array.isArray(filters['all']) ? (filters['all'] as PagefindFilter[]) : Object.keys(filters).length > 0 ? [filters] : [];
  return { all: [...all, { [BUNDLE_KEY]: { any: paths } }] };
}

/** Loads the filter indexes of `keys` (Pagefind counts only the filters it has loaded). */
export function loadFilters(pf: PagefindInstance, keys: readonly string[]): Promise<void> {
  return keys.length > 0 ? pf.preload(null, { filters: Object.fromEntries(keys.map((key) => [key, { any: [] }])) }) : Promise.resolve();
}

/** The tasks of `paths` (bundles of `pf`) that the search finds, with the counts of `keys`. */
export async function findTasks(pf: PagefindInstance, search: TaskSearch, paths: readonly string[], keys: readonly string[], sort?: Record<string, 'asc'>): Promise<Found> {
  const within = inBundles(search.filters, paths);
  const filtersLoaded = loadFilters(pf, keys);
  const options = sort ? { filters: within, sort } : { filters: within };
  if (search.runs.length <= 1) {
    const run = search.runs[0];
    const term = run === undefined ? null : runTerm(run);
    // The words' chunks and the filters' indexes load together.
    await Promise.all([filtersLoaded, pf.preload(term, { filters: within })]);
    const found = await pf.search(term, options);
    // A single character is a prefix search, ranked by relevance; a phrase or filters alone list in corpus order.
    return { results: found.results, ordered: !sort && (run === undefined || [...run].length > 1), counts: found.filters, exact: true, missing: [] };
  }
  await filtersLoaded;
  const each = await Promise.all(search.runs.map((run) => pf.search(runTerm(run), { filters: within })));
  const missing = search.runs.filter((_, i) => each[i]!.results.length === 0);
  if (missing.length > 0) return { results: [], ordered: true, counts: {}, exact: true, missing };
  // The longest run lists the results (a phrase: in corpus order); the others must hold each.
  const longest = search.runs.reduce((best, run, i) => ([...run].length > [...search.runs[best]!].length ? i : best), 0);
  const others = each.filter((_, i) => i !== longest).map((found) => new Set(found.results.map((r) => r.id)));
  const base = sort ? await pf.search(runTerm(search.runs[longest]!), options) : each[longest]!;
  const results = base.results.filter((r) => others.every((ids) => ids.has(r.id)));
  const ordered = !sort && [...search.runs[longest]!].length > 1;
  if (keys.length === 0) return { results, ordered, counts: {}, exact: true, missing };
  // A bundle without one of the runs would answer the unquoted pairs without it (Pagefind
  // drops a word a bundle lacks, #329): only bundles holding every run are counted.
  const holding = paths.filter((p) => each.every((found) => (found.filters[BUNDLE_KEY]?.[p] ?? 0) > 0));
  const loose = await pf.search(looseTerm(search.runs), { filters: inBundles(search.filters, holding) });
  const ids = new Set(results.map((r) => r.id));
  const extra = loose.results.filter((r) => !ids.has(r.id));
  const counts: FilterCounts = Object.fromEntries(Object.entries(loose.filters).map(([key, values]) => [key, { ...values }]));
  if (extra.length > MAX_CORRECTED) return { results, ordered, counts, exact: false, missing };
  for (const data of await Promise.all(extra.map((r) => r.data()))) {
    for (const [key, values] of Object.entries(data.filters)) {
      const count = counts[key];
      if (count) for (const value of values) if (count[value] !== undefined) count[value] -= 1;
    }
  }
  return { results, ordered, counts, exact: true, missing };
}
