/**
 * Where a cell or bar leads: the page that lists exactly the tasks it counts. These URL
 * shapes are agreed with the pages and search: topic and department pages have one
 * section per county whose id is the county's slug (or, when paged, one page per county),
 * and search reads its filters from the query string, named as its filter labels are.
 */
import { ALL_DEPARTMENTS } from '../corpus/corpus.ts';
import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Topic } from '../../schemas/topic.ts';
import { DEADLINE_KIND_LABEL, type DeadlineKind } from '../../schemas/task.ts';

export { DEADLINE_KIND_LABEL };

/**
 * Above this many tasks a department's or topic's page lists its counties only, and its
 * tasks are listed by province, one page each (/units/<id>/<province code>/, a section per
 * county): a page of thousands of tasks would not open on a phone, and a page per county
 * and department would be tens of thousands of pages. At or below it, one page lists them
 * all, one section per county. A province that alone has more than this many is listed by
 * prefecture in turn (/units/<id>/<province code>/<prefecture code>/): at 2,800 notices the
 * tasks given to all departments in 河北省 made one page of 3.1 MB.
 */
export const INLINE_TASKS_MAX = 400;

/** A county as the links need it: its division code (whose first two digits name the province) and slug. */
type CountyRef = Pick<Jurisdiction, 'code' | 'slug'>;

/** The URL segment of a county's province on paged lists: the first two digits of its division code. */
export function provinceSegment(county: Pick<Jurisdiction, 'code'>): string {
  return county.code.slice(0, 2);
}

/** The URL segment of a county's prefecture on a province's list split by prefecture: the first four digits of its division code. */
export function prefectureSegment(county: Pick<Jurisdiction, 'code'>): string {
  return county.code.slice(0, 4);
}

/** The path below /units/<id>/ or /topics/<id>/ of the page listing a county's tasks, given the provinces split by prefecture: "37/" or "37/3715/". */
export function areaPath(split: ReadonlySet<string>, county: Pick<Jurisdiction, 'code'>): string {
  const province = provinceSegment(county);
  return split.has(province) ? `${province}/${prefectureSegment(county)}/` : `${province}/`;
}

/** Where the tasks of one department or topic in one county are listed, given how the site pages them. */
export interface CountyLinks {
  /** The county's section of the department's page, or of the department's page for the county's province. */
  unit(department: Department['id'], county: CountyRef): string;
  topic(topic: Topic['id'], county: CountyRef): string;
  /**
   * Where a county's tasks for a department are listed when it may have only tasks given to
   * all departments (`direct` = 0): paged lists show those on the all-departments list.
   */
  unitAny(department: Department['id'], county: CountyRef, direct: number): string;
  /** Whether the department's (topic's) tasks are paged by province. */
  unitPaged(department: Department['id']): boolean;
  topicPaged(topic: Topic['id']): boolean;
  /**
   * The provinces (two-digit codes) whose page of a paged department's (topic's) tasks is
   * split by prefecture: those listing more than the limit on their own. A department's
   * pages list the tasks that name it (`direct`), a topic's all of its tasks.
   */
  unitSplit(department: Department['id']): ReadonlySet<string>;
  topicSplit(topic: Topic['id']): ReadonlySet<string>;
  /**
   * Where a county's tasks of a sub-topic are listed: the county's section of the sub-topic's
   * page (/topics/<topic>/<sub-topic>/#<slug>); past the limit, the sub-topic's page lists its
   * counties only, and the link leads to the county's tasks of the parent topic, each of which
   * names its sub-topics.
   */
  subtopic(subtopic: string, county: CountyRef): string;
  /** Whether the sub-topic's tasks are too many for its page to list (it then links to its topic's lists). */
  subtopicPaged(subtopic: string): boolean;
}

type Listed = readonly { jurisdiction: string }[];

/**
 * The pages of a paged department's or topic's tasks, as paths below its page: each
 * province with tasks ("37"), and, for the provinces split by prefecture, each of their
 * prefectures with tasks ("37/3715"); in code order.
 */
export function listAreas(tasks: Listed, split: ReadonlySet<string>): string[] {
  const areas = new Set<string>();
  for (const t of tasks) {
    const county = { code: t.jurisdiction };
    areas.add(provinceSegment(county));
    if (split.has(provinceSegment(county))) areas.add(`${provinceSegment(county)}/${prefectureSegment(county)}`);
  }
  return [...areas].sort();
}

