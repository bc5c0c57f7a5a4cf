/**
 * The search index is one Pagefind bundle per province (src/lib/search/shards.ts): these
 * tests check in Chromium that a search opens only the bundles it needs, shows the first
 * province before the others arrive, groups results by province, and finds exactly the
 * same tasks whether a province is one bundle (dist/) or cut into parts (the hostile site,
 * built with SEARCH_SHARD_RECORDS=60: one notice per bundle).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_DIST } from '../build/global-setup.ts';
import { countyValue, loadRealCorpus } from '../helpers.ts';
import { allResults, axeViolations, openSite, settled, unfold, type Site } from './support.ts';

const corpus = loadRealCorpus();
let site: Site;
let split: Site;

beforeAll(async () => {
  [site, split] = await Promise.all([openSite(), openSite(HOSTILE_DIST)]);
});

afterAll(async () => {
  await Promise.all([site?.close(), split?.close()]);
});

/** The paths of Pagefind's files the page (and Pagefind's worker) requests from now on, as they are requested. */
function pagefindRequests(page: Page): string[] {
  const requests: string[] = [];
  page.context().on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/')) requests.push(path);
  });
  return requests;
}

/** Opens a search, recording the index files the page (and Pagefind's worker) requests and each stage the results pass. */
async function open(on: Site, query: string, params = ''): Promise<{ page: Page; requests: string[]; stages: () => Promise<string[]> }> {
  const page = await on.newPage();
  const requests = pagefindRequests(page);
  const stages = await recordStages(page);
  await page.goto(`${on.origin}/search/?q=${encodeURIComponent(query)}${params}`);
  await settled(page);
  return { page, requests, stages };
}

/** Records, from the page's start, each stage the results pass (data-stage); resolves to a reader of those seen so far. */
async function recordStages(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __stages: string[] }).__stages = seen;
    new MutationObserver(() => {
      const stage = document.getElementById('search-results-section')?.dataset['stage'];
      if (stage && seen.at(-1) !== stage) seen.push(stage);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-stage'] });
  });
  return () => page.evaluate(() => (window as unknown as { __stages: string[] }).__stages);
}

