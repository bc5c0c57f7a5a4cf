import type { SourceLine } from './model.ts';
import { headingLevel } from './readers/shared.ts';
import { cleanText, stripMarkdownMarks } from './text.ts';

/**
 * The outline of a notice's own text (工作要点 written out as paragraphs), used to
 * repair a task table whose heading cells an extraction garbled: the body states
 * each (一) heading with the requirements that belong to it.
 */
export interface OutlineBlock {
  /** Level-1 heading (一、…) as printed, up to its first full stop. */
  section: string | null;
  /** Level-2 heading ((一)…) as printed, up to its first full stop. */
  subsection: string | null;
  /** The block's text, compacted (no white space), headings excluded. */
  text: string;
  /** First line of the block. */
  line: number;
}

/** Removes every space and line break: the form in which table cells are looked up in the body. */
export function compact(text: string): string {
  return cleanText(text).replace(/\s+/g, '');
}

/** Splits the body lines into blocks under their (一) headings. */
export function bodyOutline(lines: SourceLine[]): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  let section: string | null = null;
  let current: OutlineBlock | null = null;
  for (const line of lines) {
    const raw = stripMarkdownMarks(line.text).trim();
    if (raw === '') continue;
    const text = compact(raw);
    const level = headingLevel(text);
    if (level !== null) {
      const stop = text.indexOf('。');
      const heading = stop >= 0 ? text.slice(0, stop) : text;
      const rest = stop >= 0 ? text.slice(stop + 1) : '';
      if (level === 1) {
        section = heading;
        current = { section, subsection: null, text: rest, line: line.n };
      } else {
        current = { section, subsection: heading, text: rest, line: line.n };
      }
      blocks.push(current);
      continue;
    }
    if (current) current.text += text;
  }
  return blocks.filter((b) => b.subsection !== null || b.text !== '');
}

/** Character trigrams of a compacted text. */
function trigrams(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return out;
}

/**
 * The block whose text contains the task's text: verbatim when possible, otherwise the block
 * holding at least 70% of the task's trigrams (an extraction may have changed a word or two).
 */
export function findBlock(blocks: OutlineBlock[], taskText: string): { block: OutlineBlock; exact: boolean } | null {
  const t = compact(taskText);
  if (t.length < 6) return null;
  const exact = blocks.filter((b) => b.text.includes(t));
  if (exact.length === 1) return { block: exact[0]!, exact: true };
  if (exact.length > 1) return null;
  const grams = trigrams(t);
  let best: { block: OutlineBlock; score: number } | null = null;
  for (const block of blocks) {
    const own = trigrams(block.text);
    let hit = 0;
    for (const g of grams) if (own.has(g)) hit++;
    const score = grams.size === 0 ? 0 : hit / grams.size;
    if (!best || score > best.score) best = { block, score };
  }
  return best && best.score >= 0.7 ? { block: best.block, exact: false } : null;
}

/**
 * When a requirement cell stops mid-sentence (an extraction lost its last lines) and the
 * body prints the same sentence in full, returns the missing end of that sentence.
 */
export function missingSentenceEnd(block: OutlineBlock, taskText: string): string | null {
  const t = compact(taskText);
  const at = block.text.indexOf(t);
  if (at < 0) return null;
  const after = block.text.slice(at + t.length);
  const stop = after.search(/[。；]/);
  if (stop < 0 || stop > 160) return null;
  return after.slice(0, stop + 1);
}
