import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction, Region } from '../../schemas/jurisdiction.ts';
import type { NoticeEntry } from '../../schemas/notice.ts';
import type { PublicJurisdiction, PublicNotice, PublicSimilar, PublicTask, PublicUnit } from '../../schemas/open-data.ts';
import type { Deadline, TaskEntry } from '../../schemas/task.ts';
import type { Subtopic } from '../../schemas/subtopic.ts';
import type { Topic } from '../../schemas/topic.ts';
import { findDeadlineInText, parseDeadline } from '../normalize/deadline.ts';
import { findTargets } from '../normalize/targets.ts';
import { classifySubtopics } from '../normalize/subtopics.ts';
import { classifyTopics } from '../normalize/topics.ts';
import { INTERNAL_OFFICE, isInternalOffice, mapUnit, TOWNSHIP } from '../normalize/units.ts';
import { prefectureOf, provinceOf } from '../registry/regions.ts';

/** The registries every derivation reads. */
export interface Registries {
  departments: Department[];
  topics: Topic[];
  /** The second level under the topics (content/registry/subtopics.yaml). */
  subtopics: Subtopic[];
  jurisdictions: Jurisdiction[];
  /** Provinces and prefectures, whose plans are the counties' upstream plans. */
  regions: Region[];
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
  const { jurisdictionByCode, regionByCode, departmentIds, topicIds } = lookups(reg);
  const jurisdiction = placeOfNotice(entry, jurisdictionByCode, regionByCode, reg.regions);
  if (!jurisdiction) {
    problems.push({ file, task: null, field: 'jurisdiction', message: `unknown jurisdiction code "${entry.jurisdiction}"; expected a code listed in content/registry/jurisdictions.csv (a county) or regions.csv (a province or prefecture)` });
  } else if (entry.township && jurisdiction.level !== 'township') {
    problems.push({ file, task: null, field: 'township', message: `a township's list belongs to a county, but ${entry.jurisdiction} is a ${jurisdiction.level}` });
  } else if (entry.township?.code && !entry.township.code.startsWith(entry.jurisdiction)) {
    problems.push({ file, task: null, field: 'township.code', message: `township code ${entry.township.code} is not in county ${entry.jurisdiction}; expected a code starting with ${entry.jurisdiction}` });
  }
  if (entry.department?.id && !departmentIds.has(entry.department.id)) {
    problems.push({ file, task: null, field: 'department.id', message: `unknown department id "${entry.department.id}"; expected an id from content/registry/departments.yaml` });
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
    department: entry.department ?? null,
    source: { file: entry.source.file, sha256: entry.source.sha256 },
    portal: entry.portal ?? null,
  };
  return { derived: { notice, entry, tasks }, problems };
}

/**
 * The published jurisdiction of a notice: the county it belongs to (a county's plan, a
 * township's or a county department's list), or the province or prefecture (their plans
 * and their departments' lists), with the issuer's level and the jurisdiction above it.
 */
function placeOfNotice(entry: NoticeEntry, counties: Map<string, Jurisdiction>, regions: Map<string, Region>, all: readonly Region[]): PublicJurisdiction | null {
  const ref = (r: Region | undefined) => (r ? { code: r.code, name: r.name, level: r.level } : null);
  const county = counties.get(entry.jurisdiction);
  if (county) {
    if (entry.township) return { ...county, level: 'township', parent: { code: county.code, name: county.name, level: 'county' }, township: entry.township };
    // A municipality's districts and a province's directly administered counties have the province above them.
    return { ...county, level: 'county', parent: ref(prefectureOf(county.code, all) ?? provinceOf(county.code, all)), township: null };
  }
  const region = regions.get(entry.jurisdiction);
  if (!region) return null;
  return {
    code: region.code,
    name: region.name,
    prefecture: region.name,
    province: region.province,
    slug: region.slug,
    level: region.level,
    parent: region.level === 'prefecture' ? ref(provinceOf(region.code, all)) : null,
    township: null,
  };
}

/** The registries' lookup tables, built once per registry (a build derives thousands of notices against the same one). */
interface Lookups {
  jurisdictionByCode: Map<string, Jurisdiction>;
  regionByCode: Map<string, Region>;
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
    found = { jurisdictionByCode, regionByCode: new Map(reg.regions.map((r) => [r.code, r])), departmentIds: new Set(reg.departments.map((d) => d.id)), topicIds: new Set(reg.topics.map((t) => t.id)) };
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
  // A department's or township's own list assigns its tasks to its own offices.
  const ownList = entry.department !== undefined || entry.township !== undefined;
  const ownDepartment = entry.department?.id ?? (entry.township ? TOWNSHIP : INTERNAL_OFFICE);
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
    if (ownList && isInternalOffice(unit.name, mapped)) {
      // One of the issuer's own offices: kept as printed and marked internal, counted for the
      // issuing department (its page lists its own list's tasks), a township, or else the
      // collective of internal offices; never mapped to a county department by its name.
      units.push({ name: unit.name, department: ownDepartment, role: unit.role, internal: true });
      unitRules.push('internal');
      return;
    }
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
