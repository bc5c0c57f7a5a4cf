import type { RawRow, SourceLine, TableReader } from '../model.ts';
import { isRecognisedDeadline } from '../../normalize/deadline.ts';
import { cell, isColophon, isHeadingLine, isSignature, isSignatureAt } from './shared.ts';

/** Whether a part reads as a deadline does not depend on the plan's year (which this reader does not know). */
const ANY_YEAR = 2000;

/**
 * Tasks written as paragraphs that end with their assignment in brackets:
 * `1. 做好……公开。（牵头单位：县政府办公室；责任单位：县直各部门；完成时限：2023年12月底前）`.
 * The bracket may also stand on the next line. Headings (一、 （一）) are lines of their own.
 */
/**
 * The labels of an assignment: units by role (单位, 部门, and in a department's own list
 * 科室, 处室, 股室), a person (责任人, 责任领导: not imported), a deadline.
 */
const LABEL = '(?:(?:牵头|责任|主责|配合|协办|协助|参与)(?:单位|部门|科室|处室|股室|领导|人)|完成时限|完成时间|时间节点|时限要求|时间要求|办结时限)';
// The block may hold one level of brackets of its own: （责任单位：各乡镇（街道）、县直各部门）. Or it
// may stand unbracketed after the requirement's last sentence: …答复申请人。责任单位：县政府办公室。
const LABELS = new RegExp(
  `[（(]\\s*(${LABEL}\\s*[:：](?:[^（()）]|[（(][^（()）]*[)）])*?)[)）]\\s*$|(?<=[。；;])\\s*(${LABEL}\\s*[:：](?:[^（()）。]|[（(][^（()）]*[)）])*?)[。；;]?\\s*$`,
);
// Labels on lines of their own after the task, bracketed or not, one or several lines.
const LABEL_ONLY = new RegExp(`^\\s*[（(]?\\s*${LABEL}\\s*[:：]`);

/** Column roles of the rows this reader makes: the requirement, then the labelled parts. */
export const INLINE_ROLES = ['text', 'lead', 'units', 'co', 'deadline', 'person'] as const;

export const inlineLabels: TableReader = {
  name: 'inline-labels',
  recognise(lines) {
    const labelled = lines.filter((l) => LABELS.test(l.text) || LABEL_ONLY.test(l.text)).length;
    // One or two labelled paragraphs may be a short notice, or prose that mentions a 责任单位:
    // a weak claim that any table reader outscores.
    return labelled >= 3 ? 0.6 + Math.min(0.4, labelled / 30) : labelled * 0.15;
  },
  read(lines) {
    const rows: RawRow[] = [];
    const firstLabelled = lines.findIndex((l) => LABELS.test(l.text) || LABEL_ONLY.test(l.text));
    if (firstLabelled < 0) return { reader: 'inline-labels', header: null, rows, firstLine: 0, lastLine: 0, roles: [...INLINE_ROLES], mergedCells: false };
    // The table starts at the last heading before the first labelled task.
    let start = firstLabelled;
    for (let i = firstLabelled - 1; i >= 0; i--) {
      const t = lines[i]!.text;
      if (t.trim() === '') continue;
      if (isHeadingLine(t)) start = i;
      else if (start !== firstLabelled) break;
      else if (!LABELS.test(t)) {
        // a task paragraph whose labels sit on the next line
        if (LABEL_ONLY.test(lines[i + 1]?.text ?? '')) start = i;
        else break;
      }
    }
    let pending: SourceLine | null = null;
    // The task whose labels stand on the lines after it, while more label lines may follow.
    let open: { text: string; labels: string[]; lines: number[]; row: number } | null = null;
    for (let i = start; i < lines.length; i++) {
      const line = lines[i]!;
      const t = line.text.trim();
      if (t === '') continue;
      if (isColophon(t) || isSignature(t) || isSignatureAt(lines, i)) break;
      if (LABEL_ONLY.test(t) && (pending || open)) {
        open ??= { text: pending!.text, labels: [], lines: [pending!.n], row: rows.length };
        open.labels.push(t.replace(/^[（(]\s*|[)）。；;]\s*$/g, ''));
        open.lines.push(line.n);
        // One bracket for all the label lines: 责任科室：办公室；完成时限：全年.
        rows[open.row] = labelledRow(`${open.text}（${open.labels.join('；')}）`, [...open.lines]);
        pending = null;
        continue;
      }
      open = null;
      if (pending) {
        // The previous paragraph had no labels after all: keep it as a task without assignment.
        rows.push(labelledRow(pending.text, [pending.n]));
        pending = null;
      }
      if (isHeadingLine(t) && !LABELS.test(t)) {
        rows.push({ kind: 'heading', cells: [cell(t, line.n)], lines: [line.n] });
        continue;
      }
      if (LABELS.test(t)) rows.push(labelledRow(t, [line.n]));
      else pending = line;
    }
    if (pending) rows.push(labelledRow(pending.text, [pending.n]));
    dropClosingProse(rows);
    const all = rows.flatMap((r) => r.lines);
    return { reader: 'inline-labels', header: null, rows, firstLine: Math.min(...all), lastLine: Math.max(...all), roles: [...INLINE_ROLES], mergedCells: false };
  },
};

