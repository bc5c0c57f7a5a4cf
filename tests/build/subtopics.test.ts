/**
 * Sub-topics as built: a page for each sub-topic with tasks (and none for one without) that
 * lists exactly its tasks, sections on the topic pages, the notice pages' 子主题, and the
 * sub-topic × plan chart on /compare/, checked against the open data rather than the site's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicSubtopicSchema, publicTaskSchema } from '../../src/schemas/open-data.ts';
import { ROOT } from '../helpers.ts';

const dist = (path: string) => join(ROOT, 'dist', path);
const json = (path: string): unknown => JSON.parse(readFileSync(dist(path), 'utf8'));
const tasks = z.array(publicTaskSchema).parse(json('data/tasks.json'));
const subtopics = z.array(publicSubtopicSchema).parse(json('data/subtopics.json'));
const page = (path: string) => readFileSync(dist(join(path, 'index.html')), 'utf8');

describe('sub-topic pages', () => {
  it('exist for every sub-topic with tasks, below its topic, and not for one without', () => {
    expect(subtopics.filter((s) => s.taskCount > 0).length).toBeGreaterThanOrEqual(10);
    for (const s of subtopics) expect(existsSync(dist(`topics/${s.topic}/${s.id}/index.html`)), s.id).toBe(s.taskCount > 0);
  });

  it.each(subtopics.filter((s) => s.taskCount > 0).map((s) => [s.id, s] as const))('%s lists exactly its tasks, each linked to its permalink, with the rule that put it there', (_, s) => {
    const html = page(`/topics/${s.topic}/${s.id}/`);
    const own = tasks.filter((t) => t.subtopics.includes(s.id));
    const listed = [...html.matchAll(/<li class="task-card">[\s\S]*?<\/li>/g)].map((m) => m[0]);
    expect(listed).toHaveLength(own.length);
    for (const t of own) expect(html, t.id).toContain(`href="${t.url}"`);
    for (const card of listed) expect(card).toMatch(/<dt>归类依据<\/dt><dd>(?:任务原文|二级标题)[^<]+<\/dd>/);
    expect(html).toContain(`<a href="/topics/${s.topic}/">`);
  });

  it('are listed on their topic’s page, and each task there names its sub-topics', () => {
    const html = page('/topics/social-security/');
    expect(html).toContain('<h2 id="subtopics">子主题</h2>');
    expect(html).toContain('<a href="/topics/social-security/poverty-alleviation/">脱贫攻坚与扶贫</a>');
    const lijin17 = /<li class="task-card">(?:(?!<\/li>)[\s\S])*?href="\/notices\/lijin-2016-27\/#t17"[\s\S]*?<\/li>/.exec(html)![0];
    expect(lijin17).toContain('<dt>子主题</dt><dd>脱贫攻坚与扶贫</dd>');
  });
});

describe('notice pages', () => {
  it('name the plan’s sub-topics with their counts, and each task’s, linked to their pages', () => {
    const html = page('/notices/lijin-2016-27/');
    expect(html).toMatch(/<dt>子主题<\/dt><dd><ul class="topic-links">.*<a href="\/topics\/social-security\/poverty-alleviation\/#lijin">脱贫攻坚与扶贫<\/a><span class="count">（1）<\/span>/);
    const t17 = /<article class="task" id="t17"[\s\S]*?<\/article>/.exec(html)![0];
    expect(t17).toContain('<dt>子主题</dt><dd><ul class="topic-links"><li><a href="/topics/social-security/poverty-alleviation/#lijin">脱贫攻坚与扶贫</a></li></ul></dd>');
  });
});

describe('/compare/', () => {
  const html = page('/compare/');

  it('draws the sub-topic × plan chart, with its data table, in the page’s contents', () => {
    expect(html).toContain('<a href="#subtopics">各年度计划的子主题</a>');
    expect(html).toContain('<figure class="chart" id="subtopic-trends"');
    const figure = /<figure class="chart" id="subtopic-trends"[\s\S]*?<\/figure>/.exec(html)![0];
    expect(figure).toContain('<details class="chart-data">');
    // 利津县 2016's 扶贫 cell leads to its task.
    expect(figure).toMatch(/<a href="\/topics\/social-security\/poverty-alleviation\/#lijin"[^>]*aria-label="利津县 2016年「脱贫攻坚与扶贫」：1 项，查看这些任务"/);
    expect(figure).toContain('<th scope="row">脱贫攻坚与扶贫（社会保障与救助）</th>');
  });
});
