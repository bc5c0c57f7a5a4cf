/**
 * Sub-topics (src/lib/normalize/subtopics.ts) and their registry (content/registry/subtopics.yaml),
 * checked against the codebook's sub-topic table and on the five notices' real tasks: the era
 * markers of 利津县 2016 (扶贫, 棚户区改造), 兖州区 2021 (疫情防控) and the 2023 plans (双减, 适老化).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySubtopics } from '../../../src/lib/normalize/subtopics.ts';
import { loadRealCorpus, registries } from '../../helpers.ts';

const { subtopics, topics } = registries;
const corpus = loadRealCorpus();
const task = (id: string) => corpus.tasks.find((t) => t.id === id)!;
const classify = (text: string, topicIds: string[], subsection: string | null = null, section: string | null = null) =>
  classifySubtopics({ text, section, subsection }, topicIds, subtopics);

/** The rows of the codebook's "## Sub-topics" table: id, topic id, Chinese name. */
function codebookSubtopics(): { id: string; topic: string; name: string }[] {
  const md = readFileSync('docs/codebook.md', 'utf8');
  const start = md.indexOf('## Sub-topics');
  expect(start).toBeGreaterThan(-1);
  const end = md.indexOf('\n## ', start + 1);
  const table = md.slice(start, end === -1 ? undefined : end);
  return [...table.matchAll(/^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/gm)].map((m) => ({ id: m[1]!, topic: m[2]!, name: m[3]! }));
}

describe('the sub-topics registry', () => {
  it('has at least the era markers the issue names, each under one topic of the codebook', () => {
    const ids = subtopics.map((s) => s.id);
    for (const id of ['poverty-alleviation', 'shantytown-renovation', 'double-reduction', 'epidemic-control', 'elderly-friendly', 'tax-fee-cuts', 'rural-revitalization', 'business-climate', 'stable-employment', 'digital-government']) {
      expect(ids).toContain(id);
    }
    const topicIds = new Set(topics.map((t) => t.id));
    for (const s of subtopics) {
      expect(topicIds.has(s.topic), `${s.id} under ${s.topic}`).toBe(true);
      expect(topicIds.has(s.id), `${s.id} is not also a topic id`).toBe(false);
      expect(s.keywords.length + s.patterns.length, s.id).toBeGreaterThan(0);
      expect(s.description, s.id).not.toMatch(/[A-Za-z]/);
      for (const p of s.patterns) expect(p.words, p.pattern).toMatch(/^(?:含|以)“/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the codebook’s sub-topic table, row for row (docs/codebook.md, the public contract)', () => {
    expect(codebookSubtopics()).toEqual(subtopics.map((s) => ({ id: s.id, topic: s.topic, name: s.name })));
  });
});

describe('classifySubtopics on the real notices’ tasks', () => {
  it.each([
    ['lijin-2016-27-t17', ['poverty-alleviation']],
    ['lijin-2016-27-t20', ['shantytown-renovation']],
    ['lijin-2016-27-t14', ['tax-fee-cuts']],
    ['lijin-2016-27-t15', ['tax-fee-cuts']],
    ['lijin-2016-27-t1', ['streamlining-administration']],
    ['yanzhou-2021-20-t17', ['epidemic-control']],
    ['yanzhou-2021-20-t35', ['digital-government']],
    ['guanxian-2023-15-t12', ['double-reduction']],
    ['guanxian-2023-15-t46', ['elderly-friendly']],
    ['guanxian-2023-15-t10', ['tax-fee-cuts']],
    ['guanxian-2023-15-t11', ['stable-employment']],
    ['guanxian-2023-15-t7', ['business-climate']],
    ['lezhi-2023-15-t13', ['one-old-one-young']],
    ['shanghe-2023-2-t2', ['rural-revitalization', 'green-low-carbon']],
  ] as const)('gives %s the sub-topics %j', (id, expected) => {
    expect(task(id).subtopics).toEqual(expected);
  });

  it('keeps 利津县 2016’s 扶贫 and 棚户区改造 tasks apart from the broad topics that hold them', () => {
    const lijin = corpus.noticeById.get('lijin-2016-27')!.tasks;
    expect(lijin.filter((t) => t.subtopics.includes('poverty-alleviation')).map((t) => t.topics)).toEqual([['social-security']]);
    expect(lijin.filter((t) => t.subtopics.includes('shantytown-renovation')).map((t) => t.topics)).toEqual([['housing']]);
    // No 2023 plan carries either.
    for (const n of corpus.notices.filter((x) => x.notice.year === 2023)) {
      expect(n.tasks.flatMap((t) => t.subtopics), n.notice.id).not.toContain('poverty-alleviation');
      expect(n.tasks.flatMap((t) => t.subtopics), n.notice.id).not.toContain('shantytown-renovation');
    }
  });

  it('never gives a task a sub-topic of a topic it does not carry', () => {
    for (const t of corpus.tasks) for (const s of t.subtopics) expect(t.topics, `${t.id}: ${s}`).toContain(corpus.subtopicById.get(s)!.topic);
    // 利津县 2016 t11 names 易地扶贫搬迁 among the projects whose approval is published: a major-projects task, not poverty alleviation.
    expect(task('lijin-2016-27-t11').topics).not.toContain('social-security');
    expect(task('lijin-2016-27-t11').subtopics).toEqual([]);
  });
});

describe('classifySubtopics, the rules', () => {
  const projects = '重点推进铁路、高速公路等基础设施，以及教育、卫生、易地扶贫搬迁等工程的审批、核准信息的公开。';

  it('considers only the sub-topics of the task’s own topics', () => {
    expect(classify(projects, ['major-projects']).topics).toEqual([]);
    expect(classify(projects, ['social-security']).topics).toEqual(['poverty-alleviation']);
  });

  it('lets the subsection heading decide when the text names none, never the section heading', () => {
    // 兖州区 2021 t11 stands under （三）着力优化营商环境推进政务公开.
    const t11 = task('yanzhou-2021-20-t11');
    expect(classify(t11.text, ['business-environment'], t11.subsection).matches).toEqual([{ topic: 'business-climate', rule: 'pattern:营商环境(?!影响)', field: 'subsection' }]);
    // 冠县 2023's section heading 推进绿色低碳高质量发展信息公开 heads 14 tasks; it marks none of them 绿色低碳.
    const t1 = task('guanxian-2023-15-t1');
    expect(t1.section).toContain('绿色低碳');
    expect(classify(t1.text, ['economy'], t1.subsection, t1.section).topics).toEqual([]);
  });

  it('explains every sub-topic it assigns with the rules that matched', () => {
    const r = classify('推进义务教育“双减”信息公开，加强校外培训机构监管。', ['education']);
    expect(r).toEqual({
      topics: ['double-reduction'],
      matches: [
        { topic: 'double-reduction', rule: 'keyword:双减', field: 'text' },
        { topic: 'double-reduction', rule: 'keyword:校外培训', field: 'text' },
      ],
    });
  });
});
