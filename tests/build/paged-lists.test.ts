/**
 * Department and topic lists paged by province, and a province's list paged by prefecture
 * when it alone has more tasks than one page lists (the hostile site: INLINE_TASKS_MAX 20,
 * so 山东省's 200-odd tasks split): every task on exactly one page, every page reachable
 * from its province's list, and a province split only when it must be.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_DIST } from './global-setup.ts';

const LIMIT = 20;
const read = (path: string) => readFileSync(join(HOSTILE_DIST, path), 'utf8');
const tasks = JSON.parse(read('data/tasks.json')) as { url: string; topics: string[]; jurisdiction: string }[];

/** One page of a paged list: /units/<id>/<area>/ or /topics/<id>/<area>/. */
interface AreaPage {
  path: string;
  kind: 'units' | 'topics';
  id: string;
  area: string;
  html: string;
  /** The count in its heading: （N 个县区，M 项）. */
  counties: number;
  total: number;
  /** The links of its list of prefectures (empty when it lists tasks). */
  prefectureLinks: string[];
  /** The tasks it lists, by their permalinks. */
  listed: string[];
}

const areaPages: AreaPage[] = [];
for (const kind of ['units', 'topics'] as const) {
  for (const id of readdirSync(join(HOSTILE_DIST, kind))) {
    if (!existsSync(join(HOSTILE_DIST, kind, id, 'index.html'))) continue;
    for (const province of readdirSync(join(HOSTILE_DIST, kind, id)).filter((d) => /^\d{2}$/.test(d))) {
      const areas = [province, ...readdirSync(join(HOSTILE_DIST, kind, id, province)).filter((d) => /^\d{4}$/.test(d)).map((p) => `${province}/${p}`)];
      for (const area of areas) {
        const path = `/${kind}/${id}/${area}/`;
        const html = read(join(kind, id, area, 'index.html'));
        const heading = /<h1>[^<]*<span class="heading-note">：[^（]*（(\d+) 个县区，(\d+) 项）<\/span><\/h1>/.exec(html);
        expect(heading, path).not.toBeNull();
        areaPages.push({
          path,
          kind,
          id,
          area,
          html,
          counties: Number(heading![1]),
          total: Number(heading![2]),
          prefectureLinks: [...html.matchAll(/<section class="prefecture-index"[\s\S]*?<\/section>/g)].flatMap((m) => [...m[0].matchAll(/href="([^"]+)"/g)].map((l) => l[1]!)),
          listed: [...html.matchAll(/<a href="(\/notices\/[^"#]+\/#t\d+)" aria-label="[^"]*（固定链接）">/g)].map((m) => m[1]!),
        });
      }
    }
  }
}
const byPath = new Map(areaPages.map((p) => [p.path, p]));

describe('lists paged by province and prefecture (the hostile site)', () => {
  it('has both layouts: provinces that list their tasks, and provinces split by prefecture', () => {
    const split = areaPages.filter((p) => p.prefectureLinks.length > 0);
    expect(split.map((p) => p.path)).toContain('/topics/organization/37/');
    expect(split.map((p) => p.path)).toContain('/units/all-departments/37/');
    expect(areaPages.filter((p) => p.area.length === 2 && p.prefectureLinks.length === 0).map((p) => p.path)).toContain('/topics/policy-interpretation/37/');
  });

  it('splits a province exactly when it alone has more tasks than the limit; a page of a split province lists no task', () => {
    for (const p of areaPages.filter((p) => p.area.length === 2)) {
      expect(p.prefectureLinks.length > 0, `${p.path}: ${p.total} tasks`).toBe(p.total > LIMIT);
      if (p.prefectureLinks.length > 0) expect(p.listed, p.path).toEqual([]);
      else expect(p.listed, p.path).toHaveLength(p.total);
    }
  });

  it("lists each prefecture's page from its province, with the prefecture's counties and counts adding up", () => {
    for (const p of areaPages.filter((p) => p.prefectureLinks.length > 0)) {
      const prefectures = areaPages.filter((q) => q.kind === p.kind && q.id === p.id && q.area.startsWith(`${p.area}/`));
      expect(prefectures.length, p.path).toBeGreaterThan(0);
      expect(prefectures.reduce((n, q) => n + q.total, 0), p.path).toBe(p.total);
      expect(prefectures.reduce((n, q) => n + q.counties, 0), p.path).toBe(p.counties);
      for (const q of prefectures) {
        expect(p.prefectureLinks, p.path).toContain(q.path);
        expect(q.listed, q.path).toHaveLength(q.total);
        expect(q.html, q.path).toContain(`› <a href="${p.path}">`);
      }
      // Every county link of the province's list leads to a section of one of its prefecture pages.
      for (const link of p.prefectureLinks.filter((l) => l.includes('#'))) {
        const [path, slug] = link.split('#') as [string, string];
        expect(byPath.get(path)?.html, link).toContain(`<section class="county-tasks" id="${slug}"`);
        expect(path.startsWith(p.path)).toBe(true);
      }
    }
  });

  it("lists every task of a paged topic once, across its province and prefecture pages", () => {
    const topics = new Set(areaPages.filter((p) => p.kind === 'topics').map((p) => p.id));
    expect(topics.size).toBeGreaterThan(1);
    for (const id of topics) {
      const listed = areaPages.filter((p) => p.kind === 'topics' && p.id === id).flatMap((p) => p.listed);
      expect(listed.length, id).toBe(new Set(listed).size);
      expect(listed.sort(), id).toEqual(tasks.filter((t) => t.topics.includes(id)).map((t) => t.url).sort());
    }
  });
});
