import { describe, expect, it } from 'vitest';
import { lshRecall, similarSets } from '../../../src/lib/similar/minhash.ts';
import { SIMILARITY } from '../../../src/lib/similar/similar.ts';
import { comparableText, jaccard, shingles } from '../../../src/lib/similar/shingles.ts';
import { loadRealCorpus } from '../../helpers.ts';

const corpus = loadRealCorpus();
const sets = [...new Set(corpus.tasks.map((t) => comparableText(t.text)))].map((t) => shingles(t));

/** Every pair at or above the threshold, by comparing all of them. */
function bruteForce(threshold: number): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) if (jaccard(sets[i]!, sets[j]!) >= threshold) found.add(`${i}-${j}`);
  return found;
}

function pairsOf(n: ReturnType<typeof similarSets>): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < n.offsets.length; i++) for (let p = n.offsets[i]!; p < n.offsets[i + 1]!; p++) if (i < n.ids[p]!) out.set(`${i}-${n.ids[p]}`, n.scores[p]!);
  return out;
}

describe('similarSets', () => {
  it('finds every pair of the five notices that comparing all pairs finds, with its exact score', () => {
    const found = pairsOf(similarSets(sets, SIMILARITY));
    const truth = bruteForce(SIMILARITY.threshold);
    expect(truth.size).toBeGreaterThan(10);
    expect(new Set(found.keys())).toEqual(truth);
    for (const [key, score] of found) {
      const [i, j] = key.split('-').map(Number) as [number, number];
      expect(score).toBeCloseTo(jaccard(sets[i]!, sets[j]!), 6);
    }
  });

  it('scores far fewer pairs than all of them', () => {
    const { candidates } = similarSets(sets, SIMILARITY);
    expect(candidates).toBeLessThan((sets.length * (sets.length - 1)) / 2 / 100);
  });

  it('lists each pair under both sets', () => {
    const n = similarSets(sets, SIMILARITY);
    expect(n.ids.length).toBe(2 * n.pairs);
  });

  it('gives the same pairs for the same seed, and finds pairs by chance: a weak search misses some', () => {
    const a = pairsOf(similarSets(sets, SIMILARITY));
    expect(pairsOf(similarSets(sets, SIMILARITY))).toEqual(a);
    // One band of eight rows finds a pair of 0.5 with probability 0.004: most are missed.
    const weak = pairsOf(similarSets(sets, { ...SIMILARITY, bands: 1, rows: 8 }));
    expect(weak.size).toBeLessThan(a.size);
  });

  it('takes no part for an empty set', () => {
    const n = similarSets([new Uint32Array(0), new Uint32Array(0), shingles('信息公开')], SIMILARITY);
    expect(n.pairs).toBe(0);
  });
});

describe('lshRecall', () => {
  it('finds a pair at the threshold with probability 0.970 and one at 0.4 with 0.995 under the chosen bands', () => {
    expect(lshRecall(SIMILARITY.threshold, SIMILARITY)).toBeGreaterThan(0.969);
    expect(lshRecall(0.4, SIMILARITY)).toBeGreaterThan(0.994);
    expect(lshRecall(0.1, SIMILARITY)).toBeLessThan(0.1);
  });
});