const bundlesOf = (requests: string[]) => [...new Set(requests.map((p) => /^\/pagefind\/([\d-]+)\//.exec(p)?.[1]).filter((b): b is string => b !== undefined))].sort();
const county = (name: string) => `&${encodeURIComponent('县区')}=${encodeURIComponent(name)}`;
const province = (name: string) => `&${encodeURIComponent('省份')}=${encodeURIComponent(name)}`;

describe('search over one bundle per province', () => {
  it('opens only the bundle of the county ticked', async () => {
    const { page, requests } = await open(site, '依申请公开', county('乐至县'));
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(bundlesOf(requests)).toEqual(['51']);
    await page.close();
  });

  it('shows the first province before the others, then groups every result by province in code order', async () => {
    const { page, requests, stages } = await open(site, '教体局');
    expect(await stages()).toEqual(['first', 'complete']);
    expect(bundlesOf(requests)).toEqual(['37', '51']);
    const tasks = corpus.tasksByDepartment.get('education')!.direct;
    const inProvince = (p: string) => tasks.filter((t) => corpus.notices.find((n) => n.tasks.includes(t))!.notice.jurisdiction.province === p).length;
    const results = await allResults(page);
    expect(await page.$$eval('.search-group-title', (h) => h.map((x) => x.textContent))).toEqual([`山东省（${inProvince('山东省')} 项）`, `四川省（${inProvince('四川省')} 项）`]);
    expect(results).toHaveLength(tasks.length);
    const provinces = results.map((r) => r.place.split(' ')[0]);
    expect(provinces).toEqual([...provinces].sort((a, b) => Number(a === '四川省') - Number(b === '四川省')));
    await page.close();
  });

  it('opened with a query, shows its first province without waiting for Pagefind\'s worker, which starts after and serves the rest', async () => {
    const page = await site.newPage();
    const stages = await recordStages(page);
    // What the page had shown when it asked for the worker's script.
    let shownAtWorker: string[] | null = null;
    await page.route('**/pagefind-worker.js', async (route) => {
      shownAtWorker ??= await stages();
      await route.continue();
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    const requests: string[] = [];
    page.context().on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('教体局')}`);
    await settled(page);
    expect(shownAtWorker).toEqual(['first']);
    expect(workers).toEqual(['/pagefind/37/pagefind-worker.js']);
    // 山东省 (37) had results, so the first page opened no other bundle: 四川省's (51) is opened by the worker.
    const workerAt = requests.indexOf('/pagefind/37/pagefind-worker.js');
    expect(workerAt).toBeGreaterThanOrEqual(0);
    expect(requests.findIndex((p) => p.startsWith('/pagefind/51/'))).toBeGreaterThan(workerAt);
    expect(await stages()).toEqual(['first', 'complete']);
    expect(await page.textContent('#search-status')).toMatch(/找到 \d+ 项任务，分布于 \d+ 个县区/);
    await page.close();
  });

  it('opened with a query, searches once the first bundle is loaded, never waiting on Pagefind\'s own 50 ms checks', async () => {
    const page = await site.newPage();
    // Pagefind (1.6) makes a search or merge that arrives before its bundle is loaded wait in
    // steps of 50 ms (setTimeout(…, 50) from pagefind.js). The page's first search runs in the
    // page itself (not the worker), so those waits are seen here. The page's own empty
    // searches (preload), which tell it when the bundle is loaded, may wait so; no other may.
    await page.addInitScript(() => {
      Error.stackTraceLimit = 50;
      const waits: string[] = [];
      (window as unknown as { __pagefindWaits: string[] }).__pagefindWaits = waits;
      const setTimeoutOf = window.setTimeout.bind(window);
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
        const stack = new Error().stack ?? '';
        if (ms === 50 && /\/pagefind\/pagefind\.js/.test(stack) && !/\.preload\b/.test(stack)) waits.push(stack);
        return setTimeoutOf(handler, ms, ...rest);
      }) as typeof window.setTimeout;
    });
    for (const [on, query, params, bundles] of [
      [site, '教体局', '', ['37', '51']],
      // On the hostile site the first page tries 北京市, 辽宁省 and 吉林省 one by one (merged
      // into the page's instance after the first), then the worker opens every bundle, 山东省's four included.
      [split, '依申请公开', '', ['11', '21', '22', '37', '37-2', '37-3', '37-4', '51']],
      // 山东省 alone: its four bundles are opened together, the three others merged once the first is loaded.
      [split, '依申请公开', province('山东省'), ['37', '37-2', '37-3', '37-4']],
    ] as const) {
      const requests = pagefindRequests(page);
      await page.goto(`${on.origin}/search/?q=${encodeURIComponent(query)}${params}`);
      await settled(page);
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(bundlesOf(requests)).toEqual(bundles);
      expect(await page.evaluate(() => (window as unknown as { __pagefindWaits: string[] }).__pagefindWaits)).toEqual([]);
    }
    await page.close();
  });

  // 教体局 alone is no word to search: it names the education department, a listing by that filter.
  it.each(['依申请公开', '教体局'])('searches %s as it is typed, in the bundle open, without showing it: the search started with Enter asks for nothing of that bundle', async (words) => {
    const page = await site.newPage();
    const requests: { path: string; at: number }[] = [];
    page.context().on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/')) requests.push({ path, at: Date.now() });
    });
    await page.goto(`${site.origin}/search/`);
    await page.waitForFunction(() => document.getElementById('search-results-section')?.dataset['index'] === 'ready');
    const open = bundlesOf(requests.map((r) => r.path));
    expect(open).toHaveLength(1);
    // When, from now on, a search first starts (Enter, or the pause if the machine is slow) and a result is first shown.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      const section = document.getElementById('search-results-section')!;
      new MutationObserver(() => {
        if (section.getAttribute('aria-busy') === 'true') w['searchedAt'] ??= Date.now();
        if (document.querySelector('#search-results li')) w['shownAt'] ??= Date.now();
      }).observe(section, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    // Once the bundle is open, the page made a search of its own (its code's first run), and showed nothing.
    expect(requests.some((r) => r.path.startsWith(`/pagefind/${open[0]}/index/`))).toBe(true);
    expect(await page.locator('#search-results li').count()).toBe(0);
    await page.focus('#search-q');
    // What the page asks for from now on.
    const typedFrom = requests.length;
    await page.keyboard.insertText(words);
    // The first page's data (and the words' index chunks) are asked for before any search starts.
    const inBundle = (kind: string) => requests.slice(typedFrom).filter((r) => r.path.startsWith(`/pagefind/${open[0]}/${kind}/`));
    await expect.poll(() => inBundle('fragment').length, { timeout: 5_000 }).toBeGreaterThan(0);
    // Enter, once the first page's data have all been asked for (a slow machine asks over
    // hundreds of milliseconds): the search takes the first page so found, and asks that
    // bundle for no index chunk and no result's data (only the filter counts' indexes).
    let seen = -1;
    await expect.poll(async () => {
      const settledCount = seen === inBundle('fragment').length;
      seen = inBundle('fragment').length;
      await page.waitForTimeout(150);
      return settledCount && seen === inBundle('fragment').length;
    }, { timeout: 10_000 }).toBe(true);
    // The pause after the words may have started a search of its own (its rest, the other
    // provinces and the counts, loads what it needs): Enter comes once it is done, so that
    // what follows is Enter's alone.
    await page.waitForFunction(() => document.getElementById('search-results-section')?.getAttribute('aria-busy') !== 'true');
    const before = requests.length;
    await page.keyboard.press('Enter');
    expect(await settled(page)).toMatch(new RegExp(`^“${words}”：找到 \\d+ 项任务`));
    const after = requests.slice(before).map((r) => r.path);
    expect(after.filter((p) => /^\/pagefind\/[^/]+\/(index|fragment)\//.test(p) && p.startsWith(`/pagefind/${open[0]}/`))).toEqual([]);
    const { searchedAt, shownAt } = await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      return { searchedAt: w['searchedAt']!, shownAt: w['shownAt']! };
    });
    expect(Math.min(...inBundle('fragment').map((r) => r.at))).toBeLessThan(searchedAt);
    expect(shownAt).toBeGreaterThanOrEqual(searchedAt);
    await page.close();
  });

  it('after a search of every province, searches the next words as they are typed in the first province\'s bundle alone, not in every bundle open', async () => {
    const page = await site.newPage();
    const requests: string[] = [];
    page.context().on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/')) requests.push(path);
    });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('教体局')}`);
    expect(await settled(page)).toMatch(/分布于 \d+ 个县区/);
    expect(bundlesOf(requests)).toEqual(['37', '51']);
    // Back in the search box, the reader types new words over the old.
    await page.focus('#search-q');
    await page.waitForFunction(() => document.getElementById('search-results-section')?.dataset['index'] === 'ready');
    const from = requests.length;
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('依申请公开');
    // The first page's data are asked for once the words' search in 山东省 (37) is done: until
    // then, no other bundle was searched (Pagefind loads a word's index chunks in every bundle it searches).
    await expect.poll(() => requests.slice(from).findIndex((p) => p.includes('/fragment/')), { timeout: 5_000 }).toBeGreaterThan(0);
    const beforeData = requests.slice(from, from + requests.slice(from).findIndex((p) => p.includes('/fragment/')));
    expect(beforeData.filter((p) => p.includes('/index/'))).not.toEqual([]);
    expect(bundlesOf(beforeData)).toEqual(['37']);
    await page.keyboard.press('Enter');
    expect(await settled(page)).toMatch(/^“依申请公开”：找到 \d+ 项任务，分布于 \d+ 个县区/);
    await page.close();
  });

  it('opens, for the words typed after a search limited to a province, that province\'s bundles, not the first in code order', async () => {
    // The hostile site: 山东省 is four bundles (37, 37-2, 37-3, 37-4); a search of every province would start with 北京市's (11).
    const page = await split.newPage();
    const requests = pagefindRequests(page);
    await page.goto(`${split.origin}/search/?q=${encodeURIComponent('教体局')}${province('山东省')}`);
    await settled(page);
    await page.focus('#search-q');
    await page.waitForFunction(() => document.getElementById('search-results-section')?.dataset['index'] === 'ready');
    expect(bundlesOf(requests)).toEqual(['37', '37-2', '37-3', '37-4']);
    const from = requests.length;
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('依申请公开');
    await page.keyboard.press('Enter');
    expect(await settled(page)).toMatch(/^“依申请公开”（已筛选）：找到 \d+ 项任务/);
    expect(requests.slice(from).filter((p) => /^\/pagefind\/37(-\d)?\/index\//.test(p))).not.toEqual([]);
    expect(bundlesOf(requests)).toEqual(['37', '37-2', '37-3', '37-4']);
    await page.close();
  });

  it('searches first pages in an instance of at most four bundles: a province that does not fit starts a new one', async () => {
    // The page opened without a query opens 北京市's bundle (11) for typing; 山东省, ticked then, is four bundles.
    const page = await split.newPage();
    const requests = pagefindRequests(page);
    await page.goto(`${split.origin}/search/`);
    await page.waitForFunction(() => document.getElementById('search-results-section')?.dataset['index'] === 'ready');
    expect(bundlesOf(requests)).toEqual(['11']);
    // The hostile site folds every list of more than four values.
    await unfold(page, '省份');
    await page.check(`input[name="省份"][value="山东省"]`);
    await settled(page);
    expect(bundlesOf(requests)).toEqual(['11', '37', '37-2', '37-3', '37-4']);
    // An instance loads the WebAssembly of its first bundle, an instance merged into does not.
    // 山东省's is loaded twice: by the new instance of the tick's first page (北京市's dropped,
    // not merged into) and by the one that serves the rest of the search. 北京市's single index
    // chunk is loaded by then, so the requests after the typing cannot show whether it is still
    // searched.
    expect(requests.filter((p) => p === '/pagefind/37/wasm.unknown.pagefind')).toHaveLength(2);
    await page.focus('#search-q');
    const from = requests.length;
    await page.keyboard.insertText('依申请公开');
    await page.keyboard.press('Enter');
    expect(await settled(page)).toMatch(/^“依申请公开”（已筛选）：找到 \d+ 项任务/);
    const after = requests.slice(from);
    expect(after.filter((p) => /^\/pagefind\/37(-\d)?\/index\//.test(p))).not.toEqual([]);
    // 北京市's bundle and 山东省's four do not fit in one such instance: 北京市's is not searched.
    expect(after.filter((p) => p.startsWith('/pagefind/11/'))).toEqual([]);
    await page.close();
  });

  it('does not take the search begun as the words were typed for another one (a filter ticked since)', async () => {
    const page = await site.newPage();
    const fragments: string[] = [];
    page.context().on('request', (r) => {
      if (r.url().includes('/fragment/')) fragments.push(r.url());
    });
    await page.goto(`${site.origin}/search/`);
    await page.waitForFunction(() => document.getElementById('search-results-section')?.dataset['index'] === 'ready');
    await page.focus('#search-q');
    await page.keyboard.insertText('依申请公开');
    await expect.poll(() => fragments.length, { timeout: 5_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await settled(page);
    await unfold(page, '部门');
    // A department some of the words' results have: ticking it searches the words with it.
    const department = await page.$$eval('input[name="部门"]', (boxes) =>
      boxes.filter((b) => !b.closest('li')!.hidden && /（[1-9]/.test(b.closest('li')!.textContent ?? '')).map((b) => (b as HTMLInputElement).value),
    );
    await page.check(`input[name="部门"][value="${department[0]}"]`);
    expect(await settled(page)).toMatch(/^“依申请公开”.*找到 \d+ 项任务/);
    const shown = await page.$$eval('.search-result', (items) => items.map((li) => (li.querySelector<HTMLElement>('.search-result-departments')?.dataset['departments'] ?? '').split('|')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((departments) => !departments.includes(department[0]!))).toEqual([]);
    await page.close();
  });

  it('finds nothing when a word of the query is in no task, and says which word', async () => {
    const { page } = await open(site, '教育 xyzzy');
    expect(await page.textContent('#search-status')).toContain('没有找到任务');
    expect(await page.textContent('#search-notes')).toContain('“xyzzy”不见于所检索的任务');
    await page.close();
  });

  it('needs every word in the same task, although each province\'s bundle drops the words it lacks (Pagefind #329)', async () => {
    // 量子 loosely matches a word in 山东省's bundle, 纠缠 one in 四川省's: alone, each bundle would answer with the other word dropped.
    const { page } = await open(site, '量子纠缠');
    expect(await page.textContent('#search-status')).toContain('没有找到任务');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.close();
  });

  // Ten searches with every result listed: ~30 s on a slow day; the limit guards against a hang.
  it('finds exactly the same tasks when a province is cut into parts', { timeout: 180_000 }, async () => {
    const probe = await split.newPage();
    await probe.goto(`${split.origin}/search/`);
    const config = JSON.parse((await probe.textContent('#search-config'))!) as { shards: { province: string; paths: string[] }[] };
    expect(config.shards.find((s) => s.province === '山东省')!.paths.length).toBeGreaterThan(1);
    await probe.close();
    for (const query of ['教体局', '依申请公开', '政务公开 目录', '适老化', '教育 xyzzy']) {
      const hrefs = async (on: Site) => {
        const { page } = await open(on, query, province('山东省'));
        const list = (await allResults(page)).map((r) => r.href).sort();
        await page.close();
        return list;
      };
      const [whole, parts] = await Promise.all([hrefs(site), hrefs(split)]);
      // The hostile site adds one notice of 山东省 (冠县's 2022 plan, tests/fixtures/years): its
      // tasks are left out, so that both sites are asked about the same tasks.
      expect(parts.filter((href) => corpus.noticeById.has(/^\/notices\/([^/]+)\//.exec(href)![1]!)), query).toEqual(whole);
    }
  });
});

/** Each filter value's count on the search page as shown (empty when none is), and whether it is hidden. */
const countsOn = (page: Page) =>
  page.$$eval('#search-filters input[type="checkbox"]', (boxes) =>
    boxes.map((b) => {
      const item = b.closest('li');
      return `${(b as HTMLInputElement).name}=${(b as HTMLInputElement).value} ${item?.querySelector('.search-count')?.textContent ?? ''}${item?.hidden ? ' hidden' : ''}`;
    }),
  );

describe('filter counts while the filter panel is folded (a narrow screen)', () => {

  it('loads no filter index but the plans’ (which group the results) until the panel is opened, then shows the counts a wide screen shows', async () => {
    const query = '依申请公开';
    const wide = await open(site, query);
    const wideStatus = await wide.page.textContent('#search-status');
    const wideCounts = await countsOn(wide.page);
    expect(wide.requests.some((p) => p.includes('/filter/'))).toBe(true);
    await wide.page.close();

    const page = await site.newPage({ width: 375 });
    const requests = pagefindRequests(page);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
    // The results and their count are those of the wide screen; one filter index per bundle was loaded for them: the plans' (通知).
    expect(await settled(page)).toBe(wideStatus);
    expect(await page.$eval('#search-filters', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(bundlesOf(requests)).toEqual(['37', '51']);
    const folded = [...new Set(requests.filter((p) => p.includes('/filter/')))];
    expect(bundlesOf(folded)).toEqual(['37', '51']);
    expect(folded).toHaveLength(2);
    // Folded, the panel still holds the counts of the whole corpus that the page came with.
    expect(await countsOn(page)).not.toEqual(wideCounts);

    await page.click('#search-filters > summary');
    await expect.poll(() => countsOn(page), { timeout: 20_000 }).toEqual(wideCounts);
    expect(new Set(requests.filter((p) => p.includes('/filter/'))).size).toBeGreaterThan(folded.length);
    await page.waitForFunction(() => !document.getElementById('search-filters')!.hasAttribute('aria-busy'));
    expect(await page.isHidden('#search-filter-counting')).toBe(true);
    expect(await page.textContent('#search-status')).toBe(wideStatus);
    await page.close();
  });
});

describe('the filter panel while the other provinces are searched', () => {
  it('says its counts are being made while the first province\'s results show, until the search is complete', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/`);
    await settled(page);
    const before = await countsOn(page);
    // What the panel says at the moment the first province's results show (the other province is searched after).
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const section = document.getElementById('search-results-section')!;
      new MutationObserver(() => {
        if (section.dataset['stage'] === 'first' && w['atFirst'] === undefined) {
          const note = document.getElementById('search-filter-counting')!;
          w['atFirst'] = { note: note.hidden ? null : note.textContent, busy: document.getElementById('search-filters')!.getAttribute('aria-busy') };
        }
      }).observe(section, { attributes: true, attributeFilter: ['data-stage'] });
    });
    await page.fill('#search-q', '依申请公开');
    await page.press('#search-q', 'Enter');
    expect(await settled(page)).toMatch(/^“依申请公开”：找到 \d+ 项任务，分布于 \d+ 个县区/);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['atFirst'])).toEqual({ note: '正在统计各筛选条件的结果数……', busy: 'true' });
    expect(await page.isHidden('#search-filter-counting')).toBe(true);
    expect(await page.getAttribute('#search-filters', 'aria-busy')).toBeNull();
    expect(await countsOn(page)).not.toEqual(before);
    await page.close();
  });
});

describe('filter counts of a folded list (部门, 主题) on a wide screen', () => {
  const of = (counts: string[], key: string) => counts.filter((c) => c.startsWith(`${key}=`));
  const filterFiles = (requests: string[]) => requests.filter((p) => p.includes('/filter/')).sort();

  it('loads a folded list\'s filter index only when it is unfolded, then shows the counts it shows when unfolded before the search', async () => {
    const query = '依申请公开';
    // Both lists unfolded before the search: every key is counted with it.
    const before = await site.newPage();
    const beforeRequests = pagefindRequests(before);
    await before.goto(`${site.origin}/search/`);
    await settled(before);
    await before.click('details[data-fold-key="部门"] > summary');
    await before.click('details[data-fold-key="主题"] > summary');
    await before.fill('#search-q', query);
    await before.press('#search-q', 'Enter');
    await before.waitForFunction(() => new URL(location.href).searchParams.get('q') !== null);
    const status = await settled(before);
    const full = await countsOn(before);
    for (const key of ['部门', '主题']) expect(of(full, key).every((c) => /（\d+）/.test(c) || c.endsWith(' hidden')), key).toBe(true);
    await before.close();
    const allFilters = filterFiles(beforeRequests);
    expect(bundlesOf(allFilters)).toEqual(['37', '51']);

    const { page, requests } = await open(site, query);
    expect(await page.textContent('#search-status')).toBe(status);
    const folded = await countsOn(page);
    // Two keys fewer: one filter file per key and bundle.
    expect(filterFiles(requests)).toHaveLength(allFilters.length - 2 * 2);
    expect(filterFiles(requests).every((p) => allFilters.includes(p))).toBe(true);
    for (const key of ['部门', '主题']) expect(of(folded, key).every((c) => c.endsWith(' ')), key).toBe(true);
    expect(folded.filter((c) => !/^(部门|主题)=/.test(c))).toEqual(full.filter((c) => !/^(部门|主题)=/.test(c)));

    await unfold(page, '部门');
    expect(filterFiles(requests)).toHaveLength(allFilters.length - 2);
    expect(of(await countsOn(page), '部门')).toEqual(of(full, '部门'));
    expect(of(await countsOn(page), '主题').every((c) => c.endsWith(' '))).toBe(true);
    await unfold(page, '主题');
    expect(filterFiles(requests)).toEqual(allFilters);
    expect(await countsOn(page)).toEqual(full);
    expect(await page.isHidden('#search-filter-counting')).toBe(true);
    expect(await page.textContent('#search-status')).toBe(status);
    await page.close();
  });
});

describe('the county list, folded on a site of many counties (the hostile site: SEARCH_FOLD_OVER=4)', () => {
  const notices = JSON.parse(readFileSync(join(HOSTILE_DIST, 'data', 'notices.json'), 'utf8')) as { taskCount: number; jurisdiction: { name: string; prefecture: string; province: string; code: string } }[];
  /** Each county's tasks, by its 县区 value (its notices are counted apart). */
  const total = (county: string) => notices.filter((n) => countyValue(n.jurisdiction) === county).reduce((sum, n) => sum + n.taskCount, 0);

  it('unfolded, lays out only the counties near the screen, the others still named to assistive technology and reached by Tab', async () => {
    // A screen 120 px high, so that the hostile site's nine counties do not all fit near it.
    const page = await split.newPage();
    await page.setViewportSize({ width: 1280, height: 120 });
    await page.goto(`${split.origin}/search/`);
    await page.click('details[data-fold-key="县区"] > summary');
    const rows = page.locator('fieldset[data-filter-key="县区"] li');
    await expect.poll(() => rows.count()).toBeGreaterThan(4);
    const laidOut = () => rows.evaluateAll((items) => items.map((li) => li.querySelector('label')!.checkVisibility({ contentVisibilityAuto: true })));
    const before = await laidOut();
    expect(before[0]).toBe(true);
    expect(before.at(-1)).toBe(false);
    const names = await rows.evaluateAll((items) => items.map((li) => li.querySelector('label')!.textContent));
    const snapshot = await page.locator('fieldset[data-filter-key="县区"]').ariaSnapshot();
    for (const name of names) expect(snapshot).toContain(`checkbox "${name}"`);
    // Tab from the one before the last reaches the last, which is then laid out, and Space ticks it.
    await rows.nth(names.length - 2).locator('input').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe(names.at(-1));
    await expect.poll(async () => (await laidOut()).at(-1)).toBe(true);
    await page.keyboard.press('Space');
    expect(await rows.last().locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it('has no checkbox until unfolded; unfolded from the keyboard, offers its finder, then lists every county with its count, and Space on the first searches it alone', async () => {
    const page = await split.newPage();
    const requests = pagefindRequests(page);
    await page.goto(`${split.origin}/search/`);
    const fold = page.locator('details[data-fold-key="县区"]');
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('input[name="县区"]').count()).toBe(0);

    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('查找县区（名称或省份）');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ name: (document.activeElement as HTMLInputElement).name, value: (document.activeElement as HTMLInputElement).value }));
    const byCode = [...notices].sort((a, b) => a.jurisdiction.code.localeCompare(b.jurisdiction.code));
    expect(first).toEqual({ name: '县区', value: countyValue(byCode[0]!.jurisdiction) });
    const labels = await page.$$eval('fieldset[data-filter-key="县区"] li:not([hidden]) label', (l) => l.map((x) => x.textContent));
    expect(labels).toEqual([...new Set(byCode.map((n) => countyValue(n.jurisdiction)))].map((c) => `${c}（${total(c)}）`));
    expect(labels.filter((l) => l!.startsWith('铁西区'))).toEqual(['铁西区（沈阳市）（3）', '铁西区（四平市）（3）']);
    // The built checkboxes are labelled and unique like those of the page's HTML.
    expect(await axeViolations(page)).toEqual([]);

    requests.length = 0;
    await page.keyboard.press('Space');
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('县区') === c, first.value);
    expect(await settled(page)).toBe(`按筛选条件：找到 ${total(first.value)} 项任务。`);
    expect(bundlesOf(requests).every((b) => b.startsWith(byCode[0]!.jurisdiction.code.slice(0, 2)))).toBe(true);

    // A link with the county: its checkbox is built at once, ticked, and its list unfolded.
    await page.reload();
    expect(await settled(page)).toBe(`按筛选条件：找到 ${total(first.value)} 项任务。`);
    expect(await page.isChecked(`input[name="县区"][value="${first.value}"]`)).toBe(true);
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('finds counties by name or province as the reader types, keeps a ticked county in view, and counts what the current search has', async () => {
    const page = await split.newPage();
    await page.goto(`${split.origin}/search/`);
    await settled(page);
    const finder = page.locator('fieldset[data-filter-key="县区"] input[type="search"]');
    // Without the list (folded, not built), no finder.
    expect(await finder.isVisible()).toBe(false);
    await page.click('details[data-fold-key="县区"] > summary');
    const shown = () => page.$$eval('fieldset[data-filter-key="县区"] li', (items) => items.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.querySelector('input')!.value));
    const status = () => page.textContent('.search-find-status');
    const all = [...new Set(notices.map((n) => countyValue(n.jurisdiction)))];
    const of = (province: string) => [...new Set(notices.filter((n) => n.jurisdiction.province.includes(province)).map((n) => countyValue(n.jurisdiction)))].sort();
    const order = await shown();
    expect([...order].sort()).toEqual([...all].sort());

    await finder.fill('铁西');
    expect(await shown()).toEqual(['铁西区（沈阳市）', '铁西区（四平市）']);
    expect(await status()).toBe('名称或省份含“铁西”的县区：2 个。');
    // A province's name finds its counties, whatever their names.
    await finder.fill('山东');
    expect((await shown()).sort()).toEqual(of('山东'));
    expect(of('山东')).toHaveLength(4);
    expect(await status()).toBe('名称或省份含“山东”的县区：4 个。');
    await finder.fill('四平市');
    expect(await shown()).toEqual(['铁西区（四平市）']);
    await finder.fill('没有这个县');
    expect(await shown()).toEqual([]);
    expect(await status()).toBe('没有名称或省份含“没有这个县”的县区。');

    // Ticked, a county stays in view whatever the finder says; the search runs as usual.
    await finder.fill('冠县');
    await page.check('input[name="县区"][value="冠县"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('县区') === '冠县');
    await settled(page);
    await finder.fill('铁西');
    expect(await shown()).toEqual(['铁西区（沈阳市）', '铁西区（四平市）', '冠县'].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(await status()).toBe('名称或省份含“铁西”的县区：2 个。');
    await finder.fill('');
    expect(await status()).toBe('');
    expect(await shown()).toEqual(order);

    // The count follows the search: a county the search has nothing in is out of view, and not
    // counted, without the reader typing again.
    await page.uncheck('input[name="县区"][value="冠县"]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('县区'));
    await settled(page);
    await finder.fill('山东');
    expect(await status()).toBe('名称或省份含“山东”的县区：4 个。');
    await page.fill('#search-q', '同名县区检索测试');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '同名县区检索测试');
    await settled(page);
    expect(await shown()).toEqual([]);
    expect(await status()).toBe('没有名称或省份含“山东”的县区。');
    await finder.fill('铁西');
    expect(await status()).toBe('名称或省份含“铁西”的县区：2 个。');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('searches a link\'s county before it builds the county list (1,600 checkboxes at 2,800 notices), then builds the list with the county ticked', async () => {
    const page = await split.newPage();
    // In order, from the page's start: the search starting (the results busy), the list getting its checkboxes.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __order: string[] }).__order = seen;
      // Record by record, in the order the changes were made (one task may make both).
      new MutationObserver((records) => {
        for (const r of records) {
          const target = r.target as Element;
          if (r.type === 'attributes' && target.id === 'search-results-section' && target.getAttribute('aria-busy') === 'true' && !seen.includes('searching')) seen.push('searching');
          if (r.type === 'childList' && target.matches?.('fieldset[data-filter-key="县区"] ul[data-built-from="lists"]') && r.addedNodes.length > 0 && !seen.includes('list built')) seen.push('list built');
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    await page.goto(`${split.origin}/search/?q=${encodeURIComponent('同名县区检索测试')}${county('铁西区（四平市）')}`);
    expect(await settled(page)).toBe('“同名县区检索测试”（已筛选）：找到 2 项任务。');
    await page.waitForFunction(() => (window as unknown as { __order: string[] }).__order.length === 2);
    expect(await page.evaluate(() => (window as unknown as { __order: string[] }).__order)).toEqual(['searching', 'list built']);
    expect(await page.isChecked('input[name="县区"][value="铁西区（四平市）"]')).toBe(true);
    expect(await page.$$eval('input[name="县区"]:checked', (boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['铁西区（四平市）']);
    // Unticked, the county leaves the search: the list built late is the form's, as any other.
    await page.uncheck('input[name="县区"][value="铁西区（四平市）"]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('县区'));
    expect(await settled(page)).toBe('“同名县区检索测试”：找到 4 项任务，分布于 2 个县区。');
    await page.close();
  });

  it('opened after a search (here by script, as the bench opens it), shows that search\'s counts, and a count is what ticking the county finds', async () => {
    const page = await split.newPage();
    await page.goto(`${split.origin}/search/?q=${encodeURIComponent('教体局')}`);
    await settled(page);
    await page.locator('details[data-fold-key="县区"]').evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
    // Unfolded, the list is built, then its values counted for the search.
    await page.waitForFunction(() => !document.getElementById('search-filters')!.hasAttribute('aria-busy') && /（\d+）$/.test(document.querySelector('fieldset[data-filter-key="县区"] li:not([hidden]) label')?.textContent ?? ''));
    const label = page.locator('fieldset[data-filter-key="县区"] li:not([hidden]) label').first();
    const [, county, count] = /^(.+)（(\d+)）$/.exec((await label.textContent())!)!;
    // The education bureau's tasks only, not every record of the county.
    expect(Number(count)).toBeLessThan(total(county!));
    await page.check(`input[name="县区"][value="${county}"]`);
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('县区') === c, county);
    expect(await settled(page)).toBe(`“教体局”（已筛选）：找到 ${count} 项任务。`);
    await page.close();
  });
});

describe('counties that share a name (the hostile site: 铁西区 of 沈阳市, 辽宁省, and of 四平市, 吉林省; 朝阳区 of 长春市 alone, not 北京市\'s)', () => {
  it('searches one of them when ticked, opening only its province\'s bundles', async () => {
    const { page, requests } = await open(split, '同名县区检索测试', county('铁西区（四平市）'));
    // Two of its tasks; its notice, whose headings carry the words, is counted apart.
    expect(await page.textContent('#search-status')).toBe('“同名县区检索测试”（已筛选）：找到 2 项任务。');
    const results = await allResults(page);
    expect(results.map((r) => r.href).sort()).toEqual(['/notices/tiexi-siping-2023-1/#t1', '/notices/tiexi-siping-2023-1/#t2']);
    expect(await page.textContent('#search-notices-status')).toContain('1 份通知');
    expect(results.every((r) => r.place.startsWith('吉林省 四平市 铁西区'))).toBe(true);
    const jilin = JSON.parse((await page.textContent('#search-config'))!).shards.find((s: { province: string }) => s.province === '吉林省').paths as string[];
    expect(bundlesOf(requests)).toEqual(jilin.map((p) => /^\/pagefind\/([\d-]+)\//.exec(p)![1]).sort());
    await page.close();
  });

  it('reads a link by the bare name, made before the counties were told apart, as both, and says so', async () => {
    const { page } = await open(split, '同名县区检索测试', county('铁西区'));
    expect(await page.textContent('#search-status')).toBe('“同名县区检索测试”（已筛选）：找到 4 项任务，分布于 2 个县区。');
    expect(await page.textContent('#search-notes')).toContain('链接中的县区“铁西区”在本站有 2 个同名县区，已全部选中：铁西区（沈阳市）、铁西区（四平市）。');
    expect(await page.isChecked('input[name="县区"][value="铁西区（沈阳市）"]')).toBe(true);
    expect(await page.isChecked('input[name="县区"][value="铁西区（四平市）"]')).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('县区')).toEqual(['铁西区（沈阳市）', '铁西区（四平市）']);
    expect(await page.$$eval('.search-group-title', (h) => h.map((x) => x.textContent))).toEqual(['辽宁省（2 项）', '吉林省（2 项）']);
    // Unticking one leaves the other.
    await page.uncheck('input[name="县区"][value="铁西区（沈阳市）"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('县区').join() === '铁西区（四平市）');
    expect(await settled(page)).toBe('“同名县区检索测试”（已筛选）：找到 2 项任务。');
    await page.close();
  });

  it('reads a bare name of which the site has one county as that county, and says which', async () => {
    const { page } = await open(split, '唯一同名县区测试', county('朝阳区'));
    expect(await page.textContent('#search-status')).toBe('“唯一同名县区测试”（已筛选）：找到 1 项任务。');
    expect(await page.textContent('#search-notes')).toContain('链接中的县区“朝阳区”即朝阳区（长春市）：同名的县区以所属地级市区分。');
    expect(new URL(page.url()).searchParams.getAll('县区')).toEqual(['朝阳区（长春市）']);
    expect((await allResults(page)).map((r) => r.href)).toEqual(['/notices/chaoyang-changchun-2023-1/#t1']);
    await page.close();
  });
});
