/** The data table behind every chart's "显示数据" disclosure: the same figures, as text. */

/** A plain table: one header cell per row, then one text cell per column. */
export interface DataTable {
  /** The table's caption. */
  caption: string;
  /** Column headings; the first heads the row-header column. */
  columns: string[];
  rows: { header: string; cells: string[] }[];
  /** A sentence under the table (how shares are computed, what is left out), or null. */
  note: string | null;
}
