/**
 * The hostile-content site (tests/build/global-setup.ts builds it with tests/fixtures/hostile
 * added) in Chromium: its pages and its search results show the injected markup as text,
 * no script from the content runs (no dialog opens), and nothing violates the policy.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_DIST } from '../build/global-setup.ts';
import { axeViolations, openSite, type Site } from './support.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(HOSTILE_DIST);
});
afterAll(async () => {
  await site?.close();
});

/** Opens a page that fails the test if any dialog (alert, confirm, prompt) opens. */
async function guarded(): Promise<{ page: Page; dialogs: string[] }> {
  const page = await site.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, dialogs };
}

describe('hostile content in Chromium', () => {
  it.each(['/notices/dongcheng-2024-1/', '/counties/dongcheng/', '/units/government-office/', '/topics/policy-interpretation/', '/years/2024/', '/'])('%s shows the markup as text and runs none of it', async (path) => {
    const { page, dialogs } = await guarded();
    await page.goto(site.origin + path, { waitUntil: 'load' });
    // Hover where an injected handler would sit: every visible element that shows injected text.
    for (const el of (await page.locator('main :is(h3, h4, h5, p, dd, li, a)', { hasText: 'alert(' }).all()).slice(0, 30)) {
      if (await el.isVisible()) await el.hover({ timeout: 2000 });
    }
    expect(dialogs).toEqual([]);
    expect(await page.locator('main img, main iframe, main svg[onload], main [onerror], main [onclick], main [onmouseover]').count()).toBe(0);
    await page.close();
  });

  it('shows the task text with its markup on the notice page', async () => {
    const { page } = await guarded();
    await page.goto(`${site.origin}/notices/dongcheng-2024-1/`);
    expect(await page.textContent('#t1 .task-text')).toBe('做好政策解读<img src=x onerror=alert("task")>工作，[点击这里](javascript:alert("md-link"))，<a href="javascript:alert(\'a\')">链接</a>。');
    expect(await page.locator('.notice-text').textContent()).toContain('<script>alert("body")</script>');
    await page.close();
  });

  it.each([
    ['onerror', '<img src=x onerror=alert("task")>'],
    ['HYPERLINK', '=HYPERLINK('],
  ])('finds %s in the search index and shows the excerpt as text', async (query, expected) => {
    const { page, dialogs } = await guarded();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.getElementById('search-results-section')?.getAttribute('aria-busy') === 'false');
    const results = page.locator('.search-result');
    expect(await results.count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results').textContent()).toContain(expected);
    expect(await page.locator('#search-results img, #search-results script, #search-results a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it.each([
    '/units/all-departments/',
    '/units/education/37/',
    '/topics/policy-interpretation/37/',
    // 山东省 split by prefecture: its list of prefectures, and one prefecture's tasks.
    '/units/all-departments/37/',
    '/units/all-departments/37/3715/',
    '/topics/organization/37/',
    '/topics/organization/37/3715/',
    // /compare/ split by province, 山东省 by prefecture (COMPARE_MAX_COUNTIES 3).
    '/compare/',
    '/compare/37/',
    '/compare/37/3715/',
    // /notices/ split by year, 2023 by province (NOTICES_PAGE_MAX 3).
    '/notices/',
    '/years/2023/',
    '/years/2023/37/',
    // /counties/ split by province (COUNTIES_PAGE_MAX 3): the provinces, and 山东省's counties by prefecture.
    '/counties/',
    '/provinces/37/',
  ])('%s (a page of the split layouts) has no axe-core violations', async (path) => {
    const { page } = await guarded();
    await page.goto(site.origin + path, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('logged no console error and no Content-Security-Policy violation', () => {
    expect(site.errors).toEqual([]);
  });
});
