/**
 * Citations in Chromium, as a reader takes one: a link to a task's citation (what a search
 * result's 引用 leads to) opens it; the script fills in the access date and the absolute
 * permalink in all three forms, which still read back (BibTeX parses, CSL-JSON is valid); a
 * copy button per form. With JavaScript off the citation is there, closed, with its placeholder.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './support.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('a task’s citation', () => {
  it('opens when a link lands on it, with the access date and the absolute permalink filled in every form', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/notices/guanxian-2023-15/#t12-cite`);
    expect(await page.locator('#t12-cite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const form = (format: string) => page.locator(`#t12-cite [data-format="${format}"] .citation-text`).textContent();
    const url = `${site.origin}/notices/guanxian-2023-15/#t12`;
    expect(await form('gbt')).toBe(`冠县人民政府办公室. 第12项任务：推进义务教育“双减”信息公开……[A/OL]//冠县人民政府办公室. 关于公布2023年政务公开重点工作任务分工的通知: 冠政办发〔2023〕15号. (2023-08-29)[${today()}]. ${url}.`);
    const bib = parseBibtex((await form('bibtex'))!);
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0]!.fields).toMatchObject({ url, urldate: today() });
    const [item] = JSON.parse((await form('csl-json'))!) as { URL: string; accessed: { 'date-parts': number[][] } }[];
    expect(item!.URL).toBe(url);
    expect(item!.accessed['date-parts'][0]!.join('-')).toBe(today().split('-').map(Number).join('-'));
    expect(await page.locator('#t12-cite .copy-button').allTextContents()).toEqual(['复制引文', '复制BibTeX', '复制CSL-JSON']);
    await page.click('#t12-cite [data-format="bibtex"] .copy-button');
    expect(await page.locator('#t12-cite [data-format="bibtex"] .copy-status').textContent()).toMatch(/^(?:已复制到剪贴板|已选中，请按 Ctrl\+C（或长按）复制)$/);
    await page.close();
  });

  it('is one click from a search result (引用), which lands on it open', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('双减')}`);
    const cite = page.locator('.search-result .search-result-cite').first();
    await cite.waitFor();
    const href = await cite.getAttribute('href');
    expect(href).toMatch(/^\/notices\/[^/]+\/#t\d+-cite$/);
    await cite.click();
    await page.waitForURL((u) => u.hash === href!.slice(href!.indexOf('#')));
    expect(await page.locator(href!.slice(href!.indexOf('#'))).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('reads without JavaScript: closed, complete but for the access date', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/notices/guanxian-2023-15/#t12-cite`);
    expect(await page.locator('#t12-cite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.click('#t12-cite > summary');
    expect(await page.locator('#t12-cite [data-format="gbt"] .citation-text').textContent()).toContain('[访问日期]. /notices/guanxian-2023-15/#t12.');
    expect(await page.locator('#t12-cite .copy-button').count()).toBe(0);
    // BibTeX and CSL-JSON: the notice's citation files, which hold this task's entry.
    expect(await page.locator('#t12-cite .citation-files a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')))).toEqual(['/notices/guanxian-2023-15/citations.bib', '/notices/guanxian-2023-15/citations.json']);
    const bib = await (await page.request.get(`${site.origin}/notices/guanxian-2023-15/citations.bib`)).text();
    expect(parseBibtex(bib).entries.map((e) => e.key)).toContain('guanxian-2023-15-t12');
    await page.close();
  });

  it('completes a box the reader opens: every form for today, BibTeX and CSL-JSON added, each with its copy button', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/notices/guanxian-2023-15/`);
    expect(await page.locator('#cite [data-format="bibtex"]').count()).toBe(0);
    await page.click('#cite > summary');
    const bib = parseBibtex((await page.locator('#cite [data-format="bibtex"] .citation-text').textContent())!);
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0]!.fields).toMatchObject({ url: `${site.origin}/notices/guanxian-2023-15/`, urldate: today() });
    expect(await page.locator('#cite [data-format="gbt"] .citation-text').textContent()).toContain(`[${today()}]. ${site.origin}/notices/guanxian-2023-15/.`);
    expect(await page.locator('#cite .copy-button').allTextContents()).toEqual(['复制引文', '复制BibTeX', '复制CSL-JSON']);
    // Only the boxes opened are completed.
    expect(await page.locator('#t1-cite .copy-button').count()).toBe(0);
    await page.close();
  });
});
