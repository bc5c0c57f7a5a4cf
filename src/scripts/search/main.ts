/**
 * The search page's script (/search/), bundled by Astro from the page's <script>: runs the
 * searches the form states, and keeps query, filters and order in the URL. An external module (never inline:
 * the page runs under script-src 'self' 'wasm-unsafe-eval').
 *
 * Focus: a search the reader submits (Enter, the button, a suggestion) moves the focus to its
 * status line once its results show, as does going back or forward between searches; a
 * result followed and come back from gets the focus again.
 */
import { COUNTY_KEY, FILTER_KEYS, namesakeValues } from '../../lib/search/contract.ts';
import { DUE_KEY, SORT_VALUES } from '../../lib/search/deadline.ts';
import { anyChosen, readSearchParams, type SearchState } from '../../lib/search/url-state.ts';
import { checkboxes, clearButton, dueByInput, filterPanel, form, input, LISTS, moreButton, notesEl, page, paragraph, provinceOfCounty, resultsEl, resultsSection, sortSelect, whenIdle } from './page.ts';
import { clearUnbuiltTicks, dueBox, knownValue, tickState, wireLists } from './panel.ts';
import { countPending, countUnfolded, more, openFront, readForm, run, searchAhead } from './search.ts';

let typingTimer = 0;
/** Whether the words being typed already have their own history entry (the first pause adds one, later pauses replace it). */
let typingEntry = false;

/**
 * Shows a state in the form: the words in the box, the filters ticked, the order. A county
 * name several counties share stands for all of them (the search such a link made before they
 * were told apart). Drops from the state, and returns, the values the page does not know, and
 * each shared name so read.
 */
function applyState(state: SearchState): { unknown: string[]; shared: { name: string; counties: string[] }[] } {
  input.value = state.q;
  page.mode = state.mode;
  sortSelect.value = state.sort;
  const shared: { name: string; counties: string[] }[] = [];
  if (state.filters[COUNTY_KEY].length > 0) {
    const values = (LISTS[COUNTY_KEY] ?? []).map(([value]) => value);
    state.filters[COUNTY_KEY] = [
      ...new Set(
        state.filters[COUNTY_KEY].flatMap((value) => {
          if (provinceOfCounty.has(value)) return [value];
          const counties = namesakeValues(value, values);
          if (counties.length === 0) return [value];
          shared.push({ name: value, counties });
          return counties;
        }),
      ),
    ];
  }
  const unknown: string[] = [];
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) if (!knownValue(key, value)) unknown.push(`${key}：${value}`);
  for (const value of state.due) if (!knownValue(DUE_KEY, value)) unknown.push(`${DUE_KEY}：${value}`);
  for (const key of FILTER_KEYS) state.filters[key] = state.filters[key].filter((v) => knownValue(key, v));
  state.due = state.due.filter((v) => knownValue(DUE_KEY, v));
  tickState(state);
  return { unknown, shared };
}

/** Searches as the reader types, without a history entry per keystroke; new words are read for names again. */
function typed(): void {
  clearTimeout(typingTimer);
  page.mode = 'auto';
  searchAhead();
  typingTimer = window.setTimeout(() => {
    void run(readForm(), !typingEntry);
    typingEntry = true;
  }, 300);
}

/** Runs the form's search now, with its own history entry. */
function searchNow(focus: boolean): void {
  clearTimeout(typingTimer);
  typingEntry = false;
  void run(readForm(), true, focus);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  searchNow(true);
});

// While an input method is composing (pinyin letters before the characters are chosen), wait for the characters.
input.addEventListener('input', (event) => {
  if (!(event instanceof InputEvent && event.isComposing)) typed();
});
input.addEventListener('compositionend', typed);

filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) void countPending();
});

filterPanel.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.type === 'checkbox') searchNow(false);
});

// A date picked: tasks due on or before it, as one more 到期 value ticked.
dueByInput?.addEventListener('change', (event) => {
  const date = (event.target as HTMLInputElement).value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  const box = dueBox(`..${date}`);
  if (!box) return;
  box.checked = true;
  searchNow(false);
});

sortSelect.addEventListener('change', () => {
  if (sortSelect.value === '' || (SORT_VALUES as readonly string[]).includes(sortSelect.value)) searchNow(false);
});

clearButton.addEventListener('click', () => {
  for (const box of checkboxes) box.checked = false;
  clearUnbuiltTicks();
  void run(readForm(), true);
  input.focus();
});

moreButton.addEventListener('click', more);

// A result followed: this history entry remembers it, so that coming back puts the focus on it.
resultsEl.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('.search-result-title a') : null;
  if (link) history.replaceState({ ...(history.state as object | null), focus: link.getAttribute('href') }, '');
});

window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  typingEntry = false;
  const state = readSearchParams(new URLSearchParams(location.search));
  applyState(state);
  void run(state, false, true);
});

wireLists();

// A folded list's values are counted for the current search when it is unfolded.
for (const fold of filterPanel.querySelectorAll<HTMLDetailsElement>('details[data-fold-key]')) {
  fold.addEventListener('toggle', () => {
    if (fold.open) void countUnfolded(fold.getAttribute('data-fold-key') ?? '');
  });
}

// A shared link reproduces its search; a narrow screen starts with the filters folded.
{
  const state = readSearchParams(new URLSearchParams(location.search));
  const { unknown, shared } = applyState(state);
  const chosen = anyChosen(state);
  if (!chosen && window.matchMedia('(max-width: 48rem)').matches) filterPanel.open = false;
  const back = (history.state as { focus?: unknown } | null)?.focus;
  void run(state, false).then(() => {
    for (const { name, counties } of shared.reverse()) {
      notesEl.prepend(
        paragraph(
          counties.length > 1
            ? `链接中的县区“${name}”在本站有 ${counties.length} 个同名县区，已全部选中：${counties.join('、')}。可在“${COUNTY_KEY}”中只保留其中一个。`
            : `链接中的县区“${name}”即${counties[0]}：同名的县区以所属地级市区分。`,
        ),
      );
    }
    if (unknown.length > 0) notesEl.prepend(paragraph(`链接中的筛选条件不存在，已忽略：${unknown.join('，')}。`));
    // Come back from a result: the focus goes back to it, when it is on the first page.
    if (typeof back === 'string') {
      const link = [...resultsSection.querySelectorAll<HTMLAnchorElement>('.search-result-title a')].find((a) => a.getAttribute('href') === back);
      if (link) link.focus();
      else resultsSection.querySelector<HTMLElement>('#search-status')?.focus();
    }
  });
  // A page with nothing to show waits for a reader to type: `front` opens once it is idle. A
  // page opened with a search opens it when the reader comes back to the search box.
  if (state.q === '' && !chosen) whenIdle(openFront);
  else input.addEventListener('focus', openFront, { once: true });
}
