import type { Deadline } from '../../schemas/task.ts';

/**
 * Deadlines as printed in a notice's 完成时限 cell, normalised to {kind, date}.
 * `date` is the last day by which a by-date task is due. Month-only phrases take the
 * notice's year (9月底前 in a 2023 notice is 2023-09-30).
 */

const UNSPECIFIED: Deadline = { kind: 'unspecified', date: null };

const CN_NUM: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Reads 1–31 written in Arabic or Chinese numerals (九, 十二, 二十九). */
function num(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1) return CN_NUM[s] ?? NaN;
  if (s[0] === '十') return 10 + (CN_NUM[s[1]!] ?? NaN);
  if (s[1] === '十') return (CN_NUM[s[0]!] ?? NaN) * 10 + (s[2] ? (CN_NUM[s[2]] ?? NaN) : 0);
  return NaN;
}

/** Reads a year written in Arabic or Chinese digits (2023, 二〇二三). */
function yearOf(s: string): number {
  return /^\d{4}$/.test(s) ? Number(s) : Number([...s].map((c) => CN_NUM[c] ?? 'x').join(''));
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | null {
  if (!(year > 1900 && month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Full-width digits to ASCII, white space out: 2023 年 12 月底前 → 2023年12月底前. */
function compactDeadline(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '');
}

const Y = '((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年';
const M = '(\\d{1,2}|[一二三四五六七八九十]{1,3})月';
const D = '(\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]';
const QUARTER = /^(?:(?:19|20)\d{2}年)?(?:第)?([一二三四1-4])季度(?:末|底)?(?:前|之前)?$/;

/** The by-date phrases, tried in order; each yields an ISO date from its match and the notice year. */
const BY_DATE: [RegExp, (m: RegExpExecArray, year: number) => string | null][] = [
  // 2023年8月31日前, 8月31日前, 2023年11月30日
  [new RegExp(`^(?:${Y})?${M}${D}(?:前|之前|以前)?$`), (m, y) => iso(m[1] ? yearOf(m[1]) : y, num(m[2]!), num(m[3]!))],
  // 2023年12月底前, 12月底前, 9月底前, 2023年6月前? (6月前 = before June: end of May)
  [new RegExp(`^(?:${Y})?${M}(?:底|末|份)(?:前|之前|以前)?$`), (m, y) => {
    const year = m[1] ? yearOf(m[1]) : y;
    const month = num(m[2]!);
    return iso(year, month, lastDayOfMonth(year, month));
  }],
  [new RegExp(`^(?:${Y})?${M}(?:前|之前|以前)$`), (m, y) => {
    const year = m[1] ? yearOf(m[1]) : y;
    const month = num(m[2]!);
    // "6月前" means before June begins: the last day of May.
    return month === 1 ? iso(year - 1, 12, 31) : iso(year, month - 1, lastDayOfMonth(year, month - 1));
  }],
  // 2023年底前, 2023年年底前, 年底前, 年底
  [new RegExp(`^(?:${Y})?(?:年)?(?:底|末)(?:前|之前|以前)?$`), (m, y) => iso(m[1] ? yearOf(m[1]) : y, 12, 31)],
  // 上半年, 2023年上半年 → 06-30; 下半年 → 12-31
  [new RegExp(`^(?:${Y})?(上|下)半年(?:内|前)?$`), (m, y) => iso(m[1] ? yearOf(m[1]) : y, m[2] === '上' ? 6 : 12, m[2] === '上' ? 30 : 31)],
];

/** Phrases that mean the task runs all year (or within the year, no day named). */
const YEAR_ROUND = /^(全年|全年度|全年推进|全年持续|年内|全年内|本年度|年度内|(?:19|20)\d{2}年(?:全年|内|度)?)$/;
/** Phrases that mean the task has no end. */
const ONGOING = /^(长期|长期坚持|长期推进|长期执行|持续推进|持续开展|持续|常态化|常态化推进|常态化开展|经常性|动态更新|动态调整|及时|随时|按要求|按规定时限)$/;

function parseOne(text: string, year: number): Deadline | null {
  if (text === '') return UNSPECIFIED;
  if (YEAR_ROUND.test(text)) {
    const y = /^((?:19|20)\d{2})年/.exec(text);
    // A bare year that is not the notice's own still means "within that year": read as its last day.
    if (y && Number(y[1]) !== year) return { kind: 'by-date', date: iso(Number(y[1]), 12, 31) };
    return { kind: 'year-round', date: null };
  }
  if (ONGOING.test(text)) return { kind: 'ongoing', date: null };
  const q = QUARTER.exec(text);
  if (q) {
    const ym = /^((?:19|20)\d{2})年/.exec(text);
    const y = ym ? Number(ym[1]) : year;
    const quarter = num(q[1]!) || Number(q[1]);
    const month = quarter * 3;
    return { kind: 'by-date', date: iso(y, month, lastDayOfMonth(y, month)) };
  }
  for (const [re, make] of BY_DATE) {
    const m = re.exec(text);
    if (m) {
      const date = make(m, year);
      return date ? { kind: 'by-date', date } : null;
    }
  }
  return null;
}

/** Splits a cell into the phrase and anything an extraction repeated after it (2023年12月底前2023年12月底前). */
function dedupeRepeat(text: string): string {
  const half = text.length / 2;
  if (Number.isInteger(half) && half > 0 && text.slice(0, half) === text.slice(half)) return text.slice(0, half);
  return text;
}

/** Normalises a printed deadline with the notice's year; anything unrecognised is `unspecified`. */
export function parseDeadline(raw: string | null, year: number): Deadline {
  if (raw === null) return UNSPECIFIED;
  const text = dedupeRepeat(compactDeadline(raw)).replace(/[。.，,；;]+$/, '');
  return parseOne(text, year) ?? UNSPECIFIED;
}

/** True when parseDeadline understands the cell (so the importer can warn about the rest). */
export function isRecognisedDeadline(raw: string, year: number): boolean {
  const text = dedupeRepeat(compactDeadline(raw)).replace(/[。.，,；;]+$/, '');
  return text !== '' && parseOne(text, year) !== null;
}

/** Dated phrases inside a requirement text that state when the task is due. */
const IN_TEXT = new RegExp(
  [
    `(?:${Y})?${M}${D}(?:前|之前|以前)`,
    `(?:${Y})?${M}(?:底|末)(?:前|之前|以前)?`,
    `${Y}年?(?:底|末)(?:前|之前|以前)`,
    `${Y}(?:上|下)半年`,
  ].join('|'),
  'g',
);

/**
 * Finds the first explicit deadline stated inside a requirement text
 * (2021年年底前，确保…; 于2023年8月底前对照…; 9月底前实现…). Recurring phrases
 * (每年, 年内) are not deadlines.
 */
export function findDeadlineInText(text: string, year: number): { raw: string; deadline: Deadline } | null {
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  for (const m of compact.matchAll(IN_TEXT)) {
    const raw = m[0];
    const before = compact.slice(Math.max(0, m.index - 2), m.index);
    // "每年6月底前" recurs every year; "第6版" and similar never reach here.
    if (/每年?$|每$/.test(before)) continue;
    const deadline = parseOne(raw, year);
    if (deadline && deadline.kind === 'by-date') return { raw, deadline };
  }
  return null;
}
