/**
 * Where a text holds the strings a search asked for, so that a result marks exactly those
 * (and nothing the index added), and an excerpt of it around the first. Pure.
 */
import { normalize } from './tokens.ts';

/** A stretch of a text, in UTF-16 offsets: [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** Every place `text` holds one of the runs (compared normalized, as the index compares), merged where they touch. */
export function markRanges(text: string, runs: readonly string[]): Range[] {
  // The normalized text, with the original offset each normalized code unit came from.
  let flat = '';
  const from: number[] = [];
  let offset = 0;
  for (const c of text) {
    const n = normalize(c);
    flat += n;
    for (let i = 0; i < n.length; i++) from.push(offset);
    offset += c.length;
  }
  from.push(offset);
  const found: Range[] = [];
  for (const run of runs) {
    if (run === '') continue;
    for (let at = flat.indexOf(run); at >= 0; at = flat.indexOf(run, at + 1)) {
      // The end is where the code unit after the match came from (the text's end after the last).
      found.push({ start: from[at]!, end: from[at + run.length]! });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of found) {
    const prev = merged.at(-1);
    if (prev && r.start <= prev.end) prev.end = Math.max(prev.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** A piece of an excerpt: text, marked or not. */
export interface Piece {
  text: string;
  marked: boolean;
}

/**
 * About `size` characters of `text` around its first mark (all of it when short enough), as
 * pieces, with … where cut. A few characters before the first mark are kept for context.
 */
export function excerptPieces(text: string, ranges: readonly Range[], size: number): Piece[] {
  const chars = [...text];
  if (chars.length === 0) return [];
  // Offsets in code points, so that a cut never splits a character.
  const cp = (utf16: number) => [...text.slice(0, utf16)].length;
  const first = ranges[0];
  let start = 0;
  if (first && chars.length > size) start = Math.max(0, Math.min(cp(first.start) - 12, chars.length - size));
  const end = Math.min(chars.length, start + size);
  const pieces: Piece[] = [];
  const push = (s: string, marked: boolean) => {
    if (s === '') return;
    const last = pieces.at(-1);
    if (last && last.marked === marked) last.text += s;
    else pieces.push({ text: s, marked });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const r of ranges) {
    const a = Math.max(cp(r.start), start);
    const b = Math.min(cp(r.end), end);
    if (b <= a) continue;
    push(chars.slice(at, a).join(''), false);
    push(chars.slice(a, b).join(''), true);
    at = b;
  }
  push(chars.slice(at, end).join(''), false);
  if (end < chars.length) push('…', false);
  return pieces;
}
