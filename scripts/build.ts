/**
 * npm run build: checks the content (every problem, with lines), builds the static site
 * with Astro, whose last step writes the search index's records, indexes them for search
 * (src/integrations/search-index.ts), then writes the sitemap and robots.txt over the pages
 * built. Each step runs on the project's pinned Node. CONTENT_ROOT and OUT_DIR (default dist/, relative to the project
 * root) reach every step, so that the benchmark builds a synthetic corpus into a folder of
 * its own. SITE_URL is the site's absolute address (src/lib/settings.ts), SITEMAP_MAX_URLS
 * the most pages a sitemap file lists (the tests lower it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDate } from '../src/lib/build-date.ts';
import { formatHeadersFile } from '../src/lib/site/headers.ts';
import { pagePath, robotsTxt, SITEMAP_MAX_URLS, sitemapFiles } from '../src/lib/site/sitemap.ts';
import { positiveIntegerSetting, siteUrlSetting } from '../src/lib/settings.ts';
import { ROOT } from './lib/registries.ts';

/** Astro's heap limit by default, MiB. */
const ASTRO_HEAP_MB = 3072;

function run(label: string, args: string[]): void {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    process.stderr.write(`build: ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
  process.stderr.write(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

// The build date (src/lib/build-date.ts: the day "overdue" is counted from) is the day of the
// build, in China Standard Time, unless pinned: BUILD_DATE or SOURCE_DATE_EPOCH set, or
// BUILD_DATE set empty for the newest date the content prints (the tests' builds, which must
// come out the same on any day). Pages say which day they count from.
if (process.env.BUILD_DATE === undefined && !process.env.SOURCE_DATE_EPOCH) {
  process.env.BUILD_DATE = buildDate({ SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) }, []).date;
  process.stderr.write(`build: build date ${process.env.BUILD_DATE} (today; set BUILD_DATE to pin it)\n`);
}

run('content check', [join(ROOT, 'scripts', 'check-content.ts')]);
// The search index's records are written by Astro's last hook and indexed once Astro's
// process has ended (src/integrations/search-index.ts says why).
const records = mkdtempSync(join(tmpdir(), 'search-records-'));
process.env.SEARCH_RECORDS_DIR = records;
// Astro's heap is capped (ASTRO_HEAP_MB, MiB): V8 then collects before it grows past it,
// rather than growing towards its default limit (about 4 GiB here) with garbage. At 2,800
// notices the process held 2.1 GiB in use at the end and 3.5 GiB resident uncapped.
const heap = positiveIntegerSetting('ASTRO_HEAP_MB', process.env.ASTRO_HEAP_MB, ASTRO_HEAP_MB);
run('astro build', [`--max-old-space-size=${heap}`, join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
run('search index', [join(ROOT, 'scripts', 'search-index.ts'), records]);
rmSync(records, { recursive: true, force: true });
const out = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
// Static hosts read dist/_headers; the same policy is in every page's <meta> tag.
writeFileSync(join(out, '_headers'), formatHeadersFile());

// Every page built (an index.html of a directory; the 404 page is not one) goes in the sitemap.
const site = siteUrlSetting(process.env.SITE_URL);
const pages = (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[]).map((file) => pagePath(file)).filter((p): p is string => p !== null && !p.startsWith('/pagefind/'));
const sitemap = sitemapFiles(pages, site, positiveIntegerSetting('SITEMAP_MAX_URLS', process.env.SITEMAP_MAX_URLS, SITEMAP_MAX_URLS));
for (const file of sitemap) writeFileSync(join(out, file.path), file.body);
writeFileSync(join(out, 'robots.txt'), robotsTxt(site));
process.stderr.write(`build: sitemap of ${pages.length} pages in ${sitemap.length - 1} file(s) for ${site}${process.env.SITE_URL ? '' : ' (SITE_URL not set: the feeds, calendars and sitemap link to this local address)'}\n`);
