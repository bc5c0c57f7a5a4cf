/** /compare/ as built: the four charts as inline SVG with accessible names, their data tables, and links that lead somewhere. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicNoticeSchema } from '../../src/schemas/open-data.ts';
import { countyValue, ROOT } from '../helpers.ts';
import { HOSTILE_DIST } from './global-setup.ts';

const dist = (path: string) => join(ROOT, 'dist', path);
const html = readFileSync(dist('compare/index.html'), 'utf8');
const notices = z.array(publicNoticeSchema).parse(JSON.parse(readFileSync(dist('data/notices.json'), 'utf8')));
const countyNames = new Set(notices.map((n) => n.jurisdiction.name));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Each <figure class="chart"> of the page by its id (figures do not nest). */
const figures = new Map([...html.matchAll(/<figure class="chart" id="([^"]+)"[\s\S]*?<\/figure>/g)].map((m) => [m[1]!, m[0]]));

const CHARTS = [
  ['topic-coverage-share', '主题覆盖（占比）'],
  ['topic-coverage-count', '主题覆盖（任务数）'],
  ['department-load', '部门负担'],
  ['deadline-split', '完成时限'],
  ['measurability', '可衡量性'],
] as const;

describe('/compare/', () => {
  it.each(CHARTS)('shows %s (%s) as an inline SVG named by its title and described by its desc', (id) => {
    const figure = figures.get(id);
    expect(figure, `figure #${id}`).toBeDefined();
    expect(figure).toMatch(new RegExp(`<figure class="chart" id="${id}" aria-labelledby="${id}-caption">`));
    expect(figure).toMatch(new RegExp(`<figcaption id="${id}-caption">[\\s\\S]*?<span class="chart-title">[^<]+</span>`));
    const root = /<svg [^>]*>/.exec(figure!)![0];
    expect(root).toContain('role="graphics-document"');
    const title = /aria-labelledby="([^"]+)"/.exec(root)![1]!;
    const desc = /aria-describedby="([^"]+)"/.exec(root)![1]!;
    expect(figure).toMatch(new RegExp(`<title id="${title}">[^<]{4,}</title>`));
    expect(figure).toMatch(new RegExp(`<desc id="${desc}">[^<]{10,}</desc>`));
  });

  it.each(CHARTS)('puts the figures of %s in a table behind a 显示数据 disclosure', (id) => {
    const figure = figures.get(id)!;
    const details = /<details class="chart-data">\s*<summary>显示数据<\/summary>([\s\S]*?)<\/details>/.exec(figure);
    expect(details, `details in #${id}`).not.toBeNull();
    expect(details![1]).toMatch(/<table[\s\S]*<caption>[^<]+<\/caption>[\s\S]*<th scope="col">[\s\S]*<th scope="row">[\s\S]*<td>/);
  });

  it('makes share the default view of topic coverage, switchable without JavaScript', () => {
    expect(html).toMatch(/<input type="radio" name="topic-coverage-measure" id="topic-coverage-show-share" value="share" checked>/);
    expect(html).toMatch(/<input type="radio" name="topic-coverage-measure" id="topic-coverage-show-count" value="count">/);
    // The one script on the page is the site-wide large-text toggle; the charts need none.
    expect([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/scripts/large-text.js">']);
    expect(html).toMatch(/<head>.*<link rel="stylesheet" href="\/styles\/charts.css">.*<\/head>/s);
    expect(existsSync(dist('styles/charts.css'))).toBe(true);
  });

  it('links every cell and bar to a page that exists, at a section that exists', () => {
    const links = [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)" class="chart-link">/g)].map((m) => ({ href: decode(m[1]!), label: m[2]! }));
    expect(links.length).toBeGreaterThan(100);
    const pages = new Map<string, string>();
    const problems: string[] = [];
    for (const { href, label } of links) {
      const url = new URL(href, 'http://site.test');
      const file = dist(join(url.pathname, 'index.html'));
      if (!existsSync(file)) {
        problems.push(`${href} (${label}): no page ${url.pathname}`);
        continue;
      }
      if (url.hash) {
        if (!pages.has(file)) pages.set(file, readFileSync(file, 'utf8'));
        if (!pages.get(file)!.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) problems.push(`${href}: no section ${url.hash} on ${url.pathname}`);
      }
      if (url.pathname === '/search/') {
        if (!countyNames.has(url.searchParams.get('县区') ?? '')) problems.push(`${href}: 县区 is not a county of the corpus`);
        const kind = url.searchParams.get('时限类型');
        if (kind !== null && !['全年', '限期', '长期', '未明确'].includes(kind)) problems.push(`${href}: unknown 时限类型 ${kind}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('links the heatmaps to topic and department pages, and the deadline and measurability bars to search', () => {
    expect(figures.get('topic-coverage-share')).toContain('href="/topics/organization/#guanxian"');
    expect(figures.get('department-load')).toContain('href="/units/education/#guanxian"');
    expect(figures.get('deadline-split')).toMatch(/href="\/search\/\?%E5%8E%BF%E5%8C%BA=%E5%86%A0%E5%8E%BF&amp;%E6%97%B6%E9%99%90%E7%B1%BB%E5%9E%8B=%E5%85%A8%E5%B9%B4"/);
    expect(figures.get('measurability')).toContain('href="/search/?');
  });
});

describe('/compare/ split by province and prefecture (the hostile site: 9 counties, COMPARE_MAX_COUNTIES 3)', () => {
  const site = (path: string) => join(HOSTILE_DIST, path);
  const page = (href: string) => readFileSync(site(join(href, 'index.html')), 'utf8');
  const hostileNotices = z.array(publicNoticeSchema).parse(JSON.parse(readFileSync(site('data/notices.json'), 'utf8')));
  const counties = new Map(hostileNotices.map((n) => [n.jurisdiction.code, n.jurisdiction]));
  /** The list items of a page that lists provinces or prefectures: [href, text]. */
  const parts = (html: string) => [...html.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a>（(\d+) 个县区，\d+ 项任务）<\/li>/g)].map((m) => [m[1], m[2], Number(m[3])]);
  /** The counties a chart page compares, as its opening paragraph names them: 铁西区（四平市）（2023年，3 项）. */
  const compared = (html: string) => {
    const intro = /<p>\s*本页比较 (\d+) 个县（区）的[^：]*：([^<]*)。/.exec(html);
    if (!intro) return new Set<string>();
    const names = [...intro[2]!.matchAll(/([^、]+?)（\d{4}(?:–\d{4})?年，\d+ 项）/g)].map((m) => m[1]!);
    expect(names).toHaveLength(Number(intro[1]));
    return new Set(names);
  };
  const LEAVES = ['/compare/11/', '/compare/21/', '/compare/22/', '/compare/37/3701/', '/compare/37/3705/', '/compare/37/3708/', '/compare/37/3715/', '/compare/51/'];

  it('lists the provinces on /compare/, in code order with their counties, and draws no chart', () => {
    const html = page('/compare/');
    expect(parts(html)).toEqual([
      ['/compare/11/', '北京市', 1],
      ['/compare/21/', '辽宁省', 1],
      ['/compare/22/', '吉林省', 2],
      ['/compare/37/', '山东省', 4],
      ['/compare/51/', '四川省', 1],
    ]);
    expect(html).toContain('本站收录 9 个县（区）的通知');
    expect(html).not.toContain('<figure class="chart"');
  });

  it('lists the prefectures of a province beyond the limit (山东省: 4 counties), under a breadcrumb', () => {
    const html = page('/compare/37/');
    expect(parts(html)).toEqual([
      ['/compare/37/3701/', '济南市', 1],
      ['/compare/37/3705/', '东营市', 1],
      ['/compare/37/3708/', '济宁市', 1],
      ['/compare/37/3715/', '聊城市', 1],
    ]);
    expect(html).toContain('<h1>县区比较：山东省</h1>');
    expect(html).toContain('<p class="breadcrumb"><a href="/compare/">县区比较</a></p>');
    expect(html).not.toContain('<figure class="chart"');
  });

  it('draws each county on exactly one page: its province, or its prefecture where the province is split', () => {
    const seen = new Map<string, string>();
    for (const href of LEAVES) {
      const html = page(href);
      expect(html, href).toContain('<figure class="chart" id="topic-coverage-share"');
      const names = compared(html);
      expect(names.size, href).toBeGreaterThan(0);
      const code = href.split('/').at(-2)!;
      const expected = [...counties.values()].filter((j) => j.code.startsWith(code)).map(countyValue);
      expect([...names].sort(), href).toEqual(expected.sort());
      for (const name of names) {
        expect(seen.get(name), `${name} on ${href}`).toBeUndefined();
        seen.set(name, href);
      }
    }
    expect(seen.size).toBe(counties.size);
    expect(page('/compare/37/3715/')).toContain('<h1>县区比较：山东省聊城市</h1>');
    expect(page('/compare/37/3715/')).toContain('<p class="breadcrumb"><a href="/compare/">县区比较</a> › <a href="/compare/37/">山东省</a></p>');
  });

  it("links each county page to the comparison page that draws it, at its topic chart", () => {
    for (const j of counties.values()) {
      const html = readFileSync(site(`counties/${j.slug}/index.html`), 'utf8');
      const link = /<a href="(\/compare\/[^"]*)">在比较页<\/a>看([^<]*)各县区并列/.exec(html);
      expect(link, j.slug).not.toBeNull();
      const [path, anchor] = link![1]!.split('#') as [string, string];
      expect(anchor).toBe('topics');
      expect(LEAVES).toContain(path);
      expect(compared(page(path)).has(countyValue(j)), `${j.slug} on ${path}`).toBe(true);
    }
  });
});
