/**
 * How the search index is split: one Pagefind bundle per province (行政区划代码's first two
 * digits), so that a search the reader narrows to a province or a county loads that
 * province's index alone, and a search over the whole country can show the first
 * province's results while the others load (src/scripts/search/). A province with
 * more than `maxRecords` records is cut, at notice boundaries, into parts. The cut bounds the
 * build's memory (Pagefind's indexer held 1.37 GB for 15,000 task records, and it runs beside
 * Astro's process, which holds the site's data until the build ends) and a search's time in a
 * bundle (Pagefind's search grows with the square of a bundle's matches).
 *
 * Pure: src/integrations/search-index.ts writes the bundles from this plan and src/pages/search.astro
 * tells the search page where they are, so both read the same plan.
 */
import type { Corpus } from '../corpus/corpus.ts';
import type { DerivedNotice } from '../corpus/derive.ts';
import { positiveIntegerSetting } from '../settings.ts';
import type { ShardEntry } from './contract.ts';

/**
 * Records per bundle at most; a province above it is cut into parts. At 2,800 notices five of
 * 31 provinces are (the largest holds 8,518 tasks): the build's peak with 15,000 was 3,872 MB.
 */
export const DEFAULT_MAX_SHARD_RECORDS = 6_000;

/** One bundle of the index. */
export interface SearchShard {
  /** The province, as the 省份 filter names it. */
  province: string;
  /** Its two-digit code. */
  code: string;
  /** 1 for a province's first (or only) bundle, 2, 3 … for the parts that follow. */
  part: number;
  /** Where the bundle is served, e.g. /pagefind/37/ or /pagefind/37-2/. */
  path: string;
  /** The notices it indexes, in corpus order. */
  notices: DerivedNotice[];
  /** The corpus order of its first notice (its place in `corpus.notices`). */
  first: number;
  /** Its records: one per task (the notices' own records are a bundle of their own). */
  records: number;
}

/** Reads SEARCH_SHARD_RECORDS (the build's override of the limit); throws a one-line error on a bad value. */
export function maxShardRecords(value: string | undefined): number {
  return positiveIntegerSetting('SEARCH_SHARD_RECORDS', value, DEFAULT_MAX_SHARD_RECORDS);
}

/** The bundles, provinces in code order, a province's notices in corpus order (newest year first). */
export function planShards(corpus: Corpus, maxRecords: number): SearchShard[] {
  const byProvince = new Map<string, DerivedNotice[]>();
  const orderOf = new Map<DerivedNotice, number>();
  corpus.notices.forEach((derived, order) => {
    orderOf.set(derived, order);
    const code = derived.notice.jurisdiction.code.slice(0, 2);
    const list = byProvince.get(code);
    if (list) list.push(derived);
    else byProvince.set(code, [derived]);
  });
  const shards: SearchShard[] = [];
  for (const code of [...byProvince.keys()].sort()) {
    const notices = byProvince.get(code)!;
    const province = notices[0]!.notice.jurisdiction.province;
    let current: SearchShard | null = null;
    for (const derived of notices) {
      const size = derived.tasks.length;
      if (!current || (current.records > 0 && current.records + size > maxRecords)) {
        const part: number = current ? current.part + 1 : 1;
        current = { province, code, part, path: `/pagefind/${code}${part === 1 ? '' : `-${part}`}/`, notices: [], first: orderOf.get(derived)!, records: 0 };
        shards.push(current);
      }
      current.notices.push(derived);
      current.records += size;
    }
  }
  return shards;
}

/** What the search page needs to know: each province's bundles, in code order, where each starts in corpus order, and the plan years its notices cover (a 年度 filter skips provinces without them). */
export function shardManifest(shards: SearchShard[]): ShardEntry[] {
  const out: ShardEntry[] = [];
  for (const shard of shards) {
    const last = out.at(-1);
    const entry: ShardEntry = last && last.province === shard.province ? last : { province: shard.province, paths: [], starts: [], years: [] };
    if (entry !== last) out.push(entry);
    entry.paths.push(shard.path);
    entry.starts.push(shard.first);
    entry.years = [...new Set([...entry.years, ...shard.notices.map((n) => n.notice.year)])].sort((a, b) => b - a);
  }
  return out;
}
