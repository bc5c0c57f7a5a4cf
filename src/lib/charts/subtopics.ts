/**
 * Sub-topics by plan: for each notice (one county's plan of one year) and each sub-topic, how
 * many of the plan's tasks carry it. The columns are plans, not counties, oldest first, so
 * that what marks a year (扶贫 and 棚户区改造 in 利津县 2016, 疫情防控 in 兖州区 2021, 双减 and
 * 适老化 in 2023) reads across the row, and what one county adds reads down its column.
 */
import type { Subtopic } from '../../schemas/subtopic.ts';
import type { Topic } from '../../schemas/topic.ts';
import { countyTotals, type ChartCorpus } from './counties.ts';
import { countyLinks, type CountyLinks } from './links.ts';
import type { DataTable } from './table.ts';

/** One plan as a column: its county (name as charts print it, slug for links), year and task count. */
export interface PlanColumn {
  notice: string;
  county: string;
  code: string;
  slug: string;
  year: number;
  total: number;
}

/** One sub-topic as a row: its names, its topic's, its tasks per plan (in column order) and where they are listed. */
export interface SubtopicRow {
  id: string;
  name: string;
  topic: Pick<Topic, 'id' | 'name'>;
  total: number;
  cells: { count: number; href: string | null }[];
}

/** The plan × sub-topic figures; `absent` are the sub-topics no plan of these counties carries. */
export interface SubtopicTrends {
  plans: PlanColumn[];
  rows: SubtopicRow[];
  absent: Pick<Subtopic, 'id' | 'name'>[];
}

/**
 * Counts of every sub-topic in every plan of the corpus's counties. Plans go oldest year
 * first, then in the counties' chart order (longest plan first); a sub-topic's row comes after
 * the first plan that carries it, so that the rows step down from the oldest plans' priorities
 * to the newest's. Sub-topics no plan carries are returned apart, so that the chart has no
 * empty row and the page can still name them.
 */
export function subtopicTrends(corpus: ChartCorpus, links: CountyLinks = countyLinks(corpus)): SubtopicTrends {
  const countyOrder = new Map(countyTotals(corpus).map((c, i) => [c.code, { index: i, name: c.name }]));
  const plans: PlanColumn[] = corpus.jurisdictions
    .flatMap((j) => corpus.noticesByJurisdiction.get(j.code) ?? [])
    .map((n) => ({ notice: n.notice.id, county: countyOrder.get(n.notice.jurisdiction.code)!.name, code: n.notice.jurisdiction.code, slug: n.notice.jurisdiction.slug, year: n.notice.year, total: n.tasks.length }))
    .sort((a, b) => a.year - b.year || countyOrder.get(a.code)!.index - countyOrder.get(b.code)!.index || a.notice.localeCompare(b.notice));
  const counts = new Map<string, Map<string, number>>();
  for (const j of corpus.jurisdictions) {
    for (const n of corpus.noticesByJurisdiction.get(j.code) ?? []) {
      const byId = new Map<string, number>();
      for (const t of n.tasks) for (const s of t.subtopics) byId.set(s, (byId.get(s) ?? 0) + 1);
      counts.set(n.notice.id, byId);
    }
  }
  const rows: SubtopicRow[] = [];
  const absent: Pick<Subtopic, 'id' | 'name'>[] = [];
  for (const s of corpus.subtopics) {
    const cells = plans.map((p) => {
      const count = counts.get(p.notice)?.get(s.id) ?? 0;
      return { count, href: count > 0 ? links.subtopic(s.id, { code: p.code, slug: p.slug }) : null };
    });
    const total = cells.reduce((n, c) => n + c.count, 0);
    const topic = corpus.topics.find((t) => t.id === s.topic)!;
    if (total > 0) rows.push({ id: s.id, name: s.name, topic: { id: topic.id, name: topic.name }, total, cells });
    else absent.push({ id: s.id, name: s.name });
  }
  // Each row after the first plan that has it, so that the oldest plans' marks stand at the top
  // and the newest plans' at the bottom; more tasks first, then by id, where that ties.
  const first = (r: SubtopicRow) => r.cells.findIndex((c) => c.count > 0);
  rows.sort((a, b) => first(a) - first(b) || b.total - a.total || a.id.localeCompare(b.id));
  return { plans, rows, absent: absent.sort((a, b) => a.id.localeCompare(b.id)) };
}

/** A plan as a column heading says it: 利津县 2016年. */
export function planLabel(plan: Pick<PlanColumn, 'county' | 'year'>): string {
  return `${plan.county} ${plan.year}年`;
}

/** The sentence under the chart's title: what it shows, and each year's sub-topics that no other year has. */
export function describeSubtopicTrends(figure: SubtopicTrends): string {
  const years = [...new Set(figure.plans.map((p) => p.year))];
  const own = years
    .map((year) => {
      const only = figure.rows.filter((r) => r.cells.some((c, i) => c.count > 0 && figure.plans[i]!.year === year) && r.cells.every((c, i) => c.count === 0 || figure.plans[i]!.year === year));
      return only.length > 0 ? `只有 ${year} 年的计划有「${only.map((r) => r.name).join('」「')}」` : null;
    })
    .filter((s): s is string => s !== null);
  const what = `${figure.plans.length} 份年度计划 × ${figure.rows.length} 个子主题的热力图，单元格为该计划中归入该子主题的任务数，颜色越深任务越多。计划按年度从早到晚排列，同一年按任务总数排列；子主题按最早出现的计划排列。`;
  return own.length > 0 ? `${what}${own.join('；')}。` : what;
}

/** The data table: one row per sub-topic, its topic, its count in each plan, its total. */
export function subtopicTrendsTable(figure: SubtopicTrends): DataTable {
  return {
    caption: '各年度计划中各子主题的任务数',
    columns: ['子主题（所属主题）', ...figure.plans.map((p) => `${planLabel(p)}（共 ${p.total} 项）`), '合计'],
    rows: figure.rows.map((r) => ({ header: `${r.name}（${r.topic.name}）`, cells: [...r.cells.map((c) => `${c.count} 项`), `${r.total} 项`] })),
    note: figure.absent.length > 0 ? `这些计划中没有归入以下子主题的任务：${figure.absent.map((a) => a.name).join('、')}。` : null,
  };
}
