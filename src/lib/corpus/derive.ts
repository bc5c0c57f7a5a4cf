import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { NoticeEntry } from '../../schemas/notice.ts';
import type { PublicNotice, PublicSimilar, PublicTask, PublicUnit } from '../../schemas/open-data.ts';
import type { Deadline, TaskEntry } from '../../schemas/task.ts';
import type { Subtopic } from '../../schemas/subtopic.ts';
import type { Topic } from '../../schemas/topic.ts';
import { findDeadlineInText, parseDeadline } from '../normalize/deadline.ts';
import { findTargets } from '../normalize/targets.ts';
import { classifySubtopics } from '../normalize/subtopics.ts';
import { classifyTopics } from '../normalize/topics.ts';
import { mapUnit } from '../normalize/units.ts';

/** The registries every derivation reads. */
export interface Registries {
  departments: Department[];
  topics: Topic[];
  /** The second level under the topics (content/registry/subtopics.yaml). */
  subtopics: Subtopic[];
  jurisdictions: Jurisdiction[];
}

/** A content problem that must stop the build: which file, which task, which field, what is wrong. */
export interface ContentProblem {
  file: string;
  task: string | null;
  field: string;
  message: string;
}

/** A task as published, plus how its codes were reached (for the method page and reviewers). */
export interface DerivedTask extends Omit<PublicTask, 'similar'> {
  /** Where the deadline came from: the deadline cell, a phrase in the text, or nowhere. */
  deadlineSource: 'column' | 'text' | null;
  /**
   * A due date the requirement text names that the deadline cell does not (the text says
   * 2023年底前, the cell 全年): the phrase as printed and its date, so that pages say both.
   * Null when the text names no date, the same date as the cell, or the deadline came from the text.
   */
  textDeadline: { raw: string; date: string } | null;
  /** Which registry rule mapped each unit (same order as units). */
  unitRules: string[];
  /** Which rules assigned each topic, or "override" when the content file lists them. */
  topicRules: { topic: string; rule: string }[];
  /** Which rules assigned each sub-topic (`text:keyword:扶贫`, `subsection:pattern:…`). */
  subtopicRules: { subtopic: string; rule: string }[];
  /** Task id within its notice (the anchor). */
  anchor: string;
  section: string | null;
  subsection: string | null;
  note: string | null;
}

/** The derived form of one notice: its public record and its tasks. */
export interface DerivedNotice {
  notice: PublicNotice;
  entry: NoticeEntry;
  tasks: DerivedTask[];
}

/** Site-relative URL of a notice page. */
export const noticeUrl = (id: string) => `/notices/${id}/`;

/**
 * Derives the published form of a notice from its reviewed content file and the
 * registries: department ids, deadlines, targets and topics are computed here, at build
 * time, so a better registry rule improves every notice without a re-import. Problems
 * (unknown ids, unmappable units, duplicate task ids) are returned, never thrown, so a
 * build can report all of them at once.
 */
export function deriveNotice(entry: NoticeEntry, file: string, reg: Registries): { derived: DerivedNotice | null; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const { jurisdictionByCode, departmentIds, topicIds } = lookups(reg);
  const jurisdiction = jurisdictionByCode.get(entry.jurisdiction);
  if (!jurisdiction) {
    problems.push({ file, task: null, field: 'jurisdiction', message: `unknown jurisdiction code "${entry.jurisdiction}"; expected a code listed in content/registry/jurisdictions.csv` });
  }
  const seen = new Set<string>();
  const tasks: DerivedTask[] = [];
  entry.tasks.forEach((task, index) => {
    if (seen.has(task.id)) {
      problems.push({ file, task: task.id, field: `tasks.${index}.id`, message: `duplicate task id "${task.id}"` });
    }
    seen.add(task.id);
    const derived = deriveTask(entry, task, index, file, reg, departmentIds, topicIds, problems);
    tasks.push(derived);
  });
  if (entry.issuedOn && Number(entry.issuedOn.slice(0, 4)) < entry.year - 1) {
    problems.push({ file, task: null, field: 'issuedOn', message: `signed on ${entry.issuedOn}, more than a year before the plan year ${entry.year}` });
  }
  const docYear = entry.docNumber ? /〔(\d{4})〕/.exec(entry.docNumber)?.[1] : undefined;
  if (docYear && Number(docYear) !== entry.year && Number(docYear) !== entry.year - 1) {
    problems.push({ file, task: null, field: 'year', message: `year ${entry.year} disagrees with the document number ${entry.docNumber}` });
  }
  if (!jurisdiction) return { derived: null, problems };
  const notice: PublicNotice = {
    id: entry.id,
    title: entry.title,
    docNumber: entry.docNumber,
    issuer: entry.issuer,
    year: entry.year,
    issuedOn: entry.issuedOn,
    url: noticeUrl(entry.id),
    taskCount: entry.tasks.length,
    cites: entry.cites.map((c) => c.docNumber),
    jurisdiction,
    source: { file: entry.source.file, sha256: entry.source.sha256 },
    portal: entry.portal ?? null,
  };
  return { derived: { notice, entry, tasks }, problems };
}

/** The registries' lookup tables, built once per registry (a build derives thousands of notices against the same one). */
interface Lookups {
  jurisdictionByCode: Map<string, Jurisdiction>;
  departmentIds: Set<string>;
  topicIds: Set<string>;
}
const lookupCache = new WeakMap<Registries, Lookups>();

function lookups(reg: Registries): Lookups {
  let found = lookupCache.get(reg);
  if (!found) {
    // The first listed wins, as Array.find did: the registry's codes are unique anyway.
    const jurisdictionByCode = new Map<string, Jurisdiction>();
    for (const j of reg.jurisdictions) if (!jurisdictionByCode.has(j.code)) jurisdictionByCode.set(j.code, j);
    found = { jurisdictionByCode, departmentIds: new Set(reg.departments.map((d) => d.id)), topicIds: new Set(reg.topics.map((t) => t.id)) };
    lookupCache.set(reg, found);
  }
  return found;
}

