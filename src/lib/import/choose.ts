import { lookAt } from './cell-types.ts';
import type { ImportWarning } from './errors.ts';
import type { RawTable, SourceLine, TableReader, TaskDraft } from './model.ts';
import { READERS } from './readers/index.ts';
import { tableToDrafts, type RowModelContext } from './rows.ts';

/** A reader's reading of the notice: its table, the tasks the row model made of it, and how well they read. */
export interface Reading {
  reader: TableReader;
  /** How confident the reader was that the layout is its own. */
  score: number;
  table: RawTable;
  drafts: TaskDraft[];
  /** What `prepare` found (a cut row dropped); the row model's own warnings are made again with the notice's year. */
  prepared: ImportWarning[];
  /** Tasks that read as tasks, less those that do not, less a twentieth of the repairs the row model needed. */
  quality: number;
  /** Whether the grid step found the rows (a cell stream), rather than the layout printing them. */
  grid: boolean;
}

/**
 * Reads the notice with every reader that recognises its layout and keeps the reading
 * whose tasks look most like tasks (choose by evidence, not by the first reader that
 * claims the layout): a requirement sentence, units that are office names, a deadline
 * that is a deadline. Several readers may claim a text (a lone | line looks like a
 * marked cell to the one-cell-per-line reader and like a row end to the pipe reader);
 * only one of them cuts its rows where the rows are. Ties go to the reader more sure of
 * its layout, then to READERS' order. A reader of printed rows is kept unless a cell
 * stream's reading is clearly better: printed rows are stronger evidence than types. `prepare` runs on each table before the row model
 * (the importer's cut-row check); `context` gives the row model its context for a table.
 */
export function chooseReading(
  lines: SourceLine[],
  context: (table: RawTable) => RowModelContext,
  prepare: (table: RawTable, warnings: ImportWarning[]) => void = () => {},
): Reading | null {
  const readings: Reading[] = [];
  for (const reader of READERS) {
    // A printed reading whose every task reads as one cannot be beaten by the margin a cell
    // stream needs (below) but by reading more tasks, which a stream of the same cells does not:
    // the streams' costlier search is then skipped.
    if (STREAM_READERS.has(reader.name) && readings.some((r) => !r.grid && r.drafts.length >= 3 && r.quality >= r.drafts.length - 0.5)) break;
    const score = reader.recognise(lines);
    if (score <= 0) continue;
    const table = reader.read(lines);
    if (!table.rows.some((r) => r.kind === 'data')) continue;
    const prepared: ImportWarning[] = [];
    prepare(table, prepared);
    const ctx = context(table);
    const model = tableToDrafts(table, ctx);
    const hasUnits = (table.roles ?? []).some((r) => r === 'units' || r === 'lead') || (table.header ?? []).some((t) => /单位|部门|科室|处室|股室/.test(t));
    const quality = readingQuality(model.drafts, ctx, hasUnits) - model.warnings.length / 20;
    readings.push({ reader, score, table, drafts: model.drafts, prepared, quality, grid: STREAM_READERS.has(reader.name) });
  }
  const better = (a: Reading, b: Reading) => a.quality > b.quality + 1e-9 || (Math.abs(a.quality - b.quality) <= 1e-9 && a.score > b.score);
  const pick = (list: Reading[]) => list.reduce<Reading | null>((best, r) => (best === null || better(r, best) ? r : best), null);
  const printed = pick(readings.filter((r) => !r.grid));
  const streamed = pick(readings.filter((r) => r.grid));
  // A layout that prints its rows is read by its reader unless the grid reads clearly more tasks as tasks.
  const chosen = printed && streamed && streamed.quality <= printed.quality + Math.max(2, printed.drafts.length / 10) ? printed : (streamed ?? printed);
  // A table none of whose rows reads as a task (a site's navigation, a report's statistics) is no task table.
  return chosen && chosen.quality >= 1 ? chosen : null;
}

/** The readers whose rows the grid step finds (cell-stream.ts); they win only by a clear margin. */
const STREAM_READERS = new Set(['bar-cells', 'paragraph-cells', 'line-cells']);

/**
 * +1 for each task that reads as one (a requirement sentence, office names, a deadline),
 * −1 for each that does not, 0 for one without units in a table with a units column.
 */
export function readingQuality(drafts: readonly TaskDraft[], ctx: Pick<RowModelContext, 'isDeadline' | 'isKnownUnit'>, hasUnits = false): number {
  let q = 0;
  for (const d of drafts) {
    const text = lookAt(d.text, ctx.isDeadline, ctx.isKnownUnit);
    // A requirement is Chinese prose: a few ideographs at least.
    const textOk = (text.text.match(/[\u4e00-\u9fff]/g) ?? []).length >= 4 && !text.units && !text.deadline && text.seq === null;
    const units = [d.unitsRaw, d.leadRaw, d.coRaw].filter((u): u is string => u !== null && u !== undefined && u !== '');
    const unitsOk = units.every((u) => lookAt(u, ctx.isDeadline, ctx.isKnownUnit).units);
    const deadlineOk = d.deadlineRaw === null || lookAt(d.deadlineRaw, ctx.isDeadline, ctx.isKnownUnit).deadline;
    if (!(textOk && unitsOk && deadlineOk)) q -= 1;
    else if (hasUnits && units.length === 0) q += 0;
    else q += 1;
  }
  return q;
}
