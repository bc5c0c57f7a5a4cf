/**
 * What the pages show, computed: groupings, counts and labels. Pure functions over the
 * derived corpus (no Astro, no file system, no clock), so that pages only arrange what
 * these return and tests can check every number a page prints.
 */
import { ALL_DEPARTMENTS, type Corpus } from './corpus/corpus.ts';
import type { DerivedNotice, DerivedTask } from './corpus/derive.ts';
import type { Department } from '../schemas/department.ts';
import type { Jurisdiction, Region } from '../schemas/jurisdiction.ts';
import type { PublicJurisdiction, PublicNotice } from '../schemas/open-data.ts';
import { DEADLINE_KIND_LABEL, type Target, type TaskEntry, type UnitRole } from '../schemas/task.ts';
import type { Subtopic } from '../schemas/subtopic.ts';
import type { Topic } from '../schemas/topic.ts';
import { NO_DEADLINE, NOT_PRINTED } from './wording.ts';
import { lineRuns, type LineRun } from './source-view.ts';

/** Site-relative URL of a county page. */
export const countyUrl = (slug: Jurisdiction['slug']): string => `/counties/${slug}/`;

/** Site-relative URL of a province's or prefecture's page (its plans, the counties' upstream plans). */
export const regionUrl = (slug: Region['slug']): string => `/regions/${slug}/`;

/** The page of the place a notice belongs to: its county's, or its province's or prefecture's. */
export function placeUrl(j: Pick<PublicJurisdiction, 'level' | 'slug'>): string {
  return j.level === 'province' || j.level === 'prefecture' ? regionUrl(j.slug) : countyUrl(j.slug);
}

/**
 * Whose notice it is, as lists of notices from several places name it: the county (told apart
 * from its namesakes) for its government's plan, the region for a province's or prefecture's
 * plan, the issuer as printed for a township's or a department's own list (冠县东古城镇人民政府,
 * 山东省卫生健康委员会).
 */
export function noticeOwnerName(corpus: Pick<Corpus, 'distinctNameByCode'>, notice: Pick<PublicNotice, 'jurisdiction' | 'department' | 'issuer'>): string {
  if (issuerKind(notice) !== 'government') return notice.issuer;
  return isUpstream(notice) ? notice.jurisdiction.name : distinctName(corpus, notice.jurisdiction);
}

/** Whether a notice is a province's or prefecture's (an upstream plan of the counties below it). */
export function isUpstream(notice: Pick<PublicNotice, 'jurisdiction'>): boolean {
  return notice.jurisdiction.level === 'province' || notice.jurisdiction.level === 'prefecture';
}

/** Who issued a notice: a government, a township or street, or a department for its own list — the kinds a county's page lists apart. */
export function issuerKind(notice: Pick<PublicNotice, 'jurisdiction' | 'department'>): 'government' | 'township' | 'department' {
  if (notice.jurisdiction.level === 'township') return 'township';
  return notice.department ? 'department' : 'government';
}

/** The level of a region in words: 省级 for a province, 地级 for a prefecture. */
export function levelLabel(level: PublicJurisdiction['level']): string {
  return { province: '省级', prefecture: '地级', county: '县级', township: '乡镇（街道）' }[level];
}

/**
 * A county's name where counties stand side by side without their prefecture (a list, a
 * table, a chart): the name, or the name and its prefecture where the registry has the name
 * more than once (铁西区（沈阳市）; distinctNames). The search's 县区 filter values are these.
 */
export function distinctName(corpus: Pick<Corpus, 'distinctNameByCode'>, j: Pick<Jurisdiction, 'code' | 'name'>): string {
  return corpus.distinctNameByCode.get(j.code) ?? j.name;
}

/**
 * The name of a county's prefecture as a heading or list of prefectures prints it: the
 * registry files the counties a province governs directly (仙桃市, 济源市) under the province
 * itself, and those read 湖北省直辖县级行政区划.
 */
export function prefectureName(j: Pick<Jurisdiction, 'prefecture' | 'province'>): string {
  return j.prefecture === j.province ? `${j.province}直辖县级行政区划` : j.prefecture;
}

/** Site-relative URL of a department (unit) page. */
export const unitUrl = (id: Department['id']): string => `/units/${id}/`;

