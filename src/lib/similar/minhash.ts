/**
 * Near-duplicate search among many shingle sets without comparing every pair: MinHash
 * signatures and locality-sensitive hashing by bands (Broder 1997; Leskovec, Rajaraman and
 * Ullman, Mining of Massive Datasets, ch. 3). Two sets whose signatures agree on every row
 * of some band are candidates; each candidate pair is then scored exactly (Jaccard of the
 * shingle sets), so the scores are exact and no pair below the threshold is kept. A pair at
 * or above the threshold that shares no band is missed: lshRecall gives the chance that
 * it is found.
 *
 * Deterministic: the hash functions come from a fixed seed; the output does not depend on
 * anything else.
 */
import { jaccardAtLeast, mix32 } from './shingles.ts';

/** How the search runs. */
export interface LshOptions {
  /** Bands of the signature; a pair is a candidate when all rows of one band agree. */
  bands: number;
  /** Rows per band: bands × rows MinHash values per set. */
  rows: number;
  /** Lowest Jaccard similarity kept (exact, after the candidate step). */
  threshold: number;
  /** Seed of the hash functions: the same seed, the same pairs. */
  seed: number;
}

/** Each set's similar sets: node i's are ids[offsets[i] .. offsets[i + 1]), with their scores. */
export interface Neighbours {
  offsets: Int32Array;
  ids: Int32Array;
  /** Exact Jaccard similarity, at least the threshold. */
  scores: Float32Array;
  /** Candidate pairs scored (each once): how much work the search did. */
  candidates: number;
  /** Similar pairs found (each counted once, though listed under both sets). */
  pairs: number;
}

/** Probability that a pair of Jaccard similarity s becomes a candidate: 1 − (1 − s^rows)^bands. */
export function lshRecall(s: number, options: Pick<LshOptions, 'bands' | 'rows'>): number {
  return 1 - (1 - s ** options.rows) ** options.bands;
}

/**
 * Every pair of sets (by index) whose Jaccard similarity is at least `threshold`, found by
 * banded MinHash, as each set's list of neighbours. Empty sets take part in no pair.
 */
export function similarSets(sets: readonly Uint32Array[], options: LshOptions): Neighbours {
  // The banding arrays (about 100 MB at 76,000 distinct requirements) are gone before the
  // adjacency is built: the step runs inside the site build, next to the whole corpus.
  const { found, candidates } = candidatePairs(sets, options);
  return { ...found.adjacency(sets.length), candidates, pairs: found.length };
}

/** Every pair of sets at or above the threshold, and how many candidate pairs were scored. */
function candidatePairs(sets: readonly Uint32Array[], options: LshOptions): { found: PairBuffer; candidates: number } {
  const { bands, threshold } = options;
  const n = sets.length;
  const { order, bucketStart, bucketEnd } = buckets(sets, options);
  // Each set's candidates: the sets after it in any of its buckets, each scored once.
  const found = new PairBuffer();
  const seen = new Int32Array(n).fill(-1);
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    const a = sets[i]!;
    if (a.length === 0) continue;
    for (let k = 0; k < bands; k++) {
      const end = bucketEnd[k * n + i]!;
      for (let p = bucketStart[k * n + i]!; p < end; p++) {
        const j = order[k * n + p]!;
        if (j <= i || seen[j] === i) continue;
        seen[j] = i;
        const b = sets[j]!;
        // Jaccard ≥ t needs the smaller set to hold at least t of the larger one.
        if (b.length === 0 || Math.min(a.length, b.length) < threshold * Math.max(a.length, b.length)) continue;
        candidates++;
        const score = jaccardAtLeast(a, b, threshold);
        if (score >= 0) found.push(i, j, score);
      }
    }
  }
  return { found, candidates };
}

/**
 * Per band, the sets in order of their band key (`order`), and where each set's bucket
 * starts and ends in that order; a set's key in a band hashes the band's rows of its
 * signature (for each of the band's hash functions, the least value over its shingles).
 */
