/**
 * What the page shows of a search: each result, its excerpt (the requirement as printed,
 * with exactly the strings searched marked), the spread over counties, the status line, and,
 * when nothing was found, the nearest words the corpus holds.
 */
import { citationHref } from '../../lib/citation.ts';
import { COUNTY_KEY, type RecordMeta } from '../../lib/search/contract.ts';
import { excerptPieces, markRanges, type Piece } from '../../lib/search/marks.ts';
import type { CountyShare } from '../../lib/search/plans.ts';
import type { Query } from '../../lib/search/query.ts';
import { suggest, type SuggestData } from '../../lib/search/suggest.ts';
import { searchUrl, type SearchState } from '../../lib/search/url-state.ts';
import { NO_UNITS } from '../../lib/wording.ts';
import type { ResultData } from './pagefind-api.ts';
import { config, paragraph, resultsEl, spreadEl } from './page.ts';

/** Characters of the requirement an excerpt shows at most. */
const EXCERPT = 90;
/** Counties the spread names before its full list. */
const SPREAD_SHOWN = 6;

/** One result: link to the task's permalink, place and year, excerpt with the strings searched marked, departments, deadline, and a link to its citation. */
export function renderResult(data: ResultData, runs: readonly string[]): HTMLLIElement {
  const meta = data.meta as Partial<RecordMeta>;
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h4');
  heading.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = meta.title ?? data.url;
  heading.append(link);
  if (meta.kind === '通知') {
    const kind = document.createElement('span');
    kind.className = 'search-result-kind';
    kind.textContent = '通知';
    heading.append(' ', kind);
  }
  li.append(heading);

  const place = paragraph(`${meta.place ?? meta.county ?? ''} · ${meta.year ?? ''}年`);
  place.className = 'search-result-place';
  li.append(place);

  const text = meta.text ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  appendPieces(excerpt, excerptPieces(text, markRanges(text, runs), EXCERPT));
  li.append(excerpt);
  // Where else the strings were found: the units as printed, the headings.
  for (const [label, value] of [
    ['责任单位', meta.units ?? ''],
    ['所属标题', [meta.section, meta.subsection].filter((s) => s).join(' / ')],
  ] as const) {
    const ranges = markRanges(value, runs);
    if (ranges.length === 0) continue;
    const where = document.createElement('p');
    where.className = 'search-result-where';
    where.append(`${label}：`);
    appendPieces(where, excerptPieces(value, ranges, 60));
    li.append(where);
  }

  if (meta.kind !== '通知') {
    const facts = document.createElement('dl');
    facts.className = 'search-result-facts';
    const departments = (meta.departments ?? '').split('、').filter((d) => d !== '');
    const dd = fact(facts, '责任部门', departments.length > 0 ? departments.join('、') : NO_UNITS);
    dd.className = 'search-result-departments';
    dd.dataset['departments'] = departments.join('|');
    fact(facts, '完成时限', meta.deadline ?? '');
    fact(facts, '出自', meta.notice ?? '');
    li.append(facts);
  }
  // The reference to cite (GB/T 7714, BibTeX, CSL-JSON), on the page the result links to.
  const cite = document.createElement('a');
  cite.className = 'search-result-cite';
  cite.href = citationHref(data.url);
  cite.textContent = '引用';
  cite.setAttribute('aria-label', `引用 ${meta.title ?? ''}`.trim());
  const actions = paragraph('');
  actions.className = 'search-result-actions';
  actions.append(cite);
  li.append(actions);
  return li;
}

function appendPieces(parent: HTMLElement, pieces: readonly Piece[]): void {
  for (const piece of pieces) {
    if (piece.marked) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      parent.append(mark);
    } else parent.append(piece.text);
  }
}

function fact(dl: HTMLDListElement, term: string, value: string): HTMLElement {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  dl.append(dt, dd);
  return dd;
}

