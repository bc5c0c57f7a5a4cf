import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction, Region } from '../../schemas/jurisdiction.ts';
import type { NoticeEntry } from '../../schemas/notice.ts';
import type { Subtopic } from '../../schemas/subtopic.ts';
import type { Topic } from '../../schemas/topic.ts';
import { distinctNames } from '../registry/jurisdictions.ts';
import { deriveNotice, type ContentProblem, type DerivedNotice, type DerivedTask, type Registries } from './derive.ts';

/** Collective assignees that stand for every department; a department page lists their tasks apart. */
export const ALL_DEPARTMENTS = 'all-departments';

/** The derived corpus and its indexes, computed once per build and shared by pages, open data, search and charts. */
export interface Corpus {
  /**
   * The notices of counties, newest year first, then by jurisdiction code: a county
   * government's plans, and the lists of its townships and departments, which its page shows.
   * The county is the unit of pages, filters and charts: everything below reads these.
   */
  notices: DerivedNotice[];
  /** Every task of those notices, in notice order then printed order. */
  tasks: DerivedTask[];
  /**
   * The plans of provinces and prefectures (and their departments' lists), newest first:
   * the upstream plans of the counties below them, with pages of their own; in the open data,
   * not in the counties' pages, filters and charts.
   */
  upstream: DerivedNotice[];
  /** Upstream notices by the region's code (370000, 371500). */
  upstreamByRegion: Map<string, DerivedNotice[]>;
  /** Regions (provinces, prefectures) with an upstream notice, by code. */
  regions: Region[];
  departments: Department[];
  topics: Topic[];
  /** The sub-topics, in registry order (each under one topic). */
  subtopics: Subtopic[];
  /** Jurisdictions that have at least one notice, by code. */
  jurisdictions: Jurisdiction[];
  /** Every notice by id, upstream ones included. */
  noticeById: Map<string, DerivedNotice>;
  jurisdictionByCode: Map<string, Jurisdiction>;
  /** Per division code (the whole registry): its name, with its prefecture when the registry has the name more than once (铁西区（沈阳市）); see distinctNames. */
  distinctNameByCode: Map<string, string>;
  departmentById: Map<string, Department>;
  topicById: Map<string, Topic>;
  subtopicById: Map<string, Subtopic>;
  /** Per department id: tasks naming it directly, and tasks it carries as one of all departments (collective). */
  tasksByDepartment: Map<string, { direct: DerivedTask[]; collective: DerivedTask[] }>;
  tasksByTopic: Map<string, DerivedTask[]>;
  /** Per sub-topic id, its tasks in corpus order. */
  tasksBySubtopic: Map<string, DerivedTask[]>;
  noticesByJurisdiction: Map<string, DerivedNotice[]>;
  tasksByJurisdiction: Map<string, DerivedTask[]>;
}

/** One content file as read: its entry and the path to name in messages. */
export interface CorpusInput {
  entry: NoticeEntry;
  file: string;
}

/**
 * Derives every notice and builds the indexes. Returns every content problem found
 * across all files (the caller decides to fail); the corpus is built from the notices
 * that derived cleanly.
 */
