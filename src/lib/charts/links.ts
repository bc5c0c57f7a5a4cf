/**
 * Where a cell or bar leads: the page that lists exactly the tasks it counts. These URL
 * shapes are agreed with the pages and search: topic and department pages have one
 * section per county whose id is the county's slug (or, when paged, one page per county),
 * and search reads its filters from the query string, named as its filter labels are.
 */
import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Topic } from '../../schemas/topic.ts';
import { DEADLINE_KIND_LABEL, type DeadlineKind } from '../../schemas/task.ts';

export { DEADLINE_KIND_LABEL };

/**
 * Above this many tasks a department's or topic's page lists its counties only, and each
 * county's tasks for it get a page of their own (/units/<id>/<county>/): a page of
 * thousands of tasks would not open on a phone. At or below it, one page lists them all,
 * one section per county.
 */
export const INLINE_TASKS_MAX = 400;

/** Where the tasks of one department or topic in one county are listed, given how the site pages them. */
export interface CountyLinks {
  /** The department's page at the county's section, or the county's page of that department. */
  unit(department: Department['id'], county: Jurisdiction['slug']): string;
  topic(topic: Topic['id'], county: Jurisdiction['slug']): string;
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
    unit: (department, county) => (unitPaged(department) ? `/units/${department}/${county}/` : `/units/${department}/#${county}`),
    topic: (topic, county) => (topicPaged(topic) ? `/topics/${topic}/${county}/` : `/topics/${topic}/#${county}`),
  };
}

/** Search filtered to one county's tasks of one deadline kind. */
export function searchDeadlineHref(county: Jurisdiction['name'], kind: DeadlineKind): string {
  return `/search/?${new URLSearchParams({ 县区: county, 时限类型: DEADLINE_KIND_LABEL[kind] }).toString()}`;
}

/**
 * Search filtered to one county's tasks that carry a measurable target. The 量化指标
 * filter is a proposal to search; until it reads it, the link lists all the county's tasks.
 */
export function searchTargetHref(county: Jurisdiction['name']): string {
  return `/search/?${new URLSearchParams({ 县区: county, 量化指标: '有' }).toString()}`;
}
