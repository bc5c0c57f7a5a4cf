/** The search records and alias table, on the real corpus built from the content files (as the build's search index hook builds it). */
import { describe, expect, it } from 'vitest';
import { deadlineLabel, taskLabel } from '../../../src/lib/present.ts';
import { DEADLINE_KIND_LABEL } from '../../../src/schemas/task.ts';
import { FILTER_KEYS, SEARCH_LANGUAGE } from '../../../src/lib/search/contract.ts';
import {
  MAX_CONTENT,
  filterOptions,
  searchAliases,
  noticesRecords,
  recordFilters,
  searchRecords,
  type SearchRecord,
} from '../../../src/lib/search/records.ts';
import { planShards } from '../../../src/lib/search/shards.ts';
import { loadRealCorpus, loadRealInputs } from '../../helpers.ts';

const loadCorpus = loadRealCorpus;

const corpus = loadCorpus();
const records = searchRecords(corpus);
const byUrl = new Map(records.map((r) => [r.url, r]));
const taskRecord = (id: string): SearchRecord => byUrl.get(corpus.tasks.find((t) => t.id === id)!.url)!;
const departmentName = (id: string) => corpus.departmentById.get(id)!.name;

describe('searchRecords', () => {
  it('makes one record per task, at its permalink, and one per notice, at its page', () => {
    expect(records).toHaveLength(corpus.tasks.length + corpus.notices.length);
    expect(byUrl.size).toBe(records.length);
    for (const t of corpus.tasks) {
      expect(t.url).toBe(`/notices/${t.notice}/#${t.anchor}`);
      expect(byUrl.get(t.url)?.meta?.['kind']).toBe('任务');
    }
    for (const n of corpus.notices) expect(byUrl.get(`/notices/${n.notice.id}/`)?.meta?.['kind']).toBe('通知');
  });

  it('marks every record zh-cn, the code Pagefind builds from <html lang="zh-CN">', () => {
    expect(SEARCH_LANGUAGE).toBe('zh-cn');
    for (const r of records) expect(r.language).toBe('zh-cn');
  });

  it('indexes every name of every department a task names: canonical name, abbreviations and variants (the alias layer)', () => {
    const education = corpus.tasksByDepartment.get('education')!.direct;
    const counties = new Set(education.map((t) => t.jurisdiction));
    expect(counties.size).toBeGreaterThanOrEqual(3);
    for (const t of education) {
      const { content } = byUrl.get(t.url)!;
      for (const name of ['教育部门', '教体局', '教育局', '教育和体育局']) expect(content, t.id).toContain(name);
    }
    for (const [id, names] of [['human-resources', ['人社局', '人力资源和社会保障局']], ['development-reform', ['发改局', '发展和改革委员会']], ['housing-construction', ['住建局', '住房和城乡建设局']]] as const) {
      for (const t of corpus.tasksByDepartment.get(id)!.direct) for (const name of names) expect(byUrl.get(t.url)!.content, `${t.id} ${name}`).toContain(name);
    }
  });

  it('puts the searchable words in content: text, units as printed, headings, place, topics, deadline as printed', () => {
    for (const t of corpus.tasks) {
      const r = byUrl.get(t.url)!;
      const j = corpus.jurisdictionByCode.get(t.jurisdiction)!;
      const expected = [t.text, t.unitsRaw, t.section, t.subsection, t.deadlineRaw, j.name, j.prefecture, j.province, ...t.topics.map((id) => corpus.topicById.get(id)!.name)];
      for (const word of expected) if (word !== null) expect(r.content, `${t.id}: ${word}`).toContain(word);
    }
  });

  it('starts the content with the task text, and says how long that text is (meta.head), so excerpts can stay inside it', () => {
    for (const t of corpus.tasks) {
      const r = byUrl.get(t.url)!;
      expect(r.content.slice(0, Number(r.meta?.['head']))).toBe(t.text);
    }
  });

  it('gives each task its title, county, year, departments, deadline and notice in meta', () => {
    const r = taskRecord('guanxian-2023-15-t12');
    const t = corpus.tasks.find((x) => x.id === 'guanxian-2023-15-t12')!;
    expect(r.meta).toMatchObject({
      title: `冠县 2023 · ${taskLabel(12, t.seq)}`,
      county: '冠县',
      year: '2023',
      deadline: deadlineLabel(t),
      notice: corpus.noticeById.get('guanxian-2023-15')!.notice.title,
      departments: [...new Set(t.units.map((u) => departmentName(u.department)))].join('、'),
    });
    expect(r.meta?.['summary']).toBe(t.text.length <= 160 ? t.text : `${[...t.text].slice(0, 159).join('')}…`);
  });

  it('files every task under 省份, 县区, 年度, 部门 (canonical names, collectives too), 主题, 时限类型 and 量化指标', () => {
    for (const t of corpus.tasks) {
      const r = byUrl.get(t.url)!;
      const j = corpus.jurisdictionByCode.get(t.jurisdiction)!;
      expect(Object.keys(r.filters ?? {}).every((k) => (FILTER_KEYS as readonly string[]).includes(k))).toBe(true);
      expect(r.filters?.['省份']).toEqual([j.province]);
      expect(r.filters?.['县区']).toEqual([j.name]); // the five counties' names are each the registry's only one
      expect(r.filters?.['年度']).toEqual([String(t.year)]);
      expect(r.filters?.['时限类型']).toEqual([DEADLINE_KIND_LABEL[t.deadline.kind]]);
      expect(new Set(r.filters?.['部门'] ?? [])).toEqual(new Set(t.units.map((u) => departmentName(u.department))));
      expect(r.filters?.['主题'] ?? []).toEqual(t.topics.map((id) => corpus.topicById.get(id)!.name));
      expect(r.filters?.['量化指标']).toEqual([t.targets.length > 0 ? '有' : '无']);
    }
    expect(records.filter((r) => r.filters?.['量化指标']?.[0] === '有').length).toBeGreaterThan(0);
    const collective = records.filter((r) => r.filters?.['部门']?.includes(departmentName('all-departments')));
    expect(collective.length).toBe(corpus.tasks.filter((t) => t.units.some((u) => u.department === 'all-departments')).length);
    expect(collective.length).toBeGreaterThan(0);
  });

  it('leaves 部门 off notice records, so that a department filter returns only tasks that name it', () => {
    for (const n of corpus.notices) {
      const r = byUrl.get(n.notice.url)!;
      expect(r.filters?.['部门']).toBeUndefined();
      expect(r.content).toContain(n.notice.title);
    }
  });

  it('gives every record the sort key (Pagefind drops results that lack the key), in corpus order', () => {
    const orders = records.map((r) => r.sort?.['order']);
    expect(orders.every((o) => o !== undefined && /^\d{7}$/.test(o))).toBe(true);
    expect([...orders].sort()).toEqual(orders);
    expect(new Set(orders).size).toBe(records.length);
    for (const r of records) expect(Object.keys(r.sort ?? {})).toEqual(['order']);
  });

  it('is deterministic', () => {
    expect(searchRecords(corpus)).toEqual(records);
  });

  it('gives each record’s filters alone, in the same order (the search page counts with them)', () => {
    expect([...recordFilters(corpus)]).toEqual(records.map((r) => r.filters));
  });

  it('gives a bundle’s records alone as the whole list has them, sort keys included (the search index builds them so)', () => {
    const shards = planShards(corpus, 60);
    expect(shards.length).toBeGreaterThan(2);
    for (const shard of shards) {
      const urls = new Set(shard.notices.flatMap((n) => [n.notice.url, ...n.tasks.map((t) => t.url)]));
      expect(noticesRecords(corpus, shard.notices), shard.path).toEqual(records.filter((r) => urls.has(r.url)));
    }
    expect(() => noticesRecords(corpus, [structuredClone(corpus.notices[0]!)])).toThrow(/is not a notice of this corpus/);
  });

  it('bounds a very long task, keeping the alias layer that makes it findable', () => {
    const copy = structuredClone(corpus);
    const task = copy.notices[0]!.tasks[0]!;
    task.text = '公开'.repeat(10_000);
    const long = searchRecords(copy).find((r) => r.url === task.url)!;
    expect(long.content.length).toBeLessThanOrEqual(MAX_CONTENT);
    const department = copy.departmentById.get(task.units[0]!.department)!;
    expect(long.content).toContain(department.name);
    expect(Number(long.meta?.['head'])).toBeLessThan(MAX_CONTENT);
  });
});

describe('the 县区 filter where counties share a name', () => {
  // Two real notices moved to two of the registry's three 铁西区 (沈阳市 and 鞍山市), one to 四平市's.
  const moved = loadRealInputs().map((input, i) => (i < 3 ? { ...input, entry: { ...input.entry, jurisdiction: ['210106', '210303', '220302'][i]! } } : input));
  const shared = loadRealCorpus(moved);
  const sharedRecords = searchRecords(shared);
  const countiesOf = (codes: string[]) => sharedRecords.filter((r) => codes.some((code) => shared.noticesByJurisdiction.get(code)!.some((n) => r.url === n.notice.url || n.tasks.some((t) => t.url === r.url))));

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

  it('keeps the bare name in the searchable text and on the result, with the place', () => {
    const [r] = countiesOf(['210303']);
    expect(r!.meta?.['county']).toBe('铁西区');
    expect(r!.meta?.['place']).toBe('辽宁省 鞍山市 铁西区');
    expect(r!.content).toContain('辽宁省 鞍山市 铁西区');
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

  it('lists every filter key in page order, each value once, with the number of records (searchRecords) that carry it', () => {
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
