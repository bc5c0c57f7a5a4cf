/**
 * The synthetic corpus for benchmarks: realistic notices recombined from the real corpus's
 * vocabulary (vocabulary.ts) for jurisdictions across every province and the years
 * 2016–2025, each as an ordinary content file (writeContentFile, checked against
 * noticeEntrySchema) with a synthetic raw source whose SHA-256 the notice records. Every
 * unit name is one the registry maps (mapUnit), so the corpus builds without a problem.
 *
 * Deterministic and pure: the same seed gives the same bytes; no file system, no clock.
 * A notice depends only on the seed and its (jurisdiction, year), and the plan of
 * jurisdictions is drawn in sequence, so the first notices of a larger run are those of a
 * smaller one with the same seed.
 */
import { createHash } from 'node:crypto';
import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import { noticeEntrySchema, type NoticeEntry } from '../../schemas/notice.ts';
import type { TaskEntry, UnitEntry } from '../../schemas/task.ts';
import { writeContentFile } from '../content/content-file.ts';
import { findTargets } from '../normalize/targets.ts';
import { mapUnit } from '../normalize/units.ts';
import { fillTemplate, fillYears, placeForms, PROVINCE_ABBREVIATION, typeWord, type PlaceForms } from './places.ts';
import { createRandom, type Random } from './random.ts';
import { clauses, type OutlineGroup, type SynthVocabulary, type TaskTemplate, type UnitTemplate } from './vocabulary.ts';

/** The plan years, with weights that grow towards recent years (more counties publish such plans now). */
export const YEARS: readonly (readonly [number, number])[] = [
  [2016, 4], [2017, 5], [2018, 6], [2019, 7], [2020, 8], [2021, 9], [2022, 10], [2023, 11], [2024, 12], [2025, 12],
];

/** How many consecutive years one county contributes when it is drawn: mostly one, sometimes up to four. */
const RUN_LENGTHS: readonly (readonly [number, number])[] = [[1, 50], [2, 25], [3, 15], [4, 10]];

/** Fewest and most tasks in a notice; the draw is triangular, so the mean is their midpoint (50). */
export const TASKS_MIN = 20;
export const TASKS_MAX = 80;

/**
 * Planted similarity, so that the similarity step has copies to find in known places (the
 * rest of the corpus recombines the real notices' tasks and is similar everywhere):
 *
 * - every province and year has a plan of `upstream` requirements (its province's 工作要点),
 *   each a splice of two real tasks; a notice of that province and year prints upstream
 *   requirement k, lightly edited (as it is, 深入/持续 before it, a clause before it, a word
 *   changed), as its task at index `upstreamAt + stride · k` (0-based);
 * - every county has `county` requirements of its own, which it prints in each of its plans at
 *   index `countyAt + stride · k`, reworded in some years;
 * - the province's and the prefecture's plans of a year have one document number each, which
 *   the county notices of that province and year cite, save `uncited` of them, which cite nothing.
 */
export const PLANTED = { stride: 5, upstreamAt: 2, upstream: 8, countyAt: 4, county: 4, uncited: 0.1 } as const;

/** One synthetic notice: its content file (content root's notices/) and its raw source (sources/). */
export interface SynthNotice {
  entry: NoticeEntry;
  notice: { file: string; text: string };
  source: { file: string; text: string };
}

/** One (jurisdiction, year) the corpus will hold a notice for. */
export interface PlannedNotice {
  jurisdiction: Jurisdiction;
  year: number;
}

/**
 * Which jurisdictions and years: counties are drawn without replacement (uniformly, so
 * provinces are represented as their number of counties), each with a run of consecutive
 * plan years ending in a recent-weighted year. Statistical zones (codes ending 71–80:
 * 开发区, 高新区) and divisions without a type word (县, 区, 市, 旗) are left out.
 */
