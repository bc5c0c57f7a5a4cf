import type { SourceLine, TableReader } from '../model.ts';
import { cellPerLine } from './cell-per-line.ts';
import { barCellsReader, lineCellsReader, paragraphCellsReader } from './cell-stream.ts';
import { columnLines } from './column-lines.ts';
import { pipeRows, spaceRows, tabRows } from './delimited-rows.ts';
import { htmlTable } from './html-table.ts';
import { inlineLabels } from './inline-labels.ts';

/**
 * Every layout the importer knows. A layout that prints its rows has a reader that cuts
 * them; a layout that prints only cells has a cell cutter whose cells the grid step
 * arranges into rows (cell-stream.ts). Repairs live in the row model (rows.ts).
 */
export const READERS: TableReader[] = [tabRows, cellPerLine, pipeRows, htmlTable, inlineLabels, columnLines, spaceRows, barCellsReader, paragraphCellsReader, lineCellsReader];

/** The reader that recognises the lines best, with its score, or null when none does. */
export function chooseReader(lines: SourceLine[]): { reader: TableReader; score: number } | null {
  let best: { reader: TableReader; score: number } | null = null;
  for (const reader of READERS) {
    const score = reader.recognise(lines);
    if (score > 0 && (best === null || score > best.score)) best = { reader, score };
  }
  return best;
}
