/**
 * The search index's input: one Pagefind custom record per task, in bundles per province, and
 * one per notice, in a bundle of their own (tasks and notices are counted apart); the alias
 * table the search page reads department names with; the filter values and their counts the
 * page starts with. Pure: src/integrations/search-index.ts writes the index from these records.
 *
 * A task record's content is what a search finds it by, as pairs of characters (tokens.ts):
 * its requirement, its units as printed, its section and subsection. Its metadata is what a
 * result shows, as printed. Departments and counties are found through filters (a query
 * reads their names, query.ts), never through words added to the text, so that a result
 * shows and marks only what the task says.
 */
import type { CustomRecord } from 'pagefind';
import type { Department } from '../../schemas/department.ts';
import { DEADLINE_KIND_LABEL } from '../../schemas/task.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { DerivedNotice, DerivedTask } from '../corpus/derive.ts';
import { clip, deadlineLabel, distinctName, taskLabel } from '../present.ts';
import { FILTER_KEYS, SEARCH_LANGUAGE, TARGET_LABEL, type FilterKey, type RecordMeta, type SearchAlias } from './contract.ts';
import { DUE_KEY, DUE_SORT, NO_DUE_DATE } from './deadline.ts';
import { PLAN_KEY, planValue } from './plans.ts';
import { indexTokens } from './tokens.ts';

/** Pagefind's custom record, as its Node API takes it (`addCustomRecord`), with the search page's metadata. */
export type SearchRecord = CustomRecord & { meta: RecordMeta };

/** The most characters of a record's searchable text that are indexed: keeps a pathological record from bloating the index (real tasks are a few hundred). */
export const MAX_INDEXED = 4000;

/** The most characters of a field kept in a record's metadata, for the result to show. */
export const MAX_SHOWN = 1000;

/** The task records of some of the corpus's notices (one bundle's), in corpus order: the order an exact search returns them in (plans.ts). */
export function taskRecords(corpus: Corpus, notices: readonly DerivedNotice[]): SearchRecord[] {
  const order = noticeOrders(corpus);
  return notices.flatMap((derived) => {
    const at = order.get(derived);
    if (at === undefined) throw new Error(`${derived.notice.url} is not a notice of this corpus`);
    return derived.tasks.map((task, index) => taskRecord(corpus, derived, at, task, index));
  });
}

/** One record per notice, in corpus order, for the notices' own bundle. */
export function noticeRecords(corpus: Corpus): SearchRecord[] {
  return corpus.notices.map((derived) => noticeRecord(corpus, derived));
}

const orderCache = new WeakMap<Corpus, Map<DerivedNotice, number>>();

/** Each notice's place in corpus order. */
function noticeOrders(corpus: Corpus): Map<DerivedNotice, number> {
  let orders = orderCache.get(corpus);
  if (!orders) {
    orders = new Map(corpus.notices.map((derived, i) => [derived, i]));
    orderCache.set(corpus, orders);
  }
  return orders;
}

function taskRecord(corpus: Corpus, derived: DerivedNotice, order: number, task: DerivedTask, index: number): SearchRecord {
  const { notice } = derived;
  const j = notice.jurisdiction;
  const searched = [task.text, task.unitsRaw, task.section, task.subsection].filter((p): p is string => p !== null && p.trim() !== '').join('\n');
  const plan = planValue(order, notice.year, distinctName(corpus, j));
  const due = dueDate(task);
  return {
    url: task.url,
    content: indexTokens(clip(searched, MAX_INDEXED)),
    language: SEARCH_LANGUAGE,
    meta: {
      // The position in the notice (printed numbers restart or are missing in some notices), named as the pages name it.
      title: `${j.name} ${notice.year} · ${taskLabel(index + 1, task.seq)}`,
      kind: '任务',
      county: j.name,
      place: `${j.province} ${j.prefecture} ${j.name}`,
      year: String(notice.year),
      notice: notice.title,
      plan,
      text: clip(task.text, MAX_SHOWN),
      units: clip(task.unitsRaw ?? '', MAX_SHOWN),
      section: task.section ?? '',
      subsection: task.subsection ?? '',
      departments: taskDepartments(corpus, task)
        .map((d) => d.name)
        .join('、'),
      deadline: deadlineLabel(task),
    },
    filters: { ...taskFilters(corpus, derived, task), [PLAN_KEY]: [plan], ...(due ? { [DUE_KEY]: [due] } : {}) },
    // Every task carries the key (Pagefind drops results that lack the key a search sorts by).
    sort: { [DUE_SORT]: due ?? NO_DUE_DATE },
  };
}

