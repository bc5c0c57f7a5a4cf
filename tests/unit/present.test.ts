/**
 * The page helpers (src/lib/present.ts), on the real corpus built from content/notices
 * and on small notices that go through the real schema and derivation.
 */
import { describe, expect, it } from 'vitest';
import { ALL_DEPARTMENTS, buildCorpus, formatProblems, type Corpus } from '../../src/lib/corpus/corpus.ts';
import type { DerivedTask } from '../../src/lib/corpus/derive.ts';
import {
  canonicalNote,
  citationUrl,
  countyUrl,
  deadlineLabel,
  departmentLoad,
  groupByJurisdiction,
  groupByProvince,
  groupBySection,
  hasTasks,
  noticeShortLabel,
  percent,
  printedUnitsDiffer,
  roleLabel,
  sourceLinesLabel,
  targetKindLabel,
  taskLabel,
  taskOrdinals,
  topicCounts,
  topicRulesLabel,
  topicUrl,
  unitNamesByJurisdiction,
  unitRuleLabel,
  unitSectionIds,
  unitUrl,
} from '../../src/lib/present.ts';
import { noticeEntrySchema } from '../../src/schemas/notice.ts';
import { loadRealCorpus, registries } from '../helpers.ts';

const realCorpus = loadRealCorpus;

/** A small notice of 冠县 through the real schema: one lead/co task, one task for all departments, one with no units printed apart. */
function smallCorpus(): Corpus {
  const entry = noticeEntrySchema.parse({
    id: 'guanxian-2024-3',
    title: '冠县人民政府办公室关于印发2024年政务公开重点工作任务分工的通知',
    docNumber: null,
    issuer: '冠县人民政府办公室',
    jurisdiction: '371525',
    year: 2024,
    issuedOn: null,
    source: { file: 'x.txt', sha256: 'a'.repeat(64), encoding: 'utf-8' },
    tasks: [
      {
        id: 't1', seq: 1, section: '一、公开', subsection: null, text: '做好财政预决算公开。',
        unitsRaw: '牵头单位：县财政局；配合单位：县教体局',
        units: [{ name: '县财政局', role: 'lead' }, { name: '县教体局', role: 'co' }],
        deadlineRaw: '全年', lines: [10],
      },
      {
        id: 't2', seq: 2, section: '一、公开', subsection: null, text: '及时公开政策文件。',
        unitsRaw: '县直各部门（单位）', units: [{ name: '县直各部门（单位）' }], deadlineRaw: null, lines: [11],
      },
      {
        id: 't3', seq: 1, section: '二、保障', subsection: '（一）培训', text: '开展政务公开培训不少于2次。',
        unitsRaw: '县政府办公室、县直各部门（单位）', units: [{ name: '县政府办公室' }, { name: '县直各部门（单位）' }],
        deadlineRaw: '2024年6月底前', lines: [12],
      },
    ],
  });
  const { corpus, problems } = buildCorpus([{ entry, file: 'content/notices/guanxian-2024-3.md' }], registries);
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return corpus;
}

const corpus = realCorpus();
const small = smallCorpus();
const task = (c: Corpus, id: string): DerivedTask => c.tasks.find((t) => t.id === id)!;

describe('URLs', () => {
  it('give county, unit and topic pages their ASCII paths with a trailing slash', () => {
    expect(countyUrl('guanxian')).toBe('/counties/guanxian/');
    expect(unitUrl('education')).toBe('/units/education/');
    expect(topicUrl('on-request')).toBe('/topics/on-request/');
  });
});

describe('groupBySection', () => {
  it('keeps printed order and opens a group at each new section and subsection', () => {
    const groups = groupBySection(small.tasks);
    expect(groups.map((g) => g.section)).toEqual(['一、公开', '二、保障']);
    expect(groups[1]!.subsections.map((s) => s.subsection)).toEqual(['（一）培训']);
    expect(groups.flatMap((g) => g.subsections.flatMap((s) => s.tasks))).toEqual(small.tasks);
  });
});

