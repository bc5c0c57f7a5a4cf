/**
 * Topic coverage: for each county and topic, how many of the county's tasks carry the
 * topic, and what share of its tasks that is. A task may carry several topics, so a
 * county's shares do not add up to 100%.
 */
import type { Topic } from '../../schemas/topic.ts';
import { countyTotals, shareOf, topicCountsByCounty, yearsLabel, type ChartCorpus, type CountyTotal } from './counties.ts';
import { formatShare, formatShareFine } from './format.ts';
import { countyLinks, type CountyLinks } from './links.ts';
import type { DataTable } from './table.ts';

/** One county's tasks on one topic, and where they are listed (null when there are none). */
export interface CoverageCell {
  count: number;
  /** count / the county's task count. */
  share: number;
  href: string | null;
}

/** The county × topic figures. */
export interface TopicCoverage {
  /** Counties, longest plan first. */
  counties: CountyTotal[];
  /** Every topic of the registry, the most frequent across the corpus first; cells in the order of `counties`. */
  topics: (Pick<Topic, 'id' | 'name'> & { total: number; cells: CoverageCell[] })[];
}

/** Counts and shares of every topic in every county, sorted for comparison. */
export function topicCoverage(corpus: ChartCorpus, links: CountyLinks = countyLinks(corpus)): TopicCoverage {
  const counties = countyTotals(corpus);
  const order = new Map(corpus.topics.map((t, i) => [t.id, i]));
  const byCounty = topicCountsByCounty(corpus);
  const topics = corpus.topics.map((topic) => {
    const cells = counties.map((county) => {
      const count = byCounty.get(county.code)?.get(topic.id) ?? 0;
      return { count, share: shareOf(count, county.total), href: count > 0 ? links.topic(topic.id, county) : null };
    });
    return { id: topic.id, name: topic.name, total: cells.reduce((n, c) => n + c.count, 0), cells };
  });
  // Most frequent first; ties keep the codebook's order, which is stable and meaningful.
  topics.sort((a, b) => b.total - a.total || order.get(a.id)! - order.get(b.id)!);
  return { counties, topics };
}

/** The sentence under the chart's title: what it shows and which topic leads where. */
export function describeTopicCoverage(figure: TopicCoverage, measure: 'share' | 'count'): string {
  const leaders = figure.counties.map((county, i) => {
    const best = figure.topics.reduce((a, b) => (b.cells[i]!.count > a.cells[i]!.count ? b : a));
    return `${county.name}最多的是「${best.name}」（${formatShare(best.cells[i]!.share)}）`;
  });
  const what = measure === 'share' ? '各主题任务占该县区任务总数的比例' : '各主题的任务数';
  return `${figure.counties.length} 个县区 × ${figure.topics.length} 个主题的热力图，颜色越深${measure === 'share' ? '比例' : '任务'}越高，显示${what}。县区按任务总数从多到少排列，主题按全部通知中的出现次数排列。${leaders.join('；')}。`;
}

/** The data table: one row per topic, count and share per county. */
export function topicCoverageTable(figure: TopicCoverage): DataTable {
  return {
    caption: '各县区各主题的任务数与占比',
    columns: ['主题', ...figure.counties.map((c) => `${c.name}（${yearsLabel(c.years)}，共 ${c.total} 项）`), '合计'],
    rows: figure.topics.map((t) => ({
      header: t.name,
      cells: [...t.cells.map((c) => `${c.count} 项（${formatShareFine(c.share)}）`), `${t.total} 项`],
    })),
    note: '一项任务可以属于多个主题，因此同一县区各主题的占比之和可能超过 100%。',
  };
}