/**
 * The counties of the results, newest plan first, each with its count and a link to the same
 * search limited to it: a line that names the first few, which unfolds into the whole list
 * (unfolded on a wide screen; folded on a narrow one, where the results come first).
 * Nothing for one county.
 */
export function renderSpread(spread: readonly CountyShare[], state: SearchState): void {
  spreadEl.replaceChildren();
  spreadEl.hidden = spread.length < 2;
  if (spread.length < 2) return;
  const all = document.createElement('details');
  all.open = !window.matchMedia('(max-width: 48rem)').matches;
  const summary = document.createElement('summary');
  const label = (share: CountyShare) => `${share.county}（${share.newest}年，${share.count} 项）`;
  summary.textContent = `分布于 ${spread.length} 个县区，新计划在前：${spread
    .slice(0, SPREAD_SHOWN)
    .map(label)
    .join('、')}${spread.length > SPREAD_SHOWN ? ' 等' : ''}`;
  const list = document.createElement('ul');
  for (const share of spread) {
    const item = document.createElement('li');
    const a = document.createElement('a');
    a.href = searchUrl(location.pathname, { ...state, filters: { ...state.filters, [COUNTY_KEY]: [share.county] } });
    a.textContent = label(share);
    item.append(a);
    list.append(item);
  }
  all.append(summary, list);
  spreadEl.append(all);
}

/** The status line of a complete search: its tasks, and over how many counties. */
export function statusText(count: number, counties: number, query: Query, chosen: boolean): string {
  const words = query.empty || query.noWords ? '' : `“${query.shown}”`;
  const scope = words && chosen ? `${words}（已筛选）：` : words ? `${words}：` : '按筛选条件：';
  const lead = query.noWords ? '检索词只含标点或符号，已忽略。' : '';
  const where = counties > 1 ? `，分布于 ${counties} 个县区` : '';
  return `${lead}${scope}${count === 0 ? '没有找到任务。' : `找到 ${count} 项任务${where}。`}`;
}

let words: Promise<SuggestData | null> | null = null;

/** The corpus's words for suggestions, fetched once, when a search first finds nothing. */
function suggestData(): Promise<SuggestData | null> {
  words ??= fetch(config.wordsUrl)
    .then((r) => (r.ok ? (r.json() as Promise<SuggestData>) : null))
    .catch(() => null);
  return words;
}

/**
 * Under a search that found nothing: the nearest words the corpus holds for each string
 * searched, each a link that searches it; then the tips.
 */
export function renderNoResults(query: Query, state: SearchState, chosen: boolean, searchWord: (word: string) => void): void {
  const box = document.createElement('div');
  box.className = 'search-empty';
  resultsEl.after(box);
  const tips = document.createElement('ul');
  const tip = (text: string) => {
    const item = document.createElement('li');
    item.textContent = text;
    tips.append(item);
  };
  if (chosen) tip('减少或清除筛选条件（各组内勾选多项表示“任一”）。');
  if (query.runs.length > 1) tip('减少检索词：结果须同时包含全部字词。');
  tip('换用更短或更常见的说法，例如“公开目录”“政策解读”。');
  tip('部门可用全称或简称检索，例如“人力资源和社会保障局”或“人社局”。');
  const suggestions = document.createElement('div');
  box.append(suggestions, paragraph('建议：'), tips);
  if (query.runs.length === 0) return;
  void suggestData().then((data) => {
    if (!data || !box.isConnected) return;
    const near = [...new Set(query.runs.flatMap((run) => suggest(run, data)))].slice(0, 6);
    if (near.length === 0) return;
    const p = paragraph('本站收录的任务中有相近的字词：');
    p.className = 'search-suggest';
    near.forEach((word, i) => {
      if (i > 0) p.append('、');
      const a = document.createElement('a');
      a.href = searchUrl(location.pathname, { ...state, q: word, mode: 'auto' });
      a.textContent = word;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        searchWord(word);
      });
      p.append(a);
    });
    suggestions.append(p);
  });
}