describe('deadlineLabel', () => {
  it('says 全年 once, not 全年（全年）', () => {
    expect(deadlineLabel(task(small, 'guanxian-2024-3-t1'))).toBe('全年');
  });
  it('adds the normalised date to a dated deadline', () => {
    expect(deadlineLabel(task(small, 'guanxian-2024-3-t3'))).toBe('2024年6月底前（2024-06-30 前）');
  });
  it('says the notice sets none when neither the column nor the text gives one', () => {
    expect(deadlineLabel(task(small, 'guanxian-2024-3-t2'))).toBe('未规定');
  });
  it('says both when the text names a date the deadline column does not: 乐至县’s task 42, 全年 in the column, 2023年底前 in the text', () => {
    const both = corpus.tasks.find((t) => t.id === 'lezhi-2023-15-t42')!;
    expect(both.deadline).toEqual({ kind: 'year-round', date: null });
    expect(both.textDeadline).toEqual({ raw: '2023年底前', date: '2023-12-31' });
    expect(deadlineLabel(both)).toBe('全年；任务原文另写“2023年底前”（2023-12-31 前）');
    // A text that repeats the column's date adds nothing.
    expect(corpus.tasks.filter((t) => t.textDeadline !== null && t.textDeadline.date === t.deadline.date)).toEqual([]);
  });
  it('marks a deadline found in the task text', () => {
    const fromText = corpus.tasks.find((t) => t.deadlineSource === 'text')!;
    expect(deadlineLabel(fromText)).toMatch(/（见任务原文）$/);
  });
});

describe('roleLabel', () => {
  it('names lead and co units and says nothing when the notice does not distinguish', () => {
    expect(roleLabel('lead')).toBe('牵头单位');
    expect(roleLabel('co')).toBe('配合单位');
    expect(roleLabel('responsible')).toBeNull();
  });
});

describe('groupByProvince', () => {
  it('groups the counties by province in the order given', () => {
    const groups = groupByProvince(corpus.jurisdictions);
    expect(groups.map((g) => g.province)).toEqual(['山东省', '四川省']);
    expect(groups[0]!.items.map((j) => j.name)).toEqual(['商河县', '利津县', '兖州区', '冠县']);
    expect(groups[1]!.items.map((j) => j.name)).toEqual(['乐至县']);
  });
});

describe('groupByJurisdiction', () => {
  it('groups a topic’s tasks by county in code order and leaves out counties without any', () => {
    const fiscal = corpus.tasksByTopic.get('fiscal')!;
    const groups = groupByJurisdiction(fiscal, corpus.jurisdictions);
    expect(groups.map((g) => g.jurisdiction.slug)).toEqual(['lijin', 'yanzhou', 'lezhi']);
    expect(groups.flatMap((g) => g.tasks)).toHaveLength(fiscal.length);
    for (const g of groups) for (const t of g.tasks) expect(t.jurisdiction).toBe(g.jurisdiction.code);
  });
});

describe('hasTasks', () => {
  it('is true for a department with tasks either way and false for none or an unknown id', () => {
    expect(hasTasks(corpus.tasksByDepartment.get('education'))).toBe(true);
    expect(hasTasks({ direct: [], collective: [corpus.tasks[0]!] })).toBe(true);
    expect(hasTasks({ direct: [], collective: [] })).toBe(false);
    expect(hasTasks(undefined)).toBe(false);
  });
});

describe('topicCounts', () => {
  it('counts each topic of 冠县 once per task, most frequent first, and sets apart the topics with none', () => {
    const tasks = corpus.tasksByJurisdiction.get('371525')!;
    const { counted, absent } = topicCounts(tasks, corpus.topics);
    expect(counted.reduce((n, c) => n + c.count, 0)).toBe(tasks.reduce((n, t) => n + t.topics.length, 0));
    for (let i = 1; i < counted.length; i++) expect(counted[i - 1]!.count).toBeGreaterThanOrEqual(counted[i]!.count);
    expect(counted.length + absent.length).toBe(corpus.topics.length);
    for (const t of absent) expect(tasks.some((x) => x.topics.includes(t.id))).toBe(false);
    expect(counted[0]).toMatchObject({ topic: { id: 'organization' }, count: 10 });
  });
});

