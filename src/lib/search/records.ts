/**
 * The search index's input: one Pagefind custom record per task (and one per notice),
 * and the alias table the search page uses to read department names in a query.
 * Pure: no file system; src/integrations/search-index.ts writes the index from these records.
 *
 * Pagefind 1.6 segments Chinese only in `content` (metadata is stored, not searched),
 * and finds abbreviations such as 人社局 only by luck, so every task's content carries
 * its departments' canonical names, abbreviations and variants: the alias layer
 * (the team's measured notes on Pagefind and Chinese recommend it).
 */
import type { CustomRecord } from 'pagefind';
import type { Department } from '../../schemas/department.ts';
import { DEADLINE_KIND_LABEL } from '../../schemas/task.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { DerivedNotice, DerivedTask } from '../corpus/derive.ts';
import { deadlineLabel, distinctName, taskLabel } from '../present.ts';
import { FILTER_KEYS, SEARCH_LANGUAGE, TARGET_LABEL, type FilterKey, type RecordMeta, type SearchAlias } from './contract.ts';

/** Pagefind's custom record, as its Node API takes it (`addCustomRecord`), with the search page's metadata. */
export type SearchRecord = CustomRecord & { meta: RecordMeta };

/** Longest indexed content per record, in characters: keeps a pathological task from bloating the index and its excerpts. */
export const MAX_CONTENT = 4000;

/** Longest excerpt-friendly summary kept in a record's metadata (shown when a search has no words to highlight). */
export const MAX_SUMMARY = 160;

/** Every record of the index: tasks and notices, in corpus order (newest year first), so the output is deterministic. */
export function searchRecords(corpus: Corpus): SearchRecord[] {
  return noticesRecords(corpus, corpus.notices);
}

/**
 * The records of some of the corpus's notices (each notice's, then its tasks'), exactly as
 * `searchRecords` lists them, sort keys included: the search index builds one bundle's
 * records at a time, so that the whole index is never held at once.
 */
export function noticesRecords(corpus: Corpus, notices: readonly DerivedNotice[]): SearchRecord[] {
  const first = firstOrders(corpus);
  return notices.flatMap((derived) => {
    const order = first.get(derived);
    if (order === undefined) throw new Error(`${derived.notice.url} is not a notice of this corpus`);
    return [noticeRecord(corpus, derived, order), ...derived.tasks.map((task, index) => taskRecord(corpus, derived, task, index, order + 1 + index))];
  });
}

const firstOrderCache = new WeakMap<Corpus, Map<DerivedNotice, number>>();

/** Each notice's record's place in corpus order: the records of the notices before it. */
function firstOrders(corpus: Corpus): Map<DerivedNotice, number> {
  let first = firstOrderCache.get(corpus);
  if (!first) {
    first = new Map();
    let order = 0;
    for (const derived of corpus.notices) {
      first.set(derived, order);
      order += 1 + derived.tasks.length;
    }
    firstOrderCache.set(corpus, first);
  }
  return first;
}

function taskRecord(corpus: Corpus, derived: DerivedNotice, task: DerivedTask, index: number, order: number): SearchRecord {
  const { notice } = derived;
  const j = notice.jurisdiction;
  const departments = taskDepartments(corpus, task);
  const topics = topicNames(corpus, task);
  const deadline = deadlineLabel(task);
  // The position in the notice (printed numbers restart or are missing in some notices), named as the pages name it.
  const title = `${j.name} ${notice.year} · ${taskLabel(index + 1, task.seq)}`;
  // Reading order matters: Pagefind builds excerpts from this text, so the task's own
  // words come first and the alias layer (read by the index, rarely worth showing) last.
  const head = [task.text];
  const tail = [
    `责任单位：${task.unitsRaw ?? '原文未列'}`,
    `完成时限：${task.deadlineRaw ?? '原文未规定'}`,
    task.section,
    task.subsection,
    `${j.province} ${j.prefecture} ${j.name} ${notice.year}年`,
    topics.join(' '),
    departments.flatMap(aliasesOf).join(' '),
  ];
  const { content, head: headLength } = bounded(head, tail);
  return {
    url: task.url,
    content,
    language: SEARCH_LANGUAGE,
    meta: {
      title,
      head: headLength,
      kind: '任务',
      county: j.name,
      place: `${j.province} ${j.prefecture} ${j.name}`,
      year: String(notice.year),
      departments: departments.map((d) => d.name).join('、'),
      deadline,
      notice: notice.title,
      summary: clip(task.text, MAX_SUMMARY),
    },
    filters: taskFilters(corpus, derived, task),
    sort: sortKeys(order),
  };
}

