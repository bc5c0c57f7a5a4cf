/** Chart figures on the real corpus, checked against counts taken independently from the derived tasks. */
import { describe, expect, it } from 'vitest';
import { countyTotals, yearsLabel } from '../../../src/lib/charts/counties.ts';
import { AFTER_YEAR, BEFORE_YEAR, DEADLINE_KINDS, deadlineSplit, deadlinesTable } from '../../../src/lib/charts/deadlines.ts';
import { departmentLoad, departmentLoadTable } from '../../../src/lib/charts/department-load.ts';
import { measurability, measurabilityTable } from '../../../src/lib/charts/measurability.ts';
import { countyBarsTable, departmentCounties, topicCounties, topicProfile, topicProfileTable } from '../../../src/lib/charts/profiles.ts';
import { topicCoverage, topicCoverageTable } from '../../../src/lib/charts/topic-coverage.ts';
import { describeSubtopicTrends, subtopicTrends, subtopicTrendsTable } from '../../../src/lib/charts/subtopics.ts';
import { loadRealCorpus, loadRealInputs, SEEDS } from '../../helpers.ts';
import { loadTestCorpus } from './corpus.ts';
import { tasksOfSearch } from '../../search-contract.ts';

const corpus = loadTestCorpus();
const codeOf = (slug: string) => corpus.jurisdictions.find((j) => j.slug === slug)!.code;
const tasksIn = (slug: string) => corpus.tasks.filter((t) => t.jurisdiction === codeOf(slug));
const nonIncreasing = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1]! >= v);

describe('countyTotals', () => {
  it('lists the five counties, the longest plan first, with their task counts and plan years', () => {
    expect(countyTotals(corpus).map((c) => [c.slug, c.total, c.years])).toEqual([
      ['guanxian', 54, [2023]],
      ['lijin', 52, [2016]],
      ['shanghe', 51, [2023]],
      ['yanzhou', 47, [2021]],
      ['lezhi', 44, [2023]],
    ]);
    // The same totals as the seeds' task counts, which the importer tests pin.
    for (const seed of SEEDS) expect(tasksIn(seed.id.split('-')[0]!)).toHaveLength(seed.tasks);
  });

  it('tells counties that share a name apart by their prefecture, in their rows and in their links to the search', () => {
    // Two real notices moved to two of the registry's three 铁西区: both rows would otherwise read 铁西区.
    const shared = loadRealCorpus(loadRealInputs().map((input, i) => (i < 2 ? { ...input, entry: { ...input.entry, jurisdiction: ['210106', '210303'][i]! } } : input)));
    const names = countyTotals(shared).map((c) => c.name);
    expect(names.filter((n) => n.startsWith('铁西区')).sort()).toEqual(['铁西区（沈阳市）', '铁西区（鞍山市）'].sort());
    expect(names.filter((n) => !n.startsWith('铁西区')).every((n) => !n.includes('（'))).toBe(true);
    const deadlines = deadlineSplit(shared).counties.find((c) => c.code === '210303')!;
    const href = deadlines.segments.find((s) => s.href !== null)!.href!;
    expect(new URL(href, 'https://example.org').searchParams.getAll('县区')).toEqual(['铁西区（鞍山市）']);
    const measured = measurability(shared).counties.find((c) => c.code === '210106')!;
    for (const segment of measured.segments.filter((s) => s.href !== null)) {
      expect(new URL(segment.href!, 'https://example.org').searchParams.getAll('县区')).toEqual(['铁西区（沈阳市）']);
    }
  });

  it('yearsLabel prints one year or a range', () => {
    expect(yearsLabel([2023])).toBe('2023年');
    expect(yearsLabel([2021, 2022, 2023])).toBe('2021–2023年');
  });
});

