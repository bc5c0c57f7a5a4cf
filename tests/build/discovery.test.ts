/**
 * What readers and machines follow the site by, read from the built sites (dist/ and the
 * hostile, paged one): every page's feed link leads to a well-formed Atom feed, every
 * calendar linked parses, every feed and calendar built is linked from a page, the sitemap
 * lists every page once (split into several files on the hostile site, built with a small
 * SITEMAP_MAX_URLS), robots.txt names it, and every page has a title and a description of
 * its own, in Chinese.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseAtom, parseCalendar } from '../feed-checks.ts';
import { ROOT } from '../helpers.ts';
import { HOSTILE_DIST, HOSTILE_SITEMAP_MAX_URLS } from './global-setup.ts';

/** The address the test builds are made for (SITE_URL unset: the default). */
const SITE = 'http://localhost:4321/';

const SITES = [
  { label: 'dist/', root: join(ROOT, 'dist'), sitemapMax: 50_000 },
  { label: 'the hostile, paged site', root: HOSTILE_DIST, sitemapMax: HOSTILE_SITEMAP_MAX_URLS },
];

describe.each(SITES)('$label', ({ root, sitemapMax }) => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [relative(root, full).split(sep).join('/')];
    });
  const files = walk(root);
  const pages = files.filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'));
  const html = new Map(pages.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
  const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  /** A page's <link rel="alternate" type="application/atom+xml"> elements, in order. */
  const feedLinks = (page: string) => [...html.get(page)!.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="([^"]*)" href="([^"]*)"/g)].map((m) => ({ title: decode(m[1]!), href: decode(m[2]!) }));
  const calendarLinks = (page: string) => [...html.get(page)!.matchAll(/href="(\/calendars\/[^"]+\.ics)"/g)].map((m) => m[1]!);
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  describe('feeds', () => {
    const feeds = new Map<string, ReturnType<typeof parseAtom>>();
    const feedOf = (href: string) => {
      if (!feeds.has(href)) feeds.set(href, parseAtom(read(href), href));
      return feeds.get(href)!;
    };

    it.each(pages)('%s announces the whole site’s feed, and its own feed where it has one; each parses and names itself', (page) => {
      const links = feedLinks(page);
      expect(links.at(-1)!.href).toBe('/feeds/all.xml');
      for (const link of links) {
        expect(existsSync(join(root, link.href)), link.href).toBe(true);
        const feed = feedOf(link.href);
        expect(feed.links.find((l) => l.rel === 'self')!.href).toBe(new URL(link.href, SITE).href);
        expect(feed.title).toBe(link.title);
        expect(feed.lang).toBe('zh-CN');
      }
      const own = /^(counties|units|topics)\/([^/]+)\//.exec(page);
      if (own) expect(links[0]!.href).toBe(`/feeds/${own[1]}/${own[2]}.xml`);
    });

    it('links every feed built from a page, and every feed’s page back', () => {
      const built = files.filter((f) => f.startsWith('feeds/')).map((f) => `/${f}`);
      const linked = new Set(pages.flatMap((p) => feedLinks(p).map((l) => l.href)));
      expect(built.filter((f) => !linked.has(f))).toEqual([]);
      for (const f of built) {
        const page = feedOf(f).links.find((l) => l.rel === 'alternate')!.href.replace(SITE.slice(0, -1), '');
        expect(html.has(`${page.slice(1)}index.html`), `${f} → ${page}`).toBe(true);
        for (const e of feedOf(f).entries) expect(html.has(`${e.link.replace(SITE, '')}index.html`), `${f}: ${e.link}`).toBe(true);
      }
    });
  });

  describe('calendars', () => {
    it('parse, each linked from a page, each event on a day linking to a task that exists', () => {
      const built = files.filter((f) => f.startsWith('calendars/')).map((f) => `/${f}`);
      expect(built.length).toBeGreaterThan(3);
      const linked = new Set(pages.flatMap(calendarLinks));
      expect([...linked].filter((c) => !built.includes(c))).toEqual([]);
      expect(built.filter((c) => !linked.has(c))).toEqual([]);
      for (const c of built) {
        const cal = parseCalendar(read(c), c);
        expect(cal.events.length, c).toBeGreaterThan(0);
        for (const e of cal.events) {
          expect(e.allDay, `${c} ${e.uid}`).toBe(true);
          if (c === '/calendars/all.ics') continue;
          const [path, anchor] = e.url.replace(SITE, '').split('#') as [string, string];
          expect(html.get(`${path}index.html`) ?? '', e.url).toContain(`id="${anchor}"`);
        }
      }
    });
  });

  describe('sitemap and robots.txt', () => {
    const parse = (path: string) => {
      const xml = read(path);
      expect(XMLValidator.validate(xml), path).toBe(true);
      return new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' }).parse(xml) as { urlset?: { url: { loc: string }[] }; sitemapindex?: { sitemap: { loc: string }[] } };
    };

    it('lists every page once, in files of at most the limit under the index /sitemap.xml', () => {
      const index = parse('sitemap.xml').sitemapindex!.sitemap.map((s) => s.loc);
      expect(index.length).toBe(Math.ceil(pages.length / sitemapMax));
      const listed = index.flatMap((loc) => {
        const urls = parse(loc.replace(SITE, '')).urlset!.url.map((u) => u.loc);
        expect(urls.length, loc).toBeLessThanOrEqual(sitemapMax);
        return urls;
      });
      expect(listed.sort()).toEqual(pages.map((p) => new URL(urlOf(p), SITE).href).sort());
      expect(listed).not.toContain(`${SITE}404.html`);
    });

    it('robots.txt names the sitemap index', () => {
      expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml\n`);
    });
  });

  describe('titles and descriptions', () => {
    const head = (page: string) => {
      const h = html.get(page)!;
      return { title: decode(/<title>([^<]*)<\/title>/.exec(h)![1]!), description: decode(/<meta name="description" content="([^"]*)"/.exec(h)?.[1] ?? '') };
    };

    it('gives every page a title and a description of its own', () => {
      const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
      const dupes: string[] = [];
      for (const page of pages) {
        const h = head(page);
        for (const key of ['title', 'description'] as const) {
          const other = seen[key].get(h[key]);
          if (other) dupes.push(`${key} of ${page} is also ${other}'s: ${h[key]}`);
          seen[key].set(h[key], page);
        }
      }
      expect(dupes).toEqual([]);
    });

    it.each(pages)('%s has a Chinese title ending in the site’s name, and a description of a sentence or two', (page) => {
      const { title, description } = head(page);
      expect(title).toMatch(/\p{Script=Han}/u);
      expect(title === '政务公开任务库' || title.endsWith(' · 政务公开任务库'), title).toBe(true);
      expect(description).toMatch(/\p{Script=Han}/u);
      expect(description.length, description).toBeGreaterThanOrEqual(20);
      expect(description.length, description).toBeLessThanOrEqual(160);
    });
  });
});
