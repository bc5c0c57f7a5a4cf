import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { pagePath, robotsTxt, SITEMAP_INDEX_PATH, SITEMAP_MAX_URLS, sitemapFiles } from '../../../src/lib/site/sitemap.ts';

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' }).parse(xml) as { urlset?: { url: { loc: string }[] }; sitemapindex?: { sitemap: { loc: string }[] } };
};
const pages = ['/', '/about/', '/counties/guanxian/', '/counties/lezhi/', '/notices/guanxian-2023-15/', '/search/', '/units/education/'];

describe('sitemapFiles', () => {
  it('writes a sitemap index at /sitemap.xml over files of at most the limit, every page once', () => {
    const files = sitemapFiles([...pages, '/about/'], 'https://example.org/', 3);
    expect(files.map((f) => f.path)).toEqual([SITEMAP_INDEX_PATH, '/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml']);
    expect(parse(files[0]!.body).sitemapindex!.sitemap.map((s) => s.loc)).toEqual(['https://example.org/sitemap-1.xml', 'https://example.org/sitemap-2.xml', 'https://example.org/sitemap-3.xml']);
    const listed = files.slice(1).map((f) => parse(f.body).urlset!.url.map((u) => u.loc));
    expect(listed.map((l) => l.length)).toEqual([3, 3, 1]);
    expect(listed.flat()).toEqual([...pages].sort().map((p) => `https://example.org${p}`));
  });

  it('keeps one file under the protocol’s 50,000 addresses, and splits past it', () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    const many = Array.from({ length: 50_001 }, (_, i) => `/notices/n-${i}/`);
    expect(sitemapFiles(many.slice(0, 50_000), 'https://example.org/')).toHaveLength(2);
    expect(sitemapFiles(many, 'https://example.org/')).toHaveLength(3);
  });

  it('escapes an address and refuses a limit below one', () => {
    expect(sitemapFiles(['/search/?q=a&b'], 'https://example.org/')[1]!.body).toContain('<loc>https://example.org/search/?q=a&amp;b</loc>');
    expect(() => sitemapFiles(pages, 'https://example.org/', 0)).toThrow('at least one page');
  });
});

describe('pagePath and robotsTxt', () => {
  it('reads a built file’s page address, and no address for a file that is not a page', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('counties/guanxian/index.html')).toBe('/counties/guanxian/');
    expect(pagePath('404.html')).toBeNull();
    expect(pagePath('data/tasks.json')).toBeNull();
  });

  it('names the sitemap index by its absolute address and keeps crawlers out of the search index files', () => {
    const robots = robotsTxt('https://example.org/');
    expect(robots).toContain('\nSitemap: https://example.org/sitemap.xml\n');
    expect(robots).toContain('Disallow: /pagefind/\n');
    expect(robots.startsWith('User-agent: *\n')).toBe(true);
  });
});
