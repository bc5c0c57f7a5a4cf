/**
 * The search URL contract for deadlines, read independently of the site's code: which tasks
 * a /search/ link names. Tests use it to check that a link counts exactly what its mark or
 * heading says. Filters: 县区 (the county's filter value, worked out from the registry by
 * countyValue), 年度, 部门 (a department named by the task), 时限类型; 到期: a month
 * (2023-09), a quarter (2023-Q3), on or before a date (..2023-09-30), or 逾期 (before the build date).
 */
import type { Corpus } from '../src/lib/corpus/corpus.ts';
import type { DerivedTask } from '../src/lib/corpus/derive.ts';
import { countyValue } from './helpers.ts';

const KIND_LABEL: Record<string, string> = { 'by-date': '限期', 'year-round': '全年', ongoing: '长期', unspecified: '未明确' };

/** Whether a task's due date answers a 到期 value. */
export function dueMatches(date: string | null, value: string, buildDate: string): boolean {
  if (date === null) return false;
  if (value === '逾期') return date < buildDate;
  if (value.startsWith('..')) return date <= value.slice(2);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return date.startsWith(quarter[1]!) && Math.ceil(Number(date.slice(5, 7)) / 3) === Number(quarter[2]);
  if (/^\d{4}-\d{2}$/.test(value)) return date.startsWith(`${value}-`);
  throw new Error(`not a 到期 value of the contract: "${value}"`);
}

/** The tasks of the corpus a search link names, in corpus order. */
export function tasksOfSearch(href: string, corpus: Corpus, buildDate: string): DerivedTask[] {
  const url = new URL(href, 'http://site.invalid');
  if (url.pathname !== '/search/') throw new Error(`not a search link: ${href}`);
  const p = url.searchParams;
  for (const key of p.keys()) if (!['县区', '年度', '部门', '时限类型', '到期', '排序'].includes(key)) throw new Error(`a parameter the contract does not know: ${key}`);
  return corpus.tasks.filter((t) => {
    const j = corpus.jurisdictionByCode.get(t.jurisdiction)!;
    if (p.has('县区') && !p.getAll('县区').includes(countyValue(j))) return false;
    if (p.has('年度') && !p.getAll('年度').includes(String(t.year))) return false;
    if (p.has('部门') && !t.units.some((u) => p.getAll('部门').includes(corpus.departmentById.get(u.department)!.name))) return false;
    if (p.has('时限类型') && !p.getAll('时限类型').includes(KIND_LABEL[t.deadline.kind]!)) return false;
    if (p.has('到期') && !dueMatches(t.deadline.kind === 'by-date' ? t.deadline.date : null, p.get('到期')!, buildDate)) return false;
    return true;
  });
}
