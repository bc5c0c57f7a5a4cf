import type { Citation } from '../../schemas/notice.ts';
import type { SourceLine } from './model.ts';
import { readPortal, type PortalBlock } from './portal.ts';
import { cleanInline, stripMarkdownMarks } from './text.ts';

/** The metadata printed around a notice's text, as found; null where the notice prints none. */
export interface NoticeMetadata {
  docNumber: string | null;
  docNumberLine: number | null;
  title: string | null;
  titleLines: number[];
  issuer: string | null;
  /** 成文日期: the date under the issuer's signature. */
  issuedOn: string | null;
  /** 印发日期: the date in the colophon (…印发). */
  printedOn: string | null;
  /** The year the plan covers, from the title, else the 文号, else the signing date. */
  year: number | null;
  /** Years stated by the title and the 文号, for the consistency warning. */
  titleYear: number | null;
  docNumberYear: number | null;
  cites: Citation[];
  /** The portal's metadata block above the notice, when there is one. */
  portal: PortalBlock;
  /** The issuing body's name as signed under the covering notice, when it stands on a line of its own. */
  signature: string | null;
}

/** A document number: an issuer abbreviation, the year in brackets, a serial and 号 (冠政办发〔2023〕15号, 商政办发[2023]2号). */
const DOC_NUMBER = /([\u4e00-\u9fff]{1,15}?)\s*[〔［\[【(（﹝〖]\s*((?:19|20)\d{2})\s*[〕］\]】)）﹞〗]\s*(\d{1,4})\s*号/g;
/** A decree number: 国务院令第713号, 省政府令第336号. */
const DECREE_NUMBER = /([\u4e00-\u9fff]{1,10}令)\s*第\s*(\d{1,4})\s*号/g;

/** Rewrites a document number with the full-width brackets the standard prescribes and no spaces. */
export function normalizeDocNumber(prefix: string, year: string, serial: string): string {
  return `${prefix}〔${year}〕${serial}号`;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a date written in Arabic or Chinese numerals (2023年8月29日, 二〇二三年八月二十九日) as ISO, or null. */
export function readDate(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  const m = /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日/.exec(t);
  if (!m) return null;
  const year = /^\d+$/.test(m[1]!) ? Number(m[1]) : Number([...m[1]!].map((c) => CN_DIGITS[c]).join(''));
  const month = cnNumber(m[2]!);
  const day = cnNumber(m[3]!);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGITS[s[1]!] ?? 0);
  if (s.endsWith('十')) return (CN_DIGITS[s[0]!] ?? 0) * 10;
  if (s.includes('十')) return (CN_DIGITS[s[0]!] ?? 0) * 10 + (CN_DIGITS[s[2]!] ?? 0);
  return CN_DIGITS[s] ?? 0;
}

const TITLE_END = /(通知|意见|决定|函|公告|通报|批复)$/;
const WEAK_TITLE_END = /(方案|要点|安排|分工|计划|任务|分解表)$/;
/**
 * How the name of an issuing body ends: a government or its office, a township's or street's
 * office, a department, an agency or a public body (局, 委员会, 中心, 联合会 …).
 */