describe('departmentLoad', () => {
  it('agrees with the corpus index, county by county, for direct and collective tasks', () => {
    for (const j of corpus.jurisdictions) {
      const tasks = corpus.tasksByJurisdiction.get(j.code)!;
      const load = departmentLoad(tasks, corpus.departments);
      for (const row of load.departments) {
        const index = corpus.tasksByDepartment.get(row.department.id)!;
        expect(row.direct, `${j.name} ${row.department.id}`).toBe(index.direct.filter((t) => t.jurisdiction === j.code).length);
        expect(row.collective, `${j.name} ${row.department.id}`).toBe(index.collective.filter((t) => t.jurisdiction === j.code).length);
      }
      for (const row of load.collectives) expect(row.department.kind).toBe('collective');
    }
  });

  it('counts a department named beside 各部门 as direct only, and lists collectives apart', () => {
    const load = departmentLoad(small.tasks, small.departments);
    const row = (id: string) => load.departments.find((r) => r.department.id === id);
    expect(row('government-office')).toMatchObject({ direct: 1, collective: 1 });
    expect(row('finance')).toMatchObject({ direct: 1, collective: 2 });
    expect(row('audit')).toMatchObject({ direct: 0, collective: 2 });
    expect(load.departments[0]!.direct).toBe(1);
    expect(load.collectives).toEqual([{ department: small.departmentById.get(ALL_DEPARTMENTS), count: 2 }]);
  });
});

describe('unitNamesByJurisdiction', () => {
  it('lists the names each county prints for the education department, with the rule that mapped them', () => {
    const names = unitNamesByJurisdiction(corpus.tasksByDepartment.get('education')!.direct, 'education', corpus.jurisdictions);
    expect(names.map((g) => [g.jurisdiction.name, g.names.map((n) => n.name)])).toEqual([
      ['商河县', ['县教体局']],
      ['利津县', ['县教育局']],
      ['兖州区', ['区教育和体育局']],
      ['冠县', ['县教育和体育局']],
      ['乐至县', ['县教育和体育局']],
    ]);
    expect(names[0]!.names[0]).toEqual({ name: '县教体局', count: 5, rule: 'variant:教体局' });
  });
});

describe('taskOrdinals and taskLabel', () => {
  it('number the tasks of 利津县 1 to 52 although its printed numbers restart in each section', () => {
    const lijin = corpus.noticeById.get('lijin-2016-27')!;
    const ordinals = taskOrdinals(corpus.notices);
    expect(lijin.tasks.map((t) => ordinals.get(t.id))).toEqual(lijin.tasks.map((_, i) => i + 1));
    expect(ordinals.size).toBe(corpus.tasks.length);
  });
  it('name a task by its position, with the printed number only when it differs', () => {
    expect(taskLabel(3, 3)).toBe('第 3 项');
    expect(taskLabel(3, null)).toBe('第 3 项');
    expect(taskLabel(7, 2)).toBe('第 7 项（原文序号 2）');
  });
});

describe('citationUrl', () => {
  it('makes the URL absolute only when the site origin is known', () => {
    expect(citationUrl('/notices/x/#t1', undefined)).toBe('/notices/x/#t1');
    expect(citationUrl('/notices/x/#t1', new URL('https://example.org/'))).toBe('https://example.org/notices/x/#t1');
  });
});

