import { isRecognisedDeadline } from '../../normalize/deadline.ts';
import { assembleGrid, findStreamHeader, type GridContext, type StreamCell } from '../grid.ts';
import type { RawTable, SourceLine, TableReader } from '../model.ts';
import { headerRole, isColophon, isSignatureAt } from './shared.ts';

/**
 * Cell cutters for layouts that print cells but not rows: each cutter only says where a
 * cell starts and ends, with its source lines; the grid step (grid.ts) finds the header
 * and the rows. A new layout of this kind is one more cutter.
 *
 * - `bar-cells`: cells separated by | marks: one cell per line ending in ` |`, or a lone
 *   `|` line between cells, or ` | ` inside a line; a cell without a closing mark runs on
 *   over the next lines; a line of two or more marks (||, |||) stands between rows; two
 *   marks with nothing between them are an empty cell.
 * - `paragraph-cells`: one cell per paragraph, blank lines between cells.
 * - `line-cells`: one cell per line (a PDF extraction without markers or numbers), a cell
 *   broken over lines being rejoined by the grid.
 */

/** Whether a line ends the table: a colophon (抄送, 印发), or the issuer's signature followed by a date. */
function endsTable(lines: readonly SourceLine[], i: number): boolean {
  return isColophon(lines[i]!.text.trim()) || isSignatureAt(lines, i);
}

/** A line of | marks only. */
const BARS_ONLY = /^[|｜│┃]+$/;
const BAR = /(?<!\\)[|｜│┃]/;

/**
 * A header printed on one line in a layout of one cell per line or paragraph
 * (序号 工作任务 具体要求 责任单位 完成时限): its titles, one cell each; null for any other line.
 */
function titleLine(text: string): string[] | null {
  const tokens = text.trim().split(/[\s|｜│┃]+/).filter((t) => t !== '');
  return tokens.length >= 3 && tokens.every((t) => headerRole(t) !== null) ? tokens : null;
}

/** Cells between | marks. Every cutter marks where the table would end with a cell of gap `end`. */
export function barCells(lines: readonly SourceLine[]): StreamCell[] {
  const cells: StreamCell[] = [];
  let open: StreamCell | null = null;
  let gap: StreamCell['gap'] = 'cell';
  let afterBar = false;
  const close = () => {
    if (open) cells.push(open);
    open = null;
  };
  const bar = (n: number) => {
    if (open) close();
    else if (afterBar) {
      cells.push({ text: '', lines: [n], gap });
      gap = 'cell';
    }
    afterBar = true;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    // A blank line ends a cell that no mark closed (the notice's text above the table).
    if (t === '') {
      close();
      continue;
    }
    if (endsTable(lines, i)) {
      close();
      cells.push({ text: '', lines: [line.n], gap: 'end' });
      afterBar = false;
      continue;
    }
    if (BARS_ONLY.test(t)) {
      if (t.length >= 2) {
        close();
        gap = 'row';
        afterBar = false;
      } else bar(line.n);
      continue;
    }
    t.split(BAR).forEach((segment, k) => {
      if (k > 0) bar(line.n);
      const s = segment.trim().replace(/\\([|｜])/g, '$1');
      if (s === '') return;
      if (open) {
        open.text += `\n${s}`;
        open.lines.push(line.n);
      } else {
        open = { text: s, lines: [line.n], gap };
        gap = 'cell';
      }
      afterBar = false;
    });
  }
  close();
  return cells;
}

/** One cell per paragraph. */
export function paragraphCells(lines: readonly SourceLine[]): StreamCell[] {
  const cells: StreamCell[] = [];
  let open: StreamCell | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t === '') {
      if (open) cells.push(open);
      open = null;
      continue;
    }
    if (endsTable(lines, i)) {
      if (open) cells.push(open);
      open = null;
      cells.push({ text: '', lines: [line.n], gap: 'end' });
      continue;
    }
    const titles = titleLine(t);
    if (titles) {
      if (open) cells.push(open);
      open = null;
      for (const title of titles) cells.push({ text: title, lines: [line.n], gap: 'cell' });
      continue;
    }
    const text = t.replace(/^[|｜]\s*|\s*[|｜]$/g, '');
    if (open) {
      open.text += `\n${text}`;
      open.lines.push(line.n);
    } else open = { text, lines: [line.n], gap: 'cell' };
  }
  if (open) cells.push(open);
  return cells;
}

/** One cell per line. */
export function lineCells(lines: readonly SourceLine[]): StreamCell[] {
  const cells: StreamCell[] = [];
  let blank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t === '') {
      blank = true;
      continue;
    }
    if (endsTable(lines, i)) {
      cells.push({ text: '', lines: [line.n], gap: 'end' });
      continue;
    }
    if (BARS_ONLY.test(t)) continue;
    const titles = titleLine(t);
    if (titles) for (const title of titles) cells.push({ text: title, lines: [line.n], gap: 'cell' });
    else cells.push({ text: t.replace(/^[|｜]\s*|\s*[|｜]$/g, ''), lines: [line.n], gap: blank ? 'cell' : 'line' });
    blank = false;
  }
  return cells;
}

/** The deadline and unit tests the grid reads cells with: shapes only, no registry (a reader sees no registry). */
const GRID: GridContext = {
  isDeadline: (text) => isRecognisedDeadline(text, 2023),
  isKnownUnit: () => false,
};

function streamReader(name: string, cut: (lines: readonly SourceLine[]) => StreamCell[], applies: (lines: readonly SourceLine[]) => boolean): TableReader {
  // recognise and read see the same lines: the reading is made once per lines array.
  const readings = new WeakMap<SourceLine[], RawTable | null>();
  const read = (lines: SourceLine[]): RawTable | null => {
    if (readings.has(lines)) return readings.get(lines)!;
    let table: RawTable | null = null;
    if (applies(lines)) {
      const cells = cut(lines);
      const header = findStreamHeader(cells);
      table = header ? assembleGrid(name, cells, header, GRID) : null;
    }
    readings.set(lines, table);
    return table;
  };
  return {
    name,
    recognise(lines) {
      const table = read(lines);
      // Below every reader of a layout with printed rows: a stream is read only where none of them applies.
      return table && table.rows.some((r) => r.kind === 'data') ? 0.3 : 0;
    },
    read(lines) {
      return read(lines) ?? { reader: name, header: null, rows: [], firstLine: 0, lastLine: 0 };
    },
  };
}

/** Lines that hold a | mark as a cell boundary: at a line's end, alone, or as || spacers. */
function hasBarCells(lines: readonly SourceLine[]): boolean {
  let marked = 0;
  for (const l of lines) {
    const t = l.text.trim();
    if (BARS_ONLY.test(t) || /[^|｜\s]\s*[|｜]$/.test(t)) marked++;
    if (marked >= 6) return true;
  }
  return false;
}

export const barCellsReader = streamReader('bar-cells', barCells, hasBarCells);
export const paragraphCellsReader = streamReader('paragraph-cells', paragraphCells, () => true);
export const lineCellsReader = streamReader('line-cells', lineCells, () => true);
