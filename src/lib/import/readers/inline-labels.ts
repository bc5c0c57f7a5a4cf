import type { RawRow, SourceLine, TableReader } from '../model.ts';
import { cell, isColophon, isHeadingLine, isSignature } from './shared.ts';

/**
 * Tasks written as paragraphs that end with their assignment in brackets:
 * `1. 做好……公开。（牵头单位：县政府办公室；责任单位：县直各部门；完成时限：2023年12月底前）`.
 * The bracket may also stand on the next line. Headings (一、 （一）) are lines of their own.
 */
// The block may hold one level of brackets of its own: （责任单位：各乡镇（街道）、县直各部门）.
const LABELS = /[（(]\s*((?:牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|完成时间|时间节点)\s*[:：](?:[^（()）]|[（(][^（()）]*[)）])*?)[)）]\s*$/;
const LABEL_ONLY = /^\s*[（(]\s*(?:牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|完成时间)\s*[:：]/;

/** Column roles of the rows this reader makes: the requirement, then the labelled parts. */
export const INLINE_ROLES = ['text', 'lead', 'units', 'co', 'deadline'] as const;

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
    for (let i = start; i < lines.length; i++) {
      const line = lines[i]!;
      const t = line.text.trim();
      if (t === '') continue;
      if (isColophon(t) || isSignature(t)) break;
      if (LABEL_ONLY.test(t) && pending) {
        rows.push(labelledRow(pending.text + t, [pending.n, line.n]));
        pending = null;
        continue;
      }
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
    const all = rows.flatMap((r) => r.lines);
    return { reader: 'inline-labels', header: null, rows, firstLine: Math.min(...all), lastLine: Math.max(...all), roles: [...INLINE_ROLES], mergedCells: false };
  },
};

function labelledRow(text: string, lineNumbers: number[]): RawRow {
  const m = LABELS.exec(text);
  const body = m ? text.slice(0, m.index).trim() : text.trim();
  const parts: Record<'lead' | 'units' | 'co' | 'deadline', string> = { lead: '', units: '', co: '', deadline: '' };
  if (m) {
    for (const part of m[1]!.split(/[；;]/)) {
      const [label, ...rest] = part.split(/[:：]/);
      const value = rest.join('：').trim();
      const l = (label ?? '').trim();
      if (/牵头/.test(l)) parts.lead = value;
      else if (/配合|协办/.test(l)) parts.co = value;
      else if (/责任/.test(l)) parts.units = value;
      else if (/完成|时间|时限/.test(l)) parts.deadline = value;
    }
  }
  const line = lineNumbers[0]!;
  return {
    kind: 'data',
    cells: [cell(body, line), cell(parts.lead, line), cell(parts.units, line), cell(parts.co, line), cell(parts.deadline, lineNumbers[lineNumbers.length - 1]!)],
    lines: lineNumbers,
  };
}
