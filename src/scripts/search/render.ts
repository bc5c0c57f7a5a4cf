/**
 * What the page shows of a search: each result, its excerpt, the status line, the notes on
 * how the query was read, and the tips when nothing was found.
 */
import type { RecordMeta } from '../../lib/search/contract.ts';
import { excerptWindow, headWords } from '../../lib/search/excerpt.ts';
import type { Query } from '../../lib/search/query.ts';
import type { ResultData } from './pagefind-api.ts';
import { paragraph, resultsEl } from './page.ts';

/** One result: link to the task's permalink, place and year, excerpt with the matched words marked, departments, deadline. */
export function renderResult(data: ResultData): HTMLLIElement {
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

  li.append(excerpt(data, meta));

  if (meta.kind !== '通知') {
    const facts = document.createElement('dl');
    facts.className = 'search-result-facts';
    const departments = (meta.departments ?? '').split('、').filter((d) => d !== '');
    const dd = fact(facts, '责任部门', departments.length > 0 ? departments.join('、') : '原文未列');
    dd.className = 'search-result-departments';
    dd.dataset['departments'] = departments.join('|');
    fact(facts, '完成时限', meta.deadline ?? '');
    fact(facts, '出自', meta.notice ?? '');
    li.append(facts);
  }
  return li;
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
 * The excerpt, built from Pagefind's word positions (`locations`) rather than its
 * `excerpt` HTML: the text is inserted as text (custom records are not HTML-escaped by
 * Pagefind), and the window stays inside the task's own words (meta.head characters)
 * instead of drifting into the department aliases appended for recall.
 */
function excerpt(data: ResultData, meta: Partial<RecordMeta>): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-result-excerpt';
  const words = (data.raw_content ?? '').split('\u200B');
  const headEnd = headWords(words, Number(meta.head ?? 0));
  const locations = [...new Set(data.locations ?? [])].sort((a, b) => a - b);
  const inHead = locations.filter((l) => l < headEnd);
  if (locations.length === 0 || inHead.length > 0) {
    appendWindow(p, words, new Set(inHead), 0, headEnd, 60);
    if (locations.length === 0 && p.textContent === '') p.textContent = meta.summary ?? '';
    return p;
  }
  // Matched only outside the task's text (unit, heading, place, alias): show the start of the
  // text, then where it matched.
  appendWindow(p, words, new Set(), 0, headEnd, 30);
  const where = document.createElement('span');
  where.className = 'search-result-where';
  where.append('（命中：');
  appendWindow(where, words, new Set(locations), headEnd, words.length, 16);
  where.append('）');
  p.append(' ', where);
  return p;
}

/** Appends the excerpt window of words[from, to) around the marked words, with ellipses where cut. */
function appendWindow(parent: HTMLElement, words: readonly string[], marked: ReadonlySet<number>, from: number, to: number, size: number): void {
  const { start, end, cutBefore, cutAfter } = excerptWindow(marked, from, to, size);
  if (cutBefore) parent.append('…');
  for (let i = start; i < end; i++) {
    const word = words[i]!.replace(/\s+/gu, ' ');
    if (marked.has(i)) {
      const mark = document.createElement('mark');
      mark.textContent = word;
      parent.append(mark);
    } else parent.append(word);
  }
  if (cutAfter) parent.append('…');
}

/** The status line of a complete search. */
export function statusText(count: number, provinces: number, query: Query, chosen: boolean): string {
  const words = query.empty || query.noWords ? '' : `“${query.shown}”`;
  const scope = words && chosen ? `${words}（已筛选）：` : words ? `${words}：` : '按筛选条件：';
  const lead = query.noWords ? '检索词只含标点或符号，已忽略。' : '';
  const where = provinces > 1 ? `，分属 ${provinces} 个省份` : '';
  return `${lead}${scope}${count === 0 ? '没有找到结果。' : `找到 ${count} 项结果${where}。`}`;
}

/** The tips shown under a search that found nothing. */
export function renderNoResults(query: Query, chosen: boolean): void {
  const box = document.createElement('div');
  box.className = 'search-empty';
  box.append(paragraph('建议：'));
  const tips = document.createElement('ul');
  const tip = (text: string) => {
    const item = document.createElement('li');
    item.textContent = text;
    tips.append(item);
  };
  if (chosen) tip('减少或清除筛选条件（各组内勾选多项表示“任一”）。');
  if (query.term && query.term.includes(' ')) tip('减少检索词：结果须同时包含全部词语。');
  tip('换用更短或更常见的说法，例如“公开目录”“政策解读”。');
  tip('部门可用全称或简称检索，例如“人力资源和社会保障局”或“人社局”。');
  box.append(tips);
  resultsEl.after(box);
}
