/**
 * Inert content: the site built with tests/fixtures/hostile added (a notice whose title,
 * headings, task text, units, deadline, note, citations and Markdown body carry <script>,
 * onerror= attributes, javascript: links, raw HTML and look-alike Unicode) shows all of it
 * as text on every page, and its CSV neutralises cells a spreadsheet would run as formulas.
 * The browser half (no dialog, no CSP violation, the search index) is tests/e2e/inert.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_DIST } from './global-setup.ts';

const html = (() => {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.set(relative(HOSTILE_DIST, p), readFileSync(p, 'utf8'));
    }
  };
  walk(HOSTILE_DIST);
  return out;
})();
const page = (path: string) => html.get(path)!;

/** The only script elements the site ships (src or type), whatever the content: its own files, the search page's config, a notice page's citation facts, and the modules Astro bundles into /_astro/. */
const ALLOWED_SCRIPTS = new Set(['<script src="/scripts/large-text.js">', '<script type="application/json" id="search-config">', '<script type="application/json" id="citation-notice">']);
const BUNDLED_MODULE = /^<script type="module" src="\/_astro\/[\w.-]+\.js">$/;
const allowedScript = (tag: string) => ALLOWED_SCRIPTS.has(tag) || BUNDLED_MODULE.test(tag);

describe('a hostile notice in the corpus', () => {
  it('is built into its pages (the fixture is really there)', () => {
    expect(html.has('notices/dongcheng-2024-1/index.html')).toBe(true);
    expect(html.has('counties/dongcheng/index.html')).toBe(true);
  });

  it.each([...html.keys()].sort())('%s: no script, event handler or script URL came from the content', (path) => {
    const text = page(path);
    for (const tag of text.match(/<script\b[^>]*>/gi) ?? []) expect(allowedScript(tag), `${path}: ${tag}`).toBe(true);
    // Tags as parsed: an attribute named on… anywhere (SVG included) would run code.
    expect(text.match(/<[a-z][^<>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
    expect(text.match(/\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|data|vbscript):/gi) ?? []).toEqual([]);
    expect(text.match(/<(iframe|object|embed|style|base|meta http-equiv="refresh")\b/gi) ?? []).toEqual([]);
  });

  it('shows every hostile string as text on the notice page', () => {
    const notice = page('notices/dongcheng-2024-1/index.html');
    for (const escaped of [
      '&#x3C;script>alert("body")&#x3C;/script>',
      '&#x3C;img src=x onerror=alert("body-img")>',
      '链接（javascript:alert("body-link")）',
      '数据链接（data:text/html,&#x3C;script>alert(1)&#x3C;/script>）',
      '[x]: javascript:alert("def")',
      '&#x3C;div onclick="alert(\'div\')">一段 HTML 块&#x3C;/div>',
    ]) {
      expect(notice).toContain(escaped);
    }
    expect(notice).toContain('做好政策解读&lt;img src=x onerror=alert(&quot;task&quot;)&gt;工作');
    expect(notice).toContain('&lt;iframe src=&quot;javascript:alert(&#39;note&#39;)&quot;&gt;&lt;/iframe&gt;');
    expect(notice).toContain('ｊａｖａｓｃｒｉｐｔ：alert(1) 与 ＜script＞ 与 \u202egnp.exe 与 零宽\u200b字符');
  });

  it('neutralises formula cells in the CSV and keeps the JSON exactly as printed', () => {
    const csv = readFileSync(join(HOSTILE_DIST, 'data', 'tasks.csv'), 'utf8');
    const row = (id: string) => csv.split('\r\n').find((l) => l.startsWith(`${id},`))!;
    expect(row('dongcheng-2024-1-t2')).toContain(`,"'=HYPERLINK(""https://evil.example/"",""点此查看"")",`);
    expect(row('dongcheng-2024-1-t3')).toContain(",'+1+1 与 -2 与 @SUM(A1) 开头的文字在表格里不得变成公式。,'@区教育委员会,");
    const tasks: { id: string; text: string }[] = JSON.parse(readFileSync(join(HOSTILE_DIST, 'data', 'tasks.json'), 'utf8'));
    expect(tasks.find((t) => t.id === 'dongcheng-2024-1-t2')!.text).toBe('=HYPERLINK("https://evil.example/","点此查看")');
  });

  it('lists a department and a topic with more than INLINE_TASKS_MAX (20 here) tasks by province, and links there', () => {
    expect(html.has('units/all-departments/37/index.html')).toBe(true);
    expect(html.has('topics/organization/37/index.html')).toBe(true);
    expect(html.has('topics/organization/51/index.html')).toBe(false); // 乐至县 (51) has no organization task
    // Under the threshold the department keeps one page with a section per county.
    expect([...html.keys()].some((p) => p.startsWith('units/township/') && p !== 'units/township/index.html')).toBe(false);
    expect(page('units/township/index.html')).toMatch(/class="county-tasks"/);
    expect(page('units/all-departments/index.html')).not.toMatch(/class="county-tasks"/);
    // 山东省 alone has more than 20 organization tasks, so its page lists prefectures and 冠县's tasks are on 聊城市's page (tests/build/paged-lists.test.ts).
    expect(page('counties/guanxian/index.html')).toContain('href="/topics/organization/37/3715/#guanxian"');
    // /compare/ is split too (COMPARE_MAX_COUNTIES 3): 冠县 is compared with the other counties of 聊城市.
    expect(page('compare/37/3715/index.html')).toContain('href="/topics/organization/37/3715/#guanxian"');
    expect(page('topics/organization/37/3715/index.html')).toMatch(/<section class="county-tasks" id="guanxian"/);
    // A paged department's county pages do not repeat the tasks given to all departments; they link to that list.
    expect(page('units/education/37/index.html')).toContain('href="/units/all-departments/37/3715/#guanxian"');
  });
});
