/**
 * Notices of every level of government, on the site built with tests/fixtures/levels
 * (LEVELS_DIST): the open data names each notice's level and the jurisdiction above it;
 * townships' and departments' own lists appear on their county's page, a department's
 * list on that department's page for the county; provinces' and prefectures' plans have
 * their own pages and are listed as the upstream plans of the counties below them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicNoticeSchema, publicTaskSchema } from '../../src/schemas/open-data.ts';
import { LEVELS_DIST } from './global-setup.ts';

const read = (path: string) => readFileSync(join(LEVELS_DIST, path), 'utf8');
const notices = z.array(publicNoticeSchema).parse(JSON.parse(read('data/notices.json')));
const tasks = z.array(publicTaskSchema).parse(JSON.parse(read('data/tasks.json')));
const notice = (id: string) => notices.find((n) => n.id === id)!;
/** The notice pages a part of a page links to, in order. */
const noticeLinks = (html: string) => [...html.matchAll(/href="\/notices\/([^/"#]+)\/"/g)].map((m) => m[1]!);
/** The part of a page from an element with the given id to the next <h2> or <h3> section. */
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `#${id}`).toBeGreaterThan(0);
  const rest = html.slice(start + 1);
  const end = rest.search(/<section|<h2 /);
  return end < 0 ? rest : rest.slice(0, end);
};

describe('the open data of every level', () => {
  it('gives each notice its level and the jurisdiction above its issuer, the fields of a county keeping their meaning', () => {
    expect(notice('guanxian-2023-15').jurisdiction).toMatchObject({ code: '371525', name: '冠县', slug: 'guanxian', level: 'county', parent: { code: '371500', name: '聊城市', level: 'prefecture' }, township: null });
    expect(notice('guanxian-donggucheng-2023-5').jurisdiction).toMatchObject({
      code: '371525',
      name: '冠县',
      prefecture: '聊城市',
      province: '山东省',
      level: 'township',
      parent: { code: '371525', name: '冠县', level: 'county' },
      township: { code: '371525105', name: '东古城镇' },
    });
    expect(notice('liaocheng-2023-9').jurisdiction).toMatchObject({ code: '371500', name: '聊城市', slug: 'liaocheng', level: 'prefecture', parent: { code: '370000', name: '山东省', level: 'province' } });
    expect(notice('shandong-2023-8').jurisdiction).toMatchObject({ code: '370000', name: '山东省', level: 'province', parent: null });
    // A municipality's district has the municipality above it (the hostile site's 东城区 is not here; a county of a prefecture is).
    expect(notice('yanzhou-2021-20').jurisdiction.parent).toEqual({ code: '370800', name: '济宁市', level: 'prefecture' });
  });

  it('names the department whose own list a notice is, with its codebook id where it has one', () => {
    expect(notice('guanxian-education-2023-9').department).toEqual({ name: '冠县教育和体育局', id: 'education' });
    expect(notice('shandong-health-2023-22').department).toEqual({ name: '山东省卫生健康委员会', id: 'health' });
    expect(notice('juancheng-canjirenlianhehui-2023-3').department).toEqual({ name: '鄄城县残疾人联合会', id: null });
    expect(notice('guanxian-2023-15').department).toBeNull();
  });

  it('marks the offices inside an own list internal and counts them for the department, the township or the collective of internal offices', () => {
    const units = (id: string) => tasks.filter((t) => t.notice === id).flatMap((t) => t.units);
    expect(units('guanxian-education-2023-9').every((u) => u.internal === true && u.department === 'education')).toBe(true);
    expect(units('guanxian-donggucheng-2023-5').every((u) => u.internal === true && u.department === 'township')).toBe(true);
    expect(units('juancheng-canjirenlianhehui-2023-3').map((u) => [u.name, u.department, u.internal])).toContainEqual(['组联部', 'internal-office', true]);
    // A government's plan has no internal offices, whatever its units' names.
    expect(units('guanxian-2023-15').some((u) => 'internal' in u)).toBe(false);
    expect(units('shandong-2023-8').map((u) => u.department)).toContain('lower-governments');
  });
});

