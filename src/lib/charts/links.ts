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
 * all, one section per county.
 */
export const INLINE_TASKS_MAX = 400;

/** A county as the links need it: its division code (whose first two digits name the province) and slug. */
type CountyRef = Pick<Jurisdiction, 'code' | 'slug'>;

/** The URL segment of a county's province on paged lists: the first two digits of its division code. */
export function provinceSegment(county: Pick<Jurisdiction, 'code'>): string {
  return county.code.slice(0, 2);
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
  /** Whether the department's (topic's) tasks are paged by county. */
  unitPaged(department: Department['id']): boolean;
  topicPaged(topic: Topic['id']): boolean;
}

/** The county links of a corpus: a department or topic is paged when it lists more than `inlineMax` tasks. */
export function countyLinks(
  corpus: { tasksByDepartment: ReadonlyMap<string, { direct: readonly unknown[]; collective: readonly unknown[] }>; tasksByTopic: ReadonlyMap<string, readonly unknown[]> },
  inlineMax = INLINE_TASKS_MAX,
): CountyLinks {
  const unitPaged = (id: string) => {
    const load = corpus.tasksByDepartment.get(id);
    return (load?.direct.length ?? 0) + (load?.collective.length ?? 0) > inlineMax;
  };
  const topicPaged = (id: string) => (corpus.tasksByTopic.get(id)?.length ?? 0) > inlineMax;
  return {
    unitPaged,
    topicPaged,
    unit: (department, county) => `/units/${department}/${unitPaged(department) ? `${provinceSegment(county)}/` : ''}#${county.slug}`,
    unitAny: (department, county, direct) =>
      direct > 0 || !unitPaged(department) ? `/units/${department}/${unitPaged(department) ? `${provinceSegment(county)}/` : ''}#${county.slug}` : `/units/${ALL_DEPARTMENTS}/${unitPaged(ALL_DEPARTMENTS) ? `${provinceSegment(county)}/` : ''}#${county.slug}`,
    topic: (topic, county) => `/topics/${topic}/${topicPaged(topic) ? `${provinceSegment(county)}/` : ''}#${county.slug}`,
  };
}

/** Search filtered to one county's tasks of one deadline kind; `county` is its 县区 filter value (distinctNames: 铁西区（沈阳市）where the name is shared). */
export function searchDeadlineHref(county: string, kind: DeadlineKind): string {
  return `/search/?${new URLSearchParams({ 县区: county, 时限类型: DEADLINE_KIND_LABEL[kind] }).toString()}`;
}

/** Search filtered to one county's tasks that carry a measurable target (量化指标 = 有); `county` as in searchDeadlineHref. */
export function searchTargetHref(county: string): string {
  return `/search/?${new URLSearchParams({ 县区: county, 量化指标: '有' }).toString()}`;
}
