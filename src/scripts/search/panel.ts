/**
 * The filter panel: the lists the script builds from the config (the counties), the county
 * finder, and each value's count for the search on screen.
 */
import { COUNTY_KEY, FILTER_KEYS, PROVINCE_KEY, YEAR_KEY, type FilterKey } from '../../lib/search/contract.ts';
import { DUE_KEY, dueCounts, dueLabel, parseDue } from '../../lib/search/deadline.ts';
import type { SearchState } from '../../lib/search/url-state.ts';
import type { FilterCounts } from './pagefind-api.ts';
import { provinceOpen } from './instances.ts';
import { checkboxes, config, filterNone, filterPanel, filterSummary, isFilterKey, LISTS, provinceOfCounty, SHARDS, whenIdle } from './page.ts';

/** The count of every filter value over the whole corpus, as the build wrote them on the page (到期: each due date's). */
export const totalCounts: FilterCounts = (() => {
  const counts: FilterCounts = {};
  for (const box of checkboxes) if (isFilterKey(box.name)) (counts[box.name] ??= {})[box.value] = Number(box.dataset['count'] ?? 0);
  for (const [key, values] of Object.entries(LISTS)) for (const [value, count] of values) (counts[key] ??= {})[value] = count;
  counts[DUE_KEY] = Object.fromEntries(config.dueDates);
  return counts;
})();

/** The list of the deadline filter's values, or null when no task has a due date. */
const dueList = filterPanel.querySelector<HTMLUListElement>('ul[data-due-list]');

/** The checkboxes of the deadline filter. */
function dueBoxes(): HTMLInputElement[] {
  return checkboxes.filter((box) => box.name === DUE_KEY);
}

/**
 * The checkbox of a 到期 value, added to the list (ticked) when the page does not offer it:
 * a month or a date from a link, or the date the reader picked.
 */
export function dueBox(value: string): HTMLInputElement | null {
  const existing = dueBoxes().find((box) => box.value === value);
  if (existing || !dueList || !parseDue(value)) return existing ?? null;
  const item = document.createElement('li');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `due-${dueList.childElementCount}`;
  box.setAttribute('form', 'search-form');
  box.name = DUE_KEY;
  box.value = value;
  const label = document.createElement('label');
  label.htmlFor = box.id;
  const count = document.createElement('span');
  count.className = 'search-count';
  label.append(dueLabel(value, config.today), count);
  item.append(box, label);
  dueList.prepend(item);
  checkboxes.push(box);
  return box;
}

/** The group (fieldset) of a filter key. */
export function filterGroup(key: string): HTMLFieldSetElement | undefined {
  return [...filterPanel.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter-key]')].find((g) => g.getAttribute('data-filter-key') === key);
}

/** The element of a list held in LISTS, empty until built. */
function listElement(key: string): HTMLUListElement | null {
  return filterGroup(key)?.querySelector<HTMLUListElement>('ul[data-built-from="lists"]') ?? null;
}

/** Whether a list held in LISTS has its checkboxes. */
export function listBuilt(key: string): boolean {
  return (listElement(key)?.childElementCount ?? 0) > 0;
}

/**
 * Values of lists held in LISTS that the state shown ticks before their checkboxes exist: a
 * link's county is searched at once, and its list built once the page is idle (1,600
 * checkboxes at 2,800 notices, and their layout, would otherwise come before the search).
 */
export let unbuiltTicks: Partial<Record<FilterKey, string[]>> = {};

/** Forgets the ticks of unbuilt lists (the reader cleared the filters). */
export function clearUnbuiltTicks(): void {
  unbuiltTicks = {};
}

