/**
 * The search page as the script finds it: its config (written by the build, see
 * src/lib/search/contract.ts), its elements, and the state the modules share.
 */
import { CONFIG_ELEMENT_ID, COUNTY_KEY, FILTER_KEYS, type FilterKey, type SearchConfig, type ShardEntry } from '../../lib/search/contract.ts';
import { queryReader } from '../../lib/search/query.ts';

/** The config the build wrote into the page. */
export const config: SearchConfig = JSON.parse(document.getElementById(CONFIG_ELEMENT_ID)?.textContent ?? '{}') as SearchConfig;

export const PAGE_SIZE = config.pageSize;
export const SHARDS: readonly ShardEntry[] = config.shards;
/**
 * Filter lists the page does not hold as HTML (the counties): key → [value, count, province].
 * A county's value is its name, with its prefecture where the name is shared (铁西区（沈阳市）).
 * Their checkboxes are built when the list is first unfolded, at once when it starts open, and
 * once the page is idle when a value of it is ticked (a link's county: see `unbuiltTicks`).
 */
export const LISTS = config.lists;

/** Traditional characters → the simplified ones a query reads them as. */
const simplified = new Map<string, string>();
{
  const chars = [...config.simplified];
  for (let i = 0; i + 1 < chars.length; i += 2) simplified.set(chars[i]!, chars[i + 1]!);
}

/** Reads a query against the config's department and county names. */
export const readQuery = queryReader({ aliases: config.aliases, counties: (config.lists[COUNTY_KEY] ?? []).map(([value]) => value), simplified, maxLength: config.maxQueryLength });

/** Each due date (ISO) of the corpus's tasks, in order. */
export const DUE_DATES: readonly string[] = config.dueDates.map(([date]) => date);

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`search page: no #${id}`);
  return found;
}

export const form = element('search-form', HTMLFormElement);
export const input = element('search-q', HTMLInputElement);
export const statusEl = element('search-status', HTMLElement);
export const notesEl = element('search-notes', HTMLElement);
export const hintEl = element('search-hint', HTMLElement);
export const resultsSection = element('search-results-section', HTMLElement);
export const resultsEl = element('search-results', HTMLElement);
export const moreButton = element('search-more', HTMLButtonElement);
export const clearButton = element('search-clear', HTMLButtonElement);
export const filterPanel = element('search-filters', HTMLDetailsElement);
export const filterSummary = element('search-filter-summary', HTMLElement);
export const filterNone = element('search-filter-none', HTMLElement);
export const countingNote = element('search-filter-counting', HTMLElement);
export const spreadEl = element('search-spread', HTMLElement);
export const sortRow = element('search-sort-row', HTMLElement);
export const sortSelect = element('search-sort', HTMLSelectElement);
/** The deadline filter's date field (none when no task has a due date). */
export const dueByInput = document.getElementById('due-by') as HTMLInputElement | null;
export const noticesSection = element('search-notices', HTMLElement);
export const noticesStatus = element('search-notices-status', HTMLElement);
export const noticesList = element('search-notices-list', HTMLOListElement);

/**
 * The filter checkboxes. They sit beside the form (form="search-form"), so they are looked
 * up in the document; those of LISTS join when built.
 */
export const checkboxes: HTMLInputElement[] = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][form="search-form"]')];

/** The province of each county value. */
export const provinceOfCounty = new Map((LISTS[COUNTY_KEY] ?? []).map(([value, , province]) => [value, province]));

/** Whether a string is a filter key. */
export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** A paragraph of text. */
export function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** Calls `f` once the page is idle (200 ms later where the browser cannot tell). */
export function whenIdle(f: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => f());
  else setTimeout(f, 200);
}

/** The page's mutable state, shared by its modules. */
export const page = {
  /** Increases with every search, so that a slow answer to an older query is dropped. */
  generation: 0,
  /** `phrase` when the reader asked for a literal phrase search (mode=phrase in the URL), else `auto`. */
  mode: 'auto' as 'auto' | 'phrase',
};