/** Site-relative URL of a topic page. */
export const topicUrl = (id: Topic['id']): string => `/topics/${id}/`;

/** Tasks grouped by section, then subsection, in printed order (for notice pages). */
export function groupBySection(tasks: DerivedTask[]): { section: string | null; subsections: { subsection: string | null; tasks: DerivedTask[] }[] }[] {
  const groups: { section: string | null; subsections: { subsection: string | null; tasks: DerivedTask[] }[] }[] = [];
  for (const t of tasks) {
    let g = groups.at(-1);
    if (!g || g.section !== t.section) {
      g = { section: t.section, subsections: [] };
      groups.push(g);
    }
    let s = g.subsections.at(-1);
    if (!s || s.subsection !== t.subsection) {
      s = { subsection: t.subsection, tasks: [] };
      g.subsections.push(s);
    }
    s.tasks.push(t);
  }
  return groups;
}


/**
 * A deadline in plain words: as printed, with the normalised date when it differs, or 未规定;
 * and, where the requirement text names a date the deadline cell does not (the cell 全年, the
 * text 2023年底前), that date too, so that the reader sees both.
 */
export function deadlineLabel(t: Pick<DerivedTask, 'deadline' | 'deadlineRaw' | 'deadlineSource' | 'textDeadline'>): string {
  const { kind, date } = t.deadline;
  if (t.deadlineRaw === null) return NO_DEADLINE;
  const source = t.deadlineSource === 'text' ? '（见任务原文）' : '';
  const inText = t.textDeadline ? `；任务原文另写“${t.textDeadline.raw}”（${t.textDeadline.date} 前）` : '';
  if (kind === 'by-date' && date) return `${t.deadlineRaw}（${date} 前）${source}${inText}`;
  // The kind is added only when it says something the printed words do not (全年 stays 全年, not 全年（全年）).
  const explained = kind === 'unspecified' || t.deadlineRaw === DEADLINE_KIND_LABEL[kind] ? '' : `（${DEADLINE_KIND_LABEL[kind]}）`;
  return `${t.deadlineRaw}${explained}${source}${inText}`;
}

/** A notice's document number, or that it prints none: 冠政办发〔2023〕15号, 文号未印. */
export function docNumberLabel(docNumber: string | null): string {
  return docNumber ?? `文号${NOT_PRINTED}`;
}

/** The role of a unit in words (牵头单位, 配合单位), or null when the notice does not distinguish roles. */
export function roleLabel(role: UnitRole): string | null {
  if (role === 'lead') return '牵头单位';
  if (role === 'co') return '配合单位';
  return null;
}

/** Items grouped by province, keeping the order given within and across provinces (first appearance). */
export function groupByProvince<T extends Pick<Jurisdiction, 'province'>>(items: readonly T[]): { province: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (!groups.has(item.province)) groups.set(item.province, []);
    groups.get(item.province)!.push(item);
  }
  return [...groups].map(([province, list]) => ({ province, items: list }));
}

/**
 * Tasks grouped by the jurisdiction of their notice, in the order of `jurisdictions`
 * (the corpus keeps them by division code); within a county, newest notice first and then
 * printed order, as the corpus lists tasks. Counties without tasks are left out, so that
 * no section lists nothing.
 */
export function groupByJurisdiction(tasks: readonly DerivedTask[], jurisdictions: readonly Jurisdiction[]): { jurisdiction: Jurisdiction; tasks: DerivedTask[] }[] {
  const byCode = new Map<string, DerivedTask[]>();
  for (const t of tasks) {
    if (!byCode.has(t.jurisdiction)) byCode.set(t.jurisdiction, []);
    byCode.get(t.jurisdiction)!.push(t);
  }
  return jurisdictions.filter((j) => byCode.has(j.code)).map((jurisdiction) => ({ jurisdiction, tasks: byCode.get(jurisdiction.code)! }));
}

/** Whether a department or collective carries any task, directly or as one of all departments: only then has it a page. */
export function hasTasks(load: { direct: readonly DerivedTask[]; collective: readonly DerivedTask[] } | undefined): boolean {
  return load !== undefined && load.direct.length + load.collective.length > 0;
}