describe('topicCoverage', () => {
  const figure = topicCoverage(corpus);

  it('counts guanxian-2023-15’s 54 tasks per topic as the derived tasks do', () => {
    const guanxian = tasksIn('guanxian');
    expect(guanxian).toHaveLength(54);
    const byHand = new Map<string, number>();
    for (const t of guanxian) for (const topic of t.topics) byHand.set(topic, (byHand.get(topic) ?? 0) + 1);
    const column = figure.counties.findIndex((c) => c.slug === 'guanxian');
    for (const topic of figure.topics) {
      const cell = topic.cells[column]!;
      expect(cell.count, topic.id).toBe(byHand.get(topic.id) ?? 0);
      expect(cell.share).toBeCloseTo((byHand.get(topic.id) ?? 0) / 54, 10);
    }
    // Two cells read off the notice by hand: 10 organisation tasks, 8 on decision-making and participation.
    expect(figure.topics.find((t) => t.id === 'organization')!.cells[column]!.count).toBe(10);
    expect(figure.topics.find((t) => t.id === 'decision-making')!.cells[column]!.count).toBe(8);
  });

  it('has every topic once, the most frequent first, and totals that add up', () => {
    expect(figure.topics.map((t) => t.id).sort()).toEqual(corpus.topics.map((t) => t.id).sort());
    expect(nonIncreasing(figure.topics.map((t) => t.total))).toBe(true);
    for (const t of figure.topics) {
      expect(t.total).toBe(corpus.tasksByTopic.get(t.id)!.length);
      expect(t.cells).toHaveLength(figure.counties.length);
    }
  });

  it('links non-empty cells to the topic page at the county’s section and leaves empty ones unlinked', () => {
    const lezhi = figure.counties.findIndex((c) => c.slug === 'lezhi');
    const organization = figure.topics.find((t) => t.id === 'organization')!;
    expect(organization.cells[lezhi]).toEqual({ count: 0, share: 0, href: null });
    const business = figure.topics.find((t) => t.id === 'business-environment')!;
    expect(business.cells[lezhi]!.href).toBe('/topics/business-environment/#lezhi');
  });

  it('tabulates one row per topic and one column per county', () => {
    const table = topicCoverageTable(figure);
    expect(table.rows).toHaveLength(20);
    expect(table.columns).toHaveLength(1 + 5 + 1);
    expect(table.columns[1]).toBe('冠县（2023年，共 54 项）');
  });
});

describe('departmentLoad', () => {
  const figure = departmentLoad(corpus);

  it('counts tasks naming a department directly as the corpus index does', () => {
    for (const row of figure.departments) {
      row.cells.forEach((cell, i) => {
        const code = figure.counties[i]!.code;
        expect(cell.count, `${row.id} ${code}`).toBe(corpus.tasksByDepartment.get(row.id)!.direct.filter((t) => t.jurisdiction === code).length);
      });
    }
    expect(nonIncreasing(figure.departments.map((d) => d.total))).toBe(true);
    expect(figure.departments.every((d) => corpus.departmentById.get(d.id)!.kind === 'department')).toBe(true);
  });

  it('keeps tasks given to all departments apart: one row per collective, counted per county', () => {
    const all = figure.collectives.find((c) => c.id === 'all-departments')!;
    const byHand = figure.counties.map((c) => tasksIn(c.slug).filter((t) => t.units.some((u) => u.department === 'all-departments')).length);
    expect(all.cells.map((c) => c.count)).toEqual(byHand);
    expect(Object.fromEntries(figure.counties.map((c, i) => [c.slug, byHand[i]]))).toEqual({ guanxian: 25, lijin: 24, shanghe: 30, yanzhou: 22, lezhi: 37 });
    expect(all.cells[0]!.href).toBe('/units/all-departments/#guanxian');
    expect(figure.collectives.every((c) => corpus.departmentById.get(c.id)!.kind === 'collective')).toBe(true);
  });

  it('names the education bureau in 5, 2, 5, 5 and 6 tasks of guanxian, lijin, shanghe, yanzhou and lezhi', () => {
    const education = figure.departments.find((d) => d.id === 'education')!;
    expect(education.cells.map((c) => c.count)).toEqual([5, 2, 5, 5, 6]);
    expect(education.cells[0]!.href).toBe('/units/education/#guanxian');
  });

  it('tabulates departments, then collectives', () => {
    const table = departmentLoadTable(figure);
    expect(table.rows).toHaveLength(figure.departments.length + figure.collectives.length);
    expect(table.rows.at(-figure.collectives.length)!.header).toMatch(/（集体分派）$/);
  });
});

