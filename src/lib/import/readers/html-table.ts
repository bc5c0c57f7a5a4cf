import type { RawCell, RawRow, TableReader } from '../model.ts';
import { isHeaderRow, isHeadingLine } from './shared.ts';

/**
 * HTML tables as government sites serve them (<table><tr><td rowspan=…>). Spanned
 * positions become empty cells so that the row model's merged-cell repair fills them
 * from the cell above, exactly as the span means.
 */
export const htmlTable: TableReader = {
  name: 'html-table',
  recognise(lines) {
    const text = lines.map((l) => l.text).join('\n');
    const rows = (text.match(/<tr[\s>]/gi) ?? []).length;
    return /<table[\s>]/i.test(text) && rows >= 2 ? 0.9 : 0;
  },
  read(lines) {
    const text = lines.map((l) => l.text).join('\n');
    const lineStarts: number[] = [];
    let offset = 0;
    for (const l of lines) {
      lineStarts.push(offset);
      offset += l.text.length + 1;
    }
    const lineAt = (pos: number): number => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lines[lo]!.n;
    };
    // A portal page holds several tables (its metadata block, its navigation): the task table is
    // the one whose header names task columns, else the one with most rows.
    const tables = [...text.matchAll(/<table\b[\s\S]*?(?:<\/table>|$)/gi)].map((m) => readTable(m[0], m.index, lineAt));
    const best = tables.reduce<ReturnType<typeof readTable> | null>((a, b) => (a === null || Number(b.header !== null) > Number(a.header !== null) || (Number(b.header !== null) === Number(a.header !== null) && b.rows.length > a.rows.length) ? b : a), null);
    const rows = best?.rows ?? [];
    const all = rows.flatMap((r) => r.lines);
    return { reader: 'html-table', header: best?.header ?? null, rows, firstLine: all.length ? Math.min(...all) : 0, lastLine: all.length ? Math.max(...all) : 0 };
  },
};

/** The rows of one <table>…</table> (offset: where it starts in the whole text). */
function readTable(text: string, offset: number, lineAt: (pos: number) => number): { header: string[] | null; rows: RawRow[] } {
  const rows: RawRow[] = [];
  // Positions still covered by a rowspan from an earlier row: column → remaining rows.
  const carry = new Map<number, number>();
  const trRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table>|$)/gi;
  let header: string[] | null = null;
  for (const tr of text.matchAll(trRe)) {
    const trLine = lineAt(offset + tr.index);
    const cells: RawCell[] = [];
    let col = 0;
    const skipCarried = () => {
      while ((carry.get(col) ?? 0) > 0) {
        carry.set(col, carry.get(col)! - 1);
        cells.push({ text: '', lines: [trLine] });
        col++;
      }
    };
    const tdRe = /<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/gi;
    for (const td of tr[1]!.matchAll(tdRe)) {
      skipCarried();
      const attrs = td[2] ?? '';
      const rowspan = Number(/rowspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1);
      const colspan = Number(/colspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1);
      const body = (td[3] ?? '').replace(/<\/t[dh]>\s*$/i, '');
      const line = lineAt(offset + tr.index + (td.index ?? 0));
      for (let c = 0; c < colspan; c++) {
        cells.push({ text: c === 0 ? body : '', lines: [line] });
        if (rowspan > 1) carry.set(col, rowspan - 1);
        col++;
      }
    }
    skipCarried();
    if (cells.length === 0) continue;
    const texts = cells.map((c) => c.text);
    const filled = texts.filter((t) => t.replace(/<[^>]*>|&nbsp;/g, '').trim() !== '');
    const kind = isHeaderRow(texts) ? 'header' : filled.length === 1 && isHeadingLine(filled[0]!) ? 'heading' : 'data';
    if (kind === 'header' && header === null) header = texts;
    rows.push({ kind, cells: kind === 'heading' ? [{ text: filled[0]!, lines: [trLine] }] : cells, lines: [trLine] });
  }
  return { header, rows };
}
