/**
 * The sitemap (sitemaps.org protocol 0.9) and robots.txt. /sitemap.xml is always a sitemap
 * index; it lists /sitemap-1.xml, /sitemap-2.xml … of at most SITEMAP_MAX_URLS pages each
 * (the protocol's limit is 50,000 URLs and 50 MB a file; a page's address here is about 100
 * bytes). The child files sit at the root, since a sitemap may only list addresses under its
 * own folder. Pure: the build lists the pages (scripts/build.ts) and writes the files.
 */
import { escapeXmlText } from '../feeds/atom.ts';

/** The most pages one sitemap file lists. */
export const SITEMAP_MAX_URLS = 50_000;

/** Where the sitemap index is; robots.txt names it. */
export const SITEMAP_INDEX_PATH = '/sitemap.xml';

/** A sitemap file: its site path and text. */
export interface SitemapFile {
  path: string;
  body: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * The sitemap index and its files for the given pages (site paths such as /counties/guanxian/),
 * listed in code-point order so that a build lists them the same way every time.
 */
export function sitemapFiles(pages: readonly string[], site: string, max = SITEMAP_MAX_URLS): SitemapFile[] {
  if (!Number.isInteger(max) || max < 1) throw new Error(`a sitemap must list at least one page, not ${max}`);
  const sorted = [...new Set(pages)].sort();
  const chunks: string[][] = [];
  for (let i = 0; i < sorted.length; i += max) chunks.push(sorted.slice(i, i + max));
  const files = chunks.map((chunk, i) => ({
    path: `/sitemap-${i + 1}.xml`,
    body: [XML_HEAD, `<urlset xmlns="${NS}">`, ...chunk.map((p) => `<url><loc>${escapeXmlText(new URL(p, site).href)}</loc></url>`), '</urlset>', ''].join('\n'),
  }));
  const index = [XML_HEAD, `<sitemapindex xmlns="${NS}">`, ...files.map((f) => `<sitemap><loc>${escapeXmlText(new URL(f.path, site).href)}</loc></sitemap>`), '</sitemapindex>', ''].join('\n');
  return [{ path: SITEMAP_INDEX_PATH, body: index }, ...files];
}

/**
 * robots.txt: every page may be crawled; not the search's index files (fetched by the search
 * page's script, meaningless alone) nor the search page's countless query addresses (the
 * search page itself stays open); the sitemap index named by its absolute address.
 */
export function robotsTxt(site: string): string {
  return ['User-agent: *', 'Disallow: /pagefind/', 'Disallow: /search/?', '', `Sitemap: ${new URL(SITEMAP_INDEX_PATH, site).href}`, ''].join('\n');
}

/** The site path of a built page, from its file's path under the output folder (about/index.html → /about/); null for a file that is not a page. */
export function pagePath(file: string): string | null {
  const path = file.split('\\').join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return null;
}
