import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
/** Where the first build's file hashes are kept for tests/build/reproducible.test.ts. */
export const FIRST_BUILD_MANIFEST = join(root, 'tmp', 'first-build-hashes.json');

/**
 * The site built from the real content plus tests/fixtures/hostile (script tags, onerror=,
 * javascript: links, formula cells), tests/fixtures/namesakes (two counties named 铁西区, one 朝阳区)
 * and tests/fixtures/provenance (a notice with its portal metadata),
 * department and topic pages paged by county, /compare/ and /notices/ split.
 */
export const HOSTILE_DIST = join(root, 'tmp', 'dist-hostile');

/** The most pages a sitemap file lists on the hostile site: low, so that its sitemap is split (tests/build/discovery.test.ts). */
export const HOSTILE_SITEMAP_MAX_URLS = 40;
/**
 * The site built from the real content plus tests/fixtures/levels: a township's, a street's
 * and departments' own lists, a prefecture's and a province's plans (README there).
 */
export const LEVELS_DIST = join(root, 'tmp', 'dist-levels');

/** SHA-256 of every file under dist/, by path relative to it. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function build(env: NodeJS.ProcessEnv): void {
  // BUILD_DATE empty: the newest date the content prints, not the day of the test run, so that
  // the site and what the tests compute from the content agree on any day.
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit', env: { BUILD_DATE: '', ...env } });
  if (result.status !== 0) throw new Error(`the site build failed (exit ${result.status}); see the output above`);
}

/**
 * Builds the real content plus the fixture notices through the real build, into HOSTILE_DIST:
 * the hostile notice, two counties that share the name 铁西区 (沈阳市 in 辽宁省, 四平市 in
 * 吉林省), whose filter values and links must tell them apart, and 朝阳区 of 长春市 (吉林省),
 * whose namesake in 北京市 has no notice; 朝阳区's second notice (tests/fixtures/provenance)
 * states its portal metadata (索引号, 发布日期, 有效性, web address).
 */
function buildHostile(): void {
  const content = join(root, 'tmp', 'hostile-content');
  rmSync(content, { recursive: true, force: true });
  for (const dir of ['notices', 'sources']) {
    cpSync(join(root, 'content', dir), join(content, dir), { recursive: true });
    for (const fixture of ['hostile', 'namesakes', 'provenance', 'years']) cpSync(join(root, 'tests', 'fixtures', fixture, dir), join(content, dir), { recursive: true });
  }
  // A low threshold pages department and topic lists by county, so that layout is built and checked too.
  // SEARCH_SHARD_RECORDS 60: every notice gets its own bundle, so 山东省 is cut into parts (tests/e2e/shards.test.ts).
  // SEARCH_FOLD_OVER 4: the search page's lists of more than 4 values start folded, the county list among them (built when unfolded).
  // HOME_NOTICES 4: the front page lists the 4 newest of the 8 notices and links to /notices/ for the rest.
  // COMPARE_MAX_COUNTIES 3: /compare/ lists the provinces (9 counties), and 山东省 (4) its prefectures (tests/build/compare.test.ts).
  // NOTICES_PAGE_MAX 3: /notices/ lists the years, a year of more than 3 notices its provinces (tests/build/pages.test.ts).
  // COUNTIES_PAGE_MAX 3: /counties/ lists the provinces, each province's counties on /provinces/<code>/ (tests/build/pages.test.ts).
  // SITEMAP_MAX_URLS: the sitemap index lists several files (tests/build/discovery.test.ts).
  build({ ...process.env, CONTENT_ROOT: content, INLINE_TASKS_MAX: '20', SEARCH_SHARD_RECORDS: '60', SEARCH_FOLD_OVER: '4', HOME_NOTICES: '4', COMPARE_MAX_COUNTIES: '3', NOTICES_PAGE_MAX: '3', COUNTIES_PAGE_MAX: '3', SITEMAP_MAX_URLS: String(HOSTILE_SITEMAP_MAX_URLS) });
  rmSync(HOSTILE_DIST, { recursive: true, force: true });
  renameSync(join(root, 'dist'), HOSTILE_DIST);
}

/** Builds the real content plus the notices of every level into LEVELS_DIST. */
function buildLevels(): void {
  const content = join(root, 'tmp', 'levels-content');
  rmSync(content, { recursive: true, force: true });
  for (const dir of ['notices', 'sources']) {
    cpSync(join(root, 'content', dir), join(content, dir), { recursive: true });
    cpSync(join(root, 'tests', 'fixtures', 'levels', dir), join(content, dir), { recursive: true });
  }
  build({ ...process.env, CONTENT_ROOT: content });
  rmSync(LEVELS_DIST, { recursive: true, force: true });
  renameSync(join(root, 'dist'), LEVELS_DIST);
}

/**
 * Builds the site for the build and browser tests: first with a hostile notice added
 * (HOSTILE_DIST), then with the notices of every level (LEVELS_DIST), then twice from the real content: the first build's file hashes
 * are kept, then the site is built again in another time zone and locale, and the tests
 * read that second dist/ (tests/build/reproducible.test.ts compares the two). With
 * SKIP_BUILD=1 and an existing dist/, nothing is built.
 */
export default function setup(): void {
  // The build and browser projects each load this setup (as separate module instances, in
  // one process): the environment tells the second that the first has built the site.
  if (process.env.SITE_BUILT_BY_TEST_RUN === '1') return;
  process.env.SITE_BUILT_BY_TEST_RUN = '1';
  if (process.env.SKIP_BUILD === '1' && existsSync(join(root, 'dist', 'index.html')) && existsSync(join(HOSTILE_DIST, 'index.html')) && existsSync(join(LEVELS_DIST, 'index.html'))) return;
  buildHostile();
  buildLevels();
  build(process.env);
  mkdirSync(join(root, 'tmp'), { recursive: true });
  writeFileSync(FIRST_BUILD_MANIFEST, JSON.stringify({ env: { TZ: process.env.TZ ?? '', LANG: process.env.LANG ?? '' }, files: hashTree(join(root, 'dist')) }, null, 1));
  build({ ...process.env, TZ: 'America/Los_Angeles', LANG: 'en_US.ISO-8859-1', LC_ALL: '' });
}
