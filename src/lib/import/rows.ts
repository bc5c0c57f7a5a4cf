import { bodyOutline, compact, findBlock, missingSentenceEnd } from './body-outline.ts';
import { absence, lookAt, misfit, seqOf, type CellLook } from './cell-types.ts';
import type { ImportWarning } from './errors.ts';
import type { ColumnRole, RawCell, RawRow, RawTable, SourceLine, TaskDraft } from './model.ts';
import { headerRole, headingLevel, headingText } from './readers/shared.ts';
import { cleanInline, cleanText, endsSentence, foldForMatch } from './text.ts';

/** What the row model needs to know from outside: the notice's year and the registry's unit rules. */
export interface RowModelContext {
  /** Splits a units cell into names (the normaliser's splitUnits). */
  splitUnits: (raw: string) => { name: string }[];
  /** True when a unit name maps onto a codebook department. */
  isKnownUnit: (name: string) => boolean;
  /** True when a deadline cell is one the deadline normaliser understands. */
  isDeadline: (raw: string) => boolean;
  /** The notice's lines outside the table, for the body outline. */
  bodyLines: SourceLine[];
}

/** One data row after alignment: its cells by role, with the lines they came from. */
interface AlignedRow {
  row: RawRow;
  seq: number | null;
  headings: { text: string; column: number; level: 1 | 2 | null }[];
  /** True when a heading cell repeated the requirement and was dropped (the columns shifted right). */
  displaced: boolean;
  text: RawCell;
  units: string;
  lead: string;
  co: string;
  deadline: string;
}

/** A task with the row it came from, before units and deadlines are settled. */
interface RowTask extends TaskDraft {
  rowIndex: number;
  /** Units of this task alone when a cell lists one unit block per numbered item. */
  ownUnits: string | null;
}

/**
 * Turns a table into task drafts. Every repair of the shared row model happens here, in
 * this order: roles → alignment → repeated headers and duplicated columns → headings →
 * numbered items → page-break continuations → cells split across rows → garbage cells →
 * merged (empty) cells → headings and truncated text from the body.
 */