/** A task's due date (ISO), when it has one: by-date tasks only. */
function dueDate(task: DerivedTask): string | null {
  return task.deadline.kind === 'by-date' ? task.deadline.date : null;
}

/** A task record's values of the panel's filters. */
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
    子主题: task.subtopics.map((id) => corpus.subtopicById.get(id)?.name).filter((n): n is string => n !== undefined),
    时限类型: [DEADLINE_KIND_LABEL[task.deadline.kind]],
    量化指标: [task.targets.length > 0 ? TARGET_LABEL.yes : TARGET_LABEL.no],
  });
}

/** A notice record: found by its title, issuer, document number, cited documents and headings; filtered by place and year only. */
function noticeRecord(corpus: Corpus, derived: DerivedNotice): SearchRecord {
  const { notice, entry } = derived;
  const j = notice.jurisdiction;
  const sections = [...new Set(derived.tasks.map((t) => t.section).filter((s): s is string => s !== null))];
  const searched = [notice.title, notice.issuer, notice.docNumber ?? '', ...entry.cites.map((c) => `${c.title ?? ''} ${c.docNumber}`), ...sections].filter((p) => p.trim() !== '').join('\n');
  return {
    url: notice.url,
    content: indexTokens(clip(searched, MAX_INDEXED)),
    language: SEARCH_LANGUAGE,
    meta: {
      title: notice.title,
      kind: '通知',
      county: j.name,
      place: `${j.province} ${j.prefecture} ${j.name}`,
      year: String(notice.year),
      notice: notice.title,
      plan: '',
      text: `${notice.issuer}${notice.docNumber ? `（${notice.docNumber}）` : ''}，共 ${notice.taskCount} 项任务。`,
      units: '',
      section: '',
      subsection: '',
      departments: '',
      deadline: '',
    },
    filters: filters({ 省份: [j.province], 县区: [distinctName(corpus, j)], 年度: [String(notice.year)] }),
  };
}

/** The topics' names of a task, in its order. */
function topicNames(corpus: Corpus, task: DerivedTask): string[] {
  return task.topics.map((id) => corpus.topicById.get(id)?.name).filter((n): n is string => n !== undefined);
}

/** Each task's values of the panel's filters, in corpus order, without the rest of its record: what the page's counts are made from. */
export function* recordFilters(corpus: Corpus): Generator<Record<string, string[]>> {
  for (const derived of corpus.notices) for (const task of derived.tasks) yield taskFilters(corpus, derived, task);
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

/** One filter as the search page lists it: its key, and each value with the number of tasks that carry it. */
export interface FilterOption {
  key: FilterKey;
  values: { value: string; count: number }[];
}

/**
 * Every filter value of the tasks with its count, in a reading order that does not move as
 * counts change and does not depend on the order the registries were loaded in (Astro's
 * collections return them by id): places by division code, years newest first, departments by
 * pinyin with the collectives (全部县直部门 …) last, topics by pinyin, sub-topics in the registry's order, deadline kinds and 有/无
 * in their fixed order.
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
    // Sub-topics as the registry lists them (grouped by topic), not by pinyin: their names start with quotes (“双减”).
    子主题: corpus.subtopics.map((s) => s.name),
    时限类型: Object.values(DEADLINE_KIND_LABEL),
    量化指标: [TARGET_LABEL.yes, TARGET_LABEL.no],
  };
  const counts = new Map<FilterKey, Map<string, number>>(FILTER_KEYS.map((key) => [key, new Map()]));
  // Counted from the records' filters alone: building every record (its text and metadata)
  // only to count took 2.4 s of the build at 2,800 notices.
  for (const values of recordFilters(corpus)) {
    for (const key of FILTER_KEYS) {
      const count = counts.get(key)!;
      for (const v of values[key] ?? []) count.set(v, (count.get(v) ?? 0) + 1);
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

/** Each due date of the corpus's tasks and its number of tasks, in date order (the 到期 filter's choices). */
export function dueDates(corpus: Corpus): [string, number][] {
  const counts = new Map<string, number>();
  for (const task of corpus.tasks) {
    const date = dueDate(task);
    if (date) counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
