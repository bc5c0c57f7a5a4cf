import type { ColumnRole, RawCell, SourceLine } from '../model.ts';
import { cleanInline, htmlToText, stripMarkdownMarks } from '../text.ts';

/**
 * Column titles of task tables, by the role of the column they head; matched after spaces and
 * colons are removed, first match wins. Seen in real notices: 重点任务 / 工作任务 over
 * 具体要求 / 工作内容 / 贯彻举措 / 细化分工, 牵头单位 beside 责任单位 or 配合单位, 责任科室 /
 * 责任处室 / 责任股室 in a department's own list, 时限要求, and columns that are not imported
 * (责任人, 落实情况, 备注).
 */
const HEADER_TERMS: [RegExp, ColumnRole][] = [
  [/^(序号|编号|序|项目序号)$/, 'seq'],
  [/^(责任牵头单位|牵头责任单位)$/, 'units'],
  [/牵头(单位|部门|科室|处室|股室)/, 'lead'],
  [/(配合|协办|参与|协同|协助)(单位|部门|科室|处室|股室)/, 'co'],
  [/^(具体)?(责任人|责任领导|分管领导|联系人|负责人)$/, 'person'],
  [/(落实|完成|进展|推进)情况/, 'status'],
  [/(责任|承办|落实|负责|实施|主责)(单位|部门|主体|科室|处室|股室)/, 'units'],
  [/(完成|办结)(时限|时间|期限)|时间节点|时限(要求)?$|时间要求|时间安排|进度安排/, 'deadline'],
  [/(具体|工作|任务|主要)(要求|内容|措施|举措)|重点工作内容|措施|举措|细化分工|任务分解|具体任务/, 'text'],
  [/工作任务|任务名称|重点任务|主要任务|任务分工|重点工作|工作重点|^工作$|^任务$|^类别$|^项目$|^重点领域$|^事项$|^领域$/, 'heading'],
  [/^(备注|说明)$/, 'ignore'],
];

/** The role a header cell's title names, or null when it names none. */
export function headerRole(cell: string): ColumnRole | null {
  // A title is a few characters, whatever markup surrounds them: a long cell is read no further.
  if (cell.length > 200) return null;
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
  // The ordinal opens the text: its first characters decide (a cell may be very long).
  const t = headingText(text.length > 400 ? text.slice(0, 400) : text);
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

/** The name of an issuing body standing alone: a government, an office, a department, a township, a public body. */
const BODY_NAME = /^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|办公室|办公厅|办事处|委员会|联合会|管委会|局|委|办|厅|中心|院|所|站|队|社|处|署|残联|妇联|总工会)$/;

/**
 * The issuer's signature under a text: a body's name on its own line with a date on the next
 * (冠县人民政府办公室 / 2023年8月29日), or name and date on one line. A unit cell alone is no
 * signature (县财政局 in a table): only the date after it makes one.
 */
export function isSignatureAt(lines: readonly SourceLine[], i: number): boolean {
  const t = lines[i]!.text.replace(/\s+/g, '');
  if (/^[\u4e00-\u9fff（）()]{2,30}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(t)) return BODY_NAME.test(t.replace(/(?:19|20)\d{2}年.*$/, ''));
  if (!BODY_NAME.test(t)) return false;
  const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
  return next !== undefined && /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(next.text.replace(/\s+/g, ''));
}

/** Makes a RawCell from a text and the line it came from. */
export function cell(text: string, line: number): RawCell {
  return { text, lines: [line] };
}

/** Lines that are blank once Markdown and HTML marks are removed. */
export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}
