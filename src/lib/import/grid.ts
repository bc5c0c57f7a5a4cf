import { absence, lookAt, misfit, type CellLook } from './cell-types.ts';
import type { ColumnRole, RawCell, RawRow, RawTable } from './model.ts';
import { headerRole } from './readers/shared.ts';
import { rolesFromHeader } from './rows.ts';
import { endsSentence } from './text.ts';

/**
 * The grid step: from a stream of cells whose row boundaries the layout does not print
 * (one cell per line, per paragraph, or between | marks), the table's header and rows.
 *
 * A cell cutter (readers/cell-stream.ts) only says where cells start and end. This step
 * finds the header (a run of column titles, fragments of a title broken over lines
 * rejoined), maps the titles to column roles, and then reads the rows as the most likely
 * path through the columns (a Viterbi search): each cell goes to a column whose role its
 * look fits (cell-types.ts), columns advance left to right within a row, a column may be
 * absent from a row (a merged cell, an optional column) at a cost that depends on its
 * role, a cell may continue the one before in the same column (a requirement over several
 * lines, units one per line), and a section heading (一、…) may stand as a row of its own.
 * Sequence numbers fit only the 序号 column, which opens a row; the layout's own marks
 * between rows (|| lines) make a new row cheap and a continuation impossible. The result is an ordinary RawTable, so every repair of the row model (rows.ts) applies.
 */

/** A cell of a stream, with how the layout separates it from the cell before. */
export interface StreamCell extends RawCell {
  /**
   * `line`: only a line break (a cell broken over lines looks the same); `cell`: a printed
   * cell boundary (a | mark, a blank line); `row`: a mark the layout prints between rows
   * (|| spacer lines); `end`: not a cell but where the table would end (a colophon, the
   * issuer's signature and date), which cutters mark wherever it stands, since the same
   * signature also closes the covering notice above the table.
   */
  gap: 'line' | 'cell' | 'row' | 'end';
}

/** The cost of opening a new row, on the scale of cell-types.ts's misfit. */
const NEW_ROW = 0.6;
/** Opening a row where the layout marks one. */
const NEW_ROW_AT_MARK = 0.05;
/** A heading row (一、…) standing alone. */
const HEADING_ROW = 0.2;

/** A run of column titles found in a stream: the titles, where they end, and the lines they span. */
export interface StreamHeader {
  titles: string[];
  /** Index in the stream of the first cell after the header. */
  next: number;
  lines: number[];
  /** Index in the stream of the header's first cell. */
  start: number;
}

/** Titles that also name a column alone but usually are half of a longer one (工作 + 任务). */
const WEAK_TITLE = /^(工作|任务|类别|项目|事项|领域)$/;

/**
 * The first run of three or more column titles in the stream, one of them naming the
 * requirement, the units or the deadline. A title broken over two or three cells (责任 /
 * 单位, 完成时 / 限, 工作 / 任务) is rejoined when the joined text is a title and no part
 * is a title of its own (工作 and 任务 alone are too weak to count).
 */
export function findStreamHeader(cells: readonly StreamCell[], from = 0): StreamHeader | null {
  const short = shortTexts(cells);
  for (let i = from; i < cells.length; i++) {
    const found = headerAt(cells, short, i);
    if (found) return found;
  }
  return null;
}

/** The header that starts exactly at cell `i`, or null. */
function headerAt(cells: readonly StreamCell[], short: readonly (string | null)[], i: number): StreamHeader | null {
  if (short[i] === null) return null;
  const titles: string[] = [];
  const lines: number[] = [];
  let j = i;
  while (j < cells.length) {
    const taken = takeTitle(short, j);
    if (!taken) break;
    titles.push(taken.title);
    for (let k = j; k < j + taken.length; k++) lines.push(...cells[k]!.lines);
    j += taken.length;
  }
  const roles = titles.map(headerRole);
  return titles.length >= 3 && roles.some((r) => r === 'text' || r === 'units' || r === 'lead' || r === 'deadline') ? { titles, next: j, lines, start: i } : null;
}

