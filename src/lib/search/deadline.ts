/**
 * The search's deadline filter and sort (the URL contract other pages link by):
 *
 * - `到期=YYYY-MM`: due in that month; `到期=YYYY-Qn`: due in that quarter (n = 1–4);
 * - `到期=..YYYY-MM-DD`: due on or before that date; `到期=逾期`: due before the build date;
 * - several values are alternatives, as the values of any filter; they combine with the others;
 * - `排序=到期`: results by due date, earliest first (tasks without a date after).
 *
 * A task's due date is its normalised `deadline.date` (by-date tasks only). The index holds it
 * as the value of the 到期 filter (an ISO date); the page turns each URL value into the dates
 * it covers, from the list of due dates the build wrote into its config. Pure.
 */

/** The URL parameter of the deadline filter, and the index's filter key (whose values are ISO dates). */
export const DUE_KEY = '到期';
/** The URL parameter of the order, and its one value besides the default. */
export const SORT_KEY = '排序';
/** The values of 排序: by due date (the URL contract), by the order the notices print their tasks. */
export const SORT_VALUES = ['到期', '原文'] as const;
export type SortValue = (typeof SORT_VALUES)[number];
/** The 到期 value for tasks already due. */
export const OVERDUE = '逾期';
/** The sort key every task record carries: its due date, or NO_DUE_DATE (Pagefind drops a result that lacks the key a search sorts by). */
export const DUE_SORT = 'due';
/** The due sort value of a task without a date: after every date. */
export const NO_DUE_DATE = '9999-12-31';

/** One 到期 value as read. */
export type DueFilter =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'by'; date: string }
  | { kind: 'overdue' };

/** Reads a 到期 value; null when it is none of the four forms (or names no real month or date). */
export function parseDue(value: string): DueFilter | null {
  if (value === OVERDUE) return { kind: 'overdue' };
  let m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year: Number(m[1]), month } : null;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) };
  m = /^\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (m && isDate(m[1]!)) return { kind: 'by', date: m[1]! };
  return null;
}

/** Whether a string is a real ISO calendar date. */
function isDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Whether a due date (ISO) falls under a filter, `today` being the build date (ISO). */
export function dueMatches(filter: DueFilter, date: string, today: string): boolean {
  switch (filter.kind) {
    case 'overdue':
      return date < today;
    case 'by':
      return date <= filter.date;
    case 'month':
      return date.startsWith(`${filter.year}-${String(filter.month).padStart(2, '0')}-`);
    case 'quarter': {
      const month = Number(date.slice(5, 7));
      return date.startsWith(`${filter.year}-`) && Math.ceil(month / 3) === filter.quarter;
    }
  }
}

/** The due dates (of `dates`) that any of the filters covers, each once, in order. */
export function datesFor(filters: readonly DueFilter[], dates: readonly string[], today: string): string[] {
  return dates.filter((date) => filters.some((f) => dueMatches(f, date, today)));
}

/** A 到期 value as the page shows it: 2023年第二季度, 2023年6月, 2023年9月30日前到期, 已逾期. */
export function dueLabel(value: string, today: string): string {
  const f = parseDue(value);
  if (!f) return value;
  switch (f.kind) {
    case 'overdue':
      return `已逾期（${dateLabel(today)}前到期）`;
    case 'by':
      return `${dateLabel(f.date)}或之前到期`;
    case 'month':
      return `${f.year}年${f.month}月到期`;
    case 'quarter':
      return `${f.year}年第${'一二三四'[f.quarter - 1]}季度到期`;
  }
}

/** 2023年9月30日. */
export function dateLabel(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** The quarter value (2023-Q3) of a date. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/**
 * The count of each 到期 value offered or chosen, from the count of each due date: the
 * quarters that have dates (newest first), the overdue, and each value chosen.
 */
export function dueCounts(byDate: Readonly<Record<string, number>>, values: readonly string[], today: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const value of values) {
    const f = parseDue(value);
    if (!f) continue;
    let n = 0;
    for (const [date, count] of Object.entries(byDate)) if (dueMatches(f, date, today)) n += count;
    out.set(value, n);
  }
  return out;
}

/** The 到期 values the filter panel offers for these due dates: overdue, then each quarter that has a date, latest first. */
export function offeredDueValues(dates: readonly string[]): string[] {
  return [OVERDUE, ...[...new Set(dates.map(quarterOf))].sort().reverse()];
}