describe('deadlineSplit', () => {
  const figure = deadlineSplit(corpus);
  const county = (slug: string) => figure.counties.find((c) => c.slug === slug)!;
  const split = (slug: string) => Object.fromEntries(county(slug).segments.map((s) => [s.kind, s.count]));

  it('splits each county’s tasks by deadline kind, every task once', () => {
    for (const c of figure.counties) {
      expect(c.segments.map((s) => s.kind)).toEqual(DEADLINE_KINDS);
      expect(c.segments.reduce((n, s) => n + s.count, 0)).toBe(c.total);
      for (const s of c.segments) expect(s.count).toBe(tasksIn(c.slug).filter((t) => t.deadline.kind === s.kind).length);
    }
    expect(split('guanxian')).toEqual({ 'by-date': 6, 'year-round': 48, ongoing: 0, unspecified: 0 });
    expect(split('shanghe')).toEqual({ 'by-date': 50, 'year-round': 0, ongoing: 1, unspecified: 0 });
    expect(split('lezhi')).toEqual({ 'by-date': 2, 'year-round': 42, ongoing: 0, unspecified: 0 });
    expect(split('yanzhou')).toEqual({ 'by-date': 2, 'year-round': 0, ongoing: 0, unspecified: 45 });
    expect(split('lijin')).toEqual({ 'by-date': 0, 'year-round': 0, ongoing: 0, unspecified: 52 });
  });

  it('orders counties by their share of dated tasks', () => {
    expect(figure.counties.map((c) => c.slug)).toEqual(['shanghe', 'guanxian', 'lezhi', 'yanzhou', 'lijin']);
  });

  it('places dated tasks by month of the plan year', () => {
    expect(county('shanghe').months.map((m) => [m.month, m.count])).toEqual([[6, 1], [9, 1], [11, 1], [12, 47]]);
    expect(county('lezhi').months.map((m) => [m.month, m.count, m.dates])).toEqual([[8, 1, ['2023-08-31']], [9, 1, ['2023-09-30']]]);
    // lijin prints no deadlines: 2012年1月1日以前制定的规章 names the rules to review, not a due date.
    expect(county('lijin').months).toEqual([]);
    expect(figure.counties.flatMap((c) => c.months).some((m) => m.month === BEFORE_YEAR)).toBe(false);
    expect(figure.counties.flatMap((c) => c.months).some((m) => m.month === AFTER_YEAR)).toBe(false);
  });

  it('links each month mark to a search for exactly the tasks it counts (by county and due month)', () => {
    for (const c of figure.counties) {
      for (const bin of c.months) {
        const named = tasksOfSearch(bin.href, corpus, '2023-08-29');
        expect(named.length, `${c.name} ${bin.year}-${bin.month}: ${bin.href}`).toBe(bin.count);
        expect([...new Set(named.map((t) => t.deadline.date))].sort()).toEqual(bin.dates);
      }
    }
    // The September mark of 商河县 is its one September task, not all 50 of its dated tasks.
    const september = county('shanghe').months.find((m) => m.month === 9)!;
    expect(new URL(september.href, 'http://x').searchParams.get('到期')).toBe('2023-09');
    expect(tasksOfSearch(september.href, corpus, '2023-08-29')).toHaveLength(1);
  });

  it('gives a county with notices of several plan years a mark per plan year and month, each linking to exactly its tasks', () => {
    // 商河县 again with its 2023 notice read as a 2022 plan: its 9月底前 is then 2022-09-30, its 2023年… dates after the plan year.
    const inputs = loadRealInputs();
    const shanghe = inputs.find((i) => i.entry.id === 'shanghe-2023-2')!;
    const earlier = { entry: { ...shanghe.entry, id: 'shanghe-2022-1', year: 2022, docNumber: null, issuedOn: '2022-03-01', printedOn: null }, file: 'content/notices/shanghe-2022-1.md' };
    const twoYears = loadRealCorpus([...inputs, earlier]);
    const row = deadlineSplit(twoYears).counties.find((c) => c.slug === 'shanghe')!;
    expect(row.years).toEqual([2022, 2023]);
    expect([...new Set(row.months.map((m) => m.year))]).toEqual([2022, 2023]);
    expect(row.months.filter((m) => m.year === 2022).map((m) => m.month)).toContain(AFTER_YEAR);
    for (const bin of row.months) {
      const named = tasksOfSearch(bin.href, twoYears, '2023-08-29');
      expect(named.length, bin.href).toBe(bin.count);
      expect(named.every((t) => t.year === bin.year)).toBe(true);
    }
    expect(row.months.reduce((n, m) => n + m.count, 0)).toBe(100);
  });

  it('links each kind to search filtered by county and kind', () => {
    const by = county('guanxian').segments.find((s) => s.kind === 'by-date')!;
    expect(by.href).toBe(`/search/?${new URLSearchParams({ 县区: '冠县', 时限类型: '限期' })}`);
    expect(county('guanxian').segments.find((s) => s.kind === 'ongoing')!.href).toBeNull();
  });

  it('tabulates one row per county with its due dates', () => {
    const table = deadlinesTable(figure);
    expect(table.rows.map((r) => r.header)).toEqual(['商河县', '冠县', '乐至县', '兖州区', '利津县']);
    expect(table.rows[0]!.cells.at(-1)).toContain('12月 47 项（2023-12-31）');
  });
});

