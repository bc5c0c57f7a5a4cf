import type { RawRow, SourceLine, TableReader } from '../model.ts';
import { cell, isColophon, isHeaderRow, isHeadingLine } from './shared.ts';

/**
 * Rows of cells on one line each, separated by a delimiter: tab-separated text
 * copied out of a Word or web table, or Markdown pipe tables (| a | b |).
 * A row's cell may hold HTML (<p>, <ol><li>); blank lines are page breaks.
 */
function delimitedReader(name: string, splitterFor: (lines: SourceLine[]) => (text: string) => string[] | null): TableReader {
  const rowsOf = (lines: SourceLine[]) => {
    const split = splitterFor(lines);
    return lines.map((l) => ({ line: l, cells: split(l.text) }));
  };
  return {
    name,
    recognise(lines) {
      const rows = rowsOf(lines).filter((r) => r.cells !== null && r.cells.length > 0);
      if (rows.length < 2) return 0;
      const header = rows.some((r) => isHeaderRow(r.cells!));
      const wide = rows.filter((r) => r.cells!.filter((c) => c.trim() !== '').length >= 2).length;
      return (header ? 0.5 : 0) + Math.min(0.5, wide / 20);
    },
    read(lines) {
      const rows: RawRow[] = [];
      let header: string[] | null = null;
      let first = 0;
      let last = 0;
      const parsed = rowsOf(lines);
      const start = parsed.findIndex((r) => r.cells !== null && isHeaderRow(r.cells));
      const from = start >= 0 ? start : parsed.findIndex((r) => r.cells !== null);
      for (let i = from; i >= 0 && i < parsed.length; i++) {
        const { line, cells } = parsed[i]!;
        if (cells === null) {
          if (line.text.trim() === '') continue;
          if (isColophon(line.text)) break;
          if (isHeadingLine(line.text)) {
            rows.push({ kind: 'heading', cells: [cell(line.text, line.n)], lines: [line.n] });
            continue;
          }
          // A line without a delimiter inside the table continues the last cell of the previous row
          // (a cell whose text the extraction broke onto its own line); after the last row it ends the table.
          const nextRow = parsed.slice(i + 1).find((r) => r.line.text.trim() !== '');
          const prev = rows[rows.length - 1];
          // A line that opens with the next item number (3.…) is a row of its own whose other cells are merged.
          if (prev && prev.kind === 'data' && opensNextItem(line.text, rows)) {
            rows.push({ kind: 'data', cells: [cell(line.text, line.n)], lines: [line.n] });
            last = line.n;
            continue;
          }
          if (prev && prev.kind === 'data' && nextRow && nextRow.cells !== null) {
            const lastCell = prev.cells[prev.cells.length - 1]!;
            lastCell.text += '\n' + line.text;
            lastCell.lines.push(line.n);
            prev.lines.push(line.n);
            continue;
          }
          break;
        }
        if (cells.length === 0) continue;
        if (first === 0) first = line.n;
        last = line.n;
        const kind = isHeaderRow(cells) ? 'header' : isHeadingRow(cells) ? 'heading' : 'data';
        if (kind === 'header' && header === null) header = cells;
        const kept = kind === 'heading' ? [cells.find((c) => c.trim() !== '')!] : cells;
        rows.push({ kind, cells: kept.map((c) => cell(c, line.n)), lines: [line.n] });
      }
      return { reader: name, header, rows, firstLine: first, lastLine: last };
    },
  };
}

/** Whether a line opens with the item number that follows the last one the rows printed (2. after 1.). */
function opensNextItem(text: string, rows: RawRow[]): boolean {
  const m = /^\s*(\d{1,2})[.．、](?!\d)/.exec(text);
  if (!m) return false;
  for (let r = rows.length - 1; r >= 0 && rows[r]!.kind === 'data'; r--) {
    for (const c of rows[r]!.cells) {
      const n = /^\s*(\d{1,2})[.．、](?!\d)/.exec(c.text);
      if (n) return Number(n[1]) + 1 === Number(m[1]);
    }
  }
  return false;
}

/** A row whose only text is a heading in its first non-empty cell (一、… or （一）… with the other cells empty). */
function isHeadingRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length === 1 && cells.findIndex((c) => c.trim() !== '') <= 1 && isHeadingLine(filled[0]!);
}

/** Tab-separated rows: a line holds a row when it has a tab that is not just a leading cell marker. */
export const tabRows = delimitedReader('tab-rows', () => (text) => {
  if (!text.includes('\t')) return null;
  if (/^\t[^\t]*$/.test(text)) return null; // one cell per line (cell-per-line layout)
  return text.split('\t');
});

const PIPE = /(?<!\\)[|｜│┃]/;
const unescape = (c: string) => c.trim().replace(/\\([|｜])/g, '$1');

/**
 * Pipe-delimited rows, in one of two styles decided for the whole text: Markdown tables
 * (| a | b |, every row framed by pipes) or extractions that print a | between cells
 * (a|b|c, where a leading | is an empty first cell). In the second style a row needs
 * two cells with text, so that a line ending in a lone | is not read as a row. The |---| separator
 * row of a Markdown table is skipped as a non-row.
 */
