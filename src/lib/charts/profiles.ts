/**
 * Figures for the small charts on county, department and topic pages: one county's topic
 * profile, and one department's or one topic's tasks per county.
 */
import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Topic } from '../../schemas/topic.ts';
import { countyTotals, shareOf, topicCountsByCounty, type ChartCorpus, type CountyTotal } from './counties.ts';
import { formatShareFine } from './format.ts';
import { countyLinks, type CountyLinks } from './links.ts';
import type { DataTable } from './table.ts';

/** One topic in a county's profile. */
export interface ProfileBar extends Pick<Topic, 'id' | 'name'> {
  count: number;
  /** count / the county's task count. */
  share: number;
  /** The mean of every county's share for this topic: the reference mark on the bar. */
  meanShare: number;
  /** The topic page at this county's section; null when the county has no task on it. */
  href: string | null;
}

/** The topic profile of one county: every topic, its largest share first. */
export interface TopicProfile {
  county: CountyTotal;
  /** How many counties the mean share is taken over. */
  countyCount: number;
  bars: ProfileBar[];
}

/** One county's share of tasks per topic, against the mean over all counties. */
export function topicProfile(corpus: ChartCorpus, code: Jurisdiction['code'], links: CountyLinks = countyLinks(corpus)): TopicProfile {
  const counties = countyTotals(corpus);
  const county = counties.find((c) => c.code === code);
  if (!county) throw new Error(`topicProfile: no notice in the corpus for jurisdiction ${code}`);
  const byCounty = topicCountsByCounty(corpus);
  const mean = meanTopicShares(corpus);
  const order = new Map(corpus.topics.map((t, i) => [t.id, i]));
  const bars = corpus.topics.map((topic) => {
    const count = byCounty.get(code)?.get(topic.id) ?? 0;
    return {
      id: topic.id,
      name: topic.name,
      count,
      share: shareOf(count, county.total),
      meanShare: mean.get(topic.id) ?? 0,
      href: count > 0 ? links.topic(topic.id, county) : null,
    };
  });
  bars.sort((a, b) => b.share - a.share || b.meanShare - a.meanShare || order.get(a.id)! - order.get(b.id)!);
  return { county, countyCount: counties.length, bars };
}

const meanCache = new WeakMap<object, Map<string, number>>();

/** Per topic, the mean over all counties of the topic's share of a county's tasks; computed once per corpus. */
function meanTopicShares(corpus: ChartCorpus): Map<string, number> {
  let mean = meanCache.get(corpus);
  if (!mean) {
    const counties = countyTotals(corpus);
    const byCounty = topicCountsByCounty(corpus);
    mean = new Map(corpus.topics.map((t) => [t.id, counties.reduce((sum, c) => sum + shareOf(byCounty.get(c.code)?.get(t.id) ?? 0, c.total), 0) / counties.length]));
    meanCache.set(corpus, mean);
  }
  return mean;
}

/** One county's bar for one department: tasks naming it, and tasks it carries as one of all departments. */
export interface DepartmentCountyRow {
  county: CountyTotal;
  direct: number;
  collective: number;
  /** The department page at this county's section; null when both counts are 0. */
  href: string | null;
}

/** One department across counties, the county naming it most often first. */
export interface DepartmentCounties {
  kind: 'department';
  department: Pick<Department, 'id' | 'name'>;
  rows: DepartmentCountyRow[];
}

/** Tasks per county naming one department directly, and those it carries as one of all departments. */
export function departmentCounties(corpus: ChartCorpus, id: Department['id'], links: CountyLinks = countyLinks(corpus)): DepartmentCounties {
  const department = corpus.departments.find((d) => d.id === id);
  const lists = corpus.tasksByDepartment.get(id);
  if (!department || !lists) throw new Error(`departmentCounties: unknown department "${id}"`);
  const countBy = (tasks: readonly { jurisdiction: string }[]) => {
    const m = new Map<string, number>();
    for (const t of tasks) m.set(t.jurisdiction, (m.get(t.jurisdiction) ?? 0) + 1);
    return m;
  };
  const directBy = countBy(lists.direct);
  const collectiveBy = countBy(lists.collective);
  const rows = countyTotals(corpus).map((county) => {
    const direct = directBy.get(county.code) ?? 0;
    const collective = collectiveBy.get(county.code) ?? 0;
    return { county, direct, collective, href: direct + collective > 0 ? links.unitAny(id, county, direct) : null };
  });
  rows.sort((a, b) => b.direct - a.direct || b.collective - a.collective || a.county.code.localeCompare(b.county.code));
  return { kind: 'department', department: { id: department.id, name: department.name }, rows };
}

/** One county's bar for one topic. */
export interface TopicCountyRow {
  county: CountyTotal;
  count: number;
  /** count / the county's task count. */
  share: number;
  /** The topic page at this county's section; null when the count is 0. */
  href: string | null;
}

