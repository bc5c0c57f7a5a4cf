/**
 * The search page in Debian's Chromium, against the built site (dist/, from `npm run build`)
 * served by scripts/serve.ts on a free port. Expected counts come from the corpus itself,
 * built from the content files as the build derives it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRealCorpus } from '../helpers.ts';
import { allResults, axeViolations, openSite, settled, unfold, type Site } from './support.ts';

/** The site's own policy (src/lib/site/headers.ts) minus what it needs for search: the control case. */
const WITHOUT_WASM = (policy: string) => policy.replace(" 'wasm-unsafe-eval'", '');

const corpus = loadRealCorpus();
const direct = (id: string) => corpus.tasksByDepartment.get(id)!.direct;
const nameOf = (id: string) => corpus.departmentById.get(id)!.name;

let site: Site;
let origin: string;

beforeAll(async () => {
  site = await openSite();
  origin = site.origin;
});

afterAll(async () => {
  await site?.close();
});

const newPage = (width = 1280) => site.newPage({ width });

async function search(page: Page, query: string, params = ''): Promise<string> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}${params}`);
  return settled(page);
}

const countIn = (status: string) => Number(/找到 (\d+) 项任务/.exec(status)?.[1] ?? 0);


const countyOf = (place: string) => /(\S+) · \d{4}年/.exec(place)?.[1] ?? '';

describe('search page in Chromium', () => {
  it('finds the education tasks of several counties for 教体局, and only tasks that name the education department', async () => {
    const page = await newPage();
    const status = await search(page, '教体局');
    const expected = direct('education');
    expect(countIn(status)).toBe(expected.length);
    const results = await allResults(page);
    expect(new Set(results.map((r) => r.href))).toEqual(new Set(expected.map((t) => t.url)));
    expect(new Set(results.map((r) => countyOf(r.place))).size).toBeGreaterThanOrEqual(3);
    for (const r of results) expect(r.departments, r.href).toContain(nameOf('education'));
    await page.close();
  });

  it.each([
    ['人社局', 'human-resources'],
    ['发改局', 'development-reform'],
    ['住建局', 'housing-construction'],
  ])('finds for %s exactly the tasks that name %s (no task that merely contains 人员 or 人民)', async (query, id) => {
    const page = await newPage();
    const status = await search(page, query);
    expect(countIn(status)).toBe(direct(id).length);
    const results = await allResults(page);
    expect(results).toHaveLength(direct(id).length);
    for (const r of results) expect(r.departments, `${query}: ${r.href}`).toContain(nameOf(id));
    expect(await page.textContent('#search-notes')).toContain(nameOf(id));
    await page.close();
  });

  it('finds a task by a substring of a long word, with the match marked', async () => {
    const page = await newPage();
    const status = await search(page, '随机一公');
    const expected = corpus.tasks.filter((t) => t.text.includes('双随机一公开'));
    expect(expected.length).toBeGreaterThan(0);
    expect(countIn(status)).toBeGreaterThan(0);
    const hrefs = (await allResults(page)).map((r) => r.href);
    for (const t of expected) expect(hrefs).toContain(t.url);
    expect(await page.locator('.search-result-excerpt mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('narrows by a filter, puts it in the URL, reproduces it from that URL, and goes back', async () => {
    const page = await newPage();
    const all = countIn(await search(page, '依申请公开'));
    expect(all).toBeGreaterThan(0);
    await page.check('input[name="县区"][value="乐至县"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('县区') === '乐至县');
    const narrowed = countIn(await settled(page));
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const results = await allResults(page);
    for (const r of results) expect(countyOf(r.place)).toBe('乐至县');
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('依申请公开');

    const shared = await newPage();
    await shared.goto(url.toString());
    expect(countIn(await settled(shared))).toBe(narrowed);
    expect(await shared.inputValue('#search-q')).toBe('依申请公开');
    expect(await shared.isChecked('input[name="县区"][value="乐至县"]')).toBe(true);
    expect((await allResults(shared)).map((r) => r.href)).toEqual(results.map((r) => r.href));
    await shared.close();

    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('县区'));
    await page.waitForFunction(() => !(document.querySelector('input[name="县区"][value="乐至县"]') as HTMLInputElement).checked);
    await page.waitForFunction((n) => document.getElementById('search-status')!.textContent!.includes(`找到 ${n} 项`), all);
    await page.goForward();
    await page.waitForFunction((n) => document.getElementById('search-status')!.textContent!.includes(`找到 ${n} 项`), narrowed);
    await page.close();
  });

  it('lists a sub-topic’s tasks from its page’s link, with the sub-topic ticked', async () => {
    const sub = corpus.subtopics.find((s) => (corpus.tasksBySubtopic.get(s.id)?.length ?? 0) > 1)!;
    const expected = corpus.tasksBySubtopic.get(sub.id)!;
    const page = await newPage();
    await page.goto(`${origin}/topics/${sub.topic}/${sub.id}/`);
    await page.click('a:has-text("在检索中查看本子主题的任务")');
    expect(countIn(await settled(page))).toBe(expected.length);
    expect(await page.isChecked(`input[name="子主题"][value="${sub.name}"]`)).toBe(true);
    expect(new Set((await allResults(page)).map((r) => r.href))).toEqual(new Set(expected.map((t) => t.url)));
    await page.close();
  });

  it('narrows by a department filter with OR inside the group, and counts update with the query', async () => {
    const page = await newPage();
    await search(page, '公开');
    // The folded list's values are counted when it is unfolded, then with each search.
    await unfold(page, '部门');
    const countOf = (value: string) => page.textContent(`li:has(> input[name="部门"][value="${value}"]) .search-count`);
    const before = await countOf(nameOf('finance'));
    expect(before).toMatch(/^（\d+）$/);
    await page.fill('#search-q', '预算');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.getElementById('search-status')!.textContent!.includes('“预算”'));
    await settled(page);
    expect(await countOf(nameOf('finance'))).toMatch(/^（\d+）$/);
    expect(await countOf(nameOf('finance'))).not.toBe(before);
    await page.check(`input[name="部门"][value="${nameOf('finance')}"]`);
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('部门').length === 1);
    await settled(page);
    const results = await allResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.departments).toContain(nameOf('finance'));
    // A second value of the same group widens the results: either department.
    const second = nameOf('audit');
    await page.check(`input[name="部门"][value="${second}"]`);
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('部门').length === 2);
    await settled(page);
    const either = await allResults(page);
    expect(either.length).toBeGreaterThan(results.length);
    for (const r of either) expect(r.departments!.some((d) => d === nameOf('finance') || d === second), r.href).toBe(true);
    await page.close();
  });

  it('shows a hint for an empty query, and lists by filter alone when a filter is chosen', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/`);
    await settled(page);
    expect(await page.isVisible('#search-hint')).toBe(true);
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.check('input[name="年度"][value="2016"]');
    await page.waitForFunction(() => document.getElementById('search-status')!.textContent!.includes('找到'));
    // Tasks only: the notices are counted apart.
    const expected = corpus.tasks.filter((t) => t.year === 2016).length;
    expect(countIn(await settled(page))).toBe(expected);
    expect(await page.textContent('#search-notices-status')).toContain(`${corpus.notices.filter((n) => n.notice.year === 2016).length} 份`);
    expect(await page.isVisible('#search-hint')).toBe(false);
    await page.close();
  });

  it('reads the links of the comparison charts: a county with a deadline kind, a county with measurable targets', async () => {
    const page = await newPage();
    const guanxian = corpus.tasks.filter((t) => corpus.jurisdictionByCode.get(t.jurisdiction)!.name === '冠县');
    await page.goto(`${origin}/search/?${new URLSearchParams({ 县区: '冠县', 量化指标: '有' })}`);
    expect(countIn(await settled(page))).toBe(guanxian.filter((t) => t.targets.length > 0).length);
    await page.goto(`${origin}/search/?${new URLSearchParams({ 县区: '冠县', 时限类型: '限期' })}`);
    expect(countIn(await settled(page))).toBe(guanxian.filter((t) => t.deadline.kind === 'by-date').length);
    expect(await page.textContent('#search-notes')).toBe('');
    await page.close();
  });

  it('searches a single character as every task that holds it, and says so', async () => {
    const page = await newPage();
    const status = await search(page, '教');
    expect(countIn(status)).toBe(corpus.tasks.filter((t) => [t.text, t.unitsRaw, t.section, t.subsection].some((f) => f?.includes('教'))).length);
    expect(await page.textContent('#search-notes')).toContain('一个字');
    await page.close();
  });

  it('cuts a very long query to 60 characters and says so', async () => {
    const page = await newPage();
    const long = '加快适老化与无障碍改造'.repeat(10);
    const status = await search(page, long);
    expect(status).toMatch(/找到 \d+ 项任务|没有找到任务/);
    expect(await page.textContent('#search-notes')).toContain('只用了前 60 个字');
    await page.close();
  });

  it('says a punctuation-only query has no searchable words', async () => {
    const page = await newPage();
    const status = await search(page, '！？。，……——');
    expect(status).toContain('没有可检索的字词');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.close();
  });

  it('says so helpfully when nothing is found', async () => {
    const page = await newPage();
    const status = await search(page, '量子纠缠');
    expect(status).toContain('没有找到任务');
    expect(await page.textContent('.search-empty')).toContain('建议');
    await page.close();
  });

  it('works from the keyboard alone: Tab to the box, type, Enter, Tab to a filter, Space ticks it', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/`);
    await settled(page);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', type: (document.activeElement as HTMLInputElement | null)?.type ?? '', visible: document.activeElement?.matches(':focus-visible') ?? false, outline: document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none' }));
    for (let i = 0; i < 40 && (await focused()).id !== 'search-q'; i++) await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('search-q');
    await page.keyboard.type('人社局');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '人社局');
    expect(countIn(await settled(page))).toBe(direct('human-resources').length);
    // The focus went to the results' status; the filters are before it.
    await page.waitForFunction(() => document.activeElement?.id === 'search-status');
    for (let i = 0; i < 30 && (await focused()).type !== 'checkbox'; i++) await page.keyboard.press('Shift+Tab');
    const box = await focused();
    expect(box.type).toBe('checkbox');
    expect(box.visible).toBe(true);
    expect(box.outline).not.toBe('none');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    const key = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    await page.waitForFunction((k) => new URL(location.href).searchParams.has(k), key);
    await page.close();
  });

  it('keeps a list the reader unfolds in view when the search has none of its values, and says so', async () => {
    // 分解表 is only in two notices' titles: no task, two notices, counted apart.
    const page = await newPage();
    const status = await search(page, '分解表');
    expect(status).toContain('没有找到任务');
    expect(await page.textContent('#search-notices-status')).toContain('2 份通知');
    await page.focus('details[data-fold-key="部门"] > summary');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('search-filters')!.hasAttribute('aria-busy') && document.querySelector('details[data-fold-key="部门"] .search-filter-empty:not([hidden])'));
    expect(await page.isVisible('details[data-fold-key="部门"] > summary')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.getAttribute('data-fold-key'))).toBe('部门');
    expect(await page.textContent('details[data-fold-key="部门"] .search-filter-empty')).toBe('本次检索的结果没有可选的部门。');
    expect(await page.locator('input[name="部门"]:visible').count()).toBe(0);
    // The next search, the reader elsewhere, hides the list whose values it has none of.
    await page.focus('#search-q');
    await page.keyboard.press('Enter');
    await settled(page);
    await page.waitForFunction(() => !document.getElementById('search-filters')!.hasAttribute('aria-busy'));
    expect(await page.isVisible('details[data-fold-key="部门"]')).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('works under the site’s Content-Security-Policy, which needs wasm-unsafe-eval for Pagefind and nothing inline', async () => {
    const page = await newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    expect(countIn(await search(page, '适老化'))).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();

    // Control: the policy is really applied (served as a header and a <meta> tag), and without
    // 'wasm-unsafe-eval' the page says that the index failed instead of hanging.
    const context = await site.browser.newContext();
    const control = await context.newPage();
    await control.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      const body = (await response.text()).replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)/, (_, a: string, p: string) => a + WITHOUT_WASM(p));
      await route.fulfill({ response, body, headers: { ...headers, 'content-security-policy': WITHOUT_WASM(headers['content-security-policy'] ?? '') } });
    });
    await control.goto(`${origin}/search/?q=${encodeURIComponent('适老化')}`);
    await control.waitForFunction(() => document.getElementById('search-status')!.textContent !== '');
    expect(await control.textContent('#search-status')).toContain('未能加载');
    await context.close();
  });

  it.each([
    ['results and a filter, narrow screen', `?q=${encodeURIComponent('人社局')}&${encodeURIComponent('县区')}=${encodeURIComponent('冠县')}`, 360],
    ['results, wide screen', `?q=${encodeURIComponent('适老化')}`, 1280],
    ['the empty page', '', 1280],
    ['no results', `?q=${encodeURIComponent('量子纠缠')}`, 1280],
  ])('has no axe-core violations: %s', async (_, query, width) => {
    const page = await newPage(width);
    await page.goto(`${origin}/search/${query}`);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('logged no console errors on any page', () => {
    expect(site.errors).toEqual([]);
  });
});
