/**
 * A requirement's characters as the similarity step compares them: normalised (full-width
 * forms folded by NFKC, punctuation and spaces dropped, so that “双减” and "双减", 、 and ，
 * do not count as differences), then cut into overlapping character n-grams (shingles),
 * each hashed to 32 bits. Pure: no state, no clock.
 */

/** Characters per shingle. Three: pairs of characters are shared by unrelated requirements of this field (信息, 公开, 政务), triples much less (see docs/similarity.md). */
export const SHINGLE_SIZE = 3;

/** The characters compared: NFKC (full-width letters and digits to half-width), letters and digits only. */
export function comparableText(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** murmur3's 32-bit finaliser: a bijection of 32-bit integers that spreads every input bit over the output. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The distinct shingles of a comparable text, as sorted unique 32-bit hashes. A text
 * shorter than a shingle is one shingle of itself; an empty text has none.
 */
export function shingles(comparable: string, size = SHINGLE_SIZE): Uint32Array {
  const n = comparable.length;
  if (n === 0) return new Uint32Array(0);
  const count = Math.max(1, n - size + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let k = i; k < Math.min(n, i + size); k++) h = mix32(h ^ comparable.charCodeAt(k));
    out[i] = h;
  }
  out.sort();
  let w = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i]!;
  return out.slice(0, w);
}

/** Jaccard similarity of two sorted unique hash sets: shared shingles over all distinct shingles (1 for two empty sets). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  return jaccardAtLeast(a, b, 0);
}

/**
 * The Jaccard similarity of two sorted unique hash sets when it is at least `threshold`,
 * else -1: the merge stops as soon as the shingles left cannot lift it to the threshold
 * (most candidate pairs of the search are below it).
 */
export function jaccardAtLeast(a: Uint32Array, b: Uint32Array, threshold: number): number {
  if (a.length === 0 && b.length === 0) return 1;
  // J = s / (|a| + |b| − s) ≥ t  ⇔  s ≥ t (|a| + |b|) / (1 + t).
  const needed = (threshold * (a.length + b.length)) / (1 + threshold);
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return -1;
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const score = shared / (a.length + b.length - shared);
  return score >= threshold ? score : -1;
}
