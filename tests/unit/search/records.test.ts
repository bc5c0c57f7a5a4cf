/** The search records and alias table, on the real corpus built from the content files (as the build's search index hook builds it). */
import { describe, expect, it } from 'vitest';
import { deadlineLabel, taskLabel } from '../../../src/lib/present.ts';
import { DEADLINE_KIND_LABEL } from '../../../src/schemas/task.ts';
import { FILTER_KEYS, SEARCH_LANGUAGE } from '../../../src/lib/search/contract.ts';
import { DUE_KEY, NO_DUE_DATE } from '../../../src/lib/search/deadline.ts';
import { parsePlan, PLAN_KEY } from '../../../src/lib/search/plans.ts';
import { MAX_INDEXED, dueDates, filterOptions, noticeRecords, recordFilters, searchAliases, taskRecords, type SearchRecord } from '../../../src/lib/search/records.ts';
import { indexTokens } from '../../../src/lib/search/tokens.ts';
import { planShards } from '../../../src/lib/search/shards.ts';
import { loadRealCorpus, loadRealInputs } from '../../helpers.ts';

const corpus = loadRealCorpus();
const records = taskRecords(corpus, corpus.notices);
const notices = noticeRecords(corpus);
const byUrl = new Map(records.map((r) => [r.url, r]));
const taskRecord = (id: string): SearchRecord => byUrl.get(corpus.tasks.find((t) => t.id === id)!.url)!;
const departmentName = (id: string) => corpus.departmentById.get(id)!.name;

