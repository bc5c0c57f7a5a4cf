import type { Corpus } from './corpus/corpus.ts';
import { toPublicTask } from './corpus/derive.ts';
import type { PublicNotice, PublicTask } from '../schemas/open-data.ts';

/** /data/notices.json rows. */
export function noticesJson(corpus: Corpus): PublicNotice[] {
  return corpus.notices.map((n) => n.notice);
}

/** /data/tasks.json rows: the contract's fields of every task. */
export function tasksJson(corpus: Corpus): PublicTask[] {
  return corpus.tasks.map(toPublicTask);
}

/** Columns of /data/tasks.csv: the task contract flattened; lists are joined with ；, units as name|department|role. */
export const CSV_COLUMNS = [
  'id',
  'notice',
  'jurisdiction',
  'year',
  'seq',
  'url',
  'section',
  'subsection',
  'text',
  'unitsRaw',
  'units',
  'departments',
  'deadlineRaw',
  'deadlineKind',
  'deadlineDate',
  'topics',
  'targets',
] as const;

/**
 * A CSV field: quoted when it holds a comma, quote or line break; a field that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed
 * with an apostrophe, as OWASP advises against CSV injection.
 */
export function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** /data/tasks.csv: UTF-8 with a byte-order mark so that Excel opens the Chinese text correctly; CRLF line ends (RFC 4180). */
export function tasksCsv(corpus: Corpus, siteUrl = ''): string {
  const rows = corpus.tasks.map((t) => {
    const p = toPublicTask(t);
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      id: p.id,
      notice: p.notice,
      jurisdiction: p.jurisdiction,
      year: p.year,
      seq: p.seq,
      url: siteUrl + p.url,
      section: p.section,
      subsection: p.subsection,
      text: p.text,
      unitsRaw: p.unitsRaw,
      units: p.units.map((u) => `${u.name}|${u.department}|${u.role}`).join('；'),
      departments: [...new Set(p.units.map((u) => u.department))].join('；'),
      deadlineRaw: p.deadlineRaw,
      deadlineKind: p.deadline.kind,
      deadlineDate: p.deadline.date,
      topics: p.topics.join('；'),
      targets: p.targets.map((g) => g.text).join('；'),
    };
    return CSV_COLUMNS.map((c) => csvField(cells[c])).join(',');
  });
  return '\ufeff' + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** /data/departments.json: the registry with each department's task counts. */
export function departmentsJson(corpus: Corpus) {
  return corpus.departments.map((d) => ({
    id: d.id,
    name: d.name,
    en: d.en,
    kind: d.kind,
    description: d.description,
    abbreviations: d.abbreviations,
    variants: d.variants,
    patterns: d.patterns,
    taskCount: corpus.tasksByDepartment.get(d.id)?.direct.length ?? 0,
  }));
}

/** /data/topics.json: the registry with each topic's rules and task count. */
export function topicsJson(corpus: Corpus) {
  return corpus.topics.map((t) => ({
    id: t.id,
    name: t.name,
    en: t.en,
    description: t.description,
    keywords: t.keywords,
    patterns: t.patterns,
    taskCount: corpus.tasksByTopic.get(t.id)?.length ?? 0,
  }));
}