describe('pages of every level', () => {
  const guanxian = read('counties/guanxian/index.html');

  it("lists a county's townships' and departments' own lists on its page, apart from its government's plans", () => {
    expect(noticeLinks(section(guanxian, 'notices'))).toEqual(['guanxian-2023-15']);
    expect(noticeLinks(section(guanxian, 'townships'))).toEqual(['guanxian-donggucheng-2023-5', 'guanxian-qingquan-2023']);
    expect(noticeLinks(section(guanxian, 'department-lists'))).toEqual(['guanxian-education-2023-9']);
  });

  it("lists the prefecture's and the province's plans as the county's upstream plans, each linked to its region's page", () => {
    const upstream = section(guanxian, 'upstream');
    expect(noticeLinks(upstream)).toEqual(['liaocheng-2023-9', 'shandong-2023-8', 'shandong-health-2023-22']);
    expect(upstream).toContain('<a href="/regions/liaocheng/">聊城市</a>（地级）');
    expect(upstream).toContain('<a href="/regions/shandong/">山东省</a>（省级）');
    // A county of another prefecture has the province's plans only.
    expect(noticeLinks(section(read('counties/shanghe/index.html'), 'upstream'))).toEqual(['shandong-2023-8', 'shandong-health-2023-22']);
  });

  it("gives a province and a prefecture a page of their plans and their departments' lists, and the counties below them", () => {
    const shandong = read('regions/shandong/index.html');
    expect(noticeLinks(section(shandong, 'plans'))).toEqual(['shandong-2023-8']);
    expect(noticeLinks(section(shandong, 'departments'))).toEqual(['shandong-health-2023-22']);
    expect([...section(shandong, 'below').matchAll(/href="\/counties\/([a-z-]+)\/"/g)].map((m) => m[1])).toEqual(['shanghe', 'lijin', 'yanzhou', 'guanxian', 'juancheng']);
    const liaocheng = read('regions/liaocheng/index.html');
    expect(liaocheng).toContain('<p class="breadcrumb"><a href="/counties/">县区</a> › <a href="/regions/shandong/">山东省</a></p>');
    expect([...section(liaocheng, 'below').matchAll(/href="\/counties\/([a-z-]+)\/"/g)].map((m) => m[1])).toEqual(['guanxian']);
    expect(read('counties/index.html')).toContain('<a href="/regions/shandong/">山东省</a>（省级）');
  });

  it("shows a department's own list on that department's page, in the county's section", () => {
    const education = read('units/education/index.html');
    const county = section(education, 'guanxian');
    expect(county).toContain('/notices/guanxian-education-2023-9/#t1');
    expect(county).toContain('/notices/guanxian-2023-15/');
  });

  it('shows a county with no plan of its own, only a department\'s list, and says so', () => {
    const juancheng = read('counties/juancheng/index.html');
    expect(juancheng).toContain('尚未收录鄄城县人民政府的任务分工');
    expect(noticeLinks(section(juancheng, 'department-lists'))).toEqual(['juancheng-canjirenlianhehui-2023-3']);
  });

  it("shows an upstream notice's place, level and issuing department on its page, and links its breadcrumb to its region", () => {
    const page = read('notices/shandong-health-2023-22/index.html');
    expect(page).toContain('<p class="breadcrumb"><a href="/notices/">全部通知</a> › <a href="/regions/shandong/">山东省</a></p>');
    expect(page).toContain('（省级，区划代码 370000）');
    expect(page).toContain('<dt>发文部门</dt><dd>山东省卫生健康委员会');
    const township = read('notices/guanxian-donggucheng-2023-5/index.html');
    expect(township).toContain('<dt>发文乡镇</dt><dd>东古城镇<span class="muted">（区划代码 371525105）</span>');
  });
});
