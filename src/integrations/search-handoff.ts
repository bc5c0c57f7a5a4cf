/**
 * How the search index hook (search-index.ts) gets the corpus and the bundle plan the pages
 * were built from. Astro renders the pages in its own build of the site's modules, in the
 * same process as the integration's hooks but as other module instances: the page's data
 * module hands them over through one global slot, and the hook takes them once every page
 * is written. Both sides import this module; the slot's key is shared by name.
 */
import type { Corpus } from '../lib/corpus/corpus.ts';
import type { SearchShard } from '../lib/search/shards.ts';

/** What the index is written from. */
export interface SearchIndexInput {
  corpus: Corpus;
  shards: SearchShard[];
}

const SLOT = Symbol.for('openness-commitments.search-index-input');
type Holder = { [SLOT]?: SearchIndexInput };

/** Called by the build's data module when the search page plans the bundles. */
export function handOverSearchIndex(input: SearchIndexInput): void {
  (globalThis as Holder)[SLOT] = input;
}

/** The corpus and plan handed over, or null when no page planned the index. */
export function takeSearchIndex(): SearchIndexInput | null {
  return (globalThis as Holder)[SLOT] ?? null;
}