/** Each cell's text without white space or markup when it is short enough to be a title, else null. */
function shortTexts(cells: readonly StreamCell[]): (string | null)[] {
  return cells.map((c) => {
    if (c.text.length > 60) return null;
    const t = c.text.replace(/<[^>]*>/g, '').replace(/[\s*#]+/g, '');
    return t === '' || t.length > 12 ? null : t;
  });
}

/** The title that starts at cell `at` (joined over up to three short cells), or null. */
function takeTitle(short: readonly (string | null)[], at: number): { title: string; length: number } | null {
  // The shortest join that makes a title: 工作 + 任务, not 工作 + 任务 + 具体.
  for (let length = 2; length <= 3; length++) {
    if (at + length > short.length) continue;
    const parts = short.slice(at, at + length);
    if (parts.some((p) => p === null || !/^[\u4e00-\u9fff]{1,5}$/.test(p))) continue;
    const joined = parts.join('');
    const role = headerRole(joined);
    // A part that is a title of another column (责任单位 before 完成时限) is not half of this one; 完成 + 时限 is.
    if (role === null || parts.some((p) => headerRole(p!) !== null && headerRole(p!) !== role && !WEAK_TITLE.test(p!))) continue;
    return { title: joined, length };
  }
  const one = short[at];
  return one !== null && one !== undefined && headerRole(one) !== null ? { title: one, length: 1 } : null;
}

/** What the grid needs from outside: how a deadline and a unit are recognised. */
export interface GridContext {
  isDeadline: (text: string) => boolean;
  isKnownUnit: (name: string) => boolean;
}

/** Page furniture inside a table: a page number (— 3 —, -3-, 第3页, 3/12). */
const PAGE_NUMBER = /^(?:[—－\-–]+\s*\d{1,3}\s*[—－\-–]+|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/**
 * Reads the rows of a stream after its header. Returns null when the header names no
 * requirement column the cells can fill.
 */
export function assembleGrid(reader: string, cells: readonly StreamCell[], header: StreamHeader, ctx: GridContext): RawTable | null {
  const headerRoles = rolesFromHeader(header.titles);
  if (!headerRoles) return null;
  const folded = header.titles.map((t) => t.replace(/\s+/g, ''));
  const short = shortTexts(cells);
  // Page numbers and the header repeated after a page break are not cells of the table.
  const body: StreamCell[] = [];
  for (let i = header.next; i < cells.length; i++) {
    if (cells[i]!.gap === 'end') break;
    const t = short[i] ?? null;
    if (t === null) {
      body.push(cells[i]!);
      continue;
    }
    if (PAGE_NUMBER.test(t)) continue;
    const again = headerAt(cells, short, i);
    if (again && again.titles.length >= Math.min(3, folded.length) && again.titles.every((x) => folded.includes(x))) {
      i = again.next - 1;
      continue;
    }
    body.push(cells[i]!);
  }
  if (body.length === 0) return null;
  const looks = body.map((c) => lookAt(c.text, ctx.isDeadline, ctx.isKnownUnit));

  // Rows that carry a 序号 the header lacks: a numbered run of bare numbers (1, 2, 3 …).
  let roles = headerRoles;
  if (!roles.includes('seq')) {
    const numbers = looks.map((l) => l.seq).filter((n): n is number => n !== null);
    const rising = numbers.filter((n, k) => k > 0 && n === numbers[k - 1]! + 1).length;
    if (numbers.length >= 2 && rising >= numbers.length / 2) roles = ['seq', ...roles];
  }
  const path = bestPath(body, looks, roles);
  if (!path) return null;

  const rows: RawRow[] = [];
  let current: { cells: RawCell[]; lines: number[] } | null = null;
  const flush = () => {
    if (current) rows.push({ kind: 'data', cells: current.cells, lines: current.lines });
    current = null;
  };
  path.forEach((step, i) => {
    const cell = body[i]!;
    if (step.kind === 'heading') {
      flush();
      rows.push({ kind: 'heading', cells: [{ text: cell.text, lines: [...cell.lines] }], lines: [...cell.lines] });
      return;
    }
    if (step.kind === 'row' || !current) {
      flush();
      current = { cells: roles.map(() => ({ text: '', lines: [] })), lines: [] };
    }
    const target = current.cells[step.column]!;
    target.text = target.text === '' ? cell.text : `${target.text}\n${cell.text}`;
    target.lines.push(...cell.lines);
    current.lines.push(...cell.lines);
  });
  flush();
  for (const row of rows) for (const c of row.cells) if (c.lines.length === 0) c.lines.push(row.lines.at(-1)!);
  const all = [...header.lines, ...rows.flatMap((r) => r.lines)];
  return {
    reader,
    header: roles.length > headerRoles.length ? ['序号', ...header.titles] : header.titles,
    rows: [{ kind: 'header', cells: header.titles.map((t) => ({ text: t, lines: [header.lines[0]!] })), lines: header.lines }, ...rows],
    firstLine: Math.min(...all),
    lastLine: Math.max(...all),
    roles,
  };
}

/** One step of the path: the cell opens a row, continues the row, or is a heading row. */
interface Step {
  kind: 'row' | 'next' | 'cont' | 'heading';
  column: number;
}

/**
 * The cheapest reading of the cells as rows (Viterbi over states column × "the row has its
 * requirement yet", plus a heading-row state). A row may only end once it has a requirement.
 */
function bestPath(cells: readonly StreamCell[], looks: readonly CellLook[], roles: readonly ColumnRole[]): Step[] | null {
  const C = roles.length;
  const H = 2 * C; // the heading-row state
  const S = H + 1;
  const textCol = (c: number) => roles[c] === 'text';
  const emit = (c: number, i: number) => (looks[i]!.text === '' ? absence(roles[c]!) : misfit(roles[c]!, looks[i]!));
  const skip = (from: number, to: number) => {
    let sum = 0;
    for (let k = from; k < to; k++) sum += absence(roles[k]!);
    return sum;
  };
  const trailing = new Float64Array(C);
  for (let c = 0; c < C; c++) trailing[c] = skip(c + 1, C);
  const leading = new Float64Array(C);
  for (let c = 0; c < C; c++) leading[c] = skip(0, c);

  let cost = new Float64Array(S).fill(Infinity);
  const back: Int16Array[] = [];
  const kinds: Uint8Array[] = []; // 0 row, 1 next, 2 cont, 3 heading
  // The first cell opens a row (or is a heading row).
  {
    const b = new Int16Array(S).fill(-1);
    const k = new Uint8Array(S);
    for (let c = 0; c < C; c++) {
      const s = c * 2 + (textCol(c) ? 1 : 0);
      const v = leading[c]! + emit(c, 0);
      if (v < cost[s]!) cost[s] = v;
      k[s] = 0;
    }
    if (looks[0]!.heading !== null) cost[H] = Math.min(cost[H]!, HEADING_ROW);
    k[H] = 3;
    back.push(b);
    kinds.push(k);
  }
  for (let i = 1; i < cells.length; i++) {
    const next = new Float64Array(S).fill(Infinity);
    const b = new Int16Array(S).fill(-1);
    const k = new Uint8Array(S);
    const look = looks[i]!;
    const gap = cells[i]!.gap;
    const openRow = gap === 'row' ? NEW_ROW_AT_MARK : NEW_ROW;
    const offer = (s: number, v: number, from: number, kind: number) => {
      if (v < next[s]!) {
        next[s] = v;
        b[s] = from;
        k[s] = kind;
      }
    };
    for (let from = 0; from < S; from++) {
      const base = cost[from]!;
      if (base === Infinity) continue;
      const rowDone = from === H || from % 2 === 1;
      const c0 = from === H ? -1 : from >> 1;
      const end = from === H ? 0 : trailing[c0]!;
      // A heading row.
      if (rowDone && look.heading !== null) offer(H, base + end + HEADING_ROW + (gap === 'row' ? 0 : 0.1), from, 3);
      for (let c = 0; c < C; c++) {
        const e = emit(c, i);
        if (e === Infinity) continue;
        const hasText = from !== H && from % 2 === 1;
        // A new row.
        if (rowDone) offer(c * 2 + (textCol(c) ? 1 : 0), base + end + openRow + leading[c]! + e, from, 0);
        if (from === H) continue;
        if (c > c0) {
          // The next column of the same row.
          const v = base + skip(c0 + 1, c) + e + (gap === 'row' ? 1.5 : 0);
          offer(c * 2 + (hasText || textCol(c) ? 1 : 0), v, from, 1);
        } else if (c === c0 && look.text !== '' && looks[i - 1]!.text !== '') {
          // The same cell, continued.
          const v = base + continuation(roles[c]!, looks[i - 1]!, look, gap);
          offer(from, v, from, 2);
        }
      }
    }
    cost = next;
    back.push(b);
    kinds.push(k);
  }
  // The last row must have its requirement (or be a heading row).
  let best = -1;
  let bestCost = Infinity;
  for (let s = 0; s < S; s++) {
    const done = s === H || s % 2 === 1;
    if (!done) continue;
    const v = cost[s]! + (s === H ? 0 : trailing[s >> 1]!);
    if (v < bestCost) {
      bestCost = v;
      best = s;
    }
  }
  if (best < 0 || bestCost === Infinity) return null;
  const steps: Step[] = new Array(cells.length);
  let s = best;
  for (let i = cells.length - 1; i >= 0; i--) {
    const kind = kinds[i]![s]!;
    steps[i] = { kind: kind === 3 ? 'heading' : kind === 2 ? 'cont' : kind === 1 ? 'next' : 'row', column: s === H ? -1 : s >> 1 };
    if (i > 0) s = back[i]![s]!;
  }
  return steps;
}

/** The cost of reading `cur` as the continuation of `prev` in the same column of the given role. */
function continuation(role: ColumnRole, prev: CellLook, cur: CellLook, gap: StreamCell['gap']): number {
  if (gap === 'row' || gap === 'end') return Infinity;
  const base = gap === 'cell' ? 1.2 : 0;
  switch (role) {
    case 'seq':
      return Infinity;
    case 'text': {
      if (cur.seq !== null) return Infinity;
      let v = endsSentence(prev.text) ? 2.5 : 0.2;
      if (cur.units) v += 3;
      if (cur.deadline) v += 3.5;
      if (cur.heading !== null) v += 3;
      return base + v;
    }
    case 'heading':
    case 'section':
    case 'subsection':
      // A heading broken over lines (政策 / 解读): short pieces without punctuation.
      return base + (!cur.sentence && !/[，。；、,;]/.test(cur.text + prev.text) && prev.text.length + cur.text.length <= 30 ? 0.4 : 4);
    case 'units':
    case 'lead':
    case 'co':
      if (!cur.units) return base + 4;
      return base + (/[、，,；;]$/.test(prev.text) ? 0.1 : 0.8);
    case 'deadline':
      return base + (/\d{4}\s*年$/.test(prev.text) && /^\d{1,2}\s*月/.test(cur.text) ? 0.2 : 6);
    case 'person':
    case 'status':
    case 'ignore':
      return base + 2;
  }
}