/** Builds the checkboxes of a list held in LISTS (once), ticked as `unbuiltTicks` says, with the counts last shown. */
export function buildList(key: FilterKey): void {
  const list = listElement(key);
  const values = LISTS[key];
  if (!list || listBuilt(key) || !values) return;
  const ticked = unbuiltTicks[key] ?? [];
  delete unbuiltTicks[key];
  const k = FILTER_KEYS.indexOf(key);
  const boxes: HTMLInputElement[] = [];
  const items = values.map(([value, count], i) => {
    const item = document.createElement('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `f-${k}-${i}`;
    box.setAttribute('form', 'search-form');
    box.name = key;
    box.value = value;
    box.dataset['count'] = String(count);
    box.checked = ticked.includes(value);
    const label = document.createElement('label');
    label.htmlFor = box.id;
    const shown = document.createElement('span');
    shown.className = 'search-count';
    shown.textContent = `（${count}）`;
    label.append(value, shown);
    item.append(box, label);
    boxes.push(box);
    return item;
  });
  list.append(...items);
  checkboxes.push(...boxes);
  const finder = finderOf(key);
  if (finder) {
    finder.hidden = false;
    finder.querySelector('input')?.addEventListener('input', () => findInList(key));
  }
  if (shown) showCounts(...shown);
}

/** The finder of a list held in LISTS (the county list, which has one when it starts folded), or null. */
function finderOf(key: string): HTMLElement | null {
  return filterGroup(key)?.querySelector<HTMLElement>('.search-filter-find') ?? null;
}

/**
 * Shows, of a built list, the values whose name or province contains the finder's text (a
 * ticked value stays in view), and says how many of those the current search has.
 */
function findInList(key: string): void {
  const finder = finderOf(key);
  const list = listElement(key);
  const field = finder?.querySelector('input');
  if (!finder || !list || !field) return;
  const text = field.value.replace(/\s+/gu, '');
  let count = 0;
  for (const item of list.children) {
    const box = item.querySelector('input');
    if (!box || !(item instanceof HTMLElement)) continue;
    const found = text === '' || box.value.includes(text) || (provinceOfCounty.get(box.value) ?? '').includes(text);
    item.classList.toggle('search-unfound', !found && !box.checked);
    if (found && !item.hidden) count += 1;
  }
  const status = finder.querySelector('[role="status"]');
  if (status) status.textContent = text === '' ? '' : count > 0 ? `名称或省份含“${text}”的${key}：${count} 个。` : `没有名称或省份含“${text}”的${key}。`;
}

/**
 * Ticks the values of a state in the lists (built or not): it only holds values the page
 * knows. A list not built yet is built once the page is idle, with its ticks.
 */
export function tickState({ filters, due }: Pick<SearchState, 'filters' | 'due'>): void {
  for (const value of due) dueBox(value);
  for (const box of checkboxes) box.checked = box.name === DUE_KEY ? due.includes(box.value) : isFilterKey(box.name) && filters[box.name].includes(box.value);
  unbuiltTicks = {};
  for (const key of FILTER_KEYS) if (key in LISTS && !listBuilt(key) && filters[key].length > 0) unbuiltTicks[key] = [...filters[key]];
  if (Object.keys(unbuiltTicks).length > 0) {
    whenIdle(() => {
      for (const key of FILTER_KEYS) if (key in unbuiltTicks) buildList(key);
    });
  }
}

/** Whether a value is one the page lists under `key` (checked against the data of a list not built yet); a 到期 value, whether it reads. */
export function knownValue(key: FilterKey | typeof DUE_KEY, value: string): boolean {
  if (key === DUE_KEY) return parseDue(value) !== null;
  const values = LISTS[key];
  return values && !listBuilt(key) ? values.some(([v]) => v === value) : checkboxes.some((b) => b.name === key && b.value === value);
}

/** The counts last shown (showCounts' arguments), for a list built after them. */
let shown: Parameters<typeof showCounts> | null = null;

/** The keys the counts last shown counted (null: all of them), or undefined before any. */
export function shownCounted(): ReadonlySet<string> | null | undefined {
  return shown?.[3];
}

/**
 * Updates every filter value's count; hides values that would give nothing unless ticked. A
 * province, county or year ticked is counted without its own choice, which needs the other
 * provinces' bundles: values whose bundles this search did not open keep no count.
 * `everywhere`: the keys whose counts cover the whole corpus (from the page), whatever the
 * bundles open. `counted`: the keys counted for this search (null: all of them); the others'
 * counts are not known.
 */
export function showCounts(counts: FilterCounts, state: Pick<SearchState, 'filters' | 'due'>, everywhere: ReadonlySet<string>, counted: ReadonlySet<string> | null = null): void {
  shown = [counts, state, everywhere, counted];
  const { filters } = state;
  const isCounted = (key: string) => counted === null || counted.has(key) || everywhere.has(key);
  const dueShown = dueCounts(counts[DUE_KEY] ?? {}, dueBoxes().map((box) => box.value), config.today);
  for (const box of checkboxes) {
    const key = box.name;
    const chosen = key === DUE_KEY ? state.due : isFilterKey(key) ? filters[key] : [];
    const known = isCounted(key) && (everywhere.has(key) || chosen.length === 0 || countKnown(box));
    const n = key === DUE_KEY ? (dueShown.get(box.value) ?? 0) : (counts[key]?.[box.value] ?? 0);
    const item = box.closest('li');
    const count = item?.querySelector('.search-count');
    if (count) count.textContent = known ? `（${n}）` : '';
    if (item) item.hidden = known && n === 0 && !box.checked;
  }
  let anyVisible = false;
  for (const group of filterPanel.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter-key], fieldset[data-due-key]')) {
    const key = group.getAttribute('data-filter-key') ?? DUE_KEY;
    const values = isFilterKey(key) ? LISTS[key] : undefined;
    // A list not built yet shows whatever value has results (any, until counted), or a value ticked
    // (unbuiltTicks), as a built list keeps its ticked boxes in view.
    // The deadline group keeps its date field whatever its list shows.
    const visible =
      key === DUE_KEY
        ? true
        : values && !listBuilt(key)
          ? (unbuiltTicks[key as FilterKey]?.length ?? 0) > 0 || !isCounted(key) || values.some(([value]) => (counts[key]?.[value] ?? 0) > 0)
          : [...group.querySelectorAll('li')].some((li) => !li.hidden);
    group.hidden = !visible;
    anyVisible ||= visible;
  }
  filterNone.hidden = anyVisible;
  // A finder's count follows the values the new counts hide.
  for (const key of FILTER_KEYS) if (key in LISTS && listBuilt(key)) findInList(key);
  for (const fold of filterPanel.querySelectorAll<HTMLDetailsElement>('details[data-fold-key]')) {
    const key = fold.getAttribute('data-fold-key');
    const group = fold.querySelector('fieldset');
    // A list none of whose values the search has (notices only: they name no 部门) is hidden,
    // unless the reader is in it (its summary, its finder), whose focus that would drop: it says so.
    const holdsFocus = fold.contains(document.activeElement);
    const emptied = Boolean(group?.hidden) && holdsFocus;
    if (group && emptied) group.hidden = false;
    emptyNote(group, emptied ? `本次检索的结果没有可选的${key}。` : '');
    fold.hidden = group?.hidden ?? false;
    if (key && ((isFilterKey(key) && filters[key].length > 0) || (key === DUE_KEY && state.due.length > 0))) fold.open = true;
  }
}

