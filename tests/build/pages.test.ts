/**
 * The built pages, read from dist/ after one build: every notice, county, department and
 * topic page that should exist does, none that would list nothing does, every page has
 * the frame it promises (language, one h1, a main), and no internal link or #anchor of
 * any page leads nowhere. Checked on dist/ and on the second site the test run builds
 * (tests/build/global-setup.ts: a hostile notice added, and department and topic pages
 * paged by county), so both page layouts are covered.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicDepartmentSchema, publicNoticeSchema, publicTaskSchema, publicTopicSchema } from '../../src/schemas/open-data.ts';
import { ROOT } from '../helpers.ts';
import { HOSTILE_DIST, LEVELS_DIST } from './global-setup.ts';

const SITES = [
  { label: 'dist/', root: join(ROOT, 'dist'), homeNotices: 20, noticesPageMax: 300, countiesPageMax: 300 },
  { label: 'the hostile, paged site', root: HOSTILE_DIST, homeNotices: 4, noticesPageMax: 3, countiesPageMax: 3 },
  { label: 'the site with notices of every level', root: LEVELS_DIST, homeNotices: 20, noticesPageMax: 300, countiesPageMax: 300 },
];

describe.each(SITES)('$label', ({ root: DIST, homeNotices, noticesPageMax, countiesPageMax }) => {
  const dist = (path: string) => join(DIST, path);
  const json = (path: string): unknown => JSON.parse(readFileSync(dist(path), 'utf8'));
  const published = z.array(publicNoticeSchema).parse(json('data/notices.json'));
  // The counties' notices (a county's, its townships' and departments' lists) make the lists, pages
  // and filters; a province's or prefecture's plans have their own pages (the upstream plans).
  const isUpstream = (n: (typeof published)[number]) => n.jurisdiction.level === 'province' || n.jurisdiction.level === 'prefecture';
  const notices = published.filter((n) => !isUpstream(n));
  const upstream = published.filter(isUpstream);
  const countyNoticeIds = new Set(notices.map((n) => n.id));
  const tasks = z.array(publicTaskSchema).parse(json('data/tasks.json')).filter((t) => countyNoticeIds.has(t.notice));
  const departments = z.array(publicDepartmentSchema).parse(json('data/departments.json'));
  const topics = z.array(publicTopicSchema).parse(json('data/topics.json'));
  const ALL_DEPARTMENTS = 'all-departments';

  /** Every file under a directory, as dist-relative paths with forward slashes. */
  function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [relative(DIST, full).split(sep).join('/')];
    });
  }

  const htmlFiles = walk(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const pageOf = (dir: string) => existsSync(dist(join(dir, 'index.html')));
  const subdirs = (dir: string) => readdirSync(dist(dir)).filter((name) => statSync(dist(join(dir, name))).isDirectory());

  // Who has tasks, computed from the open data rather than from the site's own code, so
  // that the pages are checked against the published contract.
  // A named department carries a task given to all departments unless that task names it too.
  const directIds = new Set(tasks.flatMap((t) => t.units.map((u) => u.department)));
  const allDepartmentTasks = tasks.filter((t) => t.units.some((u) => u.department === ALL_DEPARTMENTS));
  const carries = (d: (typeof departments)[number]) =>
    directIds.has(d.id) || (d.kind === 'department' && allDepartmentTasks.some((t) => !t.units.some((u) => u.department === d.id)));
  const unitIdsWithTasks = new Set(departments.filter(carries).map((d) => d.id));
  const topicIdsWithTasks = new Set(tasks.flatMap((t) => t.topics));

  describe('pages that must exist', () => {
    it('has a page for every notice, and the notices index', () => {
      expect(notices.length).toBeGreaterThan(0);
      for (const n of published) expect(pageOf(n.url), n.url).toBe(true);
      expect(pageOf('notices')).toBe(true);
    });

    it('has a page for every province and prefecture with a plan, and no other', () => {
      const slugs = [...new Set(upstream.map((n) => n.jurisdiction.slug))].sort();
      for (const slug of slugs) expect(pageOf(`regions/${slug}`), slug).toBe(true);
      if (slugs.length > 0) expect(subdirs('regions').sort()).toEqual(slugs);
      else expect(existsSync(dist('regions'))).toBe(false);
    });

    it('has a page for every county with notices, and no other county page', () => {
      const slugs = [...new Set(notices.map((n) => n.jurisdiction.slug))].sort();
      for (const slug of slugs) expect(pageOf(`counties/${slug}`), slug).toBe(true);
      expect(subdirs('counties').sort()).toEqual(slugs);
      expect(pageOf('counties')).toBe(true);
    });

    it('has a page for every department or collective with tasks, and none for one without', () => {
      expect(unitIdsWithTasks.size).toBeGreaterThan(0);
      for (const id of unitIdsWithTasks) expect(pageOf(`units/${id}`), id).toBe(true);
      for (const d of departments.filter((x) => !unitIdsWithTasks.has(x.id))) expect(pageOf(`units/${d.id}`), d.id).toBe(false);
      expect(subdirs('units').sort()).toEqual([...unitIdsWithTasks].sort());
    });

    it('has a page for every topic with tasks, and none for one without', () => {
      for (const id of topicIdsWithTasks) expect(pageOf(`topics/${id}`), id).toBe(true);
      for (const t of topics.filter((x) => !topicIdsWithTasks.has(x.id))) expect(pageOf(`topics/${t.id}`), t.id).toBe(false);
      expect(subdirs('topics').sort()).toEqual([...topicIdsWithTasks].sort());
    });

    it('has the home, about and 404 pages', () => {
      for (const f of ['index.html', 'about/index.html', '404.html']) expect(existsSync(dist(f)), f).toBe(true);
    });
  });

  describe('lists of notices', () => {
    /** The notice pages a page links to, in order (a notice page's own links to its tasks left out). */
    const noticeLinks = (file: string) => [...readFileSync(dist(file), 'utf8').matchAll(/href="(\/notices\/[^/"#]+\/)"/g)].map((m) => m[1]!);
    const newestFirst = [...notices].sort((a, b) => b.year - a.year || a.jurisdiction.code.localeCompare(b.jurisdiction.code) || a.id.localeCompare(b.id));

    it('lists on the front page the newest notices, at most the limit, and links to them all when it leaves some out', () => {
      const home = readFileSync(dist('index.html'), 'utf8');
      expect(noticeLinks('index.html')).toEqual(newestFirst.slice(0, homeNotices).map((n) => n.url));
      if (notices.length > homeNotices) {
        expect(home).toContain(`全部 ${notices.length} 份见<a href="/notices/">通知列表</a>`);
        expect(home).toContain('<h2 id="notices">最新收录的通知</h2>');
      } else expect(home).toContain('<h2 id="notices">收录的通知</h2>');
    });

    it('lists every notice once on /notices/, newest year first, under a heading per year that the contents link to', () => {
      if (notices.length > noticesPageMax) return; // the split lists: next test
      expect(noticeLinks('notices/index.html')).toEqual(newestFirst.map((n) => n.url));
      const page = readFileSync(dist('notices/index.html'), 'utf8');
      const years = [...new Set(newestFirst.map((n) => n.year))];
      const headings = [...page.matchAll(/<h2 id="year-(\d+)">\d+ 年<span class="heading-note">（(\d+) 份）<\/span><\/h2>/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(headings).toEqual(years.map((y) => [y, notices.filter((n) => n.year === y).length]));
      for (const y of years) expect(page).toContain(`href="#year-${y}"`);
    });

    it('splits a list of more than NOTICES_PAGE_MAX notices by year, and a year by province, every notice on one page in order', () => {
      /** The notices a list page leads to, in order: its own, or its parts' (/years/…) in the order it lists them. */
      const walk = (path: string, seen: string[]): string[] => {
        const file = `${path.slice(1)}index.html`;
        const html = readFileSync(dist(file), 'utf8');
        const parts = [...html.matchAll(/<li><a href="(\/years\/[^"]+)">[^<]+<\/a>（(\d+) 份）<\/li>/g)].map((m) => [m[1]!, Number(m[2])] as const);
        const own = noticeLinks(file);
        // A year's list is part of the notices' section of the site's navigation.
        expect(html, path).toContain('<a href="/notices/" aria-current="page">');
        if (parts.length === 0) {
          expect(own.length <= noticesPageMax || path.split('/').length === 5, `${path}: ${own.length} notices on a page that could be split`).toBe(true);
          seen.push(path);
          return own;
        }
        expect(own, `${path} lists its parts, no notice`).toEqual([]);
        const below = parts.flatMap(([href, count]) => {
          const listed = walk(href, seen);
          expect(listed, href).toHaveLength(count);
          return listed;
        });
        expect(below.length, `${path} splits only past the limit`).toBeGreaterThan(noticesPageMax);
        return below;
      };
      const pages: string[] = [];
      expect(walk('/notices/', pages)).toEqual(newestFirst.map((n) => n.url));
      if (notices.length <= noticesPageMax) expect(pages).toEqual(['/notices/']);
      else {
        // The hostile site (9 notices, a limit of 3): a page per year, 2023's 6 notices split by province.
        expect(pages.some((p) => /^\/years\/\d{4}\/$/.test(p))).toBe(true);
        expect(pages.some((p) => /^\/years\/\d{4}\/\d{2}\/$/.test(p))).toBe(true);
      }
    });
  });

  describe('lists of counties', () => {
    /** Every county with notices, in division-code order, as its page's URL. */
    const counties = [...new Map(notices.map((n) => [n.jurisdiction.code, n.jurisdiction])).values()].sort((a, b) => a.code.localeCompare(b.code));
    const countyLinks = (file: string) => [...readFileSync(dist(file), 'utf8').matchAll(/href="(\/counties\/[a-z0-9-]+\/)"/g)].map((m) => m[1]!);
    const provinces = [...new Set(counties.map((c) => c.code.slice(0, 2)))];
    const inProvince = (code: string) => counties.filter((c) => c.code.startsWith(code));
    const split = counties.length > countiesPageMax;

    it('lists every county once on /counties/ under a heading per province, the provinces as contents, up to COUNTIES_PAGE_MAX counties', () => {
      if (split) return; // the split list: next test
      expect(countyLinks('counties/index.html')).toEqual(counties.map((c) => `/counties/${c.slug}/`));
      const page = readFileSync(dist('counties/index.html'), 'utf8');
      const headings = [...page.matchAll(/<h2 id="province-(\d{2})">[^<]+<span class="heading-note">（(\d+) 个县区）<\/span><\/h2>/g)].map((m) => [m[1], Number(m[2])]);
      expect(headings).toEqual(provinces.map((p) => [p, inProvince(p).length]));
      if (provinces.length > 1) for (const p of provinces) expect(page).toContain(`href="#province-${p}"`);
      expect(existsSync(dist('provinces'))).toBe(false);
    });

    it('past COUNTIES_PAGE_MAX counties, lists the provinces on /counties/, each province\'s counties on /provinces/<code>/ by prefecture, every county once in order', () => {
      if (!split) return;
      const page = readFileSync(dist('counties/index.html'), 'utf8');
      expect(countyLinks('counties/index.html'), '/counties/ lists provinces, no county').toEqual([]);
      const parts = [...page.matchAll(/<li><a href="\/provinces\/(\d{2})\/">([^<]+)<\/a>（(\d+) 个县区，(\d+) 份通知）<\/li>/g)].map((m) => [m[1], m[2], Number(m[3]), Number(m[4])]);
      expect(parts).toEqual(provinces.map((p) => [p, inProvince(p)[0]!.province, inProvince(p).length, notices.filter((n) => n.jurisdiction.code.startsWith(p)).length]));
      const listed = provinces.flatMap((p) => {
        const file = `provinces/${p}/index.html`;
        const html = readFileSync(dist(file), 'utf8');
        // A province's list is part of the counties' section of the site's navigation.
        expect(html, file).toContain('<a href="/counties/" aria-current="page">');
        const prefectures = [...new Set(inProvince(p).map((c) => c.prefecture))];
        const headings = [...html.matchAll(/<h2 id="prefecture-\d{4}">([^<]+)<span class="heading-note">（(\d+) 个县区）<\/span><\/h2>/g)].map((m) => [m[1], Number(m[2])]);
        expect(headings, file).toEqual(prefectures.length > 1 ? prefectures.map((name) => [name, inProvince(p).filter((c) => c.prefecture === name).length]) : []);
        return countyLinks(file);
      });
      expect(listed).toEqual(counties.map((c) => `/counties/${c.slug}/`));
      expect(subdirs('provinces').sort()).toEqual(provinces);
      // The hostile site (9 counties, a limit of 3): some province's page has a heading per prefecture.
      expect(provinces.some((p) => new Set(inProvince(p).map((c) => c.prefecture)).size > 1)).toBe(true);
    });

    it('links each county page\'s breadcrumb to its province\'s list', () => {
      for (const c of counties) {
        const href = split ? `/provinces/${c.code.slice(0, 2)}/` : `/counties/#province-${c.code.slice(0, 2)}`;
        expect(readFileSync(dist(`counties/${c.slug}/index.html`), 'utf8'), c.slug).toContain(`<p class="breadcrumb"><a href="/counties/">县区</a> › <a href="${href}">${c.province}</a></p>`);
      }
    });
  });

  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');

  /** The URL a built file is served at: dir/index.html → /dir/. */
  const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

  /** The ids of a page's elements (HTML and inline SVG). */
  function idsOf(html: string): string[] {
    return [...html.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]*)"/g)].map((m) => decode(m[1]!));
  }

  /** The URLs a page links to or loads: href and src of every element, and form actions. */
  function linksOf(html: string): string[] {
    // Text inside <script> elements (JSON configuration) is data, not markup.
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    return [...markup.matchAll(/<[a-zA-Z][^>]*?\s(?:href|src|action)="([^"]*)"/g)].map((m) => decode(m[1]!));
  }

  const pages = new Map(htmlFiles.map((f) => [f, readFileSync(dist(f), 'utf8')]));
  const idCache = new Map<string, Set<string>>();
  const idsOfFile = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, new Set(idsOf(pages.get(file) ?? readFileSync(dist(file), 'utf8'))));
    return idCache.get(file)!;
  };

  /** The dist file a site path names, or null: a directory URL needs its index.html, any other path the file itself. */
  function fileFor(pathname: string): string | null {
    const path = decodeURIComponent(pathname).replace(/^\//, '');
    if (path === '' || path.endsWith('/')) return existsSync(dist(`${path}index.html`)) ? `${path}index.html` : null;
    return existsSync(dist(path)) && statSync(dist(path)).isFile() ? path : null;
  }

  describe('every built page', () => {
    it('is found (there are pages to check)', () => {
      expect(htmlFiles.length).toBeGreaterThan(20);
    });

    it.each(htmlFiles)('%s is Chinese, has one h1 and a main', (file) => {
      const html = pages.get(file)!;
      expect(html).toMatch(/<html lang="zh-CN"[\s>]/);
      expect(html.match(/<h1[\s>]/g) ?? []).toHaveLength(1);
      expect(html.match(/<main[\s>]/g) ?? []).toHaveLength(1);
    });

    it.each(htmlFiles)('%s gives each id to one element only', (file) => {
      const ids = idsOf(pages.get(file)!);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes).toEqual([]);
    });

    it.each(htmlFiles)('%s links only to files and anchors that exist', (file) => {
      const base = new URL(urlOf(file), 'http://site.test');
      const broken: string[] = [];
      for (const raw of linksOf(pages.get(file)!)) {
        if (/^(?:mailto:|tel:|data:|javascript:)/i.test(raw)) continue;
        const url = new URL(raw, base);
        if (url.origin !== base.origin) continue;
        const target = fileFor(url.pathname);
        if (target === null) {
          broken.push(`${raw}: no file for ${url.pathname}`);
          continue;
        }
        if (raw === '#') broken.push('#: an anchor that names nothing');
        else if (url.hash && target.endsWith('.html') && !idsOfFile(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${raw}: no element with id "${decodeURIComponent(url.hash.slice(1))}" in ${target}`);
        }
      }
      expect(broken).toEqual([]);
    });
  });

  describe('the link checker', () => {
    it('sees the links of a notice page: units, topics, county, source file, task anchors', () => {
      const n = notices[0]!;
      const links = linksOf(pages.get(`${n.url.slice(1)}index.html`)!);
      expect(links).toContain(`/counties/${n.jurisdiction.slug}/`);
      expect(links).toContain(`/sources/${n.source.file}`);
      expect(links.some((l) => l.startsWith('/units/'))).toBe(true);
      expect(links.some((l) => l.startsWith('/topics/'))).toBe(true);
      expect(links).toContain(`${n.url}#t1`);
    });

    it('finds no file for a path that is not built', () => {
      expect(fileFor('/units/no-such-department/')).toBeNull();
      expect(fileFor('/styles/site.css')).toBe('styles/site.css');
      expect(fileFor('/')).toBe('index.html');
    });
  });

  describe('notice pages', () => {
    it.each(notices.map((n) => [n.id, n] as const))('%s keeps one anchor per task, links its county and cites itself without inline scripts', (_, n) => {
      const html = pages.get(`${n.url.slice(1)}index.html`)!;
      const ids = idsOfFile(`${n.url.slice(1)}index.html`);
      for (const t of tasks.filter((x) => x.notice === n.id)) expect(ids.has(t.url.split('#')[1]!), t.url).toBe(true);
      expect(html).toContain(`<a href="/counties/${n.jurisdiction.slug}/"`);
      expect(html).toContain(n.source.sha256);
      expect(html).toMatch(/<details class="citation" id="cite">/);
      expect(html).toContain('[访问日期]');
      // Every script is an external file (a CSP of script-src 'self' forbids inline code), but the
      // notice's citation facts: JSON, which is never executed.
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (m[1] === ' type="application/json" id="citation-notice"') {
          expect(JSON.parse(m[2]!)).toMatchObject({ issuer: n.issuer, title: n.title, docNumber: n.docNumber });
          continue;
        }
        expect(m[1]).toMatch(/\ssrc="\/(?:scripts|_astro)\/[\w.-]+\.js"/);
        expect(m[2]!.trim()).toBe('');
      }
    });
  });
});
