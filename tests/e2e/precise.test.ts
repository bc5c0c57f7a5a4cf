/**
 * What issue 27 asked of the search page, on the bundled notices in Chromium: a word finds
 * exactly the tasks that contain it (counted, listed and marked), answers span counties,
 * traditional characters and slips of the input method are forgiven, the page reads well at
 * 360 px with large text and without JavaScript, the focus follows the search, and the
 * deadline filters and order of the URL contract work. Every expected figure is computed
 * here from the corpus (the truth), never copied from the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../src/lib/search/tokens.ts';
import { loadRealCorpus } from '../helpers.ts';
import { allResults, openSite, settled, type Site } from './support.ts';

const corpus = loadRealCorpus();
/** The tasks that contain a string in what the search searches: requirement, units as printed, section, subsection. */
const containing = (word: string) => corpus.tasks.filter((t) => [t.text, t.unitsRaw, t.section, t.subsection].some((f) => f !== null && normalize(f).includes(normalize(word))));
const countIn = (status: string) => Number(/找到 (\d+) 项任务/.exec(status)?.[1] ?? 0);
const countyOf = (place: string) => /(\S+) · \d{4}年/.exec(place)?.[1] ?? '';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function search(page: Page, query: string, params = ''): Promise<string> {
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}${params}`);
  return settled(page);
}

describe('a word finds exactly the tasks that contain it', () => {
  // The words, and common words a journalist types (held-out queries are judged the same way).
  it.each(['县委', '年报', '营商环境', '督查', '信箱', '发布会', '政府网站', '依申请公开', '公开', '信息', '平台', '解读', '公示', '制度', '网站', '12345', '2023年', '依申请公开办理'])(
    '%s: the count is the tasks that contain it, every one is listed, the first page holds only them, and only the word is marked',
    async (word) => {
      const page = await site.newPage();
      const expected = containing(word);
      const status = await search(page, word);
      expect(countIn(status), status).toBe(expected.length);
      const firstPage = await page.$$eval('#search-results .search-result h4 a', (links) => links.map((a) => a.getAttribute('href')));
      const truth = new Set(expected.map((t) => t.url));
      for (const href of firstPage) expect(truth.has(href!), href!).toBe(true);
      const marks = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent ?? ''));
      for (const mark of marks) expect(normalize(mark)).toContain(normalize(word));
      const all = await allResults(page);
      expect(new Set(all.map((r) => r.href))).toEqual(truth);
      await page.close();
    },
  );

  it('县委 never matches its characters apart (发改委 … 县)', async () => {
    const page = await site.newPage();
    await search(page, '县委');
    for (const r of await allResults(page)) {
      const task = corpus.tasks.find((t) => t.url === r.href)!;
      expect([task.text, task.unitsRaw, task.section, task.subsection].join('\n')).toContain('县委');
    }
    await page.close();
  });

  it('several words: every task holds each of them, wherever in it', async () => {
    const page = await site.newPage();
    const status = await search(page, '政务公开 目录');
    const both = containing('政务公开').filter((t) => containing('目录').includes(t));
    expect(countIn(status)).toBe(both.length);
    expect(new Set((await allResults(page)).map((r) => r.href))).toEqual(new Set(both.map((t) => t.url)));
    await page.close();
  });

  it('a run of several words: the run itself is the answer, and the tasks holding its words apart are counted apart, with a link that searches them', async () => {
    const page = await site.newPage();
    const run = '依申请公开办理';
    expect(countIn(await search(page, run))).toBe(containing(run).length);
    const apart = containing('依申请').filter((t) => containing('公开').includes(t) && containing('办理').includes(t) && !containing(run).includes(t));
    expect(apart.length).toBeGreaterThan(0);
    const note = page.locator('#search-notes .search-apart');
    await note.waitFor();
    expect(await note.textContent()).toContain(`另有 ${apart.length} 项任务`);
    await note.locator('a').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '依申请 公开 办理');
    expect(countIn(await settled(page))).toBe(apart.length + containing(run).length);
    await page.close();
  });

  it('shows what a task says, not words added to find it: a department query marks nothing and shows no other name of the department', async () => {
    const page = await site.newPage();
    await search(page, '教体局');
    expect(await page.locator('#search-results mark').count()).toBe(0);
    const excerpts = await page.$$eval('#search-results .search-result-excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
    const texts = corpus.tasksByDepartment.get('education')!.direct.map((t) => t.text);
    for (const excerpt of excerpts) expect(texts.some((t) => t.startsWith(excerpt.replace(/…$/, ''))), excerpt).toBe(true);
    await page.close();
  });

  it('counts the notices apart from the tasks: 商河县 is its tasks, its notice listed on its own', async () => {
    const page = await site.newPage();
    const shanghe = corpus.tasks.filter((t) => corpus.jurisdictionByCode.get(t.jurisdiction)!.name === '商河县');
    expect(countIn(await search(page, '商河县'))).toBe(shanghe.length);
    expect(await page.textContent('#search-notices-status')).toContain('1 份');
    await page.goto(`${site.origin}/search/?${new URLSearchParams({ 县区: '商河县' })}`);
    expect(countIn(await settled(page))).toBe(shanghe.length);
    await page.close();
  });
});

describe('answers across counties', () => {
  it('发改局: the first page spans several counties, and the spread names each county with its count, newest plan first', async () => {
    const page = await site.newPage();
    const tasks = corpus.tasksByDepartment.get('development-reform')!.direct;
    expect(countIn(await search(page, '发改局'))).toBe(tasks.length);
    const firstPage = (await page.$$eval('#search-results .search-result-place', (ps) => ps.map((p) => p.textContent ?? ''))).map(countyOf);
    expect(new Set(firstPage.slice(0, 5)).size).toBeGreaterThanOrEqual(3);
    const spread = await page.$$eval('#search-spread li a', (links) => links.map((a) => a.textContent ?? ''));
    const byCounty = new Map<string, { count: number; newest: number }>();
    for (const t of tasks) {
      const name = corpus.jurisdictionByCode.get(t.jurisdiction)!.name;
      const entry = byCounty.get(name) ?? { count: 0, newest: 0 };
      byCounty.set(name, { count: entry.count + 1, newest: Math.max(entry.newest, t.year) });
    }
    expect(spread).toHaveLength(byCounty.size);
    for (const label of spread) {
      const [, name, year, count] = /^(.+)（(\d{4})年，(\d+) 项）$/.exec(label)!;
      expect(byCounty.get(name!)).toEqual({ count: Number(count), newest: Number(year) });
    }
    const years = spread.map((label) => Number(/（(\d{4})年/.exec(label)![1]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    await page.close();
  });

  it('lists one county’s tasks in their printed order when the reader asks for that county', async () => {
    const page = await site.newPage();
    const tasks = corpus.tasksByDepartment.get('development-reform')!.direct.filter((t) => corpus.jurisdictionByCode.get(t.jurisdiction)!.name === '冠县');
    await page.goto(`${site.origin}/search/?${new URLSearchParams({ q: '发改局', 县区: '冠县' })}`);
    expect(countIn(await settled(page))).toBe(tasks.length);
    expect((await allResults(page)).map((r) => r.href)).toEqual(tasks.map((t) => t.url));
    await page.close();
  });
});

describe('forgiving input', () => {
  it('searches traditional characters as simplified: 政務新媒體 finds the 政务新媒体 tasks, and says so', async () => {
    const page = await site.newPage();
    expect(countIn(await search(page, '政務新媒體'))).toBe(containing('政务新媒体').length);
    expect(await page.textContent('#search-notes')).toContain('已按简体字检索');
    await page.close();
  });

  it.each([
    ['适老话', '适老化'],
    ['双简', '双减'],
  ])('suggests, when %s finds nothing, the word the corpus holds: %s, whose link searches it', async (typed, meant) => {
    const page = await site.newPage();
    expect(await search(page, typed)).toContain('没有找到任务');
    const link = page.locator('.search-suggest a', { hasText: meant });
    await link.waitFor();
    await link.click();
    await page.waitForFunction((w) => new URL(location.href).searchParams.get('q') === w, meant);
    expect(countIn(await settled(page))).toBe(containing(meant).length);
    expect(containing(meant).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('reading the page', () => {
  it('at 360 px with large text, shows the first result on the first screen after a search', async () => {
    const page = await site.newPage({ width: 360, viewport: { width: 360, height: 740 } });
    await page.addInitScript(() => localStorage.setItem('large-text', '1'));
    await search(page, '依申请公开');
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
    const top = await page.$eval('#search-results .search-result', (li) => li.getBoundingClientRect().top);
    expect(top).toBeLessThan(740 - 40);
    await page.close();
  });

  it('moves the focus to the results’ status after a search, back to it after Back, and to the result followed after coming back', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/`);
    await settled(page);
    await page.fill('#search-q', '适老化');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'search-status');
    expect(await page.textContent('#search-status')).toContain('找到');
    await page.fill('#search-q', '依申请公开');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'search-status' && document.getElementById('search-status')!.textContent!.includes('依申请公开'));
    await page.focus('#search-q');
    await page.goBack();
    await page.waitForFunction(() => document.activeElement?.id === 'search-status' && document.getElementById('search-status')!.textContent!.includes('适老化'));
    // A result followed, then Back: the focus is on that result again.
    const link = page.locator('#search-results .search-result h4 a').nth(1);
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith('/notices/'));
    await page.goBack();
    await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h, href);
    await page.close();
  });

  it('without JavaScript, says that search needs it, offers the pages to browse and the data, and shows no control that does nothing', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('适老化')}`);
    expect(await page.textContent('main')).toContain('检索需要浏览器开启脚本功能');
    for (const href of ['/notices/', '/counties/', '/units/', '/topics/', '/data/']) expect(await page.locator(`main a[href="${href}"]`).isVisible(), href).toBe(true);
    expect(await page.locator('main input:visible, main button:visible, main select:visible, main details:visible').count()).toBe(0);
    await page.close();
  });
});

describe('deadlines: the URL contract (到期, 排序=到期) and its controls', () => {
  const shanghe = corpus.tasks.filter((t) => corpus.jurisdictionByCode.get(t.jurisdiction)!.name === '商河县');
  const dated = (from: string, to: string) => shanghe.filter((t) => t.deadline.kind === 'by-date' && t.deadline.date! >= from && t.deadline.date! <= to);

  it.each([
    ['2023-Q3', '2023-07-01', '2023-09-30'],
    ['2023-06', '2023-06-01', '2023-06-30'],
    ['..2023-09-30', '0000-01-01', '2023-09-30'],
  ])('到期=%s with 县区=商河县: the tasks due then, its box ticked', async (value, from, to) => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?${new URLSearchParams({ 县区: '商河县', 到期: value })}`);
    expect(countIn(await settled(page))).toBe(dated(from, to).length);
    expect(new Set((await allResults(page)).map((r) => r.href))).toEqual(new Set(dated(from, to).map((t) => t.url)));
    expect(await page.isChecked(`input[name="到期"][value="${value}"]`)).toBe(true);
    await page.close();
  });

  it('到期=逾期: the tasks due before the build date the page states', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?${new URLSearchParams({ 到期: '逾期' })}`);
    await settled(page);
    const today = JSON.parse((await page.textContent('#search-config'))!).today as string;
    const overdue = corpus.tasks.filter((t) => t.deadline.kind === 'by-date' && t.deadline.date! < today);
    expect(countIn(await page.textContent('#search-status') ?? '')).toBe(overdue.length);
    await page.close();
  });

  it('排序=到期: due dates earliest first, a heading each, the tasks without one last', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?${new URLSearchParams({ 县区: '商河县', 排序: '到期' })}`);
    expect(countIn(await settled(page))).toBe(shanghe.length);
    expect(await page.inputValue('#search-sort')).toBe('到期');
    const order = (await allResults(page)).map((r) => shanghe.find((t) => t.url === r.href)!);
    const dates = order.map((t) => (t.deadline.kind === 'by-date' ? t.deadline.date! : '9999'));
    expect(dates).toEqual([...dates].sort());
    await page.close();
  });

  it('takes a date picked in the filter panel as 到期=..date, combined with the words', async () => {
    const page = await site.newPage();
    await search(page, '公开', `&${new URLSearchParams({ 县区: '商河县' })}`);
    await page.fill('#due-by', '2023-09-30');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('到期') === '..2023-09-30');
    const expected = dated('0000-01-01', '2023-09-30').filter((t) => containing('公开').includes(t));
    expect(countIn(await settled(page))).toBe(expected.length);
    await page.close();
  });
});

describe('the page logged', () => {
  it('no console error', () => {
    expect(site.errors).toEqual([]);
  });
});
