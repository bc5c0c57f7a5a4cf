/**
 * The shared row model. Every layout reader turns the lines of a notice into
 * RawTables; every repair (merged cells, continuations, repeated headers, split
 * cells, numbered items) then works on these shapes, once, whatever the layout.
 */

/** One numbered line of the decoded source text. */
export interface SourceLine {
  /** 1-based line number in the decoded text. */
  n: number;
  text: string;
}

/** A cell as a reader found it: its printed text (HTML kept) and the lines it came from. */
export interface RawCell {
  text: string;
  lines: number[];
}

/** A row as a reader found it. Heading rows carry one heading, header rows the column titles. */
export interface RawRow {
  kind: 'data' | 'header' | 'heading';
  cells: RawCell[];
  lines: number[];
}

/** What a reader recognised: a table in one layout, with its rows in printed order. */
export interface RawTable {
  /** The reader's name, kept for warnings and tests. */
  reader: string;
  /** The header cells of the first header row, or null when the table has none. */
  header: string[] | null;
  rows: RawRow[];
  /** Line numbers the table spans (first and last), so the importer knows the body around it. */
  firstLine: number;
  lastLine: number;
  /** Column roles a reader knows from its layout (inline labels); otherwise derived from the header. */
  roles?: ColumnRole[];
  /**
   * False when an empty cell means "none" rather than "the merged cell above" (inline labels:
   * a task without a 责任单位 label has none). Defaults to true.
   */
  mergedCells?: boolean;
}

/**
 * What a column of a task table holds. `person` (责任人), `status` (落实情况) and `ignore`
 * (备注) are not imported; they are told apart because their cells look different, which
 * the grid step reads to place cells.
 */
export type ColumnRole = 'seq' | 'section' | 'subsection' | 'heading' | 'text' | 'units' | 'lead' | 'co' | 'deadline' | 'person' | 'status' | 'ignore';

/** A layout reader: says whether it recognises the notice's table and reads its rows. */
export interface TableReader {
  name: string;
  /**
   * How confident the reader is that the lines hold a table in its layout (0 = not at all).
   * The importer takes the reader with the highest score.
   */
  recognise(lines: SourceLine[]): number;
  read(lines: SourceLine[]): RawTable;
}

/** A task before derivation: printed facts after every repair, with the lines they came from. */
export interface TaskDraft {
  seq: number | null;
  section: string | null;
  subsection: string | null;
  text: string;
  unitsRaw: string | null;
  deadlineRaw: string | null;
  /** Units split out of the units cell, with role; lead/co when the notice distinguishes them. */
  lines: number[];
  /** Lead and co-responsible cells when the notice prints them apart. */
  leadRaw?: string | null;
  coRaw?: string | null;
}
