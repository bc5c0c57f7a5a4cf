/**
 * Deadlines as a question: which tasks fall due in a month or a quarter, by a date, or are
 * past their date as of the build date. Pure: the build date is an input (src/lib/build-date.ts).
 * A task's due date is its normalised `deadline.date` (by-date tasks only), as search reads it.
 */
import type { DerivedTask } from './corpus/derive.ts';

/** A task with a due date. */
export type DatedTask = DerivedTask & { deadline: { kind: 'by-date'; date: string } };

/** Whether a task has a due date. */
export function isDated(t: DerivedTask): t is DatedTask {
  return t.deadline.kind === 'by-date' && t.deadline.date !== null;
}

/** The dated tasks among `tasks`, earliest due date first; tasks due the same day keep the given order. */
export function byDueDate(tasks: readonly DerivedTask[]): DatedTask[] {
  return tasks.filter(isDated).sort((a, b) => (a.deadline.date < b.deadline.date ? -1 : a.deadline.date > b.deadline.date ? 1 : 0));
}

/** Whether a dated task's date is before the build date (due on the build date itself is not yet past). */
export function isPastDue(t: DatedTask, buildDate: string): boolean {
  return t.deadline.date < buildDate;
}

/** The month of an ISO date: 2023-09. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The quarter of an ISO date: 2023-Q3. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/** 2023-09 → 2023年9月. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

const QUARTER_WORD = ['一', '二', '三', '四'];

/** 2023-Q3 → 2023年第三季度. */
export function quarterLabel(quarter: string): string {
  return `${quarter.slice(0, 4)}年第${QUARTER_WORD[Number(quarter.slice(6)) - 1]}季度`;
}

/** The last day of a month (2023-09 → 2023-09-30) or a quarter (2023-Q3 → 2023-09-30). */
export function lastDayOf(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = period[5] === 'Q' ? Number(period.slice(6)) * 3 : Number(period.slice(5, 7));
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day after an ISO date (an all-day event's exclusive end). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** One month's dated tasks. */
export interface DueMonth {
  /** 2023-09. */
  month: string;
  /** 2023年9月. */
  label: string;
  /** Its quarter, 2023-Q3. */
  quarter: string;
  /** Its last day, 2023-09-30. */
  lastDay: string;
  /** Earliest due date first. */
  tasks: DatedTask[];
  /** How many of them are past their date as of the build date. */
  pastDue: number;
}

/** One quarter's count of dated tasks. */
export interface DueQuarter {
  quarter: string;
  label: string;
  lastDay: string;
  count: number;
}

/** A set of tasks' deadlines as of the build date: the dated ones by month and quarter, and how many are past. */
export interface DueSchedule {
  buildDate: string;
  /** Tasks with a due date. */
  dated: number;
  /** Of those, due before the build date. */
  pastDue: number;
  /** Months with a dated task, earliest first. */
  months: DueMonth[];
  /** Quarters with a dated task, earliest first. */
  quarters: DueQuarter[];
}

/** Groups the dated tasks among `tasks` by the month they fall due, as of `buildDate`. */
export function dueSchedule(tasks: readonly DerivedTask[], buildDate: string): DueSchedule {
  const months: DueMonth[] = [];
  const quarters: DueQuarter[] = [];
  let pastDue = 0;
  const dated = byDueDate(tasks);
  for (const t of dated) {
    const month = monthOf(t.deadline.date);
    let m = months.at(-1);
    if (!m || m.month !== month) {
      m = { month, label: monthLabel(month), quarter: quarterOf(t.deadline.date), lastDay: lastDayOf(month), tasks: [], pastDue: 0 };
      months.push(m);
    }
    m.tasks.push(t);
    let q = quarters.at(-1);
    if (!q || q.quarter !== m.quarter) {
      q = { quarter: m.quarter, label: quarterLabel(m.quarter), lastDay: lastDayOf(m.quarter), count: 0 };
      quarters.push(q);
    }
    q.count++;
    if (isPastDue(t, buildDate)) {
      m.pastDue++;
      pastDue++;
    }
  }
  return { buildDate, dated: dated.length, pastDue, months, quarters };
}
