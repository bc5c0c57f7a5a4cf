/**
 * Character differences between two requirements, as pages mark them: jsdiff's diffChars
 * (Myers' O(ND) diff) over the texts as printed, then a semantic clean-up, since a
 * minimal diff of two reworded sentences keeps scattered single characters (的, 和, 公)
 * as "unchanged" and reads as noise: an unchanged run of at most two characters between
 * two changes is counted as changed on both sides. Pure.
 */
import { diffChars } from 'diff';

/** A run of characters: unchanged, only in the first text (removed), or only in the second (added). */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** An unchanged run this short between two changes is folded into them. */
const SHORT_RUN = 2;

/** The differences from `a` to `b`: the parts in order, `a` read from same + removed, `b` from same + added. */
export function charDiff(a: string, b: string): DiffPart[] {
  let parts: DiffPart[] = diffChars(a, b).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
  for (let changed = true; changed; ) {
    changed = false;
    const next: DiffPart[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const inside = i > 0 && i < parts.length - 1 && parts[i - 1]!.kind !== 'same' && parts[i + 1]!.kind !== 'same';
      if (p.kind === 'same' && inside && [...p.text].length <= SHORT_RUN) {
        next.push({ kind: 'removed', text: p.text }, { kind: 'added', text: p.text });
        changed = true;
      } else next.push(p);
    }
    parts = coalesce(next);
  }
  return parts;
}

/**
 * Adjacent parts of one kind joined, and within each run of changes the removed text
 * before the added text, so that a side shows one marked stretch per change.
 */
function coalesce(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; ) {
    if (parts[i]!.kind === 'same') {
      let text = '';
      while (i < parts.length && parts[i]!.kind === 'same') text += parts[i++]!.text;
      out.push({ kind: 'same', text });
      continue;
    }
    let removed = '';
    let added = '';
    while (i < parts.length && parts[i]!.kind !== 'same') {
      if (parts[i]!.kind === 'removed') removed += parts[i]!.text;
      else added += parts[i]!.text;
      i++;
    }
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
  }
  return out;
}

/** One side of a diff: the text of `a` (side 'a', removed runs changed) or of `b` (side 'b', added runs changed). */
export function diffSide(parts: readonly DiffPart[], side: 'a' | 'b'): { text: string; changed: boolean }[] {
  const drop = side === 'a' ? 'added' : 'removed';
  return parts.filter((p) => p.kind !== drop).map((p) => ({ text: p.text, changed: p.kind !== 'same' }));
}

/** Characters changed on each side and the characters the two texts share. */
export function diffCounts(parts: readonly DiffPart[]): { removed: number; added: number; same: number } {
  const count = { removed: 0, added: 0, same: 0 };
  for (const p of parts) count[p.kind] += [...p.text].length;
  return count;
}

const memo = new Map<string, DiffPart[]>();
/** How many diffs memoDiff keeps before starting afresh. */
const MEMO_MAX = 20_000;

/**
 * charDiff, remembered: a build marks the same pair of requirements on many pages (a plan
 * copied by many counties lists the same nearest commitments under each copy).
 */
export function memoDiff(a: string, b: string): DiffPart[] {
  const key = `${a}\u0000${b}`;
  let parts = memo.get(key);
  if (!parts) {
    if (memo.size >= MEMO_MAX) memo.clear();
    parts = charDiff(a, b);
    memo.set(key, parts);
  }
  return parts;
}
