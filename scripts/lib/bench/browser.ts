/**
 * Query timings in headless Chromium: each run opens a new browser context (an empty
 * cache), loads a search URL and waits until the search is complete. Two moments are
 * taken. First results: on the site's /search/, the search page's script (src/scripts/search/) sets
 * data-stage="first" on #search-results-section when the first province's results are on
 * screen (or "complete" when everything is, if that comes first). Complete: it sets
 * aria-busy="false" with every count and the status shown. For the baseline page
 * (/__bench/baseline/: fetch all tasks as JSON, filter with String.includes) both are the
 * moment it marks itself done. Bytes at each moment are those of the responses the
 * server had finished by then. Time is read in the page (performance.now(), from the start
 * of navigation); bytes are counted by the server (server.ts), workers' fetches included.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BenchServer } from './server.ts';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** One page load and what it cost until the first results showed, and until the search was complete. */
export interface Sample {
  /** Bytes on the wire (headers and bodies) from navigation start until the first results showed. */
  bytes: number;
  /** Milliseconds from navigation start until the first results showed. */
  ms: number;
  /** Bytes until the search was complete (every result counted, filter counts shown). */
  completeBytes: number;
  /** Milliseconds from navigation start until the search was complete. */
  completeMs: number;
  /** Milliseconds from the start of the search (the page marks the results busy; the baseline's script starts) to the results. */
  searchMs: number;
  /** The number of results the page reports. */
  results: number | null;
  /** What a reference page (baseline, Pagefind alone) reports as its failure (data-error on <body>), if it failed. */
  error?: string;
  /** Body bytes by kind of file (page, scripts, Pagefind's wasm, index, filters, fragments, data): until complete, and until the first results. */
  breakdown: Record<string, { requests: number; bytes: number; firstRequests: number; firstBytes: number }>;
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
 * Runs before any script of the page: records when the first results are shown and when the
 * search is complete. The search page sets aria-busy="true" when a search starts, data-stage when
 * results are on screen, and aria-busy="false" once the search is complete; the baseline
 * page sets data-done on <body>.
 */
const MARK_DONE = `(() => {
  const first = () => { if (window.__benchFirst === undefined) window.__benchFirst = performance.now(); };
  const done = () => { first(); if (window.__benchDone === undefined) window.__benchDone = performance.now(); };
  new MutationObserver(() => {
    const section = document.getElementById('search-results-section');
    if (section && section.getAttribute('aria-busy') === 'true' && window.__benchStart === undefined) window.__benchStart = performance.now();
    // Only a search started since the marks were last cleared counts (a page measured after an
    // earlier search still shows that one's results while the next words are typed).
    const searching = section && window.__benchStart !== undefined;
    if (searching && section.dataset.stage) first();
    if (searching && section.getAttribute('aria-busy') === 'false') {
      const list = document.getElementById('search-results');
      const status = document.getElementById('search-status');
      if ((list && list.children.length > 0) || (status && status.textContent.trim() !== '')) done();
    }
    if (document.body && document.body.dataset.done !== undefined) done();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-done', 'data-stage'] });
})();`;

/** Launches Debian's Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The width of the screen pages are measured on unless told (a desktop's); up to 768 px (48rem), the search page starts with its filter panel folded. */
export const DESKTOP_WIDTH = 1280;

/** Loads one URL in a fresh context and measures it. */
export async function measure(browser: Browser, server: BenchServer, path: string, width = DESKTOP_WIDTH, timeoutMs = 180_000): Promise<Sample> {
  return inMarkedPage(browser, path, width, async (page) => {
    server.resetBytes();
    await page.goto(server.origin + path, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __benchDone?: number }).__benchDone !== undefined, undefined, { timeout: timeoutMs, polling: 20 });
    const completeBytes = server.bytes();
    const requests = server.requests();
    const { ms, completeMs, start, origin, status, error } = await page.evaluate(() => {
      const w = window as unknown as { __benchFirst: number; __benchDone: number; __benchStart?: number };
      return { ms: w.__benchFirst, completeMs: w.__benchDone, start: w.__benchStart ?? 0, origin: performance.timeOrigin, status: document.getElementById('search-status')?.textContent ?? document.body.dataset.count ?? '', error: document.body.dataset.error };
    });
    const count = /找到 (\d+) 项任务|^(\d+)$/.exec(status.trim());
    const bytes = ms === completeMs ? completeBytes : server.bytesUntil(origin + ms);
    const breakdown: Sample['breakdown'] = {};
    for (const r of requests) {
      const kind = (breakdown[kindOf(r.path)] ??= { requests: 0, bytes: 0, firstRequests: 0, firstBytes: 0 });
      kind.requests++;
      kind.bytes += r.bytes;
      if (ms === completeMs || r.at <= origin + ms) {
        kind.firstRequests++;
        kind.firstBytes += r.bytes;
      }
    }
    return { bytes, ms, completeBytes, completeMs, searchMs: ms - start, results: count ? Number(count[1] ?? count[2]) : /没有找到/.test(status) ? 0 : null, breakdown, ...(error === undefined ? {} : { error }) };
  });
}

