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

const PIPE = /(?<!\\)[|｜]/;
const unescape = (c: string) => c.trim().replace(/\\([|｜])/g, '$1');

/**
 * Pipe-delimited rows, in one of two styles decided for the whole text: Markdown tables
 * (| a | b |, every row framed by pipes) or extractions that print a | between cells
 * (a|b|c, where a leading | is an empty first cell). In the second style a row needs
 * three cells, so that prose with one stray | is not read as a row. The |---| separator
 * row of a Markdown table is skipped as a non-row.
 */
export const pipeRows = delimitedReader('pipe-rows', (lines) => {
  const rowLike = lines.map((l) => l.text.trim()).filter((t) => t.split(PIPE).length >= 3);
  const framed = rowLike.filter((t) => /^[|｜].*[|｜]$/.test(t)).length;
  const markdown = rowLike.length > 0 && framed / rowLike.length >= 0.8;
  return (text) => {
    const t = text.trim();
    // A line of marks only (a lone | after each row, for an empty last column such as 备注): no row, no text.
    if (/^[|｜]+$/.test(t)) return [];
    if (t.length < 3) return null;
    let cells: string[];
    if (markdown) {
      if (!/^[|｜].*[|｜]$/.test(t)) return null;
      cells = t.slice(1, -1).split(PIPE).map(unescape);
      if (cells.length < 2) return null;
    } else {
      cells = t.split(PIPE).map(unescape);
      if (cells.length < 3) return null;
    }
    // The |---|---| row under a Markdown header is layout, not a row: an empty row the reader skips.
    if (cells.every((c) => /^:?-{2,}:?$/.test(c))) return [];
    return cells;
  };
});
