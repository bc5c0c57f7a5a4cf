/**
 * Query timings in headless Chromium: each run opens a new browser context (an empty
 * cache), loads a search URL and waits until the first results are on screen. For the
 * site's /search/ that is the moment public/scripts/search.js sets aria-busy="false" on
 * #search-results-section with results or a status shown; for the baseline page
 * (/__bench/baseline/: fetch all tasks as JSON, filter with String.includes) it is when
 * the page marks itself done. Time is read in the page (performance.now(), from the start
 * of navigation); bytes are counted by the server (server.ts), workers' fetches included.
 */
import { chromium, type Browser } from 'playwright-core';
import type { BenchServer } from './server.ts';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** One page load and what it cost until the first results showed. */
export interface Sample {
  /** Bytes on the wire (headers and bodies) from navigation start. */
  bytes: number;
  /** Milliseconds from navigation start. */
  ms: number;
  /** Milliseconds from the start of the search (search.js marks the results busy; the baseline's script starts) to the results. */
  searchMs: number;
  /** The number of results the page reports. */
  results: number | null;
  /** Body bytes by kind of file (page, scripts, Pagefind's wasm, index, filters, fragments, data). */
  breakdown: Record<string, { requests: number; bytes: number }>;
}

/** What kind of file a requested path is, for the transfer breakdown. */
export function kindOf(path: string): string {
  if (/\.pf_fragment$/.test(path)) return 'pagefind fragments';
  if (/\.pf_index$/.test(path)) return 'pagefind index chunks';
  if (/\.pf_filter$/.test(path)) return 'pagefind filters';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'pagefind metadata';
  if (/\/pagefind\/.*(?:\.js|\.pagefind)$/.test(path)) return 'pagefind code (js, wasm)';
  if (/\.json$|\.csv$/.test(path)) return 'data';
  if (/\/$|\.html$/.test(path)) return 'page';
  return 'scripts, styles, other';
}

/**
 * Runs before any script of the page: records when the first results are shown. search.js
 * sets aria-busy="true" when a search starts and "false" once it has rendered; the baseline
 * page sets data-done on <body>.
 */
const MARK_DONE = `(() => {
  const done = () => { if (window.__benchDone === undefined) window.__benchDone = performance.now(); };
  new MutationObserver(() => {
    const section = document.getElementById('search-results-section');
    if (section && section.getAttribute('aria-busy') === 'true' && window.__benchStart === undefined) window.__benchStart = performance.now();
    if (section && section.getAttribute('aria-busy') === 'false') {
      const list = document.getElementById('search-results');
      const status = document.getElementById('search-status');
      if ((list && list.children.length > 0) || (status && status.textContent.trim() !== '')) done();
    }
    if (document.body && document.body.dataset.done !== undefined) done();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-done'] });
})();`;

/** Launches Debian's Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Loads one URL in a fresh context and measures it. */
export async function measure(browser: Browser, server: BenchServer, path: string, timeoutMs = 180_000): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(MARK_DONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    server.resetBytes();
    await page.goto(server.origin + path, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __benchDone?: number }).__benchDone !== undefined, undefined, { timeout: timeoutMs, polling: 20 });
    const bytes = server.bytes();
    const breakdown: Sample['breakdown'] = {};
    for (const r of server.requests()) {
      const kind = (breakdown[kindOf(r.path)] ??= { requests: 0, bytes: 0 });
      kind.requests++;
      kind.bytes += r.bytes;
    }
    const { ms, start, status } = await page.evaluate(() => {
      const w = window as unknown as { __benchDone: number; __benchStart?: number };
      return { ms: w.__benchDone, start: w.__benchStart ?? 0, status: document.getElementById('search-status')?.textContent ?? document.body.dataset.count ?? '' };
    });
    if (errors.length > 0) throw new Error(`${path}: ${errors.join('; ')}`);
    const count = /找到 (\d+) 项结果|^(\d+)$/.exec(status.trim());
    return { bytes, ms, searchMs: ms - start, results: count ? Number(count[1] ?? count[2]) : /没有找到/.test(status) ? 0 : null, breakdown };
  } finally {
    await context.close();
  }
}
