/**
 * A search as its URL states it (/search/?q=…&县区=…&部门=…&到期=2023-Q3&排序=到期&mode=phrase),
 * read and written without the DOM: a shared link reproduces its search, and the page's
 * history entries are these URLs. Pure.
 */
import { FILTER_KEYS, type Selected } from './contract.ts';
import { DUE_KEY, SORT_KEY, SORT_VALUES, type SortValue } from './deadline.ts';
import type { QueryMode } from './query.ts';

/** One search: the words, the filter values chosen, the deadline values chosen, the order, and how the words are read. */
export interface SearchState {
  q: string;
  filters: Selected;
  /** 到期 values as the URL has them (deadline.ts reads them). */
  due: string[];
  /** 排序: the default order (counties in turn), or one of SORT_VALUES. */
  sort: SortValue | '';
  mode: QueryMode;
}

/** No filter value chosen. */
export function noFilters(): Selected {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Selected;
}

/** The search a query string states (an empty value of a key is no value). */
export function readSearchParams(params: URLSearchParams): SearchState {
  const filters = noFilters();
  for (const key of FILTER_KEYS) filters[key] = params.getAll(key).filter((v) => v !== '');
  const sort = params.get(SORT_KEY) ?? '';
  return {
    q: params.get('q') ?? '',
    filters,
    due: [...new Set(params.getAll(DUE_KEY).filter((v) => v !== ''))],
    sort: (SORT_VALUES as readonly string[]).includes(sort) ? (sort as SortValue) : '',
    mode: params.get('mode') === 'phrase' ? 'phrase' : 'auto',
  };
}

/** The query string of a search (without `?`): words trimmed, filters in key order, mode only when not the default. */
export function searchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  for (const value of state.due) params.append(DUE_KEY, value);
  if (state.sort !== '') params.set(SORT_KEY, state.sort);
  if (state.mode === 'phrase') params.set('mode', 'phrase');
  return params.toString();
}

/** The URL of a search on the page at `pathname`. */
export function searchUrl(pathname: string, state: SearchState): string {
  const query = searchParams(state);
  return query ? `${pathname}?${query}` : pathname;
}

/** Whether a search chooses any filter or deadline value. */
export function anyChosen(state: Pick<SearchState, 'filters' | 'due'>): boolean {
  return state.due.length > 0 || FILTER_KEYS.some((key) => state.filters[key].length > 0);
}