/** Shows `text` as the note of a filter list none of whose values the search has (none when empty). */
function emptyNote(group: HTMLFieldSetElement | null, text: string): void {
  if (!group) return;
  let note = group.querySelector<HTMLElement>('.search-filter-empty');
  if (!note && text === '') return;
  if (!note) {
    note = document.createElement('p');
    note.className = 'search-filter-none search-filter-empty';
    group.append(note);
  }
  note.textContent = text;
  note.hidden = text === '';
}

/** Whether a value's count can be known from the bundles open: only provinces, counties and years decide which bundles a search opens. */
function countKnown(box: HTMLInputElement): boolean {
  if (box.name === PROVINCE_KEY) return provinceOpen(box.value);
  if (box.name === COUNTY_KEY) {
    const province = provinceOfCounty.get(box.value);
    return province === undefined || provinceOpen(province);
  }
  if (box.name === YEAR_KEY) return SHARDS.filter((s) => s.years.includes(Number(box.value))).every((s) => provinceOpen(s.province));
  return true;
}

/** Says how many filter values are chosen, beside the panel's summary. */
export function showFilterSummary({ filters, due }: Pick<SearchState, 'filters' | 'due'>): void {
  const n = FILTER_KEYS.reduce((sum, k) => sum + filters[k].length, due.length);
  filterSummary.textContent = n > 0 ? `（已选 ${n} 项）` : '';
}

/** Builds each list held in LISTS when first unfolded, or now if it does not start folded. */
export function wireLists(): void {
  for (const key of FILTER_KEYS) {
    if (!(key in LISTS)) continue;
    const fold = filterGroup(key)?.closest<HTMLDetailsElement>('details[data-fold-key]');
    if (!fold) buildList(key);
    else {
      // Built on the summary's click (Enter and Space click it too), before the fold opens, so
      // that the next Tab already finds the first checkbox; on toggle when opened otherwise.
      fold.querySelector('summary')?.addEventListener('click', () => buildList(key));
      fold.addEventListener('toggle', () => {
        if (fold.open) buildList(key);
      });
    }
  }
}