/** Topics ordered by how many of the given tasks carry them (most first, registry order on ties); topics no task carries are returned apart. */
export function topicCounts(tasks: readonly DerivedTask[], topics: readonly Topic[]): { counted: { topic: Topic; count: number }[]; absent: Topic[] } {
  const counts = new Map<string, number>();
  for (const t of tasks) for (const id of t.topics) counts.set(id, (counts.get(id) ?? 0) + 1);
  const rows = topics.map((topic, order) => ({ topic, count: counts.get(topic.id) ?? 0, order }));
  return {
    counted: rows
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count || a.order - b.order)
      .map(({ topic, count }) => ({ topic, count })),
    absent: rows.filter((r) => r.count === 0).map((r) => r.topic),
  };
}

/**
 * Load of each department within a set of tasks (one county's): how many name it directly,
 * and how many it carries as one of all departments (a task given to 各部门 that does not
 * also name it), counted as the corpus counts them for department pages. Named departments
 * with either count come first, most named first; collective assignees (all departments,
 * all townships …) are returned apart with their own counts, since they are not departments.
 */
export function departmentLoad(
  tasks: readonly DerivedTask[],
  departments: readonly Department[],
): { departments: { department: Department; direct: number; collective: number }[]; collectives: { department: Department; count: number }[] } {
  const direct = new Map<string, number>();
  let allDepartments = 0;
  for (const t of tasks) {
    const named = new Set(t.units.map((u) => u.department));
    for (const id of named) direct.set(id, (direct.get(id) ?? 0) + 1);
    if (named.has(ALL_DEPARTMENTS)) allDepartments++;
  }
  // A task naming a department and also 各部门 counts once, as direct; hence the subtraction of
  // the tasks that name both.
  const both = (id: string) => tasks.filter((t) => t.units.some((u) => u.department === ALL_DEPARTMENTS) && t.units.some((u) => u.department === id)).length;
  const order = new Map(departments.map((d, i) => [d.id, i]));
  const named = departments
    .filter((d) => d.kind === 'department')
    .map((department) => ({ department, direct: direct.get(department.id) ?? 0, collective: allDepartments - both(department.id) }))
    .filter((r) => r.direct + r.collective > 0)
    .sort((a, b) => b.direct - a.direct || order.get(a.department.id)! - order.get(b.department.id)!);
  const collectives = departments
    .filter((d) => d.kind === 'collective')
    .map((department) => ({ department, count: direct.get(department.id) ?? 0 }))
    .filter((r) => r.count > 0);
  return { departments: named, collectives };
}

/**
 * The names each county prints for one department, as found in the tasks that name it:
 * per county (in the order of `jurisdictions`), each distinct printed name with how many
 * tasks use it and the registry rule that mapped it (first seen), most used first.
 */