describe('rule labels', () => {
  it('group a topic’s keyword hits by where they matched', () => {
    const t = task(corpus, 'guanxian-2023-15-t12');
    const education = corpus.topicById.get('education')!;
    const label = topicRulesLabel(t.topicRules.filter((r) => r.topic === 'education').map((r) => r.rule), education);
    expect(label).toBe('任务原文含“双减”“入学”“学校”“校外培训”；任务原文含“教育”（“宣传教育”“警示教育”“法治教育”等对公众的教育，以及“教育局”“教育和体育局”“教育部门”等单位名称除外）');
    expect(topicRulesLabel(['subsection:keyword:培训', 'override'], education)).toBe('二级标题含“培训”；人工标注');
  });
  it('never show a regular expression, even for a pattern the registry no longer has', () => {
    const decisions = corpus.topicById.get('decision-making')!;
    expect(topicRulesLabel(['text:pattern:重大决策(?!部署)'], decisions)).toBe('任务原文含“重大决策”（“重大决策部署”除外）');
    expect(topicRulesLabel(['text:pattern:(?:旧)规则'], decisions)).toBe('任务原文符合本主题的一条规则');
  });
  it('say which variant or pattern mapped a unit name, the pattern in words', () => {
    const education = corpus.departmentById.get('education')!;
    expect(unitRuleLabel('variant:教体局', education)).toBe('变体“教体局”');
    expect(unitRuleLabel('pattern:^教育', education)).toBe('名称以“教育”开头');
    expect(unitRuleLabel('pattern:^(?:旧)', education)).toBe('部门表中的一条名称规则');
    expect(unitRuleLabel('override', education)).toBe('人工标注');
  });
});

describe('unit names on a notice page', () => {
  it('print the canonical department only where the printed name does not say it', () => {
    const dept = (id: string) => corpus.departmentById.get(id);
    expect(canonicalNote('县财政局', dept('finance'))).toBeNull();
    expect(canonicalNote('县发展和改革委员会', dept('development-reform'))).toBeNull();
    expect(canonicalNote('县教体局', dept('education'))).toBe('教育部门');
    expect(canonicalNote('县安监局', dept('emergency'))).toBe('应急管理部门');
    expect(canonicalNote('县财政局', undefined)).toBeNull();
  });
  it('show the printed cell when it says more than the split names (及, 等), not for another delimiter', () => {
    expect(printedUnitsDiffer(task(corpus, 'lijin-2016-27-t7'))).toBe(true);
    expect(printedUnitsDiffer(task(corpus, 'lijin-2016-27-t39'))).toBe(true);
    expect(printedUnitsDiffer(task(corpus, 'guanxian-2023-15-t1'))).toBe(false);
    expect(printedUnitsDiffer(task(small, 'guanxian-2024-3-t1'))).toBe(true);
  });
});

describe('unitSectionIds', () => {
  it('gives a county’s slug to its first list, so that /units/<id>/#<slug> always lands on its tasks', () => {
    const a = { code: '1', slug: 'a' };
    const b = { code: '2', slug: 'b' };
    const ids = unitSectionIds([a], [a, b]);
    expect(ids.direct.get('1')).toBe('a');
    expect(ids.collective.get('1')).toBe('a-collective');
    expect(ids.collective.get('2')).toBe('b');
  });
});

describe('sourceLinesLabel', () => {
  it('names one line, and runs of lines as ranges', () => {
    expect(sourceLinesLabel([32])).toBe('第 32 行');
    expect(sourceLinesLabel([74, 70, 71, 72])).toBe('第 70—72、74 行');
  });
});

describe('small labels', () => {
  it('round shares to whole percentages and survive a zero total', () => {
    expect(percent(10, 54)).toBe('19%');
    expect(percent(0, 0)).toBe('0%');
  });
  it('name target kinds and notices briefly', () => {
    expect(targetKindLabel('time-limit')).toBe('办理时限');
    expect(noticeShortLabel(corpus.noticeById.get('guanxian-2023-15')!.notice)).toBe('冠县 2023 年 · 冠政办发〔2023〕15号');
    expect(noticeShortLabel(small.notices[0]!.notice)).toBe('冠县 2024 年 · 文号未印');
  });
});
