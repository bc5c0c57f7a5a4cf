import type { Deadline } from '../../schemas/task.ts';

/**
 * Deadlines as printed in a notice's 完成时限 cell, normalised to {kind, date}.
 *
 * Decisions:
 * - White space is dropped and full-width characters folded before reading, since PDF
 *   extraction scatters spaces (2023 年 12 月底前) and some notices print ２０２３.
 * - A phrase without a year takes the notice's year (9月底前 in a 2023 notice is 2023-09-30);
 *   今年/本年 is the notice's year too.
 * - `date` is the last day the task is due: 底前/末 and a bare month (2023年9月) are the
 *   month's last day; "N月前" is before month N begins, so 6月前 is 05-31 (1月前 is the
 *   previous 12-31); 上半年 is 06-30, 下半年 12-31; a quarter is the quarter's last day.
 * - The notice's year alone (2023年, 2023年内, 2023年度) is year-round like 全年 and 年内;
 *   any other year alone is read as due by the end of that year.
 * - 长期, 持续推进, 常态化 … and also 及时/随时 (a standing duty to act promptly) are ongoing.
 * - Phrases that state no time at all (按要求, 按规定时限, 适时) are recognised but unspecified,
 *   so the importer does not report them as unreadable.
 * - A cell holding the same deadline twice (2023年12月底前2023年12月底前, an extraction
 *   artefact) is read once; two different deadlines in one cell are not recognised.
 * - Anything else, and any date that does not exist (2月30日), is unspecified and unrecognised.
 */

const UNSPECIFIED: Deadline = { kind: 'unspecified', date: null };
const YEAR_ROUND: Deadline = { kind: 'year-round', date: null };
const ONGOING: Deadline = { kind: 'ongoing', date: null };

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a month, day or quarter in Arabic or Chinese numerals (9, 十二, 二十九); NaN when malformed. */
function readSmallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return NaN;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? CN_DIGIT[tens]! : NaN;
  return (tens ? CN_DIGIT[tens]! : 1) * 10 + (units ? CN_DIGIT[units]! : 0);
}

