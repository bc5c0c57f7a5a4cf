import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SHARD_RECORDS, maxShardRecords, planShards, shardManifest } from '../../../src/lib/search/shards.ts';
import { loadRealCorpus } from '../../helpers.ts';

const corpus = loadRealCorpus();
/** A notice's records in a task bundle: one per task (notices have a bundle of their own). */
const recordsOf = (n: (typeof corpus.notices)[number]) => n.tasks.length;

describe('planShards', () => {
  it('makes one bundle per province, in code order, each notice in its province’s bundle', () => {
    const shards = planShards(corpus, DEFAULT_MAX_SHARD_RECORDS);
    expect(shards.map((s) => [s.code, s.province, s.part, s.path])).toEqual([
      ['37', '山东省', 1, '/pagefind/37/'],
      ['51', '四川省', 1, '/pagefind/51/'],
    ]);
    for (const s of shards) for (const n of s.notices) expect(n.notice.jurisdiction.code.slice(0, 2)).toBe(s.code);
    expect(shards.flatMap((s) => s.notices)).toHaveLength(corpus.notices.length);
    expect(shards.reduce((n, s) => n + s.records, 0)).toBe(corpus.notices.reduce((n, d) => n + recordsOf(d), 0));
  });

  it('keeps a province’s notices in corpus order (newest year first)', () => {
    const shandong = planShards(corpus, DEFAULT_MAX_SHARD_RECORDS)[0]!;
    expect(shandong.notices).toEqual(corpus.notices.filter((n) => n.notice.jurisdiction.province === '山东省'));
  });

  it('cuts a province above the limit into parts at notice boundaries, never splitting a notice', () => {
    const largest = Math.max(...corpus.notices.map(recordsOf));
    const shards = planShards(corpus, largest + 1);
    const shandong = shards.filter((s) => s.code === '37');
    expect(shandong.map((s) => s.path)).toEqual(shandong.map((_, i) => (i === 0 ? '/pagefind/37/' : `/pagefind/37-${i + 1}/`)));
    expect(shandong.length).toBe(corpus.notices.filter((n) => n.notice.jurisdiction.code.startsWith('37')).length);
    for (const s of shards) expect(s.records).toBeLessThanOrEqual(largest + 1);
    // A notice larger than the limit still gets a bundle of its own rather than being split or dropped.
    const tiny = planShards(corpus, 1);
    expect(tiny).toHaveLength(corpus.notices.length);
    expect(tiny.map((s) => s.records)).toEqual(tiny.map((s) => recordsOf(s.notices[0]!)));
  });

  it('lists each province’s bundles together for the search page', () => {
    const manifest = shardManifest(planShards(corpus, 60));
    expect(manifest.map((m) => m.province)).toEqual(['山东省', '四川省']);
    expect(manifest[0]!.paths).toEqual(['/pagefind/37/', '/pagefind/37-2/', '/pagefind/37-3/', '/pagefind/37-4/']);
    const yearsOf = (province: string) => [...new Set(corpus.notices.filter((n) => n.notice.jurisdiction.province === province).map((n) => n.notice.year))].sort((a, b) => b - a);
    expect(manifest.map((m) => m.years)).toEqual([yearsOf('山东省'), yearsOf('四川省')]);
    expect(manifest[0]!.years.length).toBeGreaterThan(1);
    // Where each bundle starts in corpus order, so that the page can tell a plan's bundle.
    for (const entry of manifest) {
      entry.paths.forEach((path, i) => {
        const shard = planShards(corpus, 60).find((s) => s.path === path)!;
        expect(entry.starts[i]).toBe(corpus.notices.indexOf(shard.notices[0]!));
      });
      expect(entry.starts).toEqual([...entry.starts].sort((a, b) => a - b));
    }
  });
});

describe('maxShardRecords', () => {
  it('reads SEARCH_SHARD_RECORDS, defaulting when unset', () => {
    expect(maxShardRecords(undefined)).toBe(DEFAULT_MAX_SHARD_RECORDS);
    expect(maxShardRecords('')).toBe(DEFAULT_MAX_SHARD_RECORDS);
    expect(maxShardRecords('60')).toBe(60);
  });

  it.each(['0', '-5', '1.5', 'many'])('rejects %s with a one-line error naming the variable', (value) => {
    expect(() => maxShardRecords(value)).toThrow(`SEARCH_SHARD_RECORDS must be a positive integer, not "${value}"`);
  });
});
