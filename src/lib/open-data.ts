import { z } from 'zod';
import type { Corpus } from './corpus/corpus.ts';
import { DATA_LICENSE, LICENSE_NOTICE } from './license.ts';
import { withSimilar, type DerivedTask } from './corpus/derive.ts';
import type { PublicDepartment, PublicNotice, PublicSimilar, PublicSubtopic, PublicTask, PublicTopic } from '../schemas/open-data.ts';
import type { ExplainedPattern } from '../schemas/common.ts';
import { jurisdictionSchema } from '../schemas/jurisdiction.ts';
import { DEADLINE_KIND_LABEL } from '../schemas/task.ts';

/** /data/notices.json rows: the counties' notices, then the provinces' and prefectures' (upstream). */
export function noticesJson(corpus: Corpus): PublicNotice[] {
  return [...corpus.notices, ...corpus.upstream].map((n) => n.notice);
}

/** Every published task: the counties', then the upstream notices'. */
export function allTasks(corpus: Corpus): DerivedTask[] {
  return corpus.upstream.length === 0 ? corpus.tasks : [...corpus.tasks, ...corpus.upstream.flatMap((n) => n.tasks)];
}

/** The parts of the corpus the CSV's Chinese columns look names up in. */
type Names = Pick<Corpus, 'noticeById' | 'departmentById' | 'topicById' | 'subtopicById'>;

/** A task's similar commitments as the open data lists them, by task id (src/lib/similar/). */
export type SimilarOf = (taskId: string) => PublicSimilar[];

/** No similar commitments: a corpus whose tasks were not compared. */
export const NOT_COMPARED: SimilarOf = () => [];

/** /data/tasks.json rows: the contract's fields of every task. */
export function tasksJson(corpus: Corpus, similarOf: SimilarOf = NOT_COMPARED): PublicTask[] {
  return allTasks(corpus).map((t) => withSimilar(t, similarOf(t.id)));
}

/**
 * Columns of /data/tasks.csv: the task contract flattened (lists joined with ；, units as
 * name|department|role), and beside each code a column in Chinese for a spreadsheet reader
 * (通知标题 and 发文字号 beside the notice id, 县区名称 … beside the division code, 部门名称,
 * 时限类型, 主题名称, 子主题名称 beside theirs). The code columns keep their names: they are the contract.
 */