export function buildCorpus(inputs: CorpusInput[], reg: Registries): { corpus: Corpus; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const topicIds = new Set(reg.topics.map((t) => t.id));
  for (const [i, s] of reg.subtopics.entries()) {
    if (!topicIds.has(s.topic)) problems.push({ file: 'content/registry/subtopics.yaml', task: null, field: `${i}.topic`, message: `sub-topic "${s.id}" names the topic "${s.topic}", which content/registry/topics.yaml does not have` });
    if (topicIds.has(s.id)) problems.push({ file: 'content/registry/subtopics.yaml', task: null, field: `${i}.id`, message: `sub-topic id "${s.id}" is also a topic id; ids of topics and sub-topics must differ` });
  }
  let notices: DerivedNotice[] = [];
  const ids = new Map<string, string>();
  for (const { entry, file } of inputs) {
    const other = ids.get(entry.id);
    if (other) problems.push({ file, task: null, field: 'id', message: `duplicate notice id "${entry.id}" (also in ${other})` });
    ids.set(entry.id, file);
    const { derived, problems: p } = deriveNotice(entry, file, reg);
    problems.push(...p);
    if (derived) notices.push(derived);
  }
  const order = (a: DerivedNotice, b: DerivedNotice) => b.notice.year - a.notice.year || a.notice.jurisdiction.code.localeCompare(b.notice.jurisdiction.code) || a.notice.id.localeCompare(b.notice.id);
  const all = notices.sort(order);
  const isUpstream = (n: DerivedNotice) => n.notice.jurisdiction.level === 'province' || n.notice.jurisdiction.level === 'prefecture';
  const upstream = all.filter(isUpstream);
  notices = all.filter((n) => !isUpstream(n));
  const tasks = notices.flatMap((n) => n.tasks);
  const upstreamByRegion = new Map<string, DerivedNotice[]>();
  for (const n of upstream) {
    const list = upstreamByRegion.get(n.notice.jurisdiction.code) ?? [];
    list.push(n);
    upstreamByRegion.set(n.notice.jurisdiction.code, list);
  }
  const regionByCode = new Map(reg.regions.map((r) => [r.code, r]));
  const regions = [...upstreamByRegion.keys()].sort().map((code) => regionByCode.get(code)!);

  const tasksByDepartment = new Map<string, { direct: DerivedTask[]; collective: DerivedTask[] }>();
  for (const d of reg.departments) tasksByDepartment.set(d.id, { direct: [], collective: [] });
  const namedDepartments = reg.departments.filter((d) => d.kind === 'department');
  for (const task of tasks) {
    const named = new Set(task.units.map((u) => u.department));
    for (const id of named) tasksByDepartment.get(id)?.direct.push(task);
    if (named.has(ALL_DEPARTMENTS)) {
      for (const d of namedDepartments) if (!named.has(d.id)) tasksByDepartment.get(d.id)!.collective.push(task);
    }
  }

  const tasksByTopic = new Map<string, DerivedTask[]>(reg.topics.map((t) => [t.id, []]));
  for (const task of tasks) for (const t of task.topics) tasksByTopic.get(t)?.push(task);
  const tasksBySubtopic = new Map<string, DerivedTask[]>(reg.subtopics.map((s) => [s.id, []]));
  for (const task of tasks) for (const s of task.subtopics) tasksBySubtopic.get(s)?.push(task);

  const noticesByJurisdiction = new Map<string, DerivedNotice[]>();
  const tasksByJurisdiction = new Map<string, DerivedTask[]>();
  for (const n of notices) {
    const code = n.notice.jurisdiction.code;
    if (!noticesByJurisdiction.has(code)) noticesByJurisdiction.set(code, []);
    noticesByJurisdiction.get(code)!.push(n);
    if (!tasksByJurisdiction.has(code)) tasksByJurisdiction.set(code, []);
    tasksByJurisdiction.get(code)!.push(...n.tasks);
  }
  const jurisdictionByCode = new Map(reg.jurisdictions.map((j) => [j.code, j]));
  const jurisdictions = [...noticesByJurisdiction.keys()].sort().map((code) => jurisdictionByCode.get(code)!);

  return {
    corpus: {
      notices,
      tasks,
      upstream,
      upstreamByRegion,
      regions,
      departments: reg.departments,
      topics: reg.topics,
      subtopics: reg.subtopics,
      jurisdictions,
      noticeById: new Map(all.map((n) => [n.notice.id, n])),
      jurisdictionByCode,
      distinctNameByCode: distinctNames(reg.jurisdictions),
      departmentById: new Map(reg.departments.map((d) => [d.id, d])),
      topicById: new Map(reg.topics.map((t) => [t.id, t])),
      subtopicById: new Map(reg.subtopics.map((s) => [s.id, s])),
      tasksByDepartment,
      tasksByTopic,
      tasksBySubtopic,
      noticesByJurisdiction,
      tasksByJurisdiction,
    },
    problems,
  };
}

/** One line per problem, the way the build and the content check print them. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}${p.task ? ` task ${p.task}` : ''} (${p.field}): ${p.message}`).join('\n');
}
