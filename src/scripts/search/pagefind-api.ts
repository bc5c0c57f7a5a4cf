/**
 * The part of Pagefind's browser module (/pagefind/pagefind.js, 1.6) the search page uses.
 * Pagefind ships types for its Node API only; these are read from its source and its
 * documentation. The module is loaded at run time from the built site, never bundled.
 */

/** Counts of filter values: key → value → records. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A filter as Pagefind takes it: values of a key, alternatives (`any`) or all required; keys combined with `all`. */
export type PagefindFilter = Record<string, unknown>;

export interface SearchOptions {
  filters?: PagefindFilter;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** One result, before its data are loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Where the words matched, as positions among the record's segmented words. */
  words: number[];
  /** Loads the record (its fragment). */
  data(): Promise<ResultData>;
}

/** A record as its fragment holds it. */
export interface ResultData {
  url: string;
  /** The content without Pagefind's word boundaries. */
  content: string;
  /** The content with a zero-width space between Pagefind's segmented words (< and > escaped). */
  raw_content?: string;
  /** Where the words matched, as word positions. */
  locations?: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface SearchResponse {
  results: PagefindResult[];
  /** Filter counts over the results (for the filters whose indexes are loaded). */
  filters: FilterCounts;
  /** Filter counts over the records matching the words, before the filters. */
  totalFilters: FilterCounts;
  unfilteredResultCount: number;
}

/** An instance: one primary bundle and the bundles merged into it. */
export interface PagefindInstance {
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
  preload(term: string | null, options?: SearchOptions): Promise<void>;
  mergeIndex(path: string, options?: { baseUrl?: string; mergeFilter?: Record<string, string>; language?: string }): Promise<void>;
  destroy(): Promise<void>;
}

export interface InstanceOptions {
  basePath: string;
  baseUrl?: string;
  excerptLength?: number;
  noWorker?: boolean;
  mergeFilter?: Record<string, string>;
  language?: string;
}

export interface PagefindModule {
  createInstance(options: InstanceOptions): PagefindInstance;
}

/** Where the site serves Pagefind's module (the first bundle's copy, shared by every bundle). */
export const PAGEFIND_MODULE = '/pagefind/pagefind.js';

let module: Promise<PagefindModule> | null = null;

/** Loads Pagefind's module (no index yet), once. */
export function loadPagefind(): Promise<PagefindModule> {
  // A run-time URL: the bundler must leave it to the browser.
  module ??= (import(/* @vite-ignore */ PAGEFIND_MODULE) as Promise<PagefindModule>).catch((error: unknown) => {
    // A failed load is tried again by the next search.
    module = null;
    throw error;
  });
  return module;
}
