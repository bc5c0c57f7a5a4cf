/**
 * The raw source of a notice as a page shows it: its lines, each with an anchor, and the
 * ranges of lines a task was read from. Pure (the page reads and decodes the file).
 */
import type { TaskEntry } from '../schemas/task.ts';

/** Site-relative URL of a notice's source file, served byte for byte. */
export const sourceFileUrl = (file: string): string => `/sources/${file}`;

/** Site-relative URL of the page that shows a notice's source line by line. */
export const sourcePageUrl = (noticeId: string): string => `/sources/${noticeId}/`;

/** The anchor of a source line on the source page: L12 (the form code hosts use, so a reader recognises it). */
export const sourceLineId = (line: number): string => `L${line}`;

/** Where a source line is shown: the source page at the line's anchor. */
export const sourceLineUrl = (noticeId: string, line: number): string => `${sourcePageUrl(noticeId)}#${sourceLineId(line)}`;

/** A run of consecutive line numbers, first and last (equal for one line). */
export interface LineRun {
  start: number;
  end: number;
}

/** A task's source lines as runs of consecutive lines, in order, each line once: [70, 71, 72, 74] → 70–72, 74. */
export function lineRuns(lines: TaskEntry['lines']): LineRun[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const runs: LineRun[] = [];
  for (const line of sorted) {
    const last = runs.at(-1);
    if (last && line === last.end + 1) last.end = line;
    else runs.push({ start: line, end: line });
  }
  return runs;
}

/**
 * The lines of a source file as printed, read in the encoding the importer recorded (utf-8,
 * gb18030, utf-16le/be) and numbered from 1 as the importer numbers them: CR LF and CR end a
 * line as LF does, and a final line break ends the last line rather than starting an empty
 * one. Unlike the importer, traditional characters stay as they are: this is the original.
 */
export function sourceLines(bytes: Uint8Array, encoding: string): string[] {
  const text = new TextDecoder(encoding).decode(bytes).replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** For each source line where a task starts, the tasks that start there (anchor and 1-based position), in task order. */
export function taskStarts(tasks: readonly { anchor: string; lines: TaskEntry['lines'] }[]): Map<number, { anchor: string; ordinal: number }[]> {
  const starts = new Map<number, { anchor: string; ordinal: number }[]>();
  tasks.forEach((t, i) => {
    const first = Math.min(...t.lines);
    if (!starts.has(first)) starts.set(first, []);
    starts.get(first)!.push({ anchor: t.anchor, ordinal: i + 1 });
  });
  return starts;
}