export function tableToDrafts(table: RawTable, ctx: RowModelContext): { drafts: TaskDraft[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ line, message });
  const roles = widenHeadings(withUnprintedSeq(table.roles ?? rolesFromHeader(table.header) ?? inferRoles(table.rows), table.rows), table.rows);
  const look = (text: string) => lookAt(text, ctx.isDeadline, ctx.isKnownUnit);
  const headingColumns = roles.filter((r) => r === 'heading' || r === 'section' || r === 'subsection').length;
  const hasLevel1Rows = table.rows.some((r) => r.kind === 'heading' && headingLevel(r.cells[0]?.text ?? '') === 1);

  // Section and subsection as the table states them, tracked row by row.
  let section: string | null = null;
  let subsection: string | null = null;
  const known = { section: new Set<string>(), subsection: new Set<string>() };
  const setHeading = (level: 1 | 2, text: string) => {
    if (level === 1) {
      if (text !== section) subsection = null;
      section = text;
      known.section.add(text);
    } else {
      subsection = text;
      known.subsection.add(text);
    }
  };

  const aligned: AlignedRow[] = [];
  const tasks: RowTask[] = [];
  const rowUnits: string[] = [];
  const rowDeadline: string[] = [];

  for (const row of table.rows) {
    if (row.kind === 'header') continue; // repeated header rows (after a page break) carry no task
    if (row.kind === 'heading') {
      const text = headingText(row.cells[0]?.text ?? '');
      if (text !== '') setHeading(headingLevel(text) ?? (hasLevel1Rows ? 2 : 1), text);
      continue;
    }
    const a = align(row, roles, look);
    if (a === null) continue;
    const line = row.lines[0]!;
    if (a.overflow) warn(line, `the row has ${row.cells.length} cells where the header has ${roles.length}; the extra cells were read as headings`);

    // A requirement repeated in a heading column: keep it once, and read the heading beside it one level down.
    const textFold = foldForMatch(cleanInline(a.row.text.text));
    let displaced = false;
    const headings = a.row.headings.filter((h) => {
      if (textFold !== '' && foldForMatch(h.text) === textFold) {
        displaced = true;
        return false;
      }
      return true;
    });

    const textEmpty = cleanText(a.row.text.text) === '';
    const otherEmpty = a.row.units === '' && a.row.lead === '' && a.row.co === '' && a.row.deadline === '';
    const headingTexts = headings.filter((h) => h.text !== '');

    // A row that only states headings (a merged heading row in a table without heading rows).
    if (textEmpty) {
      for (const h of headingTexts) setHeading(h.level ?? (h.column === 0 && headingColumns > 1 ? 1 : 2), h.text);
      if (!otherEmpty) warn(line, 'a row with units or a deadline but no requirement text; its cells were not used');
      continue;
    }

    // Headings this row states.
    if (displaced && headingTexts.length === 1) {
      const h = headingTexts[0]!;
      const level = h.level ?? resemblanceLevel(h.text, known);
      setHeading(level, h.text);
      warn(line, `the requirement is repeated in the next column; "${h.text}" read as a ${level === 1 ? 'section' : 'subsection'} heading`);
    } else if (headingColumns > 1) {
      const [first, ...rest] = headings;
      if (first && first.text !== '') setHeading(first.level ?? 1, first.text);
      const sub = rest.map((h) => h.text).filter((t) => t !== '').join('');
      if (sub !== '') setHeading(headingLevel(sub) === 1 ? 1 : 2, sub);
    } else if (headingTexts.length > 0) {
      const h = headingTexts[0]!;
      setHeading(h.level ?? (hasLevel1Rows ? 2 : 1), h.text);
    }

    // Numbered items inside the requirement cell are tasks of their own.
    const items = splitItems(a.row.text.text);
    const continuation =
      headingTexts.length === 0 && a.row.seq === null && otherEmpty && items.length === 1 && items[0]!.seq === null && tasks.length > 0 && !endsSentence(tasks[tasks.length - 1]!.text);
    if (continuation) {
      const prev = tasks[tasks.length - 1]!;
      prev.text += items[0]!.text;
      prev.lines.push(...row.lines);
      warn(line, `text without number, units or deadline continues the task above (line ${prev.lines[0]}) across a page break`);
      continue;
    }

    // A row an extraction broke over two lines: the first stops mid-sentence with no units or
    // deadline, the second has no number or heading and carries them (…管理，/ 每季度检查。| 县政府办公室 | 全年).
    const last = aligned.length - 1;
    const prevTask = tasks.at(-1);
    const completes =
      headingTexts.length === 0 &&
      a.row.seq === null &&
      !otherEmpty &&
      items.length === 1 &&
      items[0]!.seq === null &&
      prevTask !== undefined &&
      prevTask.rowIndex === last &&
      tasks.filter((t) => t.rowIndex === last).length === 1 &&
      // Stopped at a comma; or, in a numbered table, mid-sentence in a numbered row, the next row unnumbered.
      (/[，、：,]$/.test(prevTask.text) || (aligned[last]!.seq !== null && !endsSentence(prevTask.text))) &&
      rowUnits[last] === '' &&
      rowDeadline[last] === '' &&
      aligned[last]!.lead === '' &&
      aligned[last]!.co === '';
    if (completes) {
      prevTask.text += items[0]!.text;
      prevTask.lines.push(...row.lines);
      rowUnits[last] = a.row.units;
      rowDeadline[last] = a.row.deadline;
      prevTask.leadRaw = a.row.lead === '' ? null : cleanInline(a.row.lead);
      prevTask.coRaw = a.row.co === '' ? null : cleanInline(a.row.co);
      warn(line, `the row continues the requirement of line ${prevTask.lines[0]}, which stops mid-sentence with no units or deadline: both lines read as one row`);
      continue;
    }

    const rowIndex = aligned.length;
    aligned.push({ ...a.row, headings, displaced });
    rowUnits.push(a.row.units);
    rowDeadline.push(a.row.deadline);
    const perItemUnits = unitBlocksPerItem(a.row.units, items.length);
    items.forEach((item, k) => {
      tasks.push({
        rowIndex,
        seq: item.seq ?? (items.length === 1 ? a.row.seq : null),
        section,
        subsection,
        text: item.text,
        unitsRaw: null,
        deadlineRaw: null,
        leadRaw: a.row.lead === '' ? null : cleanInline(a.row.lead),
        coRaw: a.row.co === '' ? null : cleanInline(a.row.co),
        lines: [...row.lines],
        ownUnits: perItemUnits ? perItemUnits[k]! : null,
      });
    });
  }

  // Columns the schema has no field for (责任人, 落实情况, 备注): their text is named, not silently lost.
  const NOT_IMPORTED: Partial<Record<ColumnRole, string>> = { person: 'person (责任人)', status: 'progress (落实情况)', ignore: 'remarks (备注)' };
  for (const [role, what] of Object.entries(NOT_IMPORTED)) {
    const k = roles.indexOf(role as ColumnRole);
    if (k < 0) continue;
    const filled = table.rows.filter((r) => r.kind === 'data' && r.cells.length === roles.length && cleanInline(r.cells[k]!.text) !== '');
    if (filled.length > 0) warn(filled[0]!.lines[0]!, `${filled.length} cell(s) of the ${what} column not imported (no field for them); the first is "${cleanInline(filled[0]!.cells[k]!.text).slice(0, 30)}"`);
  }

  // Headings and truncated sentences from the body, when the body writes the table out.
  repairFromBody(tasks, ctx.bodyLines, warn);

  // Cells an extraction split across two rows: join them, both rows are covered by the merged cell.
  const units = rowUnits.map((u) => cleanText(u));
  // A deadline printed twice in one cell (two merged cells' texts landed in one row) is read once.
  const deadlines = rowDeadline.map((d) => {
    const t = cleanInline(d);
    const half = t.length / 2;
    return Number.isInteger(half) && half > 0 && t.slice(0, half) === t.slice(half) ? t.slice(0, half) : t;
  });
  for (let i = 0; i + 1 < aligned.length; i++) {
    const a = units[i]!;
    const b = units[i + 1]!;
    if (a !== '' && b !== '') {
      const last = ctx.splitUnits(a).at(-1)?.name ?? '';
      const first = ctx.splitUnits(b)[0]?.name ?? '';
      if (last !== '' && first !== '' && !ctx.isKnownUnit(last) && !ctx.isKnownUnit(first) && ctx.isKnownUnit(last + first)) {
        const joined = a + b;
        units[i] = joined;
        units[i + 1] = joined;
        warn(aligned[i]!.row.lines[0]!, `the units cell continues on line ${aligned[i + 1]!.row.lines[0]} ("${last}" + "${first}"); read as one cell for both rows`);
      }
    }
    const da = deadlines[i]!;
    const db = deadlines[i + 1]!;
    if (/^\d{4}年$/.test(da) && /^\d{1,2}月/.test(db)) {
      const joined = da + db;
      deadlines[i] = joined;
      deadlines[i + 1] = joined;
      warn(aligned[i]!.row.lines[0]!, `the deadline cell continues on line ${aligned[i + 1]!.row.lines[0]} ("${da}" + "${db}"); read as "${joined}" for both rows`);
    }
  }

  // Cells that are extraction noise, not text: treated as empty, so the merged-cell repair fills them.
  units.forEach((u, i) => {
    if (u !== '' && isGarbageUnits(u, ctx)) {
      warn(aligned[i]!.row.lines[0]!, `the units cell "${u}" is unreadable extraction noise; treated as empty`);
      units[i] = '';
    }
  });
  deadlines.forEach((d, i) => {
    if (d !== '' && !ctx.isDeadline(d) && isGarbageDeadline(d)) {
      warn(aligned[i]!.row.lines[0]!, `the deadline cell "${d}" is unreadable extraction noise; treated as empty`);
      deadlines[i] = '';
    }
  });

  // Merged cells: an empty cell takes the text of its merged block.
  const group = (i: number) => {
    const t = tasks.find((x) => x.rowIndex === i)!;
    return `${t.section ?? ''}|${t.subsection ?? ''}`;
  };
  const fill = (values: string[], what: string, onlyIfColumn: boolean) => {
    if (onlyIfColumn && values.every((v) => v === '')) return values;
    const out = [...values];
    for (let i = 0; i < values.length; i++) {
      if (values[i] !== '') continue;
      const g = group(i);
      const line = aligned[i]!.row.lines[0]!;
      let from = -1;
      for (let j = i - 1; j >= 0 && group(j) === g; j--) if (values[j] !== '') { from = j; break; }
      if (from >= 0) { out[i] = values[from]!; continue; }
      for (let j = i + 1; j < values.length && group(j) === g; j++) if (values[j] !== '') { from = j; break; }
      if (from >= 0) {
        out[i] = values[from]!;
        warn(line, `empty ${what} cell at the top of its group: took "${values[from]}" from line ${aligned[from]!.row.lines[0]} below (a merged cell's text sits mid-block)`);
        continue;
      }
      for (let j = i - 1; j >= 0; j--) if (values[j] !== '') { from = j; break; }
      if (from >= 0) {
        out[i] = values[from]!;
        warn(line, `empty ${what} cell and none in its group: took "${values[from]}" from line ${aligned[from]!.row.lines[0]} above`);
        continue;
      }
      warn(line, `empty ${what} cell with nothing above or below to take it from`);
    }
    return out;
  };
  const merged = table.mergedCells !== false;
  // The column that carries a task's units: 责任单位, or 牵头单位 where the table has no other (牵头单位 + 配合单位).
  const leadOnly = !roles.includes('units') && roles.includes('lead');
  const filledUnits = merged && roles.includes('units') ? fill(units, 'units', false) : units;
  const filledLeads = merged && leadOnly ? fill(aligned.map((a) => cleanInline(a.lead)), 'lead units', false) : null;
  const filledDeadlines = merged && roles.includes('deadline') ? fill(deadlines, 'deadline', true) : deadlines;

  for (const t of tasks) {
    const u = t.ownUnits ?? filledUnits[t.rowIndex]!;
    t.unitsRaw = u === '' ? null : u;
    if (filledLeads && t.leadRaw === null && filledLeads[t.rowIndex] !== '') t.leadRaw = filledLeads[t.rowIndex]!;
    const d = filledDeadlines[t.rowIndex]!;
    t.deadlineRaw = d === '' ? null : d;
  }
  return { drafts: tasks.map(({ rowIndex: _r, ownUnits: _o, ...draft }) => draft), warnings };
}