/**
 * Drops the sections after the last labelled task (二、保障措施 …): the notice's closing prose,
 * not tasks. A paragraph without labels in a section that has labelled tasks stays, as a task
 * whose assignment the notice left out (warned about); from the first heading after the last
 * labelled task, nothing is labelled.
 */
function dropClosingProse(rows: RawRow[]): void {
  const labelled = (r: RawRow) => r.kind === 'data' && r.cells.slice(1).some((c) => c.text !== '');
  const last = rows.findLastIndex(labelled);
  const cut = rows.findIndex((r, i) => i > last && r.kind === 'heading');
  if (last >= 0 && cut > last) rows.length = cut;
}

function labelledRow(text: string, lineNumbers: number[]): RawRow {
  const m = LABELS.exec(text);
  const body = m ? text.slice(0, m.index).trim() : text.trim();
  const parts: Record<'lead' | 'units' | 'co' | 'deadline' | 'person', string> = { lead: '', units: '', co: '', deadline: '', person: '' };
  if (m) {
    // A part without a label of its own continues the one before (责任单位：县财政局；县审计局).
    let last: keyof typeof parts | null = null;
    for (const part of (m[1] ?? m[2])!.split(/[；;]/)) {
      const labelled = new RegExp(`^\\s*(${LABEL})\\s*[:：]`).exec(part);
      const l = labelled?.[1] ?? '';
      let value = (labelled ? part.slice(labelled[0].length) : part).trim();
      let key: keyof typeof parts | null = !labelled ? last : /(?:领导|人)$/.test(l) ? 'person' : /牵头|主责/.test(l) ? 'lead' : /配合|协办|协助|参与/.test(l) ? 'co' : /责任/.test(l) ? 'units' : 'deadline';
      // A deadline printed without its label (；2023年6月底前完成), or after the units with a comma only (县发展和改革局，长期坚持).
      if (!labelled && isRecognisedDeadline(value, ANY_YEAR)) key = 'deadline';
      else if (key === 'lead' || key === 'units' || key === 'co') {
        const tail = /^(.+)[，,]([^，,]+)$/.exec(value);
        if (tail && isRecognisedDeadline(tail[2]!, ANY_YEAR)) {
          value = tail[1]!.trim();
          parts.deadline = parts.deadline === '' ? tail[2]!.trim() : `${parts.deadline}；${tail[2]!.trim()}`;
        }
      }
      if (key === null || value === '') continue;
      parts[key] = parts[key] === '' ? value : `${parts[key]}；${value}`;
      last = key;
    }
  }
  const line = lineNumbers[0]!;
  const end = lineNumbers[lineNumbers.length - 1]!;
  return {
    kind: 'data',
    cells: [cell(body, line), cell(parts.lead, line), cell(parts.units, line), cell(parts.co, line), cell(parts.deadline, end), cell(parts.person, end)],
    lines: lineNumbers,
  };
}