/** A search typed on the open search page: from pressing enter until the first results, and until complete. */
export interface TypedSample {
  /** Bytes from the typing of the words (what the page loads for them as they are typed) until the first results showed. */
  bytes: number;
  /** Milliseconds from pressing enter until the first results showed. */
  ms: number;
  /** Bytes and milliseconds (from the Enter) until the search was complete; absent when not waited for. */
  completeBytes?: number;
  completeMs?: number;
}

/**
 * How a typed search is made: Enter `pauseMs` after the words; `after`, the words of a search
 * made before it on the same page (none: the page is opened without a query); `complete`:
 * whether to wait until the search is complete (else the page is closed at its first results).
 */
export interface TypedOptions {
  width?: number;
  timeoutMs?: number;
  pauseMs?: number;
  after?: string;
  complete?: boolean;
  /**
   * The letters the reader types in an input method before it commits the words (their pinyin),
   * one key every `keyMs`: the page sees the composition as it would from a reader's input
   * method, and searches nothing until the commit. Without it the words arrive as one input
   * event, as a paste does.
   */
  composing?: { letters: string; keyMs: number };
}

/**
 * Opens /search/ without a query in a fresh context (with `after`: opens the search of those
 * words and waits until it is complete), waits until the page has loaded the index it opens
 * while the reader types (data-index="ready"), ticks the filters as a reader does (a click on
 * each checkbox, after unfolding its list; each tick searches, and the bench waits until that
 * search and its counts are shown, as a reader looks at them before typing), puts the focus in
 * the search box, types the words (with `composing`, as a reader's input method: the pinyin
 * letters one by one, then the commit; else as one input event, as a paste arrives; over the
 * previous words, selected) and presses Enter, at once or `pauseMs` later.
 * Times count from the Enter, bytes from the typing.
 */