export function planNotices(count: number, random: Random, jurisdictions: readonly Jurisdiction[]): PlannedNotice[] {
  const candidates = jurisdictions.filter((j) => typeWord(j.name) !== null && !/^\d{4}(?:7\d|80)$/.test(j.code));
  if (count > candidates.length * YEARS.length) throw new Error(`at most ${candidates.length * YEARS.length} notices (${candidates.length} jurisdictions × ${YEARS.length} years)`);
  const used = new Map<string, Set<number>>();
  const plan: PlannedNotice[] = [];
  let pool: Jurisdiction[] = [];
  while (plan.length < count) {
    if (pool.length === 0) pool = candidates.filter((j) => (used.get(j.code)?.size ?? 0) < YEARS.length);
    const index = random.int(0, pool.length - 1);
    const jurisdiction = pool[index]!;
    pool[index] = pool[pool.length - 1]!;
    pool.pop();
    const years = used.get(jurisdiction.code) ?? new Set<number>();
    used.set(jurisdiction.code, years);
    const run = random.weighted(RUN_LENGTHS);
    for (let year = random.weighted(YEARS), n = 0; n < run && year >= YEARS[0]![0] && plan.length < count; year--) {
      if (years.has(year)) continue;
      years.add(year);
      plan.push({ jurisdiction, year });
      n++;
    }
  }
  return plan;
}

/** What the generator needs from the registries. */
export interface SynthRegistries {
  jurisdictions: readonly Jurisdiction[];
  departments: readonly Department[];
}

/** The synthetic notices for a seed, one at a time (a large corpus never sits in memory whole). */
export function* synthesize(options: { notices: number; seed: string }, vocabulary: SynthVocabulary, registries: SynthRegistries): Generator<SynthNotice> {
  const root = createRandom(`synth:${options.seed}`);
  const plan = planNotices(options.notices, root.fork('plan'), registries.jurisdictions);
  // Whether the registry maps a printed name: asked of mapUnit once per distinct name.
  const mapped = new Map<string, boolean>();
  const maps = (name: string) => {
    let hit = mapped.get(name);
    if (hit === undefined) {
      hit = mapUnit(name, registries.departments) !== null;
      mapped.set(name, hit);
    }
    return hit;
  };
  for (const planned of plan) yield synthNotice(planned, vocabulary, root.fork(`${planned.jurisdiction.code}-${planned.year}`), maps, root);
}