describe('measurability', () => {
  const figure = measurability(corpus);

  it('counts tasks with a dated deadline or a measurable target, each once', () => {
    for (const c of figure.counties) {
      const tasks = tasksIn(c.slug);
      const byHand = tasks.filter((t) => t.deadline.kind === 'by-date' || t.targets.length > 0).length;
      expect(c.measurable, c.slug).toBe(byHand);
      expect(c.segments.reduce((n, s) => n + s.count, 0)).toBe(byHand);
      expect(c.share).toBeCloseTo(byHand / tasks.length, 10);
    }
    expect(figure.counties.map((c) => [c.slug, c.measurable, c.total])).toEqual([
      ['shanghe', 50, 51],
      ['guanxian', 9, 54],
      ['lijin', 7, 52],
      ['lezhi', 5, 44],
      ['yanzhou', 2, 47],
    ]);
  });

  it('tabulates one row per county', () => {
    const table = measurabilityTable(figure);
    expect(table.rows[0]).toEqual({ header: '商河县', cells: ['51', '50', String(figure.counties[0]!.withTarget), String(figure.counties[0]!.both), '50', '98.0%'] });
  });
});

describe('small-chart figures', () => {
  it('topicProfile gives one county’s share per topic, largest first, against the mean of all counties', () => {
    const figure = topicProfile(corpus, codeOf('guanxian'));
    expect(figure.county.total).toBe(54);
    expect(figure.bars).toHaveLength(20);
    expect(nonIncreasing(figure.bars.map((b) => b.share))).toBe(true);
    expect(figure.bars[0]).toMatchObject({ id: 'organization', count: 10, href: '/topics/organization/#guanxian' });
    const coverage = topicCoverage(corpus);
    const organization = coverage.topics.find((t) => t.id === 'organization')!;
    expect(figure.bars[0]!.meanShare).toBeCloseTo(organization.cells.reduce((s, c) => s + c.share, 0) / 5, 10);
    expect(topicProfileTable(figure).rows).toHaveLength(20);
    expect(() => topicProfile(corpus, '110101')).toThrow(/no notice/);
  });

  it('departmentCounties keeps direct and collective tasks apart per county', () => {
    const figure = departmentCounties(corpus, 'education');
    const lists = corpus.tasksByDepartment.get('education')!;
    for (const row of figure.rows) {
      expect(row.direct).toBe(lists.direct.filter((t) => t.jurisdiction === row.county.code).length);
      expect(row.collective).toBe(lists.collective.filter((t) => t.jurisdiction === row.county.code).length);
    }
    expect(figure.rows[0]).toMatchObject({ direct: 6, href: '/units/education/#lezhi' });
    expect(countyBarsTable(figure).columns).toEqual(['县区', '直接点名', '作为全部县直部门之一', '县区任务总数']);
  });

  it('topicCounties gives one topic’s share per county, largest first, unlinked where a county has none', () => {
    const figure = topicCounties(corpus, 'organization');
    expect(nonIncreasing(figure.rows.map((r) => r.share))).toBe(true);
    expect(figure.rows.at(-1)).toMatchObject({ count: 0, share: 0, href: null });
    expect(figure.rows.at(-1)!.county.slug).toBe('lezhi');
    expect(() => topicCounties(corpus, 'nope')).toThrow(/unknown topic/);
  });
});

