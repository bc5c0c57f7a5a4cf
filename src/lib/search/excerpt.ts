/**
 * Which words of a result's text an excerpt shows: about `size` words of words[from, to)
 * around the densest marked words, a few words of context before the first mark. Pure:
 * the page's script turns the window into text and <mark> elements.
 */

/** The words [start, end) shown, and whether words were cut before and after them. */
export interface ExcerptWindow {
  start: number;
  end: number;
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Words of context kept before the first marked word. */
const CONTEXT_BEFORE = 4;

/** The window of about `size` words within [from, to) holding the most marked words. */
export function excerptWindow(marked: ReadonlySet<number>, from: number, to: number, size: number): ExcerptWindow {
  const span = Math.min(size, to - from);
  let start = from;
  if (marked.size > 0) {
    let best = -1;
    for (let s = from; s <= to - span; s++) {
      let n = 0;
      for (const l of marked) if (l >= s && l < s + span) n++;
      if (n > best) {
        best = n;
        start = s;
      }
    }
    const first = [...marked].find((l) => l >= start) ?? start;
    start = Math.max(from, Math.min(start, first - CONTEXT_BEFORE));
  }
  const end = Math.min(to, start + span);
  return { start, end, cutBefore: start > from, cutAfter: end < to };
}

/**
 * Where a record's own words end among its segmented words: the first word that starts at
 * or after `headChars` UTF-16 units (the record's meta.head), or the number of words.
 */
export function headWords(words: readonly string[], headChars: number): number {
  let offset = 0;
  for (let i = 0; i < words.length; i++) {
    if (offset >= headChars) return i;
    offset += words[i]!.length;
  }
  return words.length;
}