const ORG = '(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|办事处|委员会|联合会|管理委员会|管委会|工作委员会|局|委|办|厅|中心|院|所|站|队|社|处|署|公司|集团|残联|妇联|总工会|团委|工委)';
const OFFICE_END = new RegExp(`${ORG}$`);
/** A line that is an issuing body's name and nothing else (a banner, the line before 关于…, a signature). */
const ORG_LINE = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,30}${ORG}$`);

/**
 * Finds the metadata in the lines before the task table (head) and in the whole text
 * (citations, colophon). Pure: reads only the lines it is given.
 */
export function readMetadata(allHead: SourceLine[], all: SourceLine[]): NoticeMetadata {
  const clean = (l: SourceLine) => cleanInline(stripMarkdownMarks(l.text));
  // The portal's block is read apart; the notice's own metadata is read from the other lines.
  const portal = readPortal(allHead);
  const portalLines = new Set(portal.lines);
  const head = allHead.filter((l) => !portalLines.has(l.n) && !/^\s*<(?:!doctype|html|head|meta|title|link|script|style|body)\b/i.test(l.text));

  // The notice's own 文号: the first line that is a document number and nothing else, near the top.
  let docNumber: string | null = null;
  let docNumberLine: number | null = null;
  let docNumberYear: number | null = null;
  for (const line of head.slice(0, 40)) {
    const t = clean(line).replace(/\s+/g, '');
    const m = new RegExp(`^${DOC_NUMBER.source}$`).exec(t);
    if (m) {
      docNumber = normalizeDocNumber(m[1]!, m[2]!, m[3]!);
      docNumberLine = line.n;
      docNumberYear = Number(m[2]);
      break;
    }
  }

  // The title: from the issuer line or the 关于 line to the line that ends like a title.
  let title: string | null = null;
  const titleLines: number[] = [];
  const nonBlank = head.filter((l) => l.text.trim() !== '');
  const about = nonBlank.findIndex((l) => /关于/.test(clean(l)) && !/[。：:]$/.test(clean(l)) && !/^(根据|按照|为)/.test(clean(l)));
  if (about >= 0) {
    let start = about;
    const prev = nonBlank[about - 1];
    if (prev && ORG_LINE.test(clean(prev).replace(/\s/g, '')) && !/文件$/.test(clean(prev))) start = about - 1;
    let text = '';
    for (let i = start; i < nonBlank.length && i < start + 5; i++) {
      const line = clean(nonBlank[i]!);
      // The addressee line (…：) or a sentence of the body ends the title.
      if (i > about && (/[：:]$/.test(line) || /[。；]/.test(line))) break;
      text += line;
      titleLines.push(nonBlank[i]!.n);
      const compactText = text.replace(/\s+/g, '');
      if (TITLE_END.test(compactText)) break;
      // 要点, 方案 … may end a title, or continue on the next line (…工作要点 / 任务分解表的通知).
      if (WEAK_TITLE_END.test(compactText) && !/^(任务|分工|分解|责任|实施|的通知)/.test(clean(nonBlank[i + 1] ?? { n: 0, text: '' }))) break;
    }
    title = text.replace(/\s+/g, '');
  } else {
    // No 关于 line: a plan printed without a covering notice, titled on a line of its own
    // (县残联2023年政务公开工作实施方案) near the top.
    const line = nonBlank.slice(0, 10).find((l) => {
      const t = clean(l).replace(/\s+/g, '');
      return t.length >= 8 && t.length <= 80 && /\d{4}年|政务公开/.test(t) && (TITLE_END.test(t) || WEAK_TITLE_END.test(t)) && !/[。；：:，,]/.test(t) && !/^(根据|按照|为|附件)/.test(t);
    });
    if (line) {
      title = clean(line).replace(/\s+/g, '');
      titleLines.push(line.n);
    }
  }

  // The issuer: the office that opens the title, else the 版头 (…文件), else the signature.
  let issuer: string | null = null;
  const titleIssuer = title ? new RegExp(`^(.*?${ORG})关于`).exec(title) : null;
  if (titleIssuer) issuer = titleIssuer[1]!;
  if (!issuer) {
    const banner = head.map(clean).find((t) => /^(.+?)文件$/.test(t.replace(/\s/g, '')));
    if (banner) issuer = banner.replace(/\s/g, '').replace(/文件$/, '');
  }

  // 成文日期 and the signature: under the covering notice, else (a notice whose table comes
  // first, or a plan printed without a covering notice) at the end of the text.
  const afterTitle = head.filter((l) => l.n > (titleLines.at(-1) ?? 0));
  const lastHead = head.at(-1)?.n ?? 0;
  const closing = readClosing(afterTitle, issuer) ?? readClosing(all.filter((l) => l.n > lastHead && l.text.trim() !== '').slice(-CLOSING_LINES), issuer, true);
  const issuedOn: string | null = closing?.issuedOn ?? null;
  const signature = closing?.signature ?? null;
  if (!issuer && closing?.issuer) issuer = closing.issuer;

  // 印发日期 in the colophon, anywhere.
  let printedOn: string | null = null;
  for (const line of all) {
    const t = clean(line).replace(/\s+/g, '');
    const m = /((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)印发$/.exec(t);
    if (m) printedOn = readDate(m[1]!);
  }

  // What the text does not print, the portal's block may: the 文号, the title, the issuer, the signing date.
  if (docNumber === null && portal.docNumber) {
    const m = new RegExp(`^${DOC_NUMBER.source}$`).exec(portal.docNumber.replace(/\s+/g, ''));
    if (m) {
      docNumber = normalizeDocNumber(m[1]!, m[2]!, m[3]!);
      docNumberYear = Number(m[2]);
    }
  }
  if (title === null && portal.title) title = portal.title;
  issuer ??= portal.issuer ?? signature;
  const signedOn = issuedOn ?? portal.issuedOn;

  const titleYearMatch = title ? /((?:19|20)\d{2})年/.exec(title) : null;
  const titleYear = titleYearMatch ? Number(titleYearMatch[1]) : null;
  const year = titleYear ?? docNumberYear ?? (signedOn ? Number(signedOn.slice(0, 4)) : null);

  return { docNumber, docNumberLine, title, titleLines, issuer, issuedOn: signedOn, printedOn, year, titleYear, docNumberYear, cites: readCitations(all.filter((l) => !portalLines.has(l.n)), docNumber), portal, signature };
}

/** Every document number the notice cites (its own excluded), in order of first mention, with the 《title》 printed just before it. */
export function readCitations(lines: SourceLine[], own: string | null): Citation[] {
  const seen = new Map<string, Citation>();
  for (const line of lines) {
    const t = cleanInline(stripMarkdownMarks(line.text));
    const found: { at: number; docNumber: string }[] = [];
    for (const m of t.matchAll(DOC_NUMBER)) {
      // The prefix may have swallowed words before the issuer abbreviation (…通知》（鲁政办发): keep the part after the last bracket or quote.
      const prefix = m[1]!.replace(/^.*[》（(“”、，；：]/, '');
      found.push({ at: m.index, docNumber: normalizeDocNumber(prefix, m[2]!, m[3]!) });
    }
    for (const m of t.matchAll(DECREE_NUMBER)) found.push({ at: m.index, docNumber: `${m[1]}第${m[2]}号` });
    found.sort((a, b) => a.at - b.at);
    for (const f of found) {
      if (f.docNumber === own || seen.has(f.docNumber)) continue;
      const before = t.slice(0, f.at);
      const titled = /《([^《》]+)》[（(]?\s*$/.exec(before);
      seen.set(f.docNumber, { docNumber: f.docNumber, title: titled ? titled[1]! : null });
    }
  }
  return [...seen.values()];
}

/** How many lines at the end of the text are searched for a signature the head lacks. */
const CLOSING_LINES = 12;

/**
 * The signing date and the signature among `lines`: the first line (the last, `fromEnd`, for
 * the end of a text, where a table's last deadline may stand alone too) that ends with a date
 * standing on its own or after the issuer's name (台山市人民政府办公室2023年4月18日), with the
 * body's name on the line above it when the date stands alone (鄄城县残疾人联合会 / 2023年3月28日).
 */
function readClosing(lines: readonly SourceLine[], issuer: string | null, fromEnd = false): { issuedOn: string; issuer: string | null; signature: string | null } | null {
  const clean = (l: SourceLine) => cleanInline(stripMarkdownMarks(l.text)).replace(/\s+/g, '');
  for (const line of fromEnd ? [...lines].reverse() : lines) {
    const t = clean(line);
    if (t.length > 40 || /印发$/.test(t)) continue;
    if (!/^(.*?)((?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/.test(t)) continue;
    const prefix = t.replace(/((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年.*$/, '');
    if (prefix !== '' && !OFFICE_END.test(prefix) && prefix !== issuer) continue;
    const issuedOn = readDate(t)!;
    if (prefix !== '') return { issuedOn, issuer: prefix, signature: null };
    const above = lines.filter((l) => l.n < line.n && l.text.trim() !== '').at(-1);
    const name = above ? clean(above) : '';
    return { issuedOn, issuer: null, signature: ORG_LINE.test(name) ? name : null };
  }
  return null;
}
