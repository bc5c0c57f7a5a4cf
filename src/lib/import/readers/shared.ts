import type { ColumnRole, RawCell, SourceLine } from '../model.ts';
import { cleanInline, htmlToText, stripMarkdownMarks } from '../text.ts';

/** Column titles of task tables, by the role of the column they head; matched after spaces and colons are removed. */
const HEADER_TERMS: [RegExp, ColumnRole][] = [
  [/^(序号|编号|序)$/, 'seq'],
  [/^(责任牵头单位|牵头责任单位)$/, 'units'],
  [/牵头(单位|部门)/, 'lead'],
  [/(配合|协办|参与|协同)(单位|部门)/, 'co'],
  [/(责任|承办|落实)(单位|部门|主体)/, 'units'],
  [/(完成|办结)(时限|时间)|时间节点|时限(要求)?$|完成期限/, 'deadline'],
  [/(具体|工作|任务|主要)(要求|内容|措施)|重点工作内容|措施/, 'text'],
  [/工作任务|任务名称|重点任务|主要任务|任务分工|^工作$|^任务$|^类别$|^项目$|^重点领域$|^事项$/, 'heading'],
  [/^备注$/, 'ignore'],
];

/** The role a header cell's title names, or null when it names none. */
export function headerRole(cell: string): ColumnRole | null {
  const t = cleanInline(htmlToText(cell)).replace(/[\s:：]/g, '');
  // Column titles are short; a long cell that happens to contain 责任主体 or 任务分工 is a task, not a title.
  if (t === '' || t.length > 10) return null;
  for (const [re, role] of HEADER_TERMS) if (re.test(t)) return role;
  return null;
}

/** A row is a header row when two or more of its cells name column roles and one of them names the text or the units. */
export function isHeaderRow(cells: string[]): boolean {
  const roles = cells.map(headerRole).filter((r): r is ColumnRole => r !== null);
  return roles.length >= 2 && roles.some((r) => r === 'text' || r === 'units' || r === 'lead' || r === 'deadline');
}

/** The text of a heading cell or line: markup (Markdown marks, HTML, bold) removed, extraction damage repaired. */
export function headingText(raw: string): string {
  return cleanInline(htmlToText(stripMarkdownMarks(raw.trim())));
}

/** Ordinals that open a heading: 一、 (level 1), （一） (level 2). Item numbers (1. （1）) are not headings. */
const LEVEL1 = /^(第[一二三四五六七八九十百]+部分|[一二三四五六七八九十]+、|[一二三四五六七八九十]+是)/;
const LEVEL2 = /^[（(][一二三四五六七八九十]+[)）]/;

/** The heading level a line's ordinal announces: 1 for 一、, 2 for （一）, null otherwise. */
export function headingLevel(text: string): 1 | 2 | null {
  const t = headingText(text);
  if (LEVEL1.test(t)) return 1;
  if (LEVEL2.test(t)) return 2;
  return null;
}

/** True for a line that is a heading on its own: Markdown `#` heading, bold, or an ordinal heading without sentence punctuation. */
export function isHeadingLine(text: string): boolean {
  const raw = text.trim();
  if (raw === '') return false;
  const t = headingText(raw);
  if (t.length > 60 || /[。；]$/.test(t)) return false;
  if (/^#{1,6}\s/.test(raw) || /^<(b|strong|h\d)\b/i.test(raw) || /^<p>\s*<(b|strong)>/i.test(raw) || /^\*\*.+\*\*$/.test(raw)) {
    return headingLevel(t) !== null;
  }
  return headingLevel(t) !== null && !/[。；]/.test(t);
}

/** Lines that end a table: rules, 抄送 / 印发 colophons, signatures of the issuing office after the table. */
export function isColophon(text: string): boolean {
  const t = text.trim();
  return /^([—\-_=─━]{3,}|-{3,}|\*{3,})$/.test(t) || /^抄送[:：]/.test(t) || /^(主送|报送|分送)[:：]/.test(t) || /印发$/.test(t.replace(/\s+/g, '')) || /^（?\(?共印\d+份/.test(t);
}

/** The issuing office's name or a date on a line of its own: the signature after the last task. */
export function isSignature(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /^[\u4e00-\u9fff]{2,24}(人民政府|办公室|办公厅)$/.test(t) || /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(t);
}

/** Makes a RawCell from a text and the line it came from. */
export function cell(text: string, line: number): RawCell {
  return { text, lines: [line] };
}

/** Lines that are blank once Markdown and HTML marks are removed. */
export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}