function buckets(sets: readonly Uint32Array[], options: LshOptions): { order: Int32Array; bucketStart: Int32Array; bucketEnd: Int32Array } {
  const { bands, rows } = options;
  const width = bands * rows;
  const n = sets.length;
  // The hash functions: x ↦ (a·x + b) mod 2^32 with a odd, over shingle hashes that are
  // already well mixed; two multiplications' worth of work per value where a full mix per
  // value took four times as long at 140,000 tasks.
  const mul = new Int32Array(width);
  const add = new Int32Array(width);
  for (let i = 0, h = mix32(options.seed ^ 0x5bd1e995); i < width; i++) {
    mul[i] = (h = mix32(h + 0x9e3779b9)) | 1;
    add[i] = h = mix32(h + 0x9e3779b9);
  }

  // Band keys, band-major: keys[k * n + d].
  const keys = new Uint32Array(bands * n);
  const signature = new Uint32Array(width);
  for (let d = 0; d < n; d++) {
    const set = sets[d]!;
    signature.fill(0xffffffff);
    for (let s = 0; s < set.length; s++) {
      const x = set[s]!;
      for (let i = 0; i < width; i++) {
        const v = (Math.imul(x, mul[i]!) + add[i]!) >>> 0;
        if (v < signature[i]!) signature[i] = v;
      }
    }
    for (let k = 0; k < bands; k++) {
      let h = mix32(k + 1);
      for (let r = 0; r < rows; r++) h = mix32(h ^ signature[k * rows + r]!);
      keys[k * n + d] = h;
    }
  }

  const order = new Int32Array(bands * n);
  const bucketStart = new Int32Array(bands * n);
  const bucketEnd = new Int32Array(bands * n);
  const sortable = new Float64Array(n);
  for (let k = 0; k < bands; k++) {
    // key · 2^21 + index is exact in a double (n < 2^21) and sorts by key, then index.
    for (let d = 0; d < n; d++) sortable[d] = keys[k * n + d]! * 2097152 + d;
    sortable.sort();
    for (let p = 0; p < n; p++) order[k * n + p] = sortable[p]! % 2097152;
    for (let start = 0; start < n; ) {
      const key = keys[k * n + order[k * n + start]!]!;
      let end = start + 1;
      while (end < n && keys[k * n + order[k * n + end]!] === key) end++;
      for (let p = start; p < end; p++) {
        const d = order[k * n + p]!;
        bucketStart[k * n + d] = start;
        bucketEnd[k * n + d] = end;
      }
      start = end;
    }
  }
  return { order, bucketStart, bucketEnd };
}

/** A growable list of scored pairs in typed arrays (millions of pairs as objects would not fit). */
class PairBuffer {
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private s = new Float32Array(1024);
  length = 0;

  push(a: number, b: number, score: number): void {
    if (this.length === this.a.length) {
      // By half again, not double: at nine million pairs a doubled buffer held 100 MB unused.
      const size = Math.ceil(this.a.length * 1.5);
      this.a = grown(this.a, new Int32Array(size));
      this.b = grown(this.b, new Int32Array(size));
      this.s = grown(this.s, new Float32Array(size));
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.s[this.length] = score;
    this.length++;
  }

  /** Each node's neighbours (both ends of every pair), in the order the pairs were found. */
  adjacency(n: number): Pick<Neighbours, 'offsets' | 'ids' | 'scores'> {
    const offsets = new Int32Array(n + 1);
    for (let p = 0; p < this.length; p++) {
      offsets[this.a[p]! + 1]!++;
      offsets[this.b[p]! + 1]!++;
    }
    for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, n);
    const ids = new Int32Array(this.length * 2);
    const scores = new Float32Array(this.length * 2);
    for (let p = 0; p < this.length; p++) {
      const a = this.a[p]!;
      const b = this.b[p]!;
      ids[fill[a]!] = b;
      scores[fill[a]!++] = this.s[p]!;
      ids[fill[b]!] = a;
      scores[fill[b]!++] = this.s[p]!;
    }
    return { offsets, ids, scores };
  }
}

function grown<T extends Int32Array | Float32Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
