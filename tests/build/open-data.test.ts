/** The built site's open data and notice pages, read from dist/ after one build. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicNoticeSchema, publicTaskSchema } from '../../src/schemas/open-data.ts';
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

  it('use only codebook ids for departments and topics', () => {
    const departments = new Set(codebookIds('## Departments'));
    const topics = new Set(codebookIds('## Topics'));
    for (const t of tasks) {
      for (const u of t.units) expect(departments.has(u.department), `${t.id} ${u.department}`).toBe(true);
      for (const topic of t.topics) expect(topics.has(topic), `${t.id} ${topic}`).toBe(true);
    }
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
    expect(lines[0]).toBe('id,notice,jurisdiction,year,seq,url,section,subsection,text,unitsRaw,units,departments,deadlineRaw,deadlineKind,deadlineDate,topics,targets');
    // Cells hold no line breaks in this corpus, so every line is one task.
    expect(lines).toHaveLength(tasks.length + 1);
    expect(lines[1]!.startsWith(`${tasks[0]!.id},${tasks[0]!.notice},`)).toBe(true);
  });
});

describe('/data/departments.json and /data/topics.json', () => {
  it('list every codebook id', () => {
    const departments = json('data/departments.json') as { id: string; taskCount: number }[];
    const topics = json('data/topics.json') as { id: string }[];
    expect(departments.map((d) => d.id).sort()).toEqual(codebookIds('## Departments').sort());
    expect(topics.map((t) => t.id).sort()).toEqual(codebookIds('## Topics').sort());
    expect(departments.find((d) => d.id === 'education')!.taskCount).toBeGreaterThan(5);
  });
});