/** A task record's filter values. */
function taskFilters(corpus: Corpus, derived: DerivedNotice, task: DerivedTask): Record<string, string[]> {
  const { notice } = derived;
  const j = notice.jurisdiction;
  return filters({
    省份: [j.province],
    // One county per value, 铁西区（沈阳市） where the name is shared; the chart links name counties the same way.
    县区: [distinctName(corpus, j)],
    年度: [String(notice.year)],
    部门: taskDepartments(corpus, task).map((d) => d.name),
    主题: topicNames(corpus, task),
    时限类型: [DEADLINE_KIND_LABEL[task.deadline.kind]],
    量化指标: [task.targets.length > 0 ? TARGET_LABEL.yes : TARGET_LABEL.no],
  });
}

/** A notice record's filter values: no 部门/主题/时限类型/量化指标, so that choosing a department returns only tasks that name it. */
function noticeFilters(corpus: Corpus, derived: DerivedNotice): Record<string, string[]> {
  const j = derived.notice.jurisdiction;
  return filters({ 省份: [j.province], 县区: [distinctName(corpus, j)], 年度: [String(derived.notice.year)] });
}

/** The topics' names of a task, in its order. */
function topicNames(corpus: Corpus, task: DerivedTask): string[] {
  return task.topics.map((id) => corpus.topicById.get(id)?.name).filter((n): n is string => n !== undefined);
}

/**
 * Each record's filter values, in `searchRecords`' order, without the rest of the records
 * (their text and metadata): what the search page needs to count the filter values.
 */
export function* recordFilters(corpus: Corpus): Generator<Record<string, string[]>> {
  for (const derived of corpus.notices) {
    yield noticeFilters(corpus, derived);
    for (const task of derived.tasks) yield taskFilters(corpus, derived, task);
  }
}

function noticeRecord(corpus: Corpus, derived: DerivedNotice, order: number): SearchRecord {
  const { notice, entry } = derived;
  const j = notice.jurisdiction;
  const sections = [...new Set(derived.tasks.map((t) => t.section).filter((s): s is string => s !== null))];
  const head = [notice.title, `${notice.issuer} ${notice.docNumber ?? ''}`.trim(), `${j.province} ${j.prefecture} ${j.name} ${notice.year}年 共${notice.taskCount}项任务`];
  const tail = [entry.cites.map((c) => `${c.title ?? ''} ${c.docNumber}`.trim()).join(' '), sections.join(' ')];
  const { content, head: headLength } = bounded(head, tail);
  return {
    url: notice.url,
    content,
    language: SEARCH_LANGUAGE,
    meta: {
      title: notice.title,
      head: headLength,
      kind: '通知',
      county: j.name,
      place: `${j.province} ${j.prefecture} ${j.name}`,
      year: String(notice.year),
      departments: '',
      deadline: '',
      notice: notice.title,
      summary: clip(`${notice.issuer}${notice.docNumber ? `（${notice.docNumber}）` : ''}，共 ${notice.taskCount} 项任务。`, MAX_SUMMARY),
    },
    filters: noticeFilters(corpus, derived),
    sort: sortKeys(order),
  };
}

/** The departments (and collectives) a task names, each once, in the order first printed. */
function taskDepartments(corpus: Corpus, task: DerivedTask): Department[] {
  const ids = [...new Set(task.units.map((u) => u.department))];
  return ids.map((id) => corpus.departmentById.get(id)).filter((d): d is Department => d !== undefined);
}

/** Every name a reader may type for a department: canonical name, abbreviations, variants, each once. */
function aliasesOf(d: Department): string[] {
  return [...new Set([d.name, ...d.abbreviations, ...d.variants])];
}

function filters(values: Partial<Record<FilterKey, string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const list = [...new Set(values[key] ?? [])].filter((v) => v !== '');
    if (list.length > 0) out[key] = list;
  }
  return out;
}