export const pipeRows = delimitedReader('pipe-rows', (lines) => {
  const rowLike = lines.map((l) => l.text.trim()).filter((t) => t.split(PIPE).length >= 3);
  const framed = rowLike.filter((t) => /^[|｜│┃].*[|｜│┃]$/.test(t)).length;
  const markdown = rowLike.length > 0 && framed / rowLike.length >= 0.8;
  return (text) => {
    const t = text.trim();
    // A line of marks only (a lone | after each row, for an empty last column such as 备注): no row, no text.
    if (/^[|｜│┃]+$/.test(t)) return [];
    if (t.length < 3) return null;
    let cells: string[];
    if (markdown) {
      if (!/^[|｜│┃].*[|｜│┃]$/.test(t)) return null;
      cells = t.slice(1, -1).split(PIPE).map(unescape);
      if (cells.length < 2) return null;
    } else {
      cells = t.split(PIPE).map(unescape);
      // Two cells make a row only when both hold text (…答复。| 县政府办公室): a lone mark at a line's end is a cell-per-line layout's.
      if (cells.length < 2 || (cells.length === 2 && (cells[0] === '' || cells[1] === ''))) return null;
    }
    // The |---|---| row under a Markdown header is layout, not a row: an empty row the reader skips.
    if (cells.every((c) => /^:?-{2,}:?$/.test(c))) return [];
    return cells;
  };
});

/**
 * Rows whose cells a PDF extraction set apart with runs of spaces (two or more, or
 * ideographic spaces), one row per line: `1    政策解读    严格落实…    县政府办公室    全年`.
 * A row needs three cells; leading spaces (an empty merged first cell) are dropped, and the
 * row model places a short row's cells by their look. Less sure of itself than the tab and
 * pipe readers, whose delimiters cannot be a text's own spacing.
 */
const spaceRowsReader = delimitedReader('space-rows', () => (text) => {
  if (/[\t|｜]/.test(text)) return null;
  const cells = text.trim().split(/[ \u00a0]{2,}|\u3000+/);
  return cells.length >= 3 ? cells : null;
});
export const spaceRows: TableReader = {
  ...spaceRowsReader,
  recognise: (lines) => spaceRowsReader.recognise(lines) * 0.8,
  read(lines) {
    const { lines: joined, wraps } = joinWrappedLines(lines);
    const table = spaceRowsReader.read(joined);
    // The lines joined to a row are the row's: its cells name them, and the table spans them.
    for (const row of table.rows) {
      const extra = row.lines.flatMap((n) => wraps.get(n) ?? []);
      row.lines.push(...extra);
      for (const c of row.cells) c.lines.push(...c.lines.flatMap((n) => wraps.get(n) ?? []));
      if (extra.length > 0) table.lastLine = Math.max(table.lastLine, ...extra);
    }
    return table;
  },
};

/** A PDF row line: a row number, then a gap (`3    做好……`). */
const NUMBERED_ROW = /^\s*\d{1,3}(?:[ \u00a0]{2,}|\u3000)/;

/**
 * A PDF's column text wraps a cell onto the next line, in the same column: the lines under a
 * numbered row that start with spaces and no number carry the rest of its cells
 * (`1   及时公开……按季度   县发展和改革局、   2023年12月底` / `    更新项目进展。   县住房和城乡建设局   前`).
 * Each piece goes to the row's cell that starts nearest before it, and the joined line stands
 * for the row; the wrapped lines are left blank, and `wraps` says which lines each row took.
 * Only in tables whose rows are numbered: without numbers, an indented line is as likely a
 * row whose merged first cell is empty.
 */
function joinWrappedLines(lines: readonly SourceLine[]): { lines: SourceLine[]; wraps: Map<number, number[]> } {
  const out = lines.map((l) => ({ ...l }));
  const wraps = new Map<number, number[]>();
  const numbered = lines.filter((l) => NUMBERED_ROW.test(l.text)).length;
  if (numbered < 2) return { lines: out, wraps };
  let anchor: { index: number; pieces: Piece[] } | null = null;
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (NUMBERED_ROW.test(line.text) && !/[\t|｜]/.test(line.text)) {
      anchor = { index: i, pieces: pieces(line.text) };
      continue;
    }
    const wrapped = anchor !== null && /^(?:[ \u00a0]{2,}|\u3000)\S/.test(line.text) && !/[\t|｜]/.test(line.text) && !isHeadingLine(line.text.trim());
    if (!wrapped) {
      if (line.text.trim() !== '') anchor = null;
      continue;
    }
    const cells = anchor!.pieces;
    const wrappedPieces = pieces(line.text);
    // Columns counted in characters, or in display width (a CJK character two columns), as the
    // extraction padded them: the count under which the pieces sit nearest their cells.
    const placed = (['chars', 'width'] as const)
      .map((measure) => {
        const targets = wrappedPieces.map((p) => {
          const at = p[measure];
          // The cell that starts nearest before the piece (a little slack: a wrapped line may sit a character to the left).
          return cells.filter((c) => c[measure] <= at + 2).at(-1) ?? cells[0]!;
        });
        const distance = wrappedPieces.reduce((sum, p, k) => sum + Math.abs(p[measure] - targets[k]![measure]), 0);
        return { targets, distance };
      })
      .sort((a, b) => a.distance - b.distance)[0]!;
    wrappedPieces.forEach((p, k) => (placed.targets[k]!.text += p.text));
    const row = out[anchor!.index]!;
    row.text = cells.map((c) => c.text).join('    ');
    wraps.set(row.n, [...(wraps.get(row.n) ?? []), line.n]);
    line.text = '';
  }
  return { lines: out, wraps };
}

/** A piece of a line between runs of spaces, with the column it starts at counted two ways. */
interface Piece {
  text: string;
  /** Characters before it. */
  chars: number;
  /** Display width before it: a wide (CJK, full-width) character counts two. */
  width: number;
}

/** The pieces of a line set apart by runs of spaces. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(/[^ \u00a0\u3000](?:(?![ \u00a0]{2,}|\u3000).)*/g)) {
    const before = text.slice(0, m.index);
    out.push({ text: m[0], chars: before.length, width: before.length + (before.match(/[\u1100-\uffef]/g)?.length ?? 0) });
  }
  return out;
}