/** Column roles from the header's titles; an untitled column after a heading column is part of the heading (a merged title). */
export function rolesFromHeader(header: string[] | null): ColumnRole[] | null {
  if (!header) return null;
  const cells = [...header];
  while (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
  const roles: ColumnRole[] = [];
  const textAt = cells.findIndex((c) => headerRole(c) === 'text');
  cells.forEach((c, i) => {
    const role = headerRole(c);
    if (role) roles.push(role);
    else if (c.trim() === '' && i > 0 && roles[i - 1] === 'heading') roles.push('heading');
    else roles.push(textAt < 0 || i < textAt ? 'heading' : 'ignore');
  });
  if (!roles.includes('text')) {
    // A header that names headings and units but no text column: the column before the units holds the text.
    const u = roles.findIndex((r) => r === 'units' || r === 'lead');
    if (u > 0) roles[u - 1] = 'text';
    else return null;
  }
  return roles;
}

/**
 * When most data rows have more cells than the header names (a header title spanning two
 * columns, 任务名称 over section and subsection), the heading zone is widened for the whole table.
 */
function widenHeadings(roles: ColumnRole[], rows: RawRow[]): ColumnRole[] {
  const widths = rows
    .filter((r) => r.kind === 'data')
    .map((r) => {
      let w = r.cells.length;
      while (w > 0 && r.cells[w - 1]!.text.trim() === '') w--;
      return w;
    });
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? roles.length;
  const extra = usual - roles.length;
  const lastHeading = roles.map((r) => r === 'heading' || r === 'section' || r === 'subsection').lastIndexOf(true);
  if (extra <= 0 || lastHeading < 0) return roles;
  const out = [...roles];
  out.splice(lastHeading + 1, 0, ...Array.from({ length: extra }, (): ColumnRole => 'heading'));
  return out;
}

/** Roles for a table without a header: text, then units, then an optional deadline column, headings before them. */
function inferRoles(rows: RawRow[]): ColumnRole[] {
  const width = Math.max(...rows.filter((r) => r.kind === 'data').map((r) => r.cells.length), 1);
  if (width === 1) return ['text'];
  if (width === 2) return ['text', 'units'];
  const roles: ColumnRole[] = Array.from({ length: width }, () => 'heading');
  roles[width - 1] = 'deadline';
  roles[width - 2] = 'units';
  roles[width - 3] = 'text';
  const firstIsSeq = rows.filter((r) => r.kind === 'data').every((r) => /^\s*\d*\s*$/.test(r.cells[0]?.text ?? ''));
  if (firstIsSeq && width > 3) roles[0] = 'seq';
  return roles;
}

/**
 * Places a row's cells under the table's roles. A row with every cell is read by position;
 * extra cells join the headings; a row with fewer cells than the header (merged cells
 * left out, as a group's rows after the first print no 工作任务) has each cell placed in the
 * column its look fits, in order (placeByType), the columns it lacks left empty for the
 * merged-cell repair to fill from its group.
 */
function align(row: RawRow, roles: ColumnRole[], look: (text: string) => CellLook): { row: Omit<AlignedRow, 'displaced'>; overflow: boolean } | null {
  let cells = [...row.cells];
  if (cells.length < roles.length && (cells.length > 1 || look(cells[0]?.text ?? '').sentence)) cells = placeByType(cells, roles, look, row.lines.slice(-1));
  while (cells.length > roles.length && cells[cells.length - 1]!.text.trim() === '') cells.pop();
  let rowRoles = [...roles];
  let overflow = false;
  if (cells.length > roles.length) {
    const extra = cells.length - roles.length;
    const lastHeading = rowRoles.map((r) => r === 'heading' || r === 'section' || r === 'subsection').lastIndexOf(true);
    if (lastHeading >= 0) rowRoles.splice(lastHeading + 1, 0, ...Array.from({ length: extra }, (): ColumnRole => 'heading'));
    else {
      // No heading column to widen: the overflow is text the extraction split off; keep it with the text.
      const t = rowRoles.indexOf('text');
      const merged = cells.splice(t, extra + 1);
      cells.splice(t, 0, { text: merged.map((c) => c.text).join(''), lines: merged.flatMap((c) => c.lines) });
    }
    overflow = true;
  }
  while (cells.length < rowRoles.length) cells.push({ text: '', lines: row.lines.slice(-1) });
  const pick = (role: ColumnRole) => cells.filter((_, i) => rowRoles[i] === role).map((c) => c.text).filter((t) => t.trim() !== '').join('\n');
  const textCells = cells.filter((_, i) => rowRoles[i] === 'text');
  const text: RawCell = { text: textCells.map((c) => c.text).join('\n'), lines: textCells.flatMap((c) => c.lines) };
  const seqText = cleanInline(pick('seq'));
  const headings = cells
    .map((c, i) => ({ c, i }))
    .filter(({ i }) => rowRoles[i] === 'heading' || rowRoles[i] === 'section' || rowRoles[i] === 'subsection')
    .map(({ c }, k) => {
      const t = headingText(c.text);
      return { text: t, column: k, level: t === '' ? null : headingLevel(t) };
    });
  return {
    row: {
      row,
      seq: /^\d{1,4}$/.test(seqText) ? Number(seqText) : null,
      headings,
      text,
      units: pick('units'),
      lead: pick('lead'),
      co: pick('co'),
      deadline: pick('deadline'),
    },
    overflow,
  };
}

/**
 * The columns of a short row: each cell, in order, goes to the column its look fits best
 * (a monotone assignment minimising misfit plus the cost of the columns left without a
 * cell; cell-types.ts). An empty cell printed in the row still stands for one column.
 */
export function placeByType(cells: RawCell[], roles: readonly ColumnRole[], look: (text: string) => CellLook, lines: number[]): RawCell[] {
  const m = cells.length;
  const C = roles.length;
  const looks = cells.map((c) => look(c.text));
  const fit = (k: number, j: number) => (looks[k]!.text === '' ? absence(roles[j]!) : misfit(roles[j]!, looks[k]!));
  // cost[k][j]: the first k cells placed within the first j columns.
  const cost: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(C + 1).fill(Infinity));
  const took: boolean[][] = Array.from({ length: m + 1 }, () => new Array<boolean>(C + 1).fill(false));
  cost[0]![0] = 0;
  for (let j = 1; j <= C; j++) cost[0]![j] = cost[0]![j - 1]! + absence(roles[j - 1]!);
  for (let k = 1; k <= m; k++) {
    for (let j = k; j <= C; j++) {
      const skip = cost[k]![j - 1]! + absence(roles[j - 1]!);
      const take = cost[k - 1]![j - 1]! + fit(k - 1, j - 1);
      if (take <= skip) {
        cost[k]![j] = take;
        took[k]![j] = true;
      } else cost[k]![j] = skip;
    }
  }
  const out: RawCell[] = roles.map(() => ({ text: '', lines: [...lines] }));
  let k = m;
  for (let j = C; j > 0 && k > 0; j--) {
    if (took[k]![j]) {
      out[j - 1] = cells[k - 1]!;
      k--;
    }
  }
  return out;
}

