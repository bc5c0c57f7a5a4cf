import type { RawRow, SourceLine, TableReader } from '../model.ts';
import { cell, isColophon, isHeaderRow, isHeadingLine } from './shared.ts';

/**
 * One cell per line: a line that opens with a cell marker (a tab, or a | or ｜)
 * starts a cell; a blank line followed by a marked line starts a row; an unmarked
 * line continues the last cell (a cell broken over lines, or units listed one per line).
 */
export const cellPerLine: TableReader = {
  name: 'cell-per-line',
  recognise(lines) {
    const marked = lines.filter((l) => markerOf(l.text) !== null).length;
    if (marked < 6) return 0;
    const rows = groupRows(lines);
    const header = rows.some((r) => r.kind === 'header');
    return (header ? 0.5 : 0.2) + Math.min(0.5, marked / 60);
  },
  read(lines) {
    const rows = groupRows(lines);
    const header = rows.find((r) => r.kind === 'header');
    const all = rows.flatMap((r) => r.lines);
    return {
      reader: 'cell-per-line',
      header: header ? header.cells.map((c) => c.text) : null,
      rows,
      firstLine: Math.min(...all),
      lastLine: Math.max(...all),
    };
  },
};

function markerOf(text: string): string | null {
  const m = /^(\t|[|｜](?![|｜-]))/.exec(text);
  if (!m) return null;
  // A line with a second delimiter is a delimited row, not one cell.
  if (m[1] === '\t' && text.slice(1).includes('\t')) return null;
  if (m[1] !== '\t' && /[|｜]/.test(text.slice(1))) return null;
  return m[1]!;
}

function groupRows(lines: SourceLine[]): RawRow[] {
  const rows: RawRow[] = [];
  let current: RawRow | null = null;
  let blankBefore = true;
  let started = false;
  for (const line of lines) {
    const marker = markerOf(line.text);
    if (marker === null) {
      if (line.text.trim() === '') {
        blankBefore = true;
        continue;
      }
      if (!started) continue;
      if (isColophon(line.text)) break;
      // Continuation of the last cell: a cell broken over lines, or one unit per line.
      const lastCell = current?.cells[current.cells.length - 1];
      if (!current || !lastCell) continue;
      if (blankBefore && isHeadingLine(line.text) && current.kind !== 'data') break;
      lastCell.text += '\n' + line.text;
      lastCell.lines.push(line.n);
      current.lines.push(line.n);
      continue;
    }
    const text = line.text.slice(marker.length);
    if (!started) {
      started = true;
      blankBefore = true;
    }
    if (blankBefore || !current) {
      current = { kind: 'data', cells: [], lines: [] };
      rows.push(current);
    }
    current.cells.push(cell(text, line.n));
    current.lines.push(line.n);
    blankBefore = false;
  }
  for (const row of rows) {
    const texts = row.cells.map((c) => c.text);
    const filled = texts.filter((t) => t.trim() !== '');
    if (isHeaderRow(texts)) row.kind = 'header';
    else if (filled.length === 1 && texts.findIndex((t) => t.trim() !== '') === 0 && isHeadingLine(filled[0]!)) row.kind = 'heading';
  }
  // Rows before the first header (title lines that happen to be indented) are not part of the table.
  const h = rows.findIndex((r) => r.kind === 'header');
  return h > 0 ? rows.slice(h) : rows;
}