/** The county links of a corpus: a department or topic is paged when it lists more than `inlineMax` tasks, and its province pages split likewise. */
export function countyLinks(
  corpus: {
    tasksByDepartment: ReadonlyMap<string, { direct: Listed; collective: Listed }>;
    tasksByTopic: ReadonlyMap<string, Listed>;
    tasksBySubtopic?: ReadonlyMap<string, Listed>;
    subtopics?: readonly { id: string; topic: string }[];
  },
  inlineMax = INLINE_TASKS_MAX,
): CountyLinks {
  const parentOf = new Map((corpus.subtopics ?? []).map((s) => [s.id, s.topic]));
  const subtopicPaged = (id: string) => (corpus.tasksBySubtopic?.get(id)?.length ?? 0) > inlineMax;
  const unitPaged = (id: string) => {
    const load = corpus.tasksByDepartment.get(id);
    return (load?.direct.length ?? 0) + (load?.collective.length ?? 0) > inlineMax;
  };
  const topicPaged = (id: string) => (corpus.tasksByTopic.get(id)?.length ?? 0) > inlineMax;
  const splitCache = new Map<string, ReadonlySet<string>>();
  const split = (key: string, paged: boolean, tasks: Listed | undefined): ReadonlySet<string> => {
    let provinces = splitCache.get(key);
    if (!provinces) {
      const counts = new Map<string, number>();
      if (paged) for (const t of tasks ?? []) counts.set(t.jurisdiction.slice(0, 2), (counts.get(t.jurisdiction.slice(0, 2)) ?? 0) + 1);
      provinces = new Set([...counts].filter(([, n]) => n > inlineMax).map(([p]) => p));
      splitCache.set(key, provinces);
    }
    return provinces;
  };
  const unitSplit = (id: string) => split(`unit:${id}`, unitPaged(id), corpus.tasksByDepartment.get(id)?.direct);
  const topicSplit = (id: string) => split(`topic:${id}`, topicPaged(id), corpus.tasksByTopic.get(id));
  const unit = (department: string, county: CountyRef) => `/units/${department}/${unitPaged(department) ? areaPath(unitSplit(department), county) : ''}#${county.slug}`;
  return {
    unitPaged,
    topicPaged,
    unitSplit,
    topicSplit,
    unit,
    unitAny: (department, county, direct) => (direct > 0 || !unitPaged(department) ? unit(department, county) : unit(ALL_DEPARTMENTS, county)),
    topic: (topic, county) => `/topics/${topic}/${topicPaged(topic) ? areaPath(topicSplit(topic), county) : ''}#${county.slug}`,
    subtopicPaged,
    subtopic: (subtopic, county) => {
      const parent = parentOf.get(subtopic);
      if (parent === undefined) throw new Error(`no sub-topic "${subtopic}" in the corpus the links were made from`);
      if (!subtopicPaged(subtopic)) return `${subtopicUrl(parent, subtopic)}#${county.slug}`;
      return `/topics/${parent}/${topicPaged(parent) ? areaPath(topicSplit(parent), county) : ''}#${county.slug}`;
    },
  };
}

/** Site-relative URL of a sub-topic's page, below its topic's: /topics/social-security/poverty-alleviation/. */
export function subtopicUrl(topic: Topic['id'], subtopic: string): string {
  return `/topics/${topic}/${subtopic}/`;
}

/** Search filtered to one county's tasks of one deadline kind; `county` is its 县区 filter value (distinctNames: 铁西区（沈阳市）where the name is shared). */
export function searchDeadlineHref(county: string, kind: DeadlineKind): string {
  return `/search/?${new URLSearchParams({ 县区: county, 时限类型: DEADLINE_KIND_LABEL[kind] }).toString()}`;
}

/** Search filtered to one county's tasks that carry a measurable target (量化指标 = 有); `county` as in searchDeadlineHref. */
export function searchTargetHref(county: string): string {
  return `/search/?${new URLSearchParams({ 县区: county, 量化指标: '有' }).toString()}`;
}

/**
 * The search's deadline parameters (agreed with the search page): 到期 names when a task falls
 * due, 排序=到期 orders the results by due date, earliest first. A task's due date is its
 * normalised deadline.date (by-date tasks only).
 */
export const DUE_PARAM = '到期';
export const SORT_PARAM = '排序';
export const SORT_BY_DUE = '到期';

/** 到期 values: due in a month (2023-09), in a quarter (2023-Q3), on or before a date (..2023-09-30), or before the build date (逾期). */
export const dueValue = {
  month: (month: string) => month,
  quarter: (quarter: string) => quarter,
  by: (date: string) => `..${date}`,
  pastDue: '逾期',
} as const;

/** Search limited by `filters` (主题, 子主题, 县区 … with their filter values), in the search's own order. */
export function searchFilterHref(filters: Readonly<Record<string, string>>): string {
  return `/search/?${new URLSearchParams(filters).toString()}`;
}

/**
 * Search limited by `filters` (县区, 部门, 年度 … with their filter values; several values of a
 * key are any of them, as the search's checkboxes are) to the tasks due as
 * `due` says (a dueValue), ordered by due date; without `due`, every task of those filters, by due date.
 */
export function searchDueHref(filters: Readonly<Record<string, string | readonly string[]>>, due?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) for (const v of typeof value === 'string' ? [value] : value) params.append(key, v);
  if (due !== undefined) params.set(DUE_PARAM, due);
  params.set(SORT_PARAM, SORT_BY_DUE);
  return `/search/?${params.toString()}`;
}
