/**
 * The whole built site in Chromium, every page and not a sample: zero axe-core violations,
 * no console error and no Content-Security-Policy violation (the real policy, served as
 * scripts/serve.ts serves dist/_headers and as each page's <meta> tag), no sideways
 * scrolling of the page at 360 px. Then what a reader does: read with JavaScript off,
 * keep large text across pages, print a notice, skip to the content from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtPages, openSite, type Site } from './support.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const pages = builtPages();
/** One page of each kind, for the checks that need not run on every page. */
const KINDS = ['/', '/notices/', '/notices/guanxian-2023-15/', '/notices/shanghe-2023-2/', '/counties/', '/counties/lezhi/', '/counties/shanghe/', '/units/', '/units/education/', '/topics/', '/topics/organization/', '/compare/', '/upstream/', '/upstream/37-2023/', '/documents/lu-zheng-ban-fa-2023-8/', '/search/', '/data/', '/about/', '/404.html'];

describe('every page of the built site', () => {
  it('is more than a sample: all pages, every page kind among them', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const kind of KINDS) expect(pages).toContain(kind);
  });

  it.each(pages)('%s: no axe-core violations at 1280 px', async (path) => {
    const page = await site.newPage({ width: 1280 });
    const response = await page.goto(site.origin + path, { waitUntil: 'load' });
    expect(response!.status()).toBe(200);
    expect(response!.headers()['content-security-policy'], 'the served policy').toContain("default-src 'self'");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(KINDS)('%s: no axe-core violations and no sideways page scroll at 360 px', async (path) => {
    const page = await site.newPage({ width: 360 });
    await page.goto(site.origin + path, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    // Wide tables and charts scroll inside their own boxes; the page itself never does.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('logged no console error and no Content-Security-Policy violation on any page', () => {
    expect(site.errors).toEqual([]);
  });
});

describe('reading the site', () => {
  it('shows a notice, its tasks and the charts with JavaScript off', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/notices/guanxian-2023-15/`);
    expect(await page.locator('article.task').count()).toBe(54);
    expect(await page.locator('#t1').isVisible()).toBe(true);
    expect(await page.locator('.doc-meta').textContent()).toContain('冠政办发〔2023〕15号');
    // The large-text button is made by the script: with JavaScript off there is no dead button.
    expect(await page.locator('.large-text-toggle').count()).toBe(0);
    await page.goto(`${site.origin}/compare/`);
    expect(await page.locator('figure.chart svg').first().isVisible()).toBe(true);
    // The count view of the heatmap is one radio button away, no script needed.
    await page.check('#topic-coverage-show-count');
    expect(await page.locator('#topic-coverage-count').isVisible()).toBe(true);
    expect(await page.locator('#topic-coverage-share').isVisible()).toBe(false);
    await page.close();
  });

  it('keeps large text once chosen, across pages and reloads', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/notices/lezhi-2023-15/`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.task-text')!).fontSize));
    const normal = await size();
    expect(normal).toBeGreaterThanOrEqual(16);
    await page.click('.large-text-toggle');
    expect(await page.getAttribute('.large-text-toggle', 'aria-pressed')).toBe('true');
    expect(await size()).toBeGreaterThan(normal * 1.15);
    await page.goto(`${site.origin}/units/education/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
    await page.click('.large-text-toggle');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(false);
    await page.close();
  });

  it('prints a notice without navigation or buttons, every task kept', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/notices/shanghe-2023-2/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('.skip-link')).toBe(false);
    expect(await page.locator('article.task:visible').count()).toBe(51);
    expect(await shown('.doc-meta')).toBe(true);
    await page.close();
  });

  it('takes a researcher from 商河县’s page to what it shares with 冠县 and what it adds, in two steps, with JavaScript off', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/counties/shanghe/`);
    // Step one: the county page's table of notices sharing its upstream.
    await page.getByRole('link', { name: '12 项（24%）' }).click();
    // Step two: the notice's list of the tasks it shares with 冠县, side by side, then its own.
    await page.waitForURL(/\/notices\/shanghe-2023-2\/#shared-guanxian-2023-15$/);
    const shared = page.locator('section', { has: page.locator('#shared-guanxian-2023-15') });
    expect(await shared.locator('tbody tr').count()).toBe(12);
    expect(await shared.locator('tbody tr').nth(1).textContent()).toContain('深入落实逾期未支付中小企业账款');
    expect(await page.locator('#own + ul li').count()).toBe(39);
    expect(await page.locator('#shared-guanxian-2023-15').isVisible()).toBe(true);
    await page.close();
  });

  it('lets a keyboard user skip to the content: the first Tab reaches the skip link, Enter moves focus to main', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/topics/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
