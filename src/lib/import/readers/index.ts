import type { SourceLine, TableReader } from '../model.ts';
import { cellPerLine } from './cell-per-line.ts';
import { columnLines } from './column-lines.ts';
import { pipeRows, tabRows } from './delimited-rows.ts';
import { htmlTable } from './html-table.ts';
import { inlineLabels } from './inline-labels.ts';

/** Every layout the importer knows. A new layout is one more reader here; repairs live in the row model. */
export const READERS: TableReader[] = [tabRows, cellPerLine, pipeRows, htmlTable, inlineLabels, columnLines];

/** The reader that recognises the lines best, with its score, or null when none does. */
export function chooseReader(lines: SourceLine[]): { reader: TableReader; score: number } | null {
  let best: { reader: TableReader; score: number } | null = null;
  for (const reader of READERS) {
    const score = reader.recognise(lines);
    if (score > 0 && (best === null || score > best.score)) best = { reader, score };
  }
  return best;
}