/** One topic across counties, the county giving it the largest share first. */
export interface TopicCounties {
  kind: 'topic';
  topic: Pick<Topic, 'id' | 'name'>;
  rows: TopicCountyRow[];
}

/** Tasks per county on one topic, as counts and shares of the county's tasks. */
export function topicCounties(corpus: ChartCorpus, id: Topic['id'], links: CountyLinks = countyLinks(corpus)): TopicCounties {
  const topic = corpus.topics.find((t) => t.id === id);
  if (!topic) throw new Error(`topicCounties: unknown topic "${id}"`);
  const byCounty = topicCountsByCounty(corpus);
  const rows = countyTotals(corpus).map((county) => {
    const count = byCounty.get(county.code)?.get(id) ?? 0;
    return { county, count, share: shareOf(count, county.total), href: count > 0 ? links.topic(id, county) : null };
  });
  rows.sort((a, b) => b.share - a.share || b.count - a.count || a.county.code.localeCompare(b.county.code));
  return { kind: 'topic', topic: { id: topic.id, name: topic.name }, rows };
}

/** The data table of a county's topic profile. */
export function topicProfileTable(figure: TopicProfile): DataTable {
  return {
    caption: `${figure.county.name}各主题的任务数与占比`,
    columns: ['主题', '任务数', `占${figure.county.name}任务的比例`, `${figure.countyCount} 个县区的平均比例`],
    rows: figure.bars.map((b) => ({ header: b.name, cells: [String(b.count), formatShareFine(b.share), formatShareFine(b.meanShare)] })),
    note: `${figure.county.name}共 ${figure.county.total} 项任务；一项任务可以属于多个主题。`,
  };
}

/** The data table of one department's or one topic's tasks per county. */
export function countyBarsTable(figure: DepartmentCounties | TopicCounties): DataTable {
  if (figure.kind === 'department') {
    return {
      caption: `各县区${figure.department.name}承担的任务数`,
      columns: ['县区', '直接点名', '作为全部县直部门之一', '县区任务总数'],
      rows: figure.rows.map((r) => ({ header: r.county.name, cells: [String(r.direct), String(r.collective), String(r.county.total)] })),
      note: '“作为全部县直部门之一”指分派给全部县直部门、未单独点名该部门的任务。',
    };
  }
  return {
    caption: `各县区「${figure.topic.name}」主题的任务数与占比`,
    columns: ['县区', '任务数', '占该县区任务的比例', '县区任务总数'],
    rows: figure.rows.map((r) => ({ header: r.county.name, cells: [String(r.count), formatShareFine(r.share), String(r.county.total)] })),
    note: null,
  };
}

/** The sentence under a county's topic profile. */
export function describeTopicProfile(figure: TopicProfile): string {
  const top = figure.bars.slice(0, 3).map((b) => `${b.name}（${formatShareFine(b.share)}）`);
  const none = figure.bars.filter((b) => b.count === 0).map((b) => b.name);
  return `${figure.county.name}共 ${figure.county.total} 项任务，按主题占比从高到低排列，竖线为 ${figure.countyCount} 个县区的平均比例。占比最高的是${top.join('、')}${none.length > 0 ? `；没有任务涉及${none.join('、')}` : ''}。`;
}

/**
 * The most counties a per-county bar chart draws: the leading ones, in the figure's order.
 * Every county stays in the chart's data table and in the page's county table.
 */
export const MAX_COUNTY_BARS = 40;

/** How many counties a chart description names one by one. */
const DESCRIBED_COUNTIES = 10;

/** The sentence under a department's or a topic's per-county bars. */
export function describeCountyBars(figure: DepartmentCounties | TopicCounties): string {
  const n = figure.rows.length;
  const beyond = n > DESCRIBED_COUNTIES ? `；共 ${n} 个县区${n > MAX_COUNTY_BARS ? `，图中画出前 ${MAX_COUNTY_BARS} 个，全部数字见“显示数据”` : ''}` : '';
  if (figure.kind === 'department') {
    const parts = figure.rows.slice(0, DESCRIBED_COUNTIES).map((r) => `${r.county.name}点名 ${r.direct} 项、作为全部县直部门之一 ${r.collective} 项`);
    return `各县区直接点名${figure.department.name}的任务数（实心条），与分派给全部县直部门的任务数（斜线条）分开显示，按点名次数从多到少排列。${parts.join('；')}${beyond}。`;
  }
  const parts = figure.rows.slice(0, DESCRIBED_COUNTIES).map((r) => `${r.county.name} ${r.count} 项（${formatShareFine(r.share)}）`);
  return `各县区「${figure.topic.name}」主题的任务占该县区任务总数的比例，按比例从高到低排列。${parts.join('；')}${beyond}。`;
}