/**
 * A header that does not name the 序号 its rows print (the first cell of most rows a bare
 * number): the rows' first column is read as the sequence number.
 */
function withUnprintedSeq(roles: ColumnRole[], rows: RawRow[]): ColumnRole[] {
  if (roles.includes('seq')) return roles;
  const data = rows.filter((r) => r.kind === 'data');
  const numbered = data.filter((r) => r.cells.length > 1 && seqOf(r.cells[0]!.text) !== null).length;
  return data.length >= 2 && numbered >= data.length * 0.6 ? ['seq', ...roles] : roles;
}

/** The level whose known headings a displaced heading resembles most (shared opening and closing words). */
function resemblanceLevel(text: string, known: { section: Set<string>; subsection: Set<string> }): 1 | 2 {
  const score = (set: Set<string>) => Math.max(0, ...[...set].map((h) => commonPrefix(h, text) + commonSuffix(h, text)));
  return score(known.section) > score(known.subsection) ? 1 : 2;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** A numbered item of a requirement cell. */
interface Item {
  seq: number | null;
  text: string;
}

const ITEM_MARK = /^(?:(\d{1,2})[.．、](?!\d)|[（(](\d{1,2})[)）]|([①-⑳])|[（(]([一二三四五六七八九十]{1,3})[)）])\s*/;

/** 一 … 九十九 as a number (item marks （一）…（十二）). */
function chineseOrdinal(s: string): number {
  const digit = (c: string | undefined) => (c === undefined ? 0 : '一二三四五六七八九'.indexOf(c) + 1);
  const ten = s.indexOf('十');
  if (ten < 0) return digit(s[0]);
  return (ten === 0 ? 1 : digit(s[0])) * 10 + digit(s[ten + 1]);
}

/**
 * Splits a requirement cell into its numbered items (1. 2. 3., （1）（2）, ①②, （一）（二）).
 * A number counts as an item mark only at the start of a line or after a sentence end,
 * and only in sequence, so 2023年, 第6版 or 1.5% never split a task.
 */
export function splitItems(cellText: string): Item[] {
  const lines = cleanText(cellText).split('\n');
  const items: { seq: number | null; parts: string[] }[] = [];
  const markOf = (s: string): { n: number; len: number } | null => {
    const m = ITEM_MARK.exec(s);
    if (!m) return null;
    const n = m[1] ?? m[2] ? Number(m[1] ?? m[2]) : m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : chineseOrdinal(m[4]!);
    return { n, len: m[0].length };
  };
  for (const line of lines) {
    let rest = line;
    while (rest !== '') {
      const expected = (items.at(-1)?.seq ?? 0) + 1;
      const mark = markOf(rest);
      let body = rest;
      // A mark opens an item when it continues the sequence (or starts it at 1, or is the cell's only number).
      if (mark && (mark.n === expected || (items.length === 0 && (mark.n === 1 || lines.length === 1)))) {
        items.push({ seq: mark.n, parts: [] });
        body = rest.slice(mark.len);
      } else if (items.length === 0) {
        items.push({ seq: null, parts: [] });
      }
      // The next item may follow on the same line, after a sentence end.
      const next = (items.at(-1)!.seq ?? 0) + 1;
      const cut = items.at(-1)!.seq === null ? -1 : body.search(new RegExp(`(?<=[。；;])\\s*(?=(?:${next}[.．、](?!\\d)|[（(]${next}[)）]))`));
      if (cut > 0) {
        items.at(-1)!.parts.push(body.slice(0, cut));
        rest = body.slice(cut).trimStart();
      } else {
        items.at(-1)!.parts.push(body);
        rest = '';
      }
    }
  }
  return items
    .map((it) => ({ seq: it.seq, text: cleanInline(it.parts.join('\n')) }))
    .filter((it) => it.text !== '');
}

/** When a units cell holds one block per numbered item (<p>县教育局</p><p>县卫生计生局</p>), the blocks in item order. */
function unitBlocksPerItem(unitsCell: string, itemCount: number): string[] | null {
  if (itemCount < 2) return null;
  const blocks = cleanText(unitsCell).split('\n').filter((b) => b !== '');
  const hasMarkup = /<(p|li|br)\b/i.test(unitsCell);
  const numbered = blocks.every((b, i) => new RegExp(`^(${i + 1}[.．、]|[（(]${i + 1}[)）])`).test(b));
  if (blocks.length === itemCount && (hasMarkup || numbered)) return blocks.map((b) => b.replace(ITEM_MARK, ''));
  return null;
}

/** A units cell none of whose parts is a unit and which looks like OCR noise (digits, symbols, lone characters). */
function isGarbageUnits(text: string, ctx: RowModelContext): boolean {
  const parts = ctx.splitUnits(text).map((p) => p.name);
  if (parts.some((p) => ctx.isKnownUnit(p))) return false;
  const c = compact(text);
  return /[0-9A-Za-z<>/\\|]/.test(c) || !/[\u4e00-\u9fff]{3}/.test(c);
}

/** A deadline cell that is noise: no 年/月/日 words, but digits or symbols. */
function isGarbageDeadline(text: string): boolean {
  const c = compact(text);
  return /[<>/\\|]/.test(c) || (/\d/.test(c) && !/[年月日季]/.test(c)) || !/[\u4e00-\u9fff]{2}/.test(c);
}

/**
 * Uses the notice's own outline, when its body writes out the plan that the table
 * assigns: each task takes the section and subsection of the body block that holds its
 * text (repairing garbled heading cells), and a requirement cut off mid-sentence is
 * completed from the body's sentence.
 */
function repairFromBody(tasks: RowTask[], bodyLines: SourceLine[], warn: (line: number, message: string) => void): void {
  const blocks = bodyOutline(bodyLines).filter((b) => b.subsection !== null);
  if (blocks.length < 2 || tasks.length === 0) return;
  const found = tasks.map((t) => findBlock(blocks, t.text));
  if (found.filter((f) => f !== null).length < tasks.length / 2) return; // the body is not this table written out
  const replaced = new Set<string>();
  let previous: { section: string | null; subsection: string | null } | null = null;
  tasks.forEach((task, i) => {
    const hit = found[i];
    const target = hit ? { section: hit.block.section, subsection: hit.block.subsection } : previous;
    if (!target) return;
    const before = `${task.section ?? ''} / ${task.subsection ?? ''}`;
    const after = `${target.section ?? ''} / ${target.subsection ?? ''}`;
    if (compact(before) !== compact(after) && !replaced.has(after)) {
      replaced.add(after);
      warn(task.lines[0]!, `headings "${before}" differ from the notice body's outline; used "${after}"${hit ? '' : ' (the task text is not in the body; headings of the task above)'}`);
    }
    task.section = target.section;
    task.subsection = target.subsection;
    previous = target;
    if (hit && !endsSentence(task.text)) {
      const end = missingSentenceEnd(hit.block, task.text);
      if (end) {
        warn(task.lines[0]!, `the requirement stops mid-sentence ("…${task.text.slice(-8)}"); completed from the notice body with "${end}"`);
        task.text += end;
      }
    }
  });
}
