/** The built site's open data and notice pages, read from dist/ after one build. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicDepartmentSchema, publicNoticeSchema, publicSubtopicSchema, publicTaskSchema, publicTopicSchema } from '../../src/schemas/open-data.ts';
import { ROOT, SEEDS } from '../helpers.ts';

const dist = (path: string) => join(ROOT, 'dist', path);
const json = (path: string): unknown => JSON.parse(readFileSync(dist(path), 'utf8'));
const notices = z.array(publicNoticeSchema).parse(json('data/notices.json'));
const tasks = z.array(publicTaskSchema).parse(json('data/tasks.json'));
const codebookIds = (section: string) => {
  const md = readFileSync(join(ROOT, 'docs', 'codebook.md'), 'utf8');
  const start = md.indexOf(section);
  const end = md.indexOf('\n## ', start + 1);
  const part = md.slice(start, end < 0 ? undefined : end);
  return [...part.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);
};

describe('/data/notices.json and /data/tasks.json', () => {
  it('hold the five notices and every one of their tasks, once', () => {
    expect(notices.map((n) => n.id).sort()).toEqual(SEEDS.map((s) => s.id).sort());
    expect(tasks).toHaveLength(SEEDS.reduce((n, s) => n + s.tasks, 0));
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    for (const n of notices) expect(tasks.filter((t) => t.notice === n.id)).toHaveLength(n.taskCount);
  });

  it('give each task a permalink whose anchor exists in the built notice page', () => {
    const pages = new Map<string, string>();
    for (const t of tasks) {
      const [path, anchor] = t.url.split('#') as [string, string];
      if (!pages.has(path)) pages.set(path, readFileSync(dist(join(path, 'index.html')), 'utf8'));
      expect(pages.get(path)!.includes(`id="${anchor}"`), t.url).toBe(true);
    }
  });

  it('use only codebook ids for departments, topics and sub-topics', () => {
    const departments = new Set(codebookIds('## Departments'));
    const topics = new Set(codebookIds('## Topics'));
    const subtopics = new Set(codebookIds('## Sub-topics'));
    expect(subtopics.size).toBeGreaterThanOrEqual(10);
    for (const t of tasks) {
      for (const u of t.units) expect(departments.has(u.department), `${t.id} ${u.department}`).toBe(true);
      for (const topic of t.topics) expect(topics.has(topic), `${t.id} ${topic}`).toBe(true);
      for (const sub of t.subtopics) expect(subtopics.has(sub), `${t.id} ${sub}`).toBe(true);
    }
    // 利津县 2016's 扶贫 task, as the open data carries it.
    expect(tasks.find((t) => t.id === 'lijin-2016-27-t17')!.subtopics).toEqual(['poverty-alleviation']);
  });

  it('give each notice its jurisdiction in full and its source fingerprint', () => {
    const guanxian = notices.find((n) => n.id === 'guanxian-2023-15')!;
    expect(guanxian.jurisdiction).toEqual({
      code: '371525',
      name: '冠县',
      prefecture: '聊城市',
      province: '山东省',
      slug: 'guanxian',
      level: 'county',
      parent: { code: '371500', name: '聊城市', level: 'prefecture' },
      township: null,
    });
    expect(guanxian.department).toBeNull();
    expect(guanxian.url).toBe('/notices/guanxian-2023-15/');
    for (const n of notices) expect(existsSync(dist(join('sources', n.source.file)))).toBe(true);
  });
});

describe('/data/tasks.csv', () => {
  const csv = readFileSync(dist('data/tasks.csv'), 'utf8');

  it('is UTF-8 with a byte-order mark, one header and one line per task', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,notice,通知标题,发文字号,jurisdiction,县区名称,地级市,省份,year,seq,url,section,subsection,text,unitsRaw,units,departments,部门名称,deadlineRaw,deadlineKind,时限类型,deadlineDate,topics,主题名称,subtopics,子主题名称,targets,similar');
    // Cells hold no line breaks in this corpus, so every line is one task.
    expect(lines).toHaveLength(tasks.length + 1);
    expect(lines[1]!.startsWith(`${tasks[0]!.id},${tasks[0]!.notice},`)).toBe(true);
  });
});

describe('/data/departments.json, /data/topics.json and /data/subtopics.json', () => {
  const departments = z.array(publicDepartmentSchema).parse(json('data/departments.json'));
  const topics = z.array(publicTopicSchema).parse(json('data/topics.json'));
  const subtopics = z.array(publicSubtopicSchema).parse(json('data/subtopics.json'));

  it('list every codebook id', () => {
    expect(departments.map((d) => d.id).sort()).toEqual(codebookIds('## Departments').sort());
    expect(topics.map((t) => t.id).sort()).toEqual(codebookIds('## Topics').sort());
    expect(subtopics.map((t) => t.id).sort()).toEqual(codebookIds('## Sub-topics').sort());
    expect(departments.find((d) => d.id === 'education')!.taskCount).toBeGreaterThan(5);
  });

  it('publish each pattern with its words, in the same order, and descriptions in Chinese and English', () => {
    for (const r of [...departments, ...topics, ...subtopics]) {
      expect(r.patternWords, r.id).toHaveLength(r.patterns.length);
      for (const p of r.patterns) expect(() => new RegExp(p), p).not.toThrow();
    }
    const decisions = topics.find((t) => t.id === 'decision-making')!;
    expect(decisions.patternWords[decisions.patterns.indexOf('重大决策(?!部署)')]).toBe('含“重大决策”（“重大决策部署”除外）');
    expect(decisions.descriptionEn).toMatch(/^Major administrative decision/);
  });

  it('count each sub-topic’s tasks as tasks.json does, and list each topic’s sub-topics', () => {
    for (const s of subtopics) {
      expect(s.taskCount, s.id).toBe(tasks.filter((t) => t.subtopics.includes(s.id)).length);
      expect(topics.find((t) => t.id === s.topic)!.subtopics, s.id).toContain(s.id);
    }
    expect(subtopics.find((s) => s.id === 'poverty-alleviation')).toMatchObject({ topic: 'social-security', name: '脱贫攻坚与扶贫', taskCount: 1 });
  });

  it('have JSON Schemas that the published files satisfy (Ajv, JSON Schema 2020-12)', () => {
    for (const name of ['departments', 'topics', 'subtopics', 'tasks']) {
      const validate = new Ajv2020({ strict: false }).compile(json(`data/${name}.schema.json`) as object);
      expect(validate(json(`data/${name}.json`)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      // The check can fail: an item without its id is refused.
      expect(validate([{}]), name).toBe(false);
    }
  });
});