/**
 * The one sort key, corpus order (newest year first), which a search without words lists by.
 * Every record carries it: Pagefind drops results that lack the key a search sorts by. Each
 * key costs the index's metadata, which every search loads, about 3 bytes per record.
 */
function sortKeys(order: number): Record<string, string> {
  return { order: String(order).padStart(7, '0') };
}

/**
 * Joins the parts; when too long, the head (the words worth an excerpt) is cut, never the
 * tail that makes the record findable. Also returns the head's length in UTF-16 units, so
 * the search page can keep its excerpts to the task's own words.
 */
function bounded(head: (string | null)[], tail: (string | null)[]): { content: string; head: string } {
  const tailText = join(tail);
  const headText = clip(join(head), Math.max(MAX_CONTENT - tailText.length - 1, MAX_CONTENT / 2));
  return { content: clip(`${headText}\n${tailText}`, MAX_CONTENT), head: String(headText.length) };
}

function join(parts: (string | null)[]): string {
  return parts.filter((p): p is string => p !== null && p.trim() !== '').join('\n');
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The names the search page reads as a department in a query (人社局 → 人力资源和社会保障部门),
 * longest first so that 人力资源和社会保障局 wins over a shorter name inside it. Named
 * departments contribute their canonical name, abbreviations and variants; collectives only
 * their abbreviations (县直各部门, 各乡镇): their variants (县政府有关部门, 各镇（街道）) are phrases
 * that task texts also use in passing, where a reader searching them wants the text.
 * Names shorter than two characters are left out: they would match inside other words.
 */
export function searchAliases(corpus: Corpus): SearchAlias[] {
  const seen = new Map<string, string>();
  for (const d of corpus.departments) {
    const names = d.kind === 'department' ? aliasesOf(d) : d.abbreviations;
    for (const alias of names) {
      // Names are unique across the registry today; should two ever share one, the first listed keeps it.
      if (alias.length >= 2 && !seen.has(alias)) seen.set(alias, d.name);
    }
  }
  return [...seen].map(([alias, department]) => ({ alias, department })).sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias));
}

/** One filter as the search page lists it: its key, and each value with the number of records that carry it. */
export interface FilterOption {
  key: FilterKey;
  values: { value: string; count: number }[];
}

/**
 * Every filter value of the records (`searchRecords`) with its count, in a reading order that does not
 * move as counts change and does not depend on the order the registries were loaded in
 * (Astro's collections return them by id): places by division code, years newest first,
 * departments by pinyin with the collectives (全部县直部门 …) last, topics by pinyin,
 * deadline kinds and 有/无 in their fixed order.
 */
export function filterOptions(corpus: Corpus): FilterOption[] {
  const pinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin').compare;
  const departments = [...corpus.departments].sort((a, b) => Number(a.kind === 'collective') - Number(b.kind === 'collective') || pinyin(a.name, b.name));
  const rank: Record<FilterKey, string[]> = {
    省份: [...new Set(corpus.jurisdictions.map((j) => j.province))],
    县区: corpus.jurisdictions.map((j) => distinctName(corpus, j)),
    年度: [...new Set(corpus.notices.map((n) => n.notice.year))].sort((a, b) => b - a).map(String),
    部门: departments.map((d) => d.name),
    主题: corpus.topics.map((t) => t.name).sort(pinyin),
    时限类型: Object.values(DEADLINE_KIND_LABEL),
    量化指标: [TARGET_LABEL.yes, TARGET_LABEL.no],
  };
  const counts = new Map<FilterKey, Map<string, number>>(FILTER_KEYS.map((key) => [key, new Map()]));
  // Counted from the records' filters alone: building every record (its text and metadata)
  // only to count took 2.4 s of the build at 2,800 notices.
  for (const filters of recordFilters(corpus)) {
    for (const key of FILTER_KEYS) {
      const count = counts.get(key)!;
      for (const v of filters[key] ?? []) count.set(v, (count.get(v) ?? 0) + 1);
    }
  }
  return FILTER_KEYS.map((key) => {
    const count = counts.get(key)!;
    const order = rank[key];
    // A value the ranking does not know (none today) goes last rather than disappearing.
    const at = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
    const values = [...count].sort(([a], [b]) => at(a) - at(b) || a.localeCompare(b)).map(([value, n]) => ({ value, count: n }));
    return { key, values };
  });
}
