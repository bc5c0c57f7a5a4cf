/**
 * The pages of every level of government in Chromium, on the site built with
 * tests/fixtures/levels (LEVELS_DIST): zero axe-core violations at 1280 and 360 px, no
 * sideways scroll, no console error; and a county's upstream plans and own lists reached by
 * a reader from its page, with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVELS_DIST } from '../build/global-setup.ts';
import { axeViolations, openSite, type Site } from './support.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(LEVELS_DIST);
});
afterAll(async () => {
  await site?.close();
});

/** One page of each kind the levels add or change. */
const PAGES = [
  '/counties/',
  '/counties/guanxian/',
  '/counties/juancheng/',
  '/regions/shandong/',
  '/regions/liaocheng/',
  '/notices/shandong-2023-8/',
  '/notices/shandong-health-2023-22/',
  '/notices/liaocheng-2023-9/',
  '/notices/guanxian-donggucheng-2023-5/',
  '/notices/guanxian-education-2023-9/',
  '/notices/juancheng-canjirenlianhehui-2023-3/',
  '/units/education/',
  '/units/township/',
  '/units/internal-office/',
];

describe('pages of every level', () => {
  it.each(PAGES)('%s: no axe-core violations at 1280 px', async (path) => {
    const page = await site.newPage({ width: 1280 });
    const response = await page.goto(site.origin + path, { waitUntil: 'load' });
    expect(response!.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('%s: no axe-core violations and no sideways page scroll at 360 px', async (path) => {
    const page = await site.newPage({ width: 360 });
    await page.goto(site.origin + path, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('logged no console error on any of them', () => {
    expect(site.errors).toEqual([]);
  });

  it("leads a reader with JavaScript off from a county's page to its province's plan and the province's page", async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/counties/guanxian/`);
    await page.getByRole('link', { name: '上级计划' }).click();
    await page.getByRole('link', { name: '山东省人民政府办公厅关于印发2023年山东省政务公开工作要点的通知' }).click();
    expect(await page.locator('h1').textContent()).toBe('山东省人民政府办公厅关于印发2023年山东省政务公开工作要点的通知');
    expect(await page.locator('article.task').count()).toBe(4);
    await page.locator('.breadcrumb').getByRole('link', { name: '山东省' }).click();
    expect(await page.locator('h1').textContent()).toBe('山东省（省级）');
    await page.close();
  });
});