function synthNotice({ jurisdiction: j, year }: PlannedNotice, vocabulary: SynthVocabulary, random: Random, maps: (name: string) => boolean, root: Random): SynthNotice {
  const forms = placeForms(j);
  const fill = (template: string) => fillYears(fillTemplate(template, forms), year);
  const outline = random.pick(vocabulary.outlines);
  const total = TASKS_MIN + Math.floor(((random.next() + random.next()) / 2) * (TASKS_MAX - TASKS_MIN + 1));
  const numbered = random.chance(0.55);

  const tasks: Omit<TaskEntry, 'lines'>[] = [];
  const planted = plantedTexts(j, year, vocabulary, root, random.fork('planted'));
  const counts = allocate(total, outline.groups.map((g) => g.tasks.length * (0.5 + random.next())));
  outline.groups.forEach((group, g) => {
    for (let k = 0; k < counts[g]!; k++) {
      const n = tasks.length + 1;
      const template = pickTask(group, vocabulary, random);
      const { unitsRaw, units } = synthUnits(random.chance(0.6) ? template.units : pickUnits(vocabulary, random), forms, random, maps);
      const deadline = random.chance(0.85) ? random.pick(outline.deadlines) : random.pick(vocabulary.tasks).deadline;
      tasks.push({
        id: `t${n}`,
        seq: numbered ? n : null,
        section: group.section === null ? null : fill(group.section),
        subsection: group.subsection === null ? null : fill(group.subsection),
        text: plantedAt(planted, n - 1, fill) ?? renumberTargets(fill(synthText(template, vocabulary, random)), random),
        unitsRaw,
        units,
        deadlineRaw: deadline === null ? null : fill(deadline),
      });
    }
  });

  const serial = random.int(1, 60);
  const id = `${j.slug}-${year}-${serial}`;
  const issuer = j.name.endsWith('区') && random.chance(0.3) ? `${j.prefecture}${j.name}人民政府办公室` : `${j.name}人民政府办公室`;
  const docNumber = `${forms.countyShort[0]}${random.pick(['政办发', '政办字', '府办发', '政办发'])}〔${year}〕${serial}号`;
  const title = `${issuer}关于${random.pick([
    `公布${year}年政务公开重点工作任务分工的通知`,
    `印发${year}年全${forms.t}政务公开工作要点任务分解表的通知`,
    `印发${year}年政务公开重点工作及责任分工的通知`,
    `印发${year}年${j.name}政务公开工作要点的通知`,
  ])}`;
  const issuedOn = random.chance(0.9) ? isoDate(year, random.int(1, 10), random.int(1, 25)) : null;
  const printedOn = issuedOn === null ? null : addDays(issuedOn, random.int(0, 3));
  const cites = random.fork('cites').chance(PLANTED.uncited) ? [] : citations(j, forms, year, root);

  const greeting = random.pick([`各乡镇人民政府、街道办事处，${forms.t}政府各部门（单位）：`, `各镇（街道），${forms.t}直各部门（单位）：`, `各乡镇人民政府，${forms.t}级有关部门（单位）：`]);
  const intro = `${cites.length > 0 ? `为全面贯彻落实${cites.map((c) => `《${c.title}》（${c.docNumber}）`).join('和')}精神，` : ''}为进一步做好全${forms.t}政务公开工作，现将《${year}年${j.name}政务公开重点工作任务分工》印发给你们，请结合工作实际，认真抓好贯彻落实。`;
  const paragraphs = [greeting, intro, ...random.shuffle(vocabulary.paragraphs).slice(0, random.int(0, 2)).map(fill)];

  // The raw source as printed: number, title, the notice's text, then the task table, one row per line.
  const lines = [docNumber, '', title, '', ...paragraphs, '', '附件', '', `${year}年政务公开重点工作任务分工`, ['序号', '一级标题', '二级标题', '工作任务', '责任单位', '完成时限'].join('\t')];
  const withLines: TaskEntry[] = tasks.map((t) => {
    lines.push([t.seq ?? '', t.section ?? '', t.subsection ?? '', t.text, t.unitsRaw ?? '', t.deadlineRaw ?? ''].join('\t'));
    return { ...t, lines: [lines.length] };
  });
  lines.push('', issuer, issuedOn === null ? '' : chineseDate(issuedOn));
  const sourceText = `${lines.join('\n')}\n`;
  const sourceFile = `${id}.txt`;

  const entry = noticeEntrySchema.parse({
    id,
    title,
    docNumber,
    issuer,
    jurisdiction: j.code,
    year,
    issuedOn,
    printedOn,
    cites,
    source: { file: sourceFile, sha256: createHash('sha256').update(sourceText).digest('hex'), encoding: 'utf-8' },
    reviewNotes: [],
    tasks: withLines,
  });
  const body = paragraphs.join('\n\n');
  return { entry, notice: { file: `${id}.md`, text: writeContentFile(entry, body) }, source: { file: sourceFile, text: sourceText } };
}

/** Splits `total` over the weights (largest remainder), so the counts sum to `total` exactly. */
function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = total - counts.reduce((a, b) => a + b, 0); k < left; k++) counts[order[k % order.length]![1]]!++;
  return counts;
}

/** Mostly a task printed under the same subsection in the real notice, sometimes any task. */
function pickTask(group: OutlineGroup, vocabulary: SynthVocabulary, random: Random): TaskTemplate {
  return vocabulary.tasks[group.tasks.length > 0 && random.chance(0.75) ? random.pick(group.tasks) : random.int(0, vocabulary.tasks.length - 1)]!;
}

/**
 * A requirement text: a real one as printed (45 %), the head of one spliced onto the tail
 * of another (30 %), a real one with a target clause of another task added (15 %), or two
 * real ones in a row (10 %).
 */
function synthText(template: TaskTemplate, vocabulary: SynthVocabulary, random: Random): string {
  const mode = random.weighted([['verbatim', 45], ['splice', 30], ['target', 15], ['merge', 10]] as const);
  const text = template.text;
  if (mode === 'verbatim') return text;
  if (mode === 'target' && vocabulary.targetClauses.length > 0) return `${text.replace(/[，；。,;]?$/, '，')}${random.pick(vocabulary.targetClauses)}。`;
  const other = random.pick(vocabulary.tasks).text;
  if (mode === 'merge') return `${text.replace(/[，；,;]?$/, '')}${/。$/.test(text) ? '' : '。'}${other}`;
  const head = clauses(text);
  const tail = clauses(other);
  const cut = random.int(1, Math.max(1, head.length - 1));
  const from = tail.length > 1 ? random.int(1, tail.length - 1) : 0;
  const joined = [...head.slice(0, cut).map((c, i) => (i === cut - 1 ? c.replace(/。$/, '；').replace(/[^，；]$/, '$&；') : c)), ...tail.slice(from)].join('');
  return /[。；，]$/.test(joined) ? joined.replace(/[；，]$/, '。') : `${joined}。`;
}