describe('subtopicTrends', () => {
  const figure = subtopicTrends(corpus);

  it('lays out one column per plan, oldest year first, and one row per sub-topic some plan carries', () => {
    expect(figure.plans.map((p) => `${p.county} ${p.year}`)).toEqual(['利津县 2016', '兖州区 2021', '冠县 2023', '商河县 2023', '乐至县 2023']);
    for (const p of figure.plans) expect(p.total).toBe(corpus.noticeById.get(p.notice)!.tasks.length);
    const ids = new Set(corpus.tasks.flatMap((t) => t.subtopics));
    expect(figure.rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(figure.absent.map((a) => a.id)).toEqual(corpus.subtopics.map((s) => s.id).filter((id) => !ids.has(id)).sort());
  });

  it('counts each plan’s tasks of each sub-topic as the tasks carry them, and links a cell to its county on the sub-topic’s page', () => {
    for (const r of figure.rows) {
      r.cells.forEach((c, i) => {
        const notice = corpus.noticeById.get(figure.plans[i]!.notice)!;
        expect(c.count, `${r.id} ${notice.notice.id}`).toBe(notice.tasks.filter((t) => t.subtopics.includes(r.id)).length);
        expect(c.href).toBe(c.count > 0 ? `/topics/${r.topic.id}/${r.id}/#${notice.notice.jurisdiction.slug}` : null);
      });
    }
  });

  it('shows 利津县 2016’s 扶贫 and 棚户区改造 at the top, in its column alone, and says what only 2016 has', () => {
    const top = figure.rows.filter((r) => r.cells[0]!.count > 0 && r.cells.slice(1).every((c) => c.count === 0)).map((r) => r.id);
    expect(top).toEqual(expect.arrayContaining(['poverty-alleviation', 'shantytown-renovation']));
    expect(figure.rows.slice(0, figure.rows.findIndex((r) => r.cells[0]!.count === 0)).map((r) => r.id)).toEqual(expect.arrayContaining(['poverty-alleviation', 'shantytown-renovation']));
    expect(describeSubtopicTrends(figure)).toMatch(/只有 2016 年的计划有「[^。；]*脱贫攻坚与扶贫[^。；]*」/);
    expect(describeSubtopicTrends(figure)).toMatch(/只有 2021 年的计划有「[^。；]*疫情防控/);
  });

  it('has a data table with a column per plan and the sub-topic’s topic in each row', () => {
    const table = subtopicTrendsTable(figure);
    expect(table.columns[1]).toBe('利津县 2016年（共 52 项）');
    expect(table.rows.find((r) => r.header === '脱贫攻坚与扶贫（社会保障与救助）')!.cells).toEqual(['1 项', '0 项', '0 项', '0 项', '0 项', '1 项']);
  });
});
