/**
 * Where a cell or bar leads: the page that lists exactly the tasks it counts. These URL
 * shapes are agreed with the pages and search: topic and department pages have one
 * section per county whose id is the county's slug, and search reads its filters from
 * the query string, named as its filter labels are.
 */
import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Topic } from '../../schemas/topic.ts';
import { DEADLINE_KIND_LABEL, type DeadlineKind } from '../../schemas/task.ts';

export { DEADLINE_KIND_LABEL };

/** A topic's page, at the section for one county. */
export function topicCountyHref(topic: Topic['id'], county: Jurisdiction['slug']): string {
  return `/topics/${topic}/#${county}`;
}

/** A department's page, at the section for one county. */
export function unitCountyHref(department: Department['id'], county: Jurisdiction['slug']): string {
  return `/units/${department}/#${county}`;
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