/** The numbers of a text's targets drawn afresh (不少于10次 → 不少于6次), so that targets vary as they do between counties. */
function renumberTargets(text: string, random: Random): string {
  let out = text;
  for (const target of findTargets(text)) {
    if (!/\d/.test(target.text) || !random.chance(0.6)) continue;
    const choices =
      target.kind === 'share' ? [30, 50, 60, 80, 90, 95, 100]
      : target.kind === 'time-limit' ? (target.unit === '小时' ? [12, 24, 48, 72] : target.unit === '个月' ? [1, 2, 3, 6] : target.unit === '年' ? [1, 2, 3] : [3, 5, 7, 10, 15, 20, 30])
      : [1, 2, 3, 4, 5, 6, 8, 10, 12];
    out = out.replace(target.text, target.text.replace(/\d+(?:\.\d+)?/, String(random.pick(choices))));
  }
  return out;
}

/** One to five units from the corpus's pool, as often as they are printed there. */
function pickUnits(vocabulary: SynthVocabulary, random: Random): UnitTemplate[] {
  return Array.from({ length: random.weighted([[1, 35], [2, 25], [3, 20], [4, 12], [5, 8]] as const) }, () => random.pick(vocabulary.units));
}

/**
 * The units printed for this jurisdiction, each a name the registry maps: 县财政局 in a
 * county, 区财政局 in a district; where the type word does not map (旗财政局), the county's
 * full name, then the bare name. About one task in six names a lead unit (牵头单位：…；配合单位：…).
 */
