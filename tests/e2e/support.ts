/**
 * What every browser test shares: the built site served by scripts/serve.ts (with the
 * headers of dist/_headers, so the real Content-Security-Policy applies) on a free port,
 * Debian's Chromium, a page that records console errors and CSP violations, and axe-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { ROOT } from '../helpers.ts';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DIST = join(ROOT, 'dist');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The running site and browser of one test file. */
export interface Site {
  origin: string;
  browser: Browser;
  /** Console errors, uncaught exceptions and CSP violations of every page opened with newPage. */
  errors: string[];
  newPage(options?: BrowserContextOptions & { width?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Serves a built site (dist/ by default) and launches Chromium; fails at once when there is no built site. */
export async function openSite(dir = DIST): Promise<Site> {
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`${relative(ROOT, dir)}/ has no built site or no Pagefind index: run the tests without SKIP_BUILD, or \`npm run build\``);
  }
  const port = await freePort();
  const server: ChildProcess = spawn(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'serve.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), OUT_DIR: dir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serve:')) resolve();
    });
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const errors: string[] = [];
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    errors,
    async newPage({ width = 1280, ...options } = {}) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      // The browser may already be closing (afterAll): a context that is gone needs no closing.
      page.on('close', () => void context.close().catch(() => {}));
      return page;
    },
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page (WCAG 2.1 A and AA rules and best practices) and returns its
 * violations as "rule: targets" lines. axe is evaluated through the DevTools protocol,
 * which the page's Content-Security-Policy does not govern, so the audit adds no
 * exception to the policy under test.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Every HTML page of the built site as its URL path (/, /notices/x/, /404.html), sorted. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) out.push('/' + relative(DIST, path).replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1'));
    }
  };
  walk(DIST);
  return out.sort();
}

/** Waits until the latest search has rendered (the page marks the results aria-busy meanwhile); returns the status line. */
export async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => document.getElementById('search-results-section')?.getAttribute('aria-busy') === 'false');
  return (await page.textContent('#search-status')) ?? '';
}

/**
 * Unfolds a folded filter list of the search page (部门, 主题, 县区) and waits until the current
 * search has counted its values: a folded list's filter index is loaded only then.
 */
export async function unfold(page: Page, key: string): Promise<void> {
  await page.click(`details[data-fold-key="${key}"] > summary`);
  await page.waitForFunction(
    (key) =>
      !document.getElementById('search-filters')!.hasAttribute('aria-busy') &&
      [...document.querySelectorAll(`fieldset[data-filter-key="${key}"] li:not([hidden]) .search-count`)].some((c) => c.textContent !== ''),
    key,
  );
}

/** Every task found on the search page (not the notices, listed apart) after pressing 「显示更多结果」 until none are left. */
export async function allResults(page: Page): Promise<{ href: string; title: string; place: string; departments: string[] | null }[]> {
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results .search-result').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results .search-result').length > n, before);
  }
  return page.$$eval('#search-results .search-result', (items) =>
    items.map((li) => {
      const dd = li.querySelector<HTMLElement>('.search-result-departments');
      return {
        href: li.querySelector('a')!.getAttribute('href')!,
        title: li.querySelector('a')!.textContent!,
        place: li.querySelector('.search-result-place')?.textContent ?? '',
        departments: dd ? (dd.dataset['departments'] ?? '').split('|').filter((d) => d !== '') : null,
      };
    }),
  );
}
