import type { RawCell, RawRow, SourceLine, TableReader } from '../model.ts';
import { headerRole, isColophon, isHeadingLine, isSignature } from './shared.ts';

/**
 * One cell per line with no marker at all, as a PDF extraction prints a table: the column
 * titles on lines of their own (序号, 工作任务, 责任单位, 完成时限), then each row opening
 * with its bare sequence number (1, 2, 3 …) on a line. Inside a row the cells are told
 * apart by what they look like, from the end: a deadline line, then unit names one per
 * line, and the requirement text before them (a text cell broken over lines is rejoined).
 * A table without a 序号 column cannot be read this way: its rows have no boundary.
 */
export const columnLines: TableReader = {
  name: 'column-lines',
  recognise(lines) {
    const header = findHeader(lines);
    if (!header) return 0;
    const rows = readRows(lines, header).filter((r) => r.kind === 'data').length;
    return rows >= 1 ? 0.5 + Math.min(0.4, rows / 25) : 0;
  },
  read(lines) {
    const header = findHeader(lines);
    if (!header) return { reader: 'column-lines', header: null, rows: [], firstLine: 0, lastLine: 0 };
    const rows = readRows(lines, header);
    const all = rows.flatMap((r) => r.lines);
    return { reader: 'column-lines', header: header.titles, rows, firstLine: Math.min(...all), lastLine: Math.max(...all) };
  },
};

interface Header {
  titles: string[];
  /** Index in `lines` of the first line after the titles. */
  next: number;
  line: number;
}

/** Three or more consecutive lines that are column titles, the first of them 序号. */
function findHeader(lines: SourceLine[]): Header | null {
  for (let i = 0; i < lines.length; i++) {
    if (headerRole(lines[i]!.text.trim()) !== 'seq') continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() !== '' && headerRole(lines[j]!.text.trim()) !== null) j++;
    const titles = lines.slice(i, j).map((l) => l.text.trim());
    if (titles.length >= 3 && titles.some((t) => headerRole(t) === 'text' || headerRole(t) === 'units')) return { titles, next: j, line: lines[i]!.n };
  }
  return null;
}

const SEQ_LINE = /^\s*(\d{1,3})[.、．]?\s*$/;
const DEADLINE_LINE = /^(全年|长期|持续|常态|立即|及时|每[年季月周]|\d{4}年|\d{1,2}月|[上下]半年|年[底内中]|按要求|根据|同步)|(前|底|内|止|持续推进|长期坚持)$/;
const UNIT_LINE = /^(各|县|区|市|镇|乡|街道)|(局|办|委|室|部|中心|院|所|队|会|站|政府|街道|乡镇|单位|部门|公司|分局|支行|银行|管委会|办事处)(（[^）]*）)?$/;

function readRows(lines: SourceLine[], header: Header): RawRow[] {
  const roles = header.titles.map((t) => headerRole(t));
  const columns = header.titles.length;
  const rows: RawRow[] = [{ kind: 'header', cells: header.titles.map((t, k) => ({ text: t, lines: [header.line + k] })), lines: header.titles.map((_, k) => header.line + k) }];
  let expected = 1;
  let body: SourceLine[] | null = null;
  let seqLine: SourceLine | null = null;
  const flush = () => {
    if (seqLine && body) rows.push(dataRow(seqLine, body, roles, columns));
    body = null;
    seqLine = null;
  };
  for (let i = header.next; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t === '') continue;
    // The office's signature or date after a blank line ends the table (a page break inside a row has no such line).
    if (isColophon(t) || (isSignature(t) && lines[i - 1]?.text.trim() === '')) break;
    const seq = SEQ_LINE.exec(t);
    if (seq && Number(seq[1]) === expected) {
      flush();
      seqLine = line;
      body = [];
      expected++;
      continue;
    }
    if (!body) {
      // Before the first row or between rows: a heading of its own (一、…), else the table has ended.
      if (isHeadingLine(t)) {
        rows.push({ kind: 'heading', cells: [{ text: t, lines: [line.n] }], lines: [line.n] });
        continue;
      }
      if (expected === 1) continue;
      break;
    }
    if (isHeadingLine(t) && body.length > 0 && isUnitOrDeadline(body.at(-1)!.text)) {
      // A section heading after a complete row, before the next number.
      flush();
      rows.push({ kind: 'heading', cells: [{ text: t, lines: [line.n] }], lines: [line.n] });
      continue;
    }
    body.push(line);
  }
  flush();
  return rows;
}

function isUnitOrDeadline(text: string): boolean {
  const t = text.trim();
  return DEADLINE_LINE.test(t) || (UNIT_LINE.test(t) && t.length <= 40 && !/[。；]/.test(t));
}

/** Splits a row's lines into its columns by what they look like, from the end of the row. */
function dataRow(seqLine: SourceLine, body: SourceLine[], roles: ReturnType<typeof headerRole>[], columns: number): RawRow {
  const cells: RawCell[] = Array.from({ length: columns }, () => ({ text: '', lines: [] }));
  const put = (role: NonNullable<ReturnType<typeof headerRole>>, taken: SourceLine[]) => {
    const k = roles.indexOf(role);
    if (k < 0 || taken.length === 0) return false;
    cells[k] = { text: taken.map((l) => l.text.trim()).join('\n'), lines: taken.map((l) => l.n) };
    return true;
  };
  put('seq', [seqLine]);
  let rest = [...body];
  if (roles.includes('deadline') && rest.length > 1 && DEADLINE_LINE.test(rest.at(-1)!.text.trim()) && rest.at(-1)!.text.trim().length <= 24) {
    put('deadline', [rest.pop()!]);
  }
  const unitsRole = roles.includes('units') ? 'units' : roles.includes('lead') ? 'lead' : null;
  if (unitsRole) {
    const units: SourceLine[] = [];
    while (rest.length > 1 && UNIT_LINE.test(rest.at(-1)!.text.trim()) && rest.at(-1)!.text.trim().length <= 40 && !/[。；]$/.test(rest.at(-1)!.text.trim())) units.unshift(rest.pop()!);
    put(unitsRole, units);
  }
  // A short first line without sentence punctuation under a 工作任务 column is the row's heading cell.
  if (roles.includes('heading') && roles.includes('text') && rest.length > 1 && !/[。；，]/.test(rest[0]!.text) && rest[0]!.text.trim().length <= 30) {
    put('heading', [rest.shift()!]);
  }
  put(roles.includes('text') ? 'text' : 'heading', rest);
  rest = [];
  return { kind: 'data', cells, lines: [seqLine.n, ...body.map((l) => l.n)] };
}
