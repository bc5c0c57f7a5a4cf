/**
 * Similar commitments and shared upstreams in the built site (src/lib/similar/): the pages
 * and the open data, on dist/ (the five notices) and on the hostile site, which adds a 2022
 * plan of 冠县 (tests/fixtures/years) citing 利津县's notice with half-width brackets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicTaskSchema } from '../../src/schemas/open-data.ts';
import { ROOT } from '../helpers.ts';
import { HOSTILE_DIST } from './global-setup.ts';

const DIST = join(ROOT, 'dist');
const page = (root: string, path: string) => readFileSync(join(root, path, 'index.html'), 'utf8');
/** The HTML of the element with this id, up to the next heading of the same level or higher (rough, enough for sections). */
function section(html: string, id: string): string {
  const start = html.indexOf(` id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const level = Number(/<h(\d)[^>]*$/.exec(html.slice(0, start))?.[1] ?? 6);
  const rest = html.slice(start);
  const end = rest.slice(1).search(new RegExp(`<h[1-${level}][\\s>]`));
  return end === -1 ? rest : rest.slice(0, end + 1);
}

describe('similar commitments on the notice page', () => {
  const shanghe = page(DIST, 'notices/shanghe-2023-2');

  it('lists under 商河县 task 4 its near copy in 冠县, linked, with the two characters marked', () => {
    const task = shanghe.slice(shanghe.indexOf('id="t4"'), shanghe.indexOf('id="t5"'));
    expect(task).toContain('<dt>相似承诺</dt>');
    expect(task).toMatch(/1 个县区：<a href="\/notices\/guanxian-2023-15\/#t9">冠县 2023 年第 9 项<\/a>（0\.96）/);
    // 深入 is in 冠县's text, not in this one: underlined in 冠县's.
    expect(task).toContain('<summary>对照冠县 2023 年第 9 项的文字</summary><p class="diff-text"><ins>深入</ins>落实逾期');
    expect(shanghe).toContain('括号内为相似度，1 为文字相同');
  });

  it('says nothing of similar commitments under a task that has none', () => {
    const task = shanghe.slice(shanghe.indexOf('id="t1"'), shanghe.indexOf('id="t2"'));
    expect(task).not.toContain('相似承诺');
  });

  it('splits 商河县 into what it shares with 冠县, side by side, and its own additions', () => {
    const shared = section(shanghe, 'shared-guanxian-2023-15');
    expect(shared).toContain('与<a href="/notices/guanxian-2023-15/">冠县 2023 年</a>的通知共有 12 项');
    expect(shared.match(/<tr>/g)).toHaveLength(13);
    expect(shared).toMatch(/<a href="#t4">第 4 项<\/a>：<span class="diff-text">落实逾期/);
    expect(shared).toMatch(/<a href="\/notices\/guanxian-2023-15\/#t9">第 9 项<\/a>：<span class="diff-text"><ins>深入<\/ins>落实逾期/);
    const own = section(shanghe, 'own');
    expect(own).toContain('本县区新增的任务（39 项）');
    expect(own.match(/<li>/g)).toHaveLength(39);
  });

  it('links from 商河县’s county page to that list: the researcher’s two steps', () => {
    const county = page(DIST, 'counties/shanghe');
    expect(section(county, 'shared')).toContain('<a href="/notices/shanghe-2023-2/#shared-guanxian-2023-15">12 项（24%）</a>');
    expect(county).toContain('<a href="/notices/shanghe-2023-2/#own">39 项</a>');
  });
});

describe('upstream documents', () => {
  it('groups the notices by province and year, and says which cite nothing', () => {
    const index = page(DIST, 'upstream');
    for (const key of ['37-2023', '51-2023', '37-2021', '37-2016']) expect(index).toContain(`href="/upstream/${key}/"`);
    const shandong = page(DIST, 'upstream/37-2023');
    expect(shandong).toContain('其中 1 份未引用任何文件，仅按省份和年度归入本组');
    expect(shandong).toContain('<a href="/notices/shanghe-2023-2/#shared">12 项（24%）</a>');
  });

  it('gives every cited document a page that lists the notices citing it, linked from the notice', () => {
    const doc = page(DIST, 'documents/lu-zheng-ban-fa-2023-8');
    expect(doc).toContain('<h1>鲁政办发〔2023〕8号</h1>');
    expect(doc).toContain('本站未收录该文件本身。');
    expect(doc).toContain('href="/notices/guanxian-2023-15/"');
    expect(page(DIST, 'notices/guanxian-2023-15')).toContain('（<a href="/documents/lu-zheng-ban-fa-2023-8/">鲁政办发〔2023〕8号</a>）');
  });

  it('links a cited number printed in other brackets to the notice the corpus holds (hostile site)', () => {
    const fixture = page(HOSTILE_DIST, 'notices/guanxian-2022-9');
    expect(fixture).toContain('（<a href="/documents/li-zheng-ban-fa-2016-27/">利政办发[2016]27号</a>）：<a href="/notices/lijin-2016-27/">本站收录的该文件</a>');
    const doc = page(HOSTILE_DIST, 'documents/li-zheng-ban-fa-2016-27');
    expect(doc).toContain('<h1>利政办发〔2016〕27号</h1>');
    expect(doc).toContain('本站收录了该文件本身：<a href="/notices/lijin-2016-27/">');
    expect(doc).toContain('也有通知写作“利政办发[2016]27号”');
    expect(page(HOSTILE_DIST, 'notices/lijin-2016-27')).toContain('本通知被 <a href="/documents/li-zheng-ban-fa-2016-27/">1 份通知引用</a>');
  });
});

describe('year over year (hostile site: 冠县 2022 and 2023)', () => {
  const guanxian = page(HOSTILE_DIST, 'notices/guanxian-2023-15');

  it('sets the reworded tasks side by side with the changed characters marked, and lists the added and dropped ones', () => {
    const changes = section(guanxian, 'changes');
    expect(changes).toContain('2 项原样保留');
    const reworded = section(guanxian, 'reworded');
    expect(reworded.match(/<tr>/g)).toHaveLength(4);
    expect(reworded).toMatch(/<a href="#t9">第 9 项<\/a>：<span class="diff-text"><ins>深入<\/ins>落实逾期/);
    expect(reworded).toMatch(/至少组织<del>2<\/del>次/);
    expect(reworded).toMatch(/至少组织<ins>1<\/ins>次/);
    expect(section(guanxian, 'dropped')).toContain('疫情防控');
    expect(section(guanxian, 'added')).toContain('<a href="#t1">第 1 项</a>');
  });

  it('has no such section on a county’s first plan, and a table of the changes on the county page', () => {
    expect(page(HOSTILE_DIST, 'notices/guanxian-2022-9')).not.toContain('id="changes"');
    const county = section(page(HOSTILE_DIST, 'counties/guanxian'), 'changes');
    expect(county).toContain('<a href="/notices/guanxian-2023-15/#changes">2022 年 → 2023 年</a>');
  });
});

describe('the shared-tasks matrix on /compare/', () => {
  it('draws the five notices with its data table', () => {
    const compare = section(page(DIST, 'compare'), 'shared-tasks');
    expect(compare).toContain('id="shared-tasks-all"');
    expect(compare).toContain('href="/notices/shanghe-2023-2/#shared-guanxian-2023-15"');
    expect(compare).toContain('<caption>各通知的任务在其他通知中有相近任务的数量与比例</caption>');
  });
});

describe('similar commitments in the open data', () => {
  const tasks = z.array(publicTaskSchema).parse(JSON.parse(readFileSync(join(DIST, 'data', 'tasks.json'), 'utf8')));
  const byId = new Map(tasks.map((t) => [t.id, t]));

  it('lists 冠县 task 9 as 商河县 task 4’s nearest, with its score', () => {
    expect(byId.get('shanghe-2023-2-t4')!.similar).toEqual([{ task: 'guanxian-2023-15-t9', score: 0.959 }]);
  });

  it('names only tasks of other counties that exist, each link listed from both ends', () => {
    let links = 0;
    for (const t of tasks) {
      for (const s of t.similar) {
        const other = byId.get(s.task);
        expect(other, s.task).toBeDefined();
        expect(other!.jurisdiction).not.toBe(t.jurisdiction);
        expect(other!.similar.some((x) => x.task === t.id && x.score === s.score)).toBe(true);
        links++;
      }
    }
    expect(links).toBe(26);
  });

  it('has the column in tasks.csv', () => {
    const csv = readFileSync(join(DIST, 'data', 'tasks.csv'), 'utf8');
    expect(csv.split('\r\n')[0]!.endsWith(',similar')).toBe(true);
    expect(csv).toContain(',guanxian-2023-15-t9|0.959\r\n');
    expect(existsSync(join(DIST, 'data', 'tasks.schema.json'))).toBe(true);
  });
});
