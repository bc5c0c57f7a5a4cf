/**
 * The search page's script (/search/), bundled by Astro from the page's <script>: runs
 * Pagefind on the form, shows results with filter counts, and keeps query and filters in
 * the URL. An external module (never inline: the page runs under script-src 'self'
 * 'wasm-unsafe-eval').
 */
import { COUNTY_KEY, FILTER_KEYS, namesakeValues } from '../../lib/search/contract.ts';
import { anyChosen, readSearchParams, type SearchState } from '../../lib/search/url-state.ts';
import { clearButton, checkboxes, filterPanel, form, input, LISTS, moreButton, notesEl, page, paragraph, provinceOfCounty, whenIdle } from './page.ts';
import { clearUnbuiltTicks, knownValue, tickState, wireLists } from './panel.ts';
import { countPending, countUnfolded, more, openFront, readForm, run, searchAhead } from './search.ts';

let typingTimer = 0;
/** Whether the words being typed already have their own history entry (the first pause adds one, later pauses replace it). */
let typingEntry = false;

/**
 * Shows a state in the form: the words in the box, the filters ticked. A county name several
 * counties share stands for all of them (the search such a link made before they were told
 * apart). Drops from the state, and returns, the filter values the page does not know, and
 * each shared name so read.
 */
function applyState(state: SearchState): { unknown: string[]; shared: { name: string; counties: string[] }[] } {
  input.value = state.q;
  page.mode = state.mode;
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
  for (const key of FILTER_KEYS) state.filters[key] = state.filters[key].filter((v) => knownValue(key, v));
  tickState(state.filters);
  return { unknown, shared };
}

/** Searches as the reader types, without a history entry per keystroke; new words are read for department names again. */
function typed(): void {
  clearTimeout(typingTimer);
  page.mode = 'auto';
  searchAhead();
  typingTimer = window.setTimeout(() => {
    void run(readForm(), !typingEntry);
    typingEntry = true;
  }, 300);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  typingEntry = false;
  void run(readForm(), true);
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
  if (target instanceof HTMLInputElement && target.type === 'checkbox') {
    clearTimeout(typingTimer);
    typingEntry = false;
    void run(readForm(), true);
  }
});

clearButton.addEventListener('click', () => {
  for (const box of checkboxes) box.checked = false;
  clearUnbuiltTicks();
  void run(readForm(), true);
  input.focus();
});

moreButton.addEventListener('click', more);

window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  typingEntry = false;
  const state = readSearchParams(new URLSearchParams(location.search));
  applyState(state);
  void run(state, false);
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
  const chosen = anyChosen(state.filters);
  if (!chosen && window.matchMedia('(max-width: 48rem)').matches) filterPanel.open = false;
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
  });
  // A page with nothing to show waits for a reader to type: `front` opens once it is idle. A
  // page opened with a search opens it when the reader comes back to the search box.
  if (state.q === '' && !chosen) whenIdle(openFront);
  else input.addEventListener('focus', openFront, { once: true });
}