/**
 * mapUnit, remembered per registry and printed name: a county prints the same twenty unit
 * names in every task, and a large corpus maps each of them thousands of times (mapUnit
 * compares the name's forms with every variant of the registry).
 */
const unitCache = new WeakMap<readonly Department[], Map<string, ReturnType<typeof mapUnit>>>();

function mappedUnit(name: string, departments: readonly Department[]): ReturnType<typeof mapUnit> {
  let cache = unitCache.get(departments);
  if (!cache) {
    cache = new Map();
    unitCache.set(departments, cache);
  }
  let mapped = cache.get(name);
  if (mapped === undefined) {
    mapped = mapUnit(name, departments);
    cache.set(name, mapped);
  }
  return mapped;
}

function deriveTask(
  entry: NoticeEntry,
  task: TaskEntry,
  index: number,
  file: string,
  reg: Registries,
  departmentIds: Set<string>,
  topicIds: Set<string>,
  problems: ContentProblem[],
): DerivedTask {
  const units: PublicUnit[] = [];
  const unitRules: string[] = [];
  task.units.forEach((unit, u) => {
    const field = `tasks.${index}.units.${u}`;
    if (unit.department !== undefined) {
      if (!departmentIds.has(unit.department)) {
        problems.push({ file, task: task.id, field: `${field}.department`, message: `unknown department id "${unit.department}"; expected an id from content/registry/departments.yaml` });
      }
      units.push({ name: unit.name, department: unit.department, role: unit.role });
      unitRules.push('override');
      return;
    }
    const mapped = mappedUnit(unit.name, reg.departments);
    if (!mapped) {
      problems.push({ file, task: task.id, field: `${field}.name`, message: `unit "${unit.name}" maps to no department; add a variant to content/registry/departments.yaml or set department: on the unit` });
      return;
    }
    units.push({ name: unit.name, department: mapped.department, role: unit.role });
    unitRules.push(mapped.rule);
  });

  let deadline: Deadline;
  let deadlineRaw = task.deadlineRaw;
  let deadlineSource: DerivedTask['deadlineSource'] = null;
  let textDeadline: DerivedTask['textDeadline'] = null;
  if (task.deadlineRaw !== null) {
    deadline = parseDeadline(task.deadlineRaw, entry.year);
    deadlineSource = 'column';
    const inText = findDeadlineInText(task.text, entry.year);
    if (inText?.deadline.date && inText.deadline.date !== deadline.date) textDeadline = { raw: inText.raw, date: inText.deadline.date };
  } else {
    const inText = findDeadlineInText(task.text, entry.year);
    deadline = inText ? inText.deadline : { kind: 'unspecified', date: null };
    if (inText) {
      deadlineRaw = inText.raw;
      deadlineSource = 'text';
    }
  }

  let topics: string[];
  let topicRules: { topic: string; rule: string }[];
  if (task.topics !== undefined) {
    task.topics.forEach((t, k) => {
      if (!topicIds.has(t)) problems.push({ file, task: task.id, field: `tasks.${index}.topics.${k}`, message: `unknown topic id "${t}"; expected an id from content/registry/topics.yaml` });
    });
    topics = task.topics;
    topicRules = task.topics.map((topic) => ({ topic, rule: 'override' }));
  } else {
    const classified = classifyTopics({ text: task.text, section: task.section, subsection: task.subsection }, reg.topics);
    topics = classified.topics;
    topicRules = classified.matches.map((m) => ({ topic: m.topic, rule: `${m.field}:${m.rule}` }));
  }
  const subclassified = classifySubtopics({ text: task.text, section: task.section, subsection: task.subsection }, topics, reg.subtopics);

  return {
    id: `${entry.id}-${task.id}`,
    notice: entry.id,
    seq: task.seq,
    url: `${noticeUrl(entry.id)}#${task.id}`,
    section: task.section,
    subsection: task.subsection,
    text: task.text,
    unitsRaw: task.unitsRaw,
    units,
    deadlineRaw,
    deadline,
    topics,
    subtopics: subclassified.topics,
    targets: findTargets(task.text),
    jurisdiction: entry.jurisdiction,
    year: entry.year,
    deadlineSource,
    textDeadline,
    unitRules,
    topicRules,
    subtopicRules: subclassified.matches.map((m) => ({ subtopic: m.topic, rule: `${m.field}:${m.rule}` })),
    anchor: task.id,
    note: task.note ?? null,
  };
}

/**
 * The contract's fields of a derived task, in the contract's order (the open data and
 * `import --json` print this). `similar` is empty: it comes from the similarity step over
 * the whole corpus (src/lib/similar/), which the open data adds (withSimilar); a notice
 * imported alone is compared with nothing.
 */
export function toPublicTask(t: DerivedTask): PublicTask {
  return withSimilar(t, []);
}

/** The contract's fields of a derived task with its similar commitments. */
export function withSimilar(t: DerivedTask, similar: PublicSimilar[]): PublicTask {
  return {
    id: t.id,
    notice: t.notice,
    seq: t.seq,
    url: t.url,
    section: t.section,
    subsection: t.subsection,
    text: t.text,
    unitsRaw: t.unitsRaw,
    units: t.units,
    deadlineRaw: t.deadlineRaw,
    deadline: t.deadline,
    topics: t.topics,
    subtopics: t.subtopics,
    targets: t.targets,
    jurisdiction: t.jurisdiction,
    year: t.year,
    similar,
  };
}