function synthUnits(templates: readonly UnitTemplate[], forms: PlaceForms, random: Random, maps: (name: string) => boolean): { unitsRaw: string; units: UnitEntry[] } {
  const names: string[] = [];
  for (const unit of templates) {
    const rest = fillTemplate(unit.rest, forms);
    const bare = fillTemplate(unit.rest.replace(/\{[a-zA-Z]+\}/g, ''), forms);
    const candidates = unit.lead ? [`${forms.t}${rest}`, `${forms.county}${rest}`, rest] : [rest, bare];
    const name = candidates.find((c) => c !== '' && maps(c));
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  // A closing collective (等县级部门) reads only after the units it closes; alone, the county's departments stand for it.
  names.sort((a, b) => Number(a.startsWith('等')) - Number(b.startsWith('等')));
  const first = (candidates: string[]) => candidates.find(maps) ?? fail(candidates);
  if (names.length === 1 && names[0]!.startsWith('等')) names[0] = first([`${forms.t}直各部门（单位）`, '各部门（单位）']);
  if (names.length === 0) names.push(first([`${forms.t}政府办公室`, `${forms.county}人民政府办公室`, '政府办公室']));
  if (names.length >= 2 && random.chance(0.16)) {
    const [lead, ...co] = names as [string, ...string[]];
    return { unitsRaw: `牵头单位：${lead}；配合单位：${joinUnits(co)}`, units: [{ name: lead, role: 'lead' }, ...co.map((name) => ({ name, role: 'co' as const }))] };
  }
  return { unitsRaw: joinUnits(names), units: names.map((name) => ({ name, role: 'responsible' as const })) };
}

function fail(candidates: readonly string[]): never {
  throw new Error(`the registry maps none of ${candidates.join('、')}; content/registry/departments.yaml has changed`);
}

/** Names joined with 、, except a closing collective (等县级部门), which follows the list directly. */
function joinUnits(names: readonly string[]): string {
  return names.reduce((out, name, i) => (i === 0 ? name : name.startsWith('等') ? `${out}${name}` : `${out}、${name}`), '');
}

/**
 * The plans a county notice cites: its province's and, below a municipality, its
 * prefecture's, each numbered once per year for all the counties citing it.
 */
function citations(j: Jurisdiction, forms: PlaceForms, year: number, root: Random): NoticeEntry['cites'] {
  const serial = (code: string, max: number) => root.fork(`plan:${code}-${year}`).int(1, max);
  const province = { docNumber: `${PROVINCE_ABBREVIATION[forms.provinceShort] ?? forms.provinceShort[0]}政办发〔${year}〕${serial(j.code.slice(0, 2), 30)}号`, title: `${j.province}人民政府办公厅关于印发${year}年${j.province}政务公开工作要点的通知` };
  if (j.prefecture === j.province) return [province];
  const prefecture = { docNumber: `${forms.prefectureShort[0]}政办发〔${year}〕${serial(j.code.slice(0, 4), 40)}号`, title: `${j.prefecture}人民政府办公室关于印发${year}年${j.prefecture}政务公开工作要点的通知` };
  return [province, prefecture];
}

/** A notice's planted requirements (templates), by task index (see PLANTED). */
type Planted = Map<number, string>;

/**
 * The requirements planted in a notice: its province's plan of the year, edited as this
 * notice edits it, and its county's own requirements as worded this year.
 */
function plantedTexts(j: Jurisdiction, year: number, vocabulary: SynthVocabulary, root: Random, random: Random): Planted {
  const planted: Planted = new Map();
  const plan = splices(root.fork(`upstream:${j.code.slice(0, 2)}-${year}`), vocabulary, PLANTED.upstream);
  plan.forEach((text, k) => planted.set(PLANTED.upstreamAt + PLANTED.stride * k, nearCopy(text, random)));
  const own = splices(root.fork(`county:${j.code}`), vocabulary, PLANTED.county);
  for (let k = 0; k < PLANTED.county; k++) {
    const text = `${j.name}结合本地实际，${own[k]}`;
    // Reworded in some years: a word changed, or 持续 put before it; each year's wording depends on the year alone.
    const wording = (year + k) % 3;
    planted.set(PLANTED.countyAt + PLANTED.stride * k, wording === 0 ? text : wording === 1 ? changeWord(text) : `持续${text}`);
  }
  return planted;
}

/** The planted requirement at a task index, filled in for the notice, or null. */
function plantedAt(planted: Planted, index: number, fill: (template: string) => string): string | null {
  const text = planted.get(index);
  return text === undefined ? null : fill(text);
}

/** The requirements of a plan: each the head of one real task and the tail of another, no real task used twice. */
function splices(random: Random, vocabulary: SynthVocabulary, count: number): string[] {
  const picked = random.shuffle(vocabulary.tasks).slice(0, 2 * count);
  return Array.from({ length: count }, (_, k) => {
    const head = clauses(picked[2 * k]!.text);
    const tail = clauses(picked[2 * k + 1]!.text);
    const joined = [...head.slice(0, Math.max(1, head.length - 1)).map((c) => c.replace(/。$/, '；')), ...tail.slice(tail.length > 1 ? 1 : 0)].join('');
    return /。$/.test(joined) ? joined : `${joined.replace(/[，；]$/, '')}。`;
  });
}

/** A county's copy of a plan's requirement: as it is, 深入/持续 put before it, a clause put before it, or a word changed. */
function nearCopy(text: string, random: Random): string {
  const edit = random.weighted([['same', 30], ['prefix', 25], ['clause', 25], ['word', 20]] as const);
  if (edit === 'prefix') return `${random.pick(['深入', '持续', '进一步'])}${text}`;
  if (edit === 'clause') return `${random.pick(['做好相关信息公开，', '按照上级部署，', '结合工作实际，'])}${text}`;
  if (edit === 'word') return changeWord(text);
  return text;
}

/** The text with its first word of a pair replaced by the other (加大 → 加强), or a clause added when it has none. */
function changeWord(text: string): string {
  for (const [a, b] of [['加大', '加强'], ['推进', '推动'], ['及时', '按时'], ['加强', '强化'], ['做好', '抓好']] as const) if (text.includes(a)) return text.replace(a, b);
  return `${text.replace(/。$/, '')}，接受社会监督。`;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date some days later; dates stay within the month (days are drawn up to 25, added up to 3). */
function addDays(date: string, days: number): string {
  return `${date.slice(0, 8)}${String(Number(date.slice(8)) + days).padStart(2, '0')}`;
}

/** 2023-08-29 → 2023年8月29日, as printed under a notice. */
function chineseDate(date: string): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`;
}