export const CSV_COLUMNS = [
  'id',
  'notice',
  '通知标题',
  '发文字号',
  'jurisdiction',
  '县区名称',
  '地级市',
  '省份',
  'year',
  'seq',
  'url',
  'section',
  'subsection',
  'text',
  'unitsRaw',
  'units',
  'departments',
  '部门名称',
  'deadlineRaw',
  'deadlineKind',
  '时限类型',
  'deadlineDate',
  'topics',
  '主题名称',
  'subtopics',
  '子主题名称',
  'targets',
  'similar',
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
export function tasksCsv(corpus: Corpus, siteUrl = '', similarOf: SimilarOf = NOT_COMPARED): string {
  return taskRowsCsv(allTasks(corpus), corpus, siteUrl, similarOf);
}

/** Some tasks as CSV, in the columns and encoding of /data/tasks.csv (a header line, then one line per task). */
export function taskRowsCsv(tasks: readonly DerivedTask[], names: Names, siteUrl = '', similarOf: SimilarOf = NOT_COMPARED): string {
  const rows = tasks.map((t) => {
    const p = withSimilar(t, similarOf(t.id));
    const notice = names.noticeById.get(p.notice)!.notice;
    // The notice's own place: a county, or the region of a province's or prefecture's plan.
    const j = notice.jurisdiction;
    const departments = [...new Set(p.units.map((u) => u.department))];
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      id: p.id,
      notice: p.notice,
      通知标题: notice.title,
      发文字号: notice.docNumber,
      jurisdiction: p.jurisdiction,
      县区名称: j.name,
      地级市: j.prefecture,
      省份: j.province,
      year: p.year,
      seq: p.seq,
      url: siteUrl + p.url,
      section: p.section,
      subsection: p.subsection,
      text: p.text,
      unitsRaw: p.unitsRaw,
      units: p.units.map((u) => `${u.name}|${u.department}|${u.role}`).join('；'),
      departments: departments.join('；'),
      部门名称: departments.map((id) => names.departmentById.get(id)?.name ?? id).join('；'),
      deadlineRaw: p.deadlineRaw,
      deadlineKind: p.deadline.kind,
      时限类型: DEADLINE_KIND_LABEL[p.deadline.kind],
      deadlineDate: p.deadline.date,
      topics: p.topics.join('；'),
      主题名称: p.topics.map((id) => names.topicById.get(id)?.name ?? id).join('；'),
      subtopics: p.subtopics.join('；'),
      子主题名称: p.subtopics.map((id) => names.subtopicById.get(id)?.name ?? id).join('；'),
      targets: p.targets.map((g) => g.text).join('；'),
      similar: p.similar.map((x) => `${x.task}|${x.score}`).join('；'),
    };
    return CSV_COLUMNS.map((c) => csvField(cells[c])).join(',');
  });
  return '\ufeff' + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** A registry's patterns as published: the expressions, and their words in the same order. */
function publishedPatterns(patterns: readonly ExplainedPattern[]): { patterns: string[]; patternWords: string[] } {
  return { patterns: patterns.map((p) => p.pattern), patternWords: patterns.map((p) => p.words) };
}

/** /data/departments.json: the registry with each department's task counts. */
export function departmentsJson(corpus: Corpus): PublicDepartment[] {
  return corpus.departments.map((d) => ({
    id: d.id,
    name: d.name,
    en: d.en,
    kind: d.kind,
    description: d.description,
    descriptionEn: d.descriptionEn,
    abbreviations: d.abbreviations,
    variants: d.variants,
    ...publishedPatterns(d.patterns),
    taskCount: corpus.tasksByDepartment.get(d.id)?.direct.length ?? 0,
  }));
}

/** /data/topics.json: the registry with each topic's rules, task count and sub-topics. */
export function topicsJson(corpus: Corpus): PublicTopic[] {
  return corpus.topics.map((t) => ({
    id: t.id,
    name: t.name,
    en: t.en,
    description: t.description,
    descriptionEn: t.descriptionEn,
    keywords: t.keywords,
    ...publishedPatterns(t.patterns),
    taskCount: corpus.tasksByTopic.get(t.id)?.length ?? 0,
    subtopics: corpus.subtopics.filter((s) => s.topic === t.id).map((s) => s.id),
  }));
}

/** /data/subtopics.json: the sub-topics registry with each sub-topic's topic, rules and task count. */
export function subtopicsJson(corpus: Corpus): PublicSubtopic[] {
  return corpus.subtopics.map((s) => ({
    id: s.id,
    topic: s.topic,
    name: s.name,
    en: s.en,
    description: s.description,
    descriptionEn: s.descriptionEn,
    keywords: s.keywords,
    ...publishedPatterns(s.patterns),
    taskCount: corpus.tasksBySubtopic.get(s.id)?.length ?? 0,
  }));
}

// ---------------------------------------------------------------- splitting large task files

/**
 * The largest task file published whole, in bytes (20 MB). Past it, tasks.json and tasks.csv
 * are published per jurisdiction instead: a browser, a spreadsheet or a notebook opens a
 * county's file at once, where a file of a hundred megabytes stalls them.
 */
export const MAX_TASK_FILE_BYTES = 20 * 1024 * 1024;

/** The index of the per-jurisdiction task files: /data/tasks/index.json. */
export const taskFilesIndexSchema = z.object({
  /** Why the files are split, in words. */
  note: z.string(),
  /** The data's licence: its SPDX identifier and address. */
  license: z.object({ spdx: z.string(), url: z.string() }),
  /** Every task of the corpus, over all the files. */
  taskCount: z.number().int().nonnegative(),
  /** One entry per jurisdiction with tasks, by division code. */
  files: z.array(
    z.object({
      jurisdiction: jurisdictionSchema,
      taskCount: z.number().int().positive(),
      /** Site-relative path of the jurisdiction's tasks as JSON (the shape of tasks.json). */
      json: z.string().startsWith('/data/tasks/'),
      /** Site-relative path of the same tasks as CSV (the columns of tasks.csv). */
      csv: z.string().startsWith('/data/tasks/'),
    }),
  ),
});
export type TaskFilesIndex = z.infer<typeof taskFilesIndexSchema>;

/** One published task file: its site-relative path, content type and body. */
export interface TaskFile {
  path: string;
  type: string;
  body: () => string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** Task JSON as published: one task per top-level line, indented by one space. */
function tasksJsonText(tasks: readonly DerivedTask[], similarOf: SimilarOf): string {
  return JSON.stringify(
    tasks.map((t) => withSimilar(t, similarOf(t.id))),
    null,
    1,
  );
}

/** The tasks of a region's upstream notices. */
function upstreamTasks(corpus: Corpus, code: string): DerivedTask[] {
  return (corpus.upstreamByRegion.get(code) ?? []).flatMap((n) => n.tasks);
}

/** Site-relative paths of a jurisdiction's task files. */
export function jurisdictionTaskPaths(slug: string): { json: string; csv: string } {
  return { json: `/data/tasks/${slug}.json`, csv: `/data/tasks/${slug}.csv` };
}

interface Layout {
  split: boolean;
  whole: { json: string; csv: string } | null;
}
const layouts = new WeakMap<Corpus, WeakMap<SimilarOf, Map<number, Layout>>>();

/**
 * Whether the corpus's task files are published per jurisdiction: true when tasks.json or
 * tasks.csv would exceed `maxBytes`. Decided (and the whole files serialised) once per
 * corpus, list of similar commitments and limit.
 */
export function taskFilesSplit(corpus: Corpus, maxBytes = MAX_TASK_FILE_BYTES, similarOf: SimilarOf = NOT_COMPARED): boolean {
  return layoutOf(corpus, maxBytes, similarOf).split;
}

function layoutOf(corpus: Corpus, maxBytes: number, similarOf: SimilarOf): Layout {
  let bySimilar = layouts.get(corpus);
  if (!bySimilar) layouts.set(corpus, (bySimilar = new WeakMap()));
  let byLimit = bySimilar.get(similarOf);
  if (!byLimit) bySimilar.set(similarOf, (byLimit = new Map()));
  let layout = byLimit.get(maxBytes);
  if (!layout) {
    const json = tasksJsonText(allTasks(corpus), similarOf);
    // The CSV is smaller than the JSON; it is only built when the JSON fits.
    const csv = Buffer.byteLength(json) > maxBytes ? null : tasksCsv(corpus, '', similarOf);
    const split = csv === null || Buffer.byteLength(csv) > maxBytes;
    layout = { split, whole: split ? null : { json, csv: csv! } };
    byLimit.set(maxBytes, layout);
  }
  return layout;
}

/** The index of the per-jurisdiction files (only published when the files are split). */
export function taskFilesIndex(corpus: Corpus, maxBytes = MAX_TASK_FILE_BYTES): TaskFilesIndex {
  return {
    note: `全部任务超过 ${Number((maxBytes / 1024 / 1024).toFixed(2))} MB，按县（区）拆分为多个文件；每个 JSON 文件与 tasks.json 结构相同，每个 CSV 文件与 tasks.csv 列相同。${LICENSE_NOTICE}`,
    license: { spdx: DATA_LICENSE.spdx, url: DATA_LICENSE.url },
    taskCount: allTasks(corpus).length,
    files: [
      ...corpus.jurisdictions
        .filter((j) => (corpus.tasksByJurisdiction.get(j.code)?.length ?? 0) > 0)
        .map((jurisdiction) => ({ jurisdiction, taskCount: corpus.tasksByJurisdiction.get(jurisdiction.code)!.length, ...jurisdictionTaskPaths(jurisdiction.slug) })),
      // A province's or prefecture's plans: a file of their own, named by the region's slug (never a county's).
      ...corpus.regions.map((r) => {
        const { code, name, prefecture, province, slug } = corpus.upstreamByRegion.get(r.code)![0]!.notice.jurisdiction;
        return { jurisdiction: { code, name, prefecture, province, slug }, taskCount: upstreamTasks(corpus, r.code).length, ...jurisdictionTaskPaths(slug) };
      }),
    ],
  };
}

/**
 * Every task file the site publishes: /data/tasks.json and /data/tasks.csv; or, when they
 * would exceed `maxBytes`, /data/tasks/index.json and /data/tasks/<jurisdiction slug>.json
 * and .csv. Bodies are computed when asked for, one file at a time.
 */
export function taskFiles(corpus: Corpus, maxBytes = MAX_TASK_FILE_BYTES, similarOf: SimilarOf = NOT_COMPARED): TaskFile[] {
  const layout = layoutOf(corpus, maxBytes, similarOf);
  if (layout.whole) {
    const { json, csv } = layout.whole;
    return [
      { path: '/data/tasks.json', type: JSON_TYPE, body: () => json },
      { path: '/data/tasks.csv', type: CSV_TYPE, body: () => csv },
    ];
  }
  const index = taskFilesIndex(corpus, maxBytes);
  return [
    { path: '/data/tasks/index.json', type: JSON_TYPE, body: () => JSON.stringify(index, null, 1) },
    ...index.files.flatMap((f) => {
      const tasks = () => corpus.tasksByJurisdiction.get(f.jurisdiction.code) ?? upstreamTasks(corpus, f.jurisdiction.code);
      return [
        { path: f.json, type: JSON_TYPE, body: () => tasksJsonText(tasks(), similarOf) },
        { path: f.csv, type: CSV_TYPE, body: () => taskRowsCsv(tasks(), corpus, '', similarOf) },
      ];
    }),
  ];
}
