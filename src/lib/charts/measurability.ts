/**
 * Measurability: the share of each county's tasks that can be checked afterwards because
 * they carry a measurable target (a count, a share, a time limit, a frequency) or a dated
 * deadline. The bar splits into dated tasks and tasks measurable by their target alone,
 * so that no task is counted twice.
 */
import { countyTotals, shareOf, tasksOf, type ChartCorpus, type CountyTotal } from './counties.ts';
import { formatShareFine } from './format.ts';
import { searchDeadlineHref, searchTargetHref } from './links.ts';
import type { DataTable } from './table.ts';

/** The two parts of a measurable bar. */
export type MeasurablePart = 'dated' | 'target-only';

/** One part of a county's bar. */
export interface MeasurableSegment {
  part: MeasurablePart;
  count: number;
  /** count / the county's task count. */
  share: number;
  /** Search filtered to these tasks; null when there are none. */
  href: string | null;
}

/** One county's measurability. */
export interface CountyMeasurability extends CountyTotal {
  /** Tasks with a dated deadline. */
  dated: number;
  /** Tasks with at least one measurable target. */
  withTarget: number;
  /** Tasks with both. */
  both: number;
  /** Tasks with either: dated + withTarget − both. */
  measurable: number;
  /** measurable / total. */
  share: number;
  /** dated, then target-only. */
  segments: MeasurableSegment[];
}

/** The per-county measurability figures, the most measurable county first. */
export interface Measurability {
  counties: CountyMeasurability[];
}

/** Labels of the parts, in bar order. */
export const MEASURABLE_PART_LABEL: Record<MeasurablePart, string> = {
  dated: '有明确截止日期',
  'target-only': '仅有量化指标',
};

/** Each county's tasks with a measurable target or a dated deadline. */
export function measurability(corpus: ChartCorpus): Measurability {
  const counties = countyTotals(corpus).map((county): CountyMeasurability => {
    const tasks = tasksOf(corpus, county.code);
    const isDated = (t: (typeof tasks)[number]) => t.deadline.kind === 'by-date';
    const hasTarget = (t: (typeof tasks)[number]) => t.targets.length > 0;
    const dated = tasks.filter(isDated).length;
    const withTarget = tasks.filter(hasTarget).length;
    const both = tasks.filter((t) => isDated(t) && hasTarget(t)).length;
    const targetOnly = withTarget - both;
    const measurable = dated + targetOnly;
    return {
      ...county,
      dated,
      withTarget,
      both,
      measurable,
      share: shareOf(measurable, county.total),
      segments: [
        { part: 'dated', count: dated, share: shareOf(dated, county.total), href: dated > 0 ? searchDeadlineHref(county.name, 'by-date') : null },
        { part: 'target-only', count: targetOnly, share: shareOf(targetOnly, county.total), href: targetOnly > 0 ? searchTargetHref(county.name) : null },
      ],
    };
  });
  counties.sort((a, b) => b.share - a.share || b.total - a.total || a.code.localeCompare(b.code));
  return { counties };
}

/** The sentence under the chart's title. */
export function describeMeasurability(figure: Measurability): string {
  const parts = figure.counties.map((c) => `${c.name} ${formatShareFine(c.share)}（${c.measurable}/${c.total}）`);
  return `各县区任务中有明确截止日期或量化指标（次数、比例、时限、频次）的比例，按比例从高到低排列。${parts.join('，')}。`;
}

/** The data table: one row per county. */
export function measurabilityTable(figure: Measurability): DataTable {
  return {
    caption: '各县区可衡量任务的数量与比例',
    columns: ['县区', '任务总数', '有明确截止日期', '有量化指标', '两者都有', '可衡量（任一）', '可衡量比例'],
    rows: figure.counties.map((c) => ({
      header: c.name,
      cells: [String(c.total), String(c.dated), String(c.withTarget), String(c.both), String(c.measurable), formatShareFine(c.share)],
    })),
    note: '可衡量 = 有明确截止日期 + 有量化指标 − 两者都有。量化指标由任务原文中的数字表述识别（如“不少于10次”“10个工作日内”）。',
  };
}