describe('taskRecords', () => {
  it('makes one record per task, at its permalink, in corpus order', () => {
    expect(records.map((r) => r.url)).toEqual(corpus.tasks.map((t) => t.url));
    for (const t of corpus.tasks) {
      expect(t.url).toBe(`/notices/${t.notice}/#${t.anchor}`);
      expect(byUrl.get(t.url)?.meta.kind).toBe('任务');
    }
  });

  it('marks every record with the language Pagefind does not segment, which the page searches in', () => {
    expect(SEARCH_LANGUAGE).toBe('und');
    for (const r of [...records, ...notices]) expect(r.language).toBe('und');
  });

  it('indexes the requirement, the units as printed, the section and the subsection as pairs of characters, and nothing else', () => {
    for (const t of corpus.tasks) {
      const expected = indexTokens([t.text, t.unitsRaw, t.section, t.subsection].filter((p) => p !== null).join('\n'));
      expect(byUrl.get(t.url)!.content, t.id).toBe(expected);
    }
    // No alias layer: 教体局 is read as a filter by the page, not found in a task's words.
    const education = corpus.tasksByDepartment.get('education')!.direct.filter((t) => ![t.text, t.unitsRaw].join('').includes('教体局'));
    expect(education.length).toBeGreaterThan(0);
    for (const t of education) expect(byUrl.get(t.url)!.content, t.id).not.toContain('教体');
  });

  it('gives each task what its result shows, as printed', () => {
    const r = taskRecord('guanxian-2023-15-t12');
    const t = corpus.tasks.find((x) => x.id === 'guanxian-2023-15-t12')!;
    expect(r.meta).toMatchObject({
      title: `冠县 2023 · ${taskLabel(12, t.seq)}`,
      county: '冠县',
      year: '2023',
      deadline: deadlineLabel(t),
      notice: corpus.noticeById.get('guanxian-2023-15')!.notice.title,
      text: t.text,
      units: t.unitsRaw ?? '',
      section: t.section ?? '',
      subsection: t.subsection ?? '',
      departments: [...new Set(t.units.map((u) => departmentName(u.department)))].join('、'),
    });
  });

  it('files every task under 省份, 县区, 年度, 部门 (canonical names, collectives too), 主题, 子主题, 时限类型, 量化指标, its plan and its due date', () => {
    for (const t of corpus.tasks) {
      const r = byUrl.get(t.url)!;
      const j = corpus.jurisdictionByCode.get(t.jurisdiction)!;
      expect(Object.keys(r.filters ?? {}).every((k) => [...FILTER_KEYS, PLAN_KEY, DUE_KEY].includes(k))).toBe(true);
      expect(r.filters?.['省份']).toEqual([j.province]);
      expect(r.filters?.['县区']).toEqual([j.name]); // the five counties' names are each the registry's only one
      expect(r.filters?.['年度']).toEqual([String(t.year)]);
      expect(r.filters?.['时限类型']).toEqual([DEADLINE_KIND_LABEL[t.deadline.kind]]);
      expect(new Set(r.filters?.['部门'] ?? [])).toEqual(new Set(t.units.map((u) => departmentName(u.department))));
      expect(r.filters?.['主题'] ?? []).toEqual(t.topics.map((id) => corpus.topicById.get(id)!.name));
      expect(r.filters?.['子主题'] ?? []).toEqual(t.subtopics.map((id) => corpus.subtopicById.get(id)!.name));
      expect(r.filters?.['量化指标']).toEqual([t.targets.length > 0 ? '有' : '无']);
      expect(r.filters?.[DUE_KEY]).toEqual(t.deadline.kind === 'by-date' ? [t.deadline.date] : undefined);
      expect(r.sort).toEqual({ due: t.deadline.kind === 'by-date' ? t.deadline.date : NO_DUE_DATE });
      const plan = parsePlan(r.filters?.[PLAN_KEY]?.[0] ?? '')!;
      expect(plan).toMatchObject({ order: corpus.notices.findIndex((n) => n.tasks.includes(t)), year: t.year, county: j.name });
      expect(r.meta.plan).toBe(plan.value);
    }
    const collective = records.filter((r) => r.filters?.['部门']?.includes(departmentName('all-departments')));
    expect(collective.length).toBe(corpus.tasks.filter((t) => t.units.some((u) => u.department === 'all-departments')).length);
    expect(collective.length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(taskRecords(corpus, corpus.notices)).toEqual(records);
  });

  it('gives each task’s filters alone, in the same order (the search page counts with them)', () => {
    const panel = records.map((r) => Object.fromEntries(Object.entries(r.filters ?? {}).filter(([k]) => (FILTER_KEYS as readonly string[]).includes(k))));
    expect([...recordFilters(corpus)]).toEqual(panel);
  });

  it('gives a bundle’s records alone as the whole list has them (the search index builds them so)', () => {
    const shards = planShards(corpus, 60);
    expect(shards.length).toBeGreaterThan(2);
    for (const shard of shards) {
      const urls = new Set(shard.notices.flatMap((n) => n.tasks.map((t) => t.url)));
      expect(taskRecords(corpus, shard.notices), shard.path).toEqual(records.filter((r) => urls.has(r.url)));
    }
    expect(() => taskRecords(corpus, [structuredClone(corpus.notices[0]!)])).toThrow(/is not a notice of this corpus/);
  });

  it('bounds a very long task: the indexed text and the text shown', () => {
    const copy = structuredClone(corpus);
    const task = copy.notices[0]!.tasks[0]!;
    task.text = '公开'.repeat(10_000);
    const long = taskRecords(copy, copy.notices).find((r) => r.url === task.url)!;
    expect(long.content.split(' ').length).toBeLessThanOrEqual(MAX_INDEXED + 1);
    expect([...long.meta.text].length).toBeLessThanOrEqual(1000);
  });
});

describe('noticeRecords', () => {
  it('makes one record per notice, found by its title, issuer, document number, cited documents and headings, filtered by place and year only', () => {
    expect(notices.map((r) => r.url)).toEqual(corpus.notices.map((n) => n.notice.url));
    for (const [i, n] of corpus.notices.entries()) {
      const r = notices[i]!;
      expect(r.meta.kind).toBe('通知');
      expect(r.content).toContain(indexTokens(n.notice.title));
      expect(Object.keys(r.filters ?? {}).sort()).toEqual(['县区', '年度', '省份']);
    }
  });
});

describe('dueDates', () => {
  it('counts the tasks due on each date, in date order', () => {
    const dates = dueDates(corpus);
    expect(dates.map(([d]) => d)).toEqual([...dates.map(([d]) => d)].sort());
    expect(dates.reduce((n, [, c]) => n + c, 0)).toBe(corpus.tasks.filter((t) => t.deadline.kind === 'by-date').length);
  });
});

describe('the 县区 filter where counties share a name', () => {
  // Two real notices moved to two of the registry's three 铁西区 (沈阳市 and 鞍山市), one to 四平市's.
  const moved = loadRealInputs().map((input, i) => (i < 3 ? { ...input, entry: { ...input.entry, jurisdiction: ['210106', '210303', '220302'][i]! } } : input));
  const shared = loadRealCorpus(moved);
  const sharedRecords = taskRecords(shared, shared.notices);
  const countiesOf = (codes: string[]) => sharedRecords.filter((r) => codes.some((code) => shared.noticesByJurisdiction.get(code)!.some((n) => n.tasks.some((t) => t.url === r.url))));

  it('files each county under its own value, the name and its prefecture, so that a filter never picks two counties', () => {
    for (const [code, value] of [['210106', '铁西区（沈阳市）'], ['210303', '铁西区（鞍山市）'], ['220302', '铁西区（四平市）']] as const) {
      const mine = countiesOf([code]);
      expect(mine.length).toBeGreaterThan(0);
      for (const r of mine) expect(r.filters?.['县区'], r.url).toEqual([value]);
    }
    expect(sharedRecords.filter((r) => r.filters?.['县区']?.includes('铁西区'))).toEqual([]);
  });

  it('lists the values in division-code order with their counts, and the unshared names as they are', () => {
    const counties = filterOptions(shared).find((o) => o.key === '县区')!.values;
    expect(counties.map((v) => v.value)).toEqual(shared.jurisdictions.map((j) => shared.distinctNameByCode.get(j.code)));
    expect(counties.map((v) => v.value)).toEqual(['铁西区（沈阳市）', '铁西区（鞍山市）', '铁西区（四平市）', ...counties.slice(3).map((v) => v.value)]);
    expect(counties.slice(3).every((v) => !v.value.includes('（'))).toBe(true);
    for (const v of counties) expect(v.count).toBe(sharedRecords.filter((r) => r.filters?.['县区']?.includes(v.value)).length);
  });

  it('keeps the bare name on the result, with the place, and the value in the plan', () => {
    const [r] = countiesOf(['210303']);
    expect(r!.meta.county).toBe('铁西区');
    expect(r!.meta.place).toBe('辽宁省 鞍山市 铁西区');
    expect(parsePlan(r!.meta.plan)?.county).toBe('铁西区（鞍山市）');
  });
});

describe('searchAliases', () => {
  const aliases = searchAliases(corpus);
  const table = new Map(aliases.map((a) => [a.alias, a.department]));

  it('reads abbreviations, variants and canonical names as their department', () => {
    expect(table.get('人社局')).toBe('人力资源和社会保障部门');
    expect(table.get('人力资源和社会保障局')).toBe('人力资源和社会保障部门');
    expect(table.get('教体局')).toBe('教育部门');
    expect(table.get('教育和体育局')).toBe('教育部门');
    expect(table.get('发改局')).toBe('发展和改革部门');
    expect(table.get('住建局')).toBe('住房和城乡建设部门');
    expect(table.get('住房和城乡建设部门')).toBe('住房和城乡建设部门');
    expect(table.get('县直各部门')).toBe('全部县直部门');
  });

  it('maps each name to a 部门 filter value that exists, and never reads ordinary words as departments', () => {
    const names = new Set(corpus.departments.map((d) => d.name));
    for (const a of aliases) expect(names.has(a.department), a.alias).toBe(true);
    for (const word of ['人员', '人民', '教育', '公开', '乡镇街道']) expect(table.has(word), word).toBe(false);
    expect(aliases.every((a) => a.alias.length >= 2)).toBe(true);
  });

  it('lists longer names first, so that a name inside a longer one never wins', () => {
    for (let i = 1; i < aliases.length; i++) expect(aliases[i - 1]!.alias.length).toBeGreaterThanOrEqual(aliases[i]!.alias.length);
  });
});

describe('filterOptions', () => {
  const options = filterOptions(corpus);

  it('lists every filter key in page order, each value once, with the number of tasks that carry it', () => {
    expect(options.map((o) => o.key)).toEqual([...FILTER_KEYS]);
    for (const { key, values } of options) {
      expect(new Set(values.map((v) => v.value)).size).toBe(values.length);
      for (const { value, count } of values) expect(count, `${key} ${value}`).toBe(records.filter((r) => r.filters?.[key]?.includes(value)).length);
    }
    const counties = options.find((o) => o.key === '县区')!;
    expect(counties.values.reduce((n, v) => n + v.count, 0)).toBe(records.length);
  });

  it('orders departments by pinyin with collectives last, whatever order the registry was loaded in', () => {
    const shuffled = { ...corpus, departments: [...corpus.departments].reverse(), topics: [...corpus.topics].reverse() };
    expect(filterOptions(shuffled)).toEqual(options);
    const departments = options.find((o) => o.key === '部门')!.values.map((v) => v.value);
    const kinds = departments.map((name) => corpus.departments.find((d) => d.name === name)!.kind);
    expect(kinds.indexOf('collective')).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf('collective')).every((k) => k === 'collective')).toBe(true);
    expect(departments.indexOf('财政部门')).toBeLessThan(departments.indexOf('教育部门'));
  });

  it('orders years newest first and deadline kinds in their fixed order', () => {
    const years = options.find((o) => o.key === '年度')!.values.map((v) => Number(v.value));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const kinds = options.find((o) => o.key === '时限类型')!.values.map((v) => v.value);
    const order = Object.values(DEADLINE_KIND_LABEL);
    expect(kinds.map((k) => order.indexOf(k))).toEqual([...kinds.map((k) => order.indexOf(k))].sort((a, b) => a - b));
  });
});