export function unitNamesByJurisdiction(
  tasks: readonly DerivedTask[],
  departmentId: Department['id'],
  jurisdictions: readonly Jurisdiction[],
): { jurisdiction: Jurisdiction; names: { name: string; count: number; rule: string }[] }[] {
  return groupByJurisdiction(tasks, jurisdictions).map(({ jurisdiction, tasks: own }) => {
    const names = new Map<string, { name: string; count: number; rule: string }>();
    for (const t of own) {
      // A name printed twice in one task (a repeated cell) counts once for that task.
      const seen = new Set<string>();
      t.units.forEach((u, i) => {
        if (u.department !== departmentId || seen.has(u.name)) return;
        seen.add(u.name);
        const entry = names.get(u.name) ?? { name: u.name, count: 0, rule: t.unitRules[i] ?? '' };
        entry.count++;
        names.set(u.name, entry);
      });
    }
    return { jurisdiction, names: [...names.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN')) };
  }).filter((g) => g.names.length > 0);
}

/** Each task's 1-based position in its notice, by task id: the number pages and citations call it by (printed numbers restart or are missing in some notices). */
export function taskOrdinals(notices: readonly DerivedNotice[]): Map<DerivedTask['id'], number> {
  return new Map(notices.flatMap((n) => n.tasks.map((t, i) => [t.id, i + 1] as const)));
}

/** How a task is called in text: 第 12 项, with the printed number when the notice prints a different one. */
export function taskLabel(ordinal: number, seq: DerivedTask['seq']): string {
  return seq === null || seq === ordinal ? `第 ${ordinal} 项` : `第 ${ordinal} 项（原文序号 ${seq}）`;
}

/** A notice named briefly, for lists of tasks from several notices: 冠县 2023 年 · 冠政办发〔2023〕15号. */
export function noticeShortLabel(notice: Pick<PublicNotice, 'year' | 'docNumber' | 'jurisdiction'>): string {
  return `${notice.jurisdiction.name} ${notice.year} 年 · ${docNumberLabel(notice.docNumber)}`;
}

/** An absolute URL for a site path when the site's origin is configured, else the path itself (the copy script completes it in the browser). */
export function citationUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

const FIELD_LABEL: Record<string, string> = { text: '任务原文', subsection: '二级标题', section: '一级标题' };

/**
 * The rules that assigned a topic (or sub-topic) to a task, in words, grouped by where they
 * matched: [`text:keyword:预决算`, `text:keyword:决算`] → 任务原文含“预决算”“决算”; a pattern →
 * 任务原文 and the words the registry gives it (含“重大决策”（“重大决策部署”除外）), never the
 * expression itself; `override` → 人工标注.
 */
export function topicRulesLabel(rules: readonly string[], topic: Pick<Topic, 'patterns'>): string {
  const words = new Map(topic.patterns.map((p) => [p.pattern, p.words]));
  const groups = new Map<string, { keywords: string[]; patterns: string[] }>();
  const other: string[] = [];
  for (const rule of new Set(rules)) {
    if (rule === 'override') {
      other.push('人工标注');
      continue;
    }
    const m = /^(text|subsection|section):(keyword|pattern):(.*)$/s.exec(rule);
    if (!m) {
      other.push('按规则归类');
      continue;
    }
    const [, field = '', kind, value = ''] = m;
    const group = groups.get(field) ?? { keywords: [], patterns: [] };
    if (kind === 'keyword') group.keywords.push(value);
    else group.patterns.push(words.get(value) ?? '符合本主题的一条规则');
    groups.set(field, group);
  }
  const parts = [...groups].flatMap(([field, g]) => [
    ...(g.keywords.length > 0 ? [`${FIELD_LABEL[field]}含${g.keywords.map((k) => `“${k}”`).join('')}`] : []),
    ...g.patterns.map((w) => `${FIELD_LABEL[field]}${w}`),
  ]);
  return [...parts, ...other].join('；');
}

/**
 * What a topic's list says beside each task: why it is in the topic (归类依据, in words) and
 * the topic's sub-topics it carries (子主题), each only when there is something to say.
 */
export function topicTaskFacts(task: Pick<DerivedTask, 'topicRules' | 'subtopics'>, topic: Pick<Topic, 'id' | 'patterns'>, subtopics: readonly Pick<Subtopic, 'id' | 'name' | 'topic'>[]): { term: string; detail: string }[] {
  const rules = task.topicRules.filter((r) => r.topic === topic.id).map((r) => r.rule);
  const names = subtopics.filter((s) => s.topic === topic.id && task.subtopics.includes(s.id)).map((s) => s.name);
  return [...(rules.length > 0 ? [{ term: '归类依据', detail: topicRulesLabel(rules, topic) }] : []), ...(names.length > 0 ? [{ term: '子主题', detail: names.join('、') }] : [])];
}

/** The registry rule that mapped a unit name, in words: `variant:教体局` → 变体“教体局”; a pattern → its words (名称以“教育”开头); `override` → 人工标注. */
export function unitRuleLabel(rule: string, department: Pick<Department, 'patterns'>): string {
  if (rule === 'override') return '人工标注';
  if (rule.startsWith('variant:')) return `变体“${rule.slice('variant:'.length)}”`;
  if (rule.startsWith('pattern:')) {
    const source = rule.slice('pattern:'.length);
    return department.patterns.find((p) => p.pattern === source)?.words ?? '部门表中的一条名称规则';
  }
  if (rule === 'internal') return '发文机关的内设机构，归入发文部门';
  return '按规则对应';
}

/** A text cut to at most `max` characters (code points), an ellipsis ending what was cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A share as a whole percentage for tables (0 when the total is 0): 12%. */
export function percent(count: number, total: number): string {
  return `${total === 0 ? 0 : Math.round((count / total) * 100)}%`;
}

const TARGET_KIND: Record<Target['kind'], string> = { count: '次数或数量', share: '比例', 'time-limit': '办理时限', frequency: '频次' };

/** The kind of a measurable target in words: count → 次数或数量, share → 比例, time-limit → 办理时限, frequency → 频次. */
export function targetKindLabel(kind: Target['kind']): string {
  return TARGET_KIND[kind];
}

/**
 * Section ids of a department page's two county lists. A county's slug marks its first
 * list (the tasks naming the department, else those it carries as one of all
 * departments), so that /units/<id>/#<slug>, as the county pages and the charts link it,
 * always lands on that county's tasks; the county's collective list then takes
 * `<slug>-collective`.
 */
export function unitSectionIds(
  direct: readonly Pick<Jurisdiction, 'code' | 'slug'>[],
  collective: readonly Pick<Jurisdiction, 'code' | 'slug'>[],
): { direct: Map<Jurisdiction['code'], string>; collective: Map<Jurisdiction['code'], string> } {
  const directIds = new Map(direct.map((j) => [j.code, j.slug]));
  return { direct: directIds, collective: new Map(collective.map((j) => [j.code, directIds.has(j.code) ? `${j.slug}-collective` : j.slug])) };
}

/**
 * The canonical department to print beside a unit's name, or null when the printed name
 * already says it (县财政局 under 财政部门, 县发展和改革委员会 under 发展和改革部门):
 * abbreviations, old names and collectives (县教体局, 县安监局, 清泉街道) get the note.
 */
export function canonicalNote(name: string, department: Pick<Department, 'name'> | undefined): string | null {
  if (!department) return null;
  const stem = department.name.replace(/部门$/, '');
  return name.includes(stem) ? null : department.name;
}

const UNIT_DELIMITERS = /[、，,；;／/\s]/g;

/** Whether a task's printed unit cell says more than its split names (labels, 等, other words), so that the page shows the cell as printed too. */
export function printedUnitsDiffer(task: Pick<DerivedTask, 'unitsRaw' | 'units'>): boolean {
  if (task.unitsRaw === null) return false;
  return task.unitsRaw.replace(UNIT_DELIMITERS, '') !== task.units.map((u) => u.name).join('').replace(UNIT_DELIMITERS, '');
}

/** Where a task stands in the raw source file, in words: [32] → 第 32 行; [70, 71, 72, 74] → 第 70—72、74 行. */
export function sourceLinesLabel(lines: TaskEntry['lines']): string {
  return `第 ${lineRuns(lines).map(lineRunLabel).join('、')} 行`;
}

/** One run of source lines in words, without 第/行: 32, or 70—72. */
export function lineRunLabel(run: LineRun): string {
  return run.start === run.end ? String(run.start) : `${run.start}—${run.end}`;
}

/** Where a jurisdiction lies, for a reader: 山东省聊城市, or just 北京市 where the province is the prefecture. */
export function placeOf(j: Pick<Jurisdiction, 'province' | 'prefecture'>): string {
  return j.prefecture === j.province ? j.province : `${j.province}${j.prefecture}`;
}

/**
 * The upstream plans of a county: its prefecture's and its province's notices (plans and
 * their departments' lists), nearest level first, newest first within a level.
 */
export function upstreamOf(corpus: Pick<Corpus, 'upstreamByRegion'>, countyCode: string): DerivedNotice[] {
  const prefecture = [...corpus.upstreamByRegion.entries()].filter(([code]) => !code.endsWith('0000') && code.slice(0, 4) === countyCode.slice(0, 4)).flatMap(([, n]) => n);
  const province = corpus.upstreamByRegion.get(`${countyCode.slice(0, 2)}0000`) ?? [];
  const newest = (a: DerivedNotice, b: DerivedNotice) => b.notice.year - a.notice.year || a.notice.id.localeCompare(b.notice.id);
  return [...prefecture.sort(newest), ...[...province].sort(newest)];
}