/** Reads a year group: 2023, 二〇二三, or 今/本 (the notice's year). */
function readYear(s: string | undefined, noticeYear: number): number {
  if (s === undefined || s === '今' || s === '本') return noticeYear;
  if (/^\d{4}$/.test(s)) return Number(s);
  return Number([...s].map((c) => CN_DIGIT[c] ?? 'x').join(''));
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO date, or null when the day does not exist in the calendar. */
function iso(year: number, month: number, day: number): string | null {
  if (!(Number.isInteger(year) && year >= 1900 && year <= 2999)) return null;
  if (!(Number.isInteger(month) && month >= 1 && month <= 12)) return null;
  if (!(Number.isInteger(day) && day >= 1 && day <= lastDayOfMonth(year, month))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function byDate(date: string | null): Deadline | null {
  return date === null ? null : { kind: 'by-date', date };
}

/**
 * Full-width ASCII (２０２３, ％) to ASCII and the ideographic space to a space, one
 * character for one, so that offsets in the folded text are offsets in the printed text.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** The cell as read: folded, without white space, without trailing punctuation. */
function compactCell(raw: string): string {
  return foldWidth(raw)
    .replace(/\s+/g, '')
    .replace(/[。.，,；;、]+$/, '');
}

/**
 * Regex sources for the parts of a date, with `sp` allowed between tokens (empty for a
 * compacted cell, \s* inside running text). The lookbehinds keep a match from starting
 * inside a longer number (12023年, 123月).
 */
function dateParts(sp: string) {
  const cnMonth = '十[一二]|[一二三四五六七八九十]';
  return {
    year: `(?<!\\d)((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4}|今|本)${sp}年`,
    month: `(?<!\\d)(\\d{1,2}|${cnMonth})${sp}月`,
    day: `(?<!\\d)(\\d{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])${sp}[日号]`,
    quarter: `第?${sp}([一二三四1-4])${sp}季度`,
    before: '(?:之前|以前|前)',
  };
}

type Reader = [RegExp, (m: RegExpExecArray, year: number) => Deadline | null];

/** The by-date shapes, each anchored to the whole compacted cell. */
function cellReaders(): Reader[] {
  const { year: Y, month: M, day: D, quarter: Q, before: B } = dateParts('');
  const monthEnd = (y: number, month: number) => byDate(iso(y, month, lastDayOfMonth(y, Math.min(Math.max(month, 1), 12))));
  return [
    // 2023年8月31日前, 8月31日前, 2023年11月30日
    [new RegExp(`^(?:${Y})?${M}${D}${B}?$`), (m, y) => byDate(iso(readYear(m[1], y), readSmallNumber(m[2]!), readSmallNumber(m[3]!)))],
    // 2023.8.31, 2023-08-31 前
    [/^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:之前|以前|前)?$/, (m) => byDate(iso(Number(m[1]), Number(m[2]), Number(m[3])))],
    // 2023年12月底前, 12月底前, 十二月底前, 9月末
    [new RegExp(`^(?:${Y})?${M}份?(?:底|末)${B}?$`), (m, y) => monthEnd(readYear(m[1], y), readSmallNumber(m[2]!))],
    // 6月前, 2023年6月份之前: before month N begins
    [new RegExp(`^(?:${Y})?${M}份?${B}$`), (m, y) => {
      const year = readYear(m[1], y);
      const month = readSmallNumber(m[2]!);
      if (!(month >= 1 && month <= 12)) return null;
      return month === 1 ? byDate(iso(year - 1, 12, 31)) : monthEnd(year, month - 1);
    }],
    // 2023年9月, 9月份: due within that month
    [new RegExp(`^(?:${Y})?${M}份?(?:内)?$`), (m, y) => monthEnd(readYear(m[1], y), readSmallNumber(m[2]!))],
    // 2023年底前, 2023年年底前, 年底前, 今年底
    [new RegExp(`^(?:${Y}年?|年)(?:底|末)${B}?$`), (m, y) => byDate(iso(readYear(m[1], y), 12, 31))],
    // 上半年, 2023年下半年
    [new RegExp(`^(?:${Y})?(上|下)半年(?:内|底|末|${B})?$`), (m, y) => {
      const year = readYear(m[1], y);
      return byDate(m[2] === '上' ? iso(year, 6, 30) : iso(year, 12, 31));
    }],
    // 一季度, 第一季度, 2023年第三季度末前
    [new RegExp(`^(?:${Y})?${Q}(?:内|底|末)?${B}?$`), (m, y) => monthEnd(readYear(m[1], y), readSmallNumber(m[2]!) * 3)],
  ];
}

const CELL_READERS = cellReaders();

const YEAR_ROUND_CELL = /^(?:全年|全年度|全年推进|全年持续推进|全年内|年内|年度内|本年度|本年内|今年|今年内)$/;
const BARE_YEAR_CELL = /^((?:19|20)\d{2})年(?:全年|内|度|度内)?$/;
const ONGOING_CELL = /^(?:长期|长期坚持|长期推进|长期执行|长期开展|持续|持续推进|持续开展|持续实施|常态化|常态化推进|常态化开展|经常性|动态更新|动态调整|及时|随时)$/;
const NO_TIME_CELL = /^(?:按要求|按规定|按规定时限|按时限要求|按上级要求|适时|视情况)$/;

/** Reads one compacted phrase; null when the phrase is not a deadline this module knows. */
function readCell(text: string, year: number): Deadline | null {
  if (YEAR_ROUND_CELL.test(text)) return YEAR_ROUND;
  const bare = BARE_YEAR_CELL.exec(text);
  if (bare) return Number(bare[1]) === year ? YEAR_ROUND : byDate(iso(Number(bare[1]), 12, 31));
  if (ONGOING_CELL.test(text)) return ONGOING;
  if (NO_TIME_CELL.test(text)) return UNSPECIFIED;
  for (const [re, make] of CELL_READERS) {
    const m = re.exec(text);
    if (m) return make(m, year);
  }
  return null;
}

/** Reads a whole cell, accepting a cell that prints the same deadline twice. */
/** A deadline's closing verb (2023年6月底前完成, 11月底前办结): the date is the deadline. */
const DONE = /(?:完成|办结)(?:任务|工作)?$/;

function readWholeCell(raw: string, year: number): Deadline | null {
  const text = compactCell(raw);
  if (text === '') return null;
  const once = readCell(text, year) ?? (DONE.test(text) ? readCell(text.replace(DONE, ''), year) : null);
  if (once) return once;
  // The repeat may be formatted differently (12月底前2023年12月底前); both halves must agree.
  for (let cut = 1; cut < text.length; cut++) {
    const a = readCell(text.slice(0, cut), year);
    if (!a) continue;
    const b = readCell(text.slice(cut), year);
    if (b && a.kind === b.kind && a.date === b.date) return a;
  }
  return null;
}

/** Normalises a printed deadline cell with the notice's year; empty or unrecognised cells are `unspecified`. */
export function parseDeadline(raw: string | null, year: number): Deadline {
  if (raw === null) return UNSPECIFIED;
  return readWholeCell(raw, year) ?? UNSPECIFIED;
}

/** True when the cell is a deadline parseDeadline understands; false for empty cells and extraction noise. */
export function isRecognisedDeadline(raw: string, year: number): boolean {
  return readWholeCell(raw, year) !== null;
}

/**
 * Dated phrases inside running text. Only phrases that end in 前 (底前, 日前, 月前 …) state a
 * due date; 年内 and 每年 do not. Chinese-numeral months only after a year or outside a
 * word, since 统一月底 or 第一季度 inside a sentence are not months.
 */
function textPattern(): RegExp {
  const { year: Y, month: M, day: D, quarter: Q, before: B } = dateParts('\\s*');
  const sp = '\\s*';
  return new RegExp(
    [
      `(?:${Y}${sp})?${M}${sp}${D}${sp}${B}`,
      `(?:${Y}${sp})?${M}${sp}份?${sp}(?:底|末)?${sp}${B}`,
      `(?:${Y}${sp}年?|(?<![每上去前明往历次该各当同\\d])年)${sp}(?:底|末)${sp}${B}`,
      `(?:${Y}${sp})?${Q}${sp}(?:底|末)?${sp}${B}`,
    ].join('|'),
    'g',
  );
}

const IN_TEXT = textPattern();
/** A month written in Chinese numerals glued to a preceding word (统一月, 第一季度) is not a date. */
const GLUED_CN_NUMERAL = /[\u4e00-\u9fff]$/;
/** Words after which a dated phrase recurs (每年6月底前) rather than falls due once. */
const RECURRING_BEFORE = /每\s*(?:年|个?\s*月|季度)?\s*$/;

/** Finds the first explicit due date stated in a requirement text (2021年年底前, 9月底前实现…), with the phrase as printed; null when none. */
export function findDeadlineInText(text: string, year: number): { raw: string; deadline: Deadline } | null {
  const folded = foldWidth(text);
  IN_TEXT.lastIndex = 0;
  for (const m of folded.matchAll(IN_TEXT)) {
    const raw = text.slice(m.index, m.index + m[0].length);
    const before = folded.slice(Math.max(0, m.index - 4), m.index);
    if (RECURRING_BEFORE.test(before)) continue;
    // A leading Chinese numeral must not continue a word (统一月底前 is not January).
    const cnMonthFirst = /^[一二三四五六七八九十]/.test(m[0]) && !/^[〇零一二三四五六七八九]{4}\s*年/.test(m[0]);
    if (cnMonthFirst && GLUED_CN_NUMERAL.test(before) && !/[于在至到将并须需要应]$/.test(before)) continue;
    const deadline = readCell(compactCell(raw), year);
    if (!deadline || deadline.kind !== 'by-date' || deadline.date === null) continue;
    // A date before the notice's year describes the past (2012年1月1日以前制定的规章), not a due date.
    if (Number(deadline.date.slice(0, 4)) < year) continue;
    return { raw, deadline };
  }
  return null;
}
