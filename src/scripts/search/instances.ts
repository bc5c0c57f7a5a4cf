/**
 * The page's Pagefind instances, each with the bundles it was asked to open (path → the
 * promise of its opening) and those open. Pagefind searches every bundle an instance holds,
 * whatever the filters, so the first page of a search (its first province, searched as the
 * words are typed too) has instances of its own that hold few bundles: `front`, in Pagefind's
 * worker, opened while the page waits for a reader (the first province the filters then ticked
 * allow); before it exists (a page opened with a query), `quick`, on the main thread, since
 * the worker's script must be fetched and started before it asks for any file of the index
 * (~80–110 ms of ~400 in a measurement on a slow day). Each keeps at most FRONT_BUNDLES
 * bundles. `pool`, in the worker, serves the rest of a search (the other provinces, the
 * filter counts, their pages) and opens every bundle searched, so that its long work never
 * holds up the page.
 */
import { BUNDLE_KEY, SEARCH_LANGUAGE } from '../../lib/search/contract.ts';
import { loadPagefind, type PagefindInstance } from './pagefind-api.ts';
import { SHARDS } from './page.ts';

/** One of the page's instances. */
export interface Slot {
  worker: boolean;
  pf: PagefindInstance | null;
  /** Resolves once the primary bundle is loaded. */
  loaded: Promise<void> | null;
  opening: Map<string, Promise<void>>;
  opened: Set<string>;
}

const slot = (worker: boolean): Slot => ({ worker, pf: null, loaded: null, opening: new Map(), opened: new Set() });

export const pool = slot(true);
export const front = slot(true);
export const quick = slot(false);

/**
 * The most bundles `front` and `quick` hold: past it, the next search's first province starts
 * a new instance (one more load of the entry file, metadata and WebAssembly) rather than make
 * every later first page search them all.
 */
const FRONT_BUNDLES = 4;

/**
 * Opens the bundles at `paths` into one of the page's instances (`pool` unless told; the first
 * bundle it opens becomes its primary, whose WebAssembly serves all); resolves to the instance
 * once they are loaded. The others are merged once the primary is loaded. A bundle that fails
 * to open resets that instance, so that the next search starts afresh.
 */
export async function openBundles(paths: readonly string[], into: Slot = pool): Promise<PagefindInstance> {
  const module = await loadPagefind();
  if (!into.pf) {
    const first = paths[0]!;
    const pf = inRecordsLanguage(() => module.createInstance({ basePath: first, baseUrl: '/', language: SEARCH_LANGUAGE, noWorker: !into.worker, mergeFilter: { [BUNDLE_KEY]: first } }));
    into.pf = pf;
    const loaded = pf.init().then(() => primaryLoaded(pf));
    into.loaded = loaded;
    into.opening.set(
      first,
      loaded.then(() => void into.opened.add(first)),
    );
  }
  const mine = into.pf;
  const loaded = into.loaded!;
  for (const path of paths) {
    if (!into.opening.has(path)) {
      into.opening.set(
        path,
        loaded.then(() => mine.mergeIndex(path, { baseUrl: '/', language: SEARCH_LANGUAGE, mergeFilter: { [BUNDLE_KEY]: path } })).then(() => void into.opened.add(path)),
      );
    }
  }
  try {
    await Promise.all(paths.map((path) => into.opening.get(path)));
  } catch (error) {
    if (into.pf === mine) resetInstance(into);
    throw error;
  }
  return mine;
}

/**
 * Runs `f` while the document reports the records' language (contract.ts) to pagefind.js. An
 * instance must search in the records' language, which Pagefind does not segment; but
 * pagefind.js 1.6's `createInstance` takes the language from <html lang> whatever its options
 * say (`detectLanguage`: document.querySelector("html").getAttribute("lang")), and the page is
 * zh-CN. It reads it at once: for that call only, the document's own `querySelector` answers
 * "html" with an element reporting the records' language. Nothing on the page changes (setting
 * the attribute itself would make the browser restyle the whole page). Bundles merged later
 * take the language from `mergeIndex`'s options.
 */
function inRecordsLanguage<T>(f: () => T): T {
  const html = { getAttribute: (name: string) => (name === 'lang' ? SEARCH_LANGUAGE : document.documentElement.getAttribute(name)) };
  const find = (selectors: string) => (selectors === 'html' ? html : Document.prototype.querySelector.call(document, selectors));
  Object.defineProperty(document, 'querySelector', { value: find, configurable: true });
  try {
    return f();
  } finally {
    delete (document as { querySelector?: unknown }).querySelector;
  }
}

/**
 * Resolves once an instance's primary bundle is loaded (its entry, metadata and WebAssembly).
 * Pagefind's `init()` resolves before that; a search or merge made meanwhile looks every 50 ms,
 * counted from its own call, whether the bundle is loaded (Pagefind 1.6: `getPtr`, `mergeIndex`),
 * which cost a page opened with a query 0–50 ms (25 on average) before its first search could
 * start. Empty searches started 10 ms apart (they return as soon as the bundle is loaded) learn
 * it within 10 ms; the search that follows then starts at once.
 */
function primaryLoaded(pf: PagefindInstance): Promise<void> {
  const probes = [0, 10, 20, 30, 40].map((ms) => new Promise((resolve) => setTimeout(resolve, ms)).then(() => pf.preload('')));
  return Promise.any(probes).catch((error: unknown) => {
    throw error instanceof AggregateError ? error.errors[0] : error;
  });
}

/** Drops an instance (after a failure), so that the next search opens its bundles afresh. */
export function resetInstance(into: Slot): void {
  const old = into.pf;
  into.pf = null;
  into.loaded = null;
  into.opening.clear();
  into.opened.clear();
  void old?.destroy().catch(() => {});
}

/** Whether an instance holds `paths`, or has room for them within FRONT_BUNDLES. */
export function fits(into: Slot, paths: readonly string[]): boolean {
  const more = paths.filter((p) => !into.opening.has(p)).length;
  return more === 0 || into.opening.size + more <= FRONT_BUNDLES;
}

/** Whether every bundle of a province is open in `pool` (its counts are then known). */
export function provinceOpen(province: string): boolean {
  const shard = SHARDS.find((s) => s.province === province);
  return shard !== undefined && shard.paths.every((p) => pool.opened.has(p));
}
