/**
 * Deadlines: how each county's tasks split between deadline kinds, and when in the plan
 * year the dated ones fall due. Dates are placed by month of the notice's own plan year,
 * so counties whose plans cover different years share one axis.
 */
import type { DeadlineKind } from '../../schemas/task.ts';
import { countyTotals, shareOf, tasksOf, type ChartCorpus, type CountyTotal } from './counties.ts';
import { formatShareFine } from './format.ts';
import { DEADLINE_KIND_LABEL, dueValue, searchDeadlineHref, searchDueHref } from './links.ts';
import type { DataTable } from './table.ts';

/** Kinds from the most to the least specific: the order of the stacked segments and the legend. */
export const DEADLINE_KINDS: readonly DeadlineKind[] = ['by-date', 'year-round', 'ongoing', 'unspecified'];

/** Month bins of the time axis: 0 = before the plan year, 1–12 its months, 13 = after it. */
export const BEFORE_YEAR = 0;
/** The bin of deadlines after the plan year. */
export const AFTER_YEAR = 13;

/** One county's tasks of one deadline kind. */
export interface KindSegment {
  kind: DeadlineKind;
  count: number;
  /** count / the county's task count. */
  share: number;
  /** Search filtered to these tasks; null when there are none. */
  href: string | null;
}

/**
 * One county's dated tasks of one plan year falling due in one month bin: one mark of the
 * chart, which links to exactly these tasks. A bin after the plan year holds one calendar
 * month (2024-03), so that the search can name it; a county with notices of several plan
 * years has a bin per plan year.
 */
export interface MonthBin {
  /** 0 before the plan year, 1–12 a month of it, 13 after it. */
  month: number;
  /** The plan year of the notices whose tasks these are. */
  year: number;
  count: number;
  /** The ISO dates in the bin, distinct, sorted. */
  dates: string[];
  /** Search for exactly these tasks (by county, plan year when the county has several, and due date). */
  href: string;
}

/** One county's row: its totals, its split by kind (in DEADLINE_KINDS order) and its dated tasks by month. */
export interface CountyDeadlines extends CountyTotal {
  segments: KindSegment[];
  months: MonthBin[];
}

/** The per-county deadline figures, the county with the largest share of dated tasks first. */
export interface DeadlineSplit {
  counties: CountyDeadlines[];
}

/** Each county's tasks by deadline kind and its dated tasks by month of the plan year. */
export function deadlineSplit(corpus: ChartCorpus): DeadlineSplit {
  const counties = countyTotals(corpus).map((county): CountyDeadlines => {
    const tasks = tasksOf(corpus, county.code);
    const segments = DEADLINE_KINDS.map((kind) => {
      const count = tasks.filter((t) => t.deadline.kind === kind).length;
      return { kind, count, share: shareOf(count, county.total), href: count > 0 ? searchDeadlineHref(county.name, kind) : null };
    });
    const bins = new Map<string, { month: number; year: number; dates: string[] }>();
    for (const t of tasks) {
      if (t.deadline.kind !== 'by-date' || t.deadline.date === null) continue;
      const [year, month] = t.deadline.date.split('-').map(Number) as [number, number];
      const bin = year < t.year ? BEFORE_YEAR : year > t.year ? AFTER_YEAR : month;
      // After the plan year, each calendar month is a bin of its own (the search has no "after" filter).
      const key = `${t.year}|${bin}|${bin === AFTER_YEAR ? t.deadline.date.slice(0, 7) : ''}`;
      const entry = bins.get(key) ?? { month: bin, year: t.year, dates: [] };
      entry.dates.push(t.deadline.date);
      bins.set(key, entry);
    }
    const filters: Record<string, string> = { 县区: county.name };
    const months = [...bins.values()]
      .map(({ month, year, dates }): MonthBin => {
        const sorted = [...new Set(dates)].sort();
        // The plan year is named only when the county has several: otherwise it adds nothing.
        const scope = county.years.length > 1 ? { ...filters, 年度: String(year) } : filters;
        const due = month === BEFORE_YEAR ? dueValue.by(`${year - 1}-12-31`) : dueValue.month(month === AFTER_YEAR ? sorted[0]!.slice(0, 7) : `${year}-${String(month).padStart(2, '0')}`);
        return { month, year, count: dates.length, dates: sorted, href: searchDueHref(scope, due) };
      })
      .sort((a, b) => a.year - b.year || a.month - b.month || a.dates[0]!.localeCompare(b.dates[0]!));
    return { ...county, segments, months };
  });
  // The most specific plans first: by share of dated tasks, then year-round, then ongoing.
  counties.sort((a, b) => {
    for (let k = 0; k < DEADLINE_KINDS.length - 1; k++) {
      const d = b.segments[k]!.share - a.segments[k]!.share;
      if (d !== 0) return d;
    }
    return a.code.localeCompare(b.code);
  });
  return { counties };
}

/** Label of a month bin on the axis. */
export function monthLabel(month: number): string {
  return month === BEFORE_YEAR ? '早于当年' : month === AFTER_YEAR ? '次年及以后' : `${month}月`;
}

/** When a bin's tasks fall due, in words: 2023年9月, 早于2023年, 2024年3月. */
export function binLabel(bin: Pick<MonthBin, 'month' | 'year' | 'dates'>): string {
  if (bin.month === BEFORE_YEAR) return `早于${bin.year}年`;
  if (bin.month === AFTER_YEAR) return `${bin.dates[0]!.slice(0, 4)}年${Number(bin.dates[0]!.slice(5, 7))}月`;
  return `${bin.year}年${bin.month}月`;
}

/** The sentence under the chart's title. */
export function describeDeadlines(figure: DeadlineSplit): string {
  const parts = figure.counties.map((c) => {
    const main = c.segments.reduce((a, b) => (b.count > a.count ? b : a));
    return `${c.name}以「${DEADLINE_KIND_LABEL[main.kind]}」为主（${main.count}/${c.total}）`;
  });
  return `左栏为各县区任务按完成时限类型（限期、全年、长期、未明确）的构成，右栏为限期任务在计划年度内的截止月份，圆点越大任务越多。县区按限期任务占比从高到低排列。${parts.join('；')}。`;
}

/** The data table: one row per county, a count and share per kind, then the due dates. */
export function deadlinesTable(figure: DeadlineSplit): DataTable {
  return {
    caption: '各县区任务的完成时限类型与限期任务的截止日期',
    columns: ['县区', ...DEADLINE_KINDS.map((k) => DEADLINE_KIND_LABEL[k]), '任务总数', '限期任务的截止日期'],
    rows: figure.counties.map((c) => ({
      header: c.name,
      cells: [
        ...c.segments.map((s) => `${s.count}（${formatShareFine(s.share)}）`),
        String(c.total),
        c.months.map((m) => `${binLabel(m)} ${m.count} 项（${m.dates.join('、')}）`).join('；') || '无',
      ],
    })),
    note: '截止日期按各通知的计划年度归入月份；“早于当年”多为任务原文中提到的历史日期，被识别为时限，值得复核。',
  };
}