export async function measureTyped(browser: Browser, server: BenchServer, params: [string, string][], { width = DESKTOP_WIDTH, timeoutMs = 180_000, pauseMs = 0, after = '', complete = true, composing }: TypedOptions = {}): Promise<TypedSample> {
  return inMarkedPage(browser, `typed ${JSON.stringify(params)}${after ? ` after ${after}` : ''}`, width, async (page) => {
    const until = (mark: '__benchFirst' | '__benchDone') => page.waitForFunction((mark) => (window as unknown as Record<string, number | undefined>)[mark] !== undefined, mark, { timeout: timeoutMs, polling: 20 });
    await page.goto(`${server.origin}/search/${after ? `?q=${encodeURIComponent(after)}` : ''}`, { waitUntil: 'load' });
    const ready = () => page.waitForFunction(() => document.getElementById('search-results-section')?.dataset['index'] === 'ready', undefined, { timeout: timeoutMs, polling: 20 });
    // A page opened without a query opens its bundle for typing while idle; one opened with a
    // query, when the reader comes back to the search box (below).
    await (after ? until('__benchDone') : ready());
    const filters = params.filter(([key]) => key !== 'q');
    if (filters.length > 0) {
      // The filter panel (folded on a narrow screen) and each folded list holding a value are
      // unfolded first, as a reader would (the county list's checkboxes are built then).
      const keys = filters.map(([key]) => key);
      await page.evaluate((keys) => {
        (document.getElementById('search-filters') as HTMLDetailsElement).open = true;
        for (const fold of document.querySelectorAll<HTMLDetailsElement>('details[data-fold-key]')) if (keys.includes(fold.dataset['foldKey'] ?? '')) fold.open = true;
      }, keys);
      for (const [key, value] of filters) {
        const box = page.locator(`input[type="checkbox"][name="${key}"][value="${value}"]`);
        // Scrolled to first, as a reader does: the rows of a long list are laid out only near the
        // screen. A value the previous search's counts hide (none of its results there) cannot be
        // clicked: it is ticked by script, without the search a tick starts.
        const listed = await box.evaluate((element) => {
          element.scrollIntoView({ block: 'center' });
          if (element.closest('[hidden]') === null) return true;
          (element as HTMLInputElement).checked = true;
          return false;
        }, undefined, { timeout: timeoutMs });
        if (!listed) continue;
        await box.check({ timeout: timeoutMs });
        // The tick's search shown, and the filter panel counted for it.
        await page.waitForFunction(() => document.getElementById('search-results-section')?.getAttribute('aria-busy') === 'false' && document.getElementById('search-filters')?.getAttribute('aria-busy') !== 'true', undefined, { timeout: timeoutMs, polling: 20 });
      }
    }
    await page.focus('#search-q');
    await ready();
    // The previous words are selected, so that the new ones replace them (before the Enter is watched for).
    if (after) await page.keyboard.press('ControlOrMeta+A');
    server.resetBytes();
    const origin = await page.evaluate(() => {
      const w = window as unknown as Record<string, number | undefined>;
      for (const key of ['__benchFirst', '__benchDone', '__benchStart', '__benchEnter']) w[key] = undefined;
      const input = document.getElementById('search-q')!;
      input.addEventListener('keydown', () => (w['__benchEnter'] = performance.now()), { once: true, capture: true });
      (window as unknown as { __benchCommitted: Promise<void> }).__benchCommitted = new Promise((resolve) => input.addEventListener('compositionend', () => resolve(), { once: true }));
      return performance.timeOrigin;
    });
    const words = params.find(([key]) => key === 'q')?.[1] ?? '';
    // Chromium's input method interface: each key updates the composition, then the words are committed.
    const cdp = composing ? await page.context().newCDPSession(page) : null;
    if (composing && cdp) {
      for (let n = 1; n <= composing.letters.length; n++) {
        await cdp.send('Input.imeSetComposition', { text: composing.letters.slice(0, n), selectionStart: n, selectionEnd: n });
        await page.waitForTimeout(composing.keyMs);
      }
      await cdp.send('Input.insertText', { text: words });
      // Enter is the reader's next key: it comes once the page has the words (a key pressed
      // while the input method is still composing goes to the input method, not the page).
      await page.evaluate(() => (window as unknown as { __benchCommitted: Promise<void> }).__benchCommitted);
    } else {
      // The words arrive as one input event, as a paste does.
      await page.keyboard.insertText(words);
    }
    // Enter, at once or after a pause.
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
    await page.keyboard.press('Enter');
    await until(complete ? '__benchDone' : '__benchFirst');
    const completeBytes = server.bytes();
    const { first, done, start, searched } = await page.evaluate(() => {
      const w = window as unknown as { __benchFirst: number; __benchDone?: number; __benchEnter: number; __benchStart?: number };
      return { first: w.__benchFirst, done: w.__benchDone, start: w.__benchEnter, searched: w.__benchStart };
    });
    if (searched !== undefined && searched < start) throw new Error(`typed ${JSON.stringify(params)}: the search started before Enter was pressed`);
    await cdp?.detach();
    const value = await page.inputValue('#search-q');
    if (value !== words) throw new Error(`typed ${JSON.stringify(params)}: the search box holds ${JSON.stringify(value)}, not the words typed`);
    const bytes = first === done ? completeBytes : server.bytesUntil(origin + first);
    return complete && done !== undefined ? { bytes, ms: first - start, completeBytes, completeMs: done - start } : { bytes, ms: first - start };
  });
}

/**
 * Runs `measureIn` on a page of a fresh browser context (an empty cache) whose scripts are
 * watched by MARK_DONE; fails, naming `what`, when the page threw; closes the context.
 */
async function inMarkedPage<T>(browser: Browser, what: string, width: number, measureIn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    await context.addInitScript(MARK_DONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const result = await measureIn(page);
    if (errors.length > 0) throw new Error(`${what}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}
