import type { Target } from '../../schemas/task.ts';

/**
 * Measurable targets stated in a requirement text. `text` is the phrase exactly as printed
 * (spaces kept), so a page can mark it; full-width digits and ％ are read like ASCII.
 *
 * What counts:
 * - count: a quantifier (不少于, 至少, 不低于, 不得少于, 最少 …), up to four characters of
 *   verb, a number and a measure word: 不少于 10 次, 至少采用5种, 至少组织 1 次. Without a
 *   quantifier, only a number of times counts, and the text is the number and measure word
 *   alone: Arabic digits with 次, 场, 轮, 遍 anywhere but after 第 (开展2次 → 2次), Chinese
 *   numerals (and 期) only right after a verb of doing (举办一次培训班 → 一次), since 一次性,
 *   新一轮 and 1期工程 are not counts.
 * - share: a percentage, with its comparison when printed (不得低于50%, 达到100%, 90%以上).
 * - time-limit: a number of 工作日, 小时, 个月, 日, 天, 周 or 年 followed by 内/以内/之内
 *   (10 个工作日内, 24小时内, 3年内, 半年内 = 0.5 年). A month needs 个 (12月内 is "within
 *   December"), and a day right after a month (8月15日内) is a date.
 * - frequency: 每 + 季度, 月, 周, 半年, 年, 日 (or 每两年 …) followed by the action that
 *   recurs or the date it recurs on (每季度应向社会公开 → 1 per 季度; 每年6月底前公开 →
 *   1 per 年). When a count follows within a few characters (每年至少开展1次), a
 *   once-per-period frequency is folded into the count: only the count is kept. 每两年开展
 *   一次 keeps both.
 *
 * What does not count:
 * - years and dates (2023年, 8月底前 are deadlines, see deadline.ts), ordinals (第6版,
 *   国务院令第713号), item numbers（3）, telephone numbers (12345 热线);
 * - numbers that size the scope of a list rather than set a level to reach: 9类困难群众,
 *   等16个重点领域, "十条"政策, 两张皮. With a quantifier (至少16个) they do count;
 * - minimum durations without 内 (公示期不少于5个工作日): they bound the period from below,
 *   which none of the four kinds expresses;
 * - 每年度, 每月度, 每年的, 每年报 …: 每 glued to a compound names a period, not a recurrence.
 * Overlapping matches are resolved by keeping the longest.
 */

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a number in Arabic or Chinese numerals up to 999 (10, 2.5, 一, 两, 十五, 二十, 一百), or 半 as 0.5; NaN when malformed. */
function readNumber(s: string): number {
  const t = s.replace(/\s+/g, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t === '半') return 0.5;
  let total = 0;
  let digit: number | null = null;
  for (const c of t) {
    if (c === '十' || c === '百') {
      total += (digit ?? 1) * (c === '十' ? 10 : 100);
      digit = null;
    } else if (c === '零' || c === '〇') {
      if (total === 0) return NaN;
    } else {
      const d = CN_DIGIT[c];
      if (d === undefined || digit !== null) return NaN;
      digit = d;
    }
  }
  return t === '' ? NaN : total + (digit ?? 0);
}

/**
 * Full-width ASCII (２０２３, ％) to ASCII and the ideographic space to a space, one
 * character for one, so that offsets in the folded text are offsets in the printed text.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const SP = '\\s*';
/** Arabic digits not continuing a longer number. */
const ARABIC = '(?<![\\d.])(\\d+(?:\\.\\d+)?)';
const CN = '([一二两三四五六七八九十百][零〇一二两三四五六七八九十百]{0,3})';
const NUM = `(?:${ARABIC}|${CN})`;
const QUANTIFIER = '(?:不少于|不低于|不得少于|不得低于|不应少于|不应低于|不能少于|至少|最少|最低)';
const COUNT_UNIT = '(人次|次|场|期|批|篇|条|项|种|轮|家|名|人|遍|份|部|套|所|位|个(?!\\s*(?:工作日|月|小时|自然日|星期)))';
const TIMES_UNIT = '(次|场|期|轮|遍)';
/** Without a verb, 期 is as often a phase (1期工程) as a session, so bare digits count only these. */
const BARE_TIMES_UNIT = '(次|场|轮|遍)';
const DOING = '(?:举办|举行|召开|开展|组织|听取|发布|解读|评估|评价|检查|督查|抽查|培训|轮训|进行|通报|调度|调研|更新|报送|公开)';
const SHARE_COMPARE = '(?:(?:不得|不应|不能|不)?(?:低于|少于|高于|超过)|达到|提高到|提高至|提升到|提升至|保持在|控制在)';

type Rule = {
  kind: Target['kind'];
  re: RegExp;
  /** The value and unit of a match, or null when the match is not a target after all. */
  read: (m: RegExpExecArray) => { value: number; unit: string } | null;
};

/** The number captured by NUM: group i (Arabic) or i+1 (Chinese). */
const numberAt = (m: RegExpExecArray, i: number) => readNumber(m[i] ?? m[i + 1] ?? '');

const RULES: Rule[] = [
  {
    // 不少于10次, 至少开展 1 次, 至少采用5种, 至少听取一次
    kind: 'count',
    re: new RegExp(`${QUANTIFIER}[\\u4e00-\\u9fff]{0,4}?${SP}${NUM}${SP}${COUNT_UNIT}`, 'g'),
    read: (m) => ({ value: numberAt(m, 1), unit: m[3]! }),
  },
  {
    // 开展2次, 召开 3 场: Arabic digits of times, not an ordinal (第2次)
    kind: 'count',
    re: new RegExp(`(?<!第${SP})${ARABIC}${SP}${BARE_TIMES_UNIT}(?!性)`, 'g'),
    read: (m) => ({ value: readNumber(m[1]!), unit: m[2]! }),
  },
  {
    // 举办一次培训班, 轮训一遍: Chinese numerals only right after a verb (一次性, 第一次 are not counts)
    kind: 'count',
    re: new RegExp(`(?<=${DOING}${SP})${CN}${SP}${TIMES_UNIT}(?!性)`, 'g'),
    read: (m) => ({ value: readNumber(m[1]!), unit: m[2]! }),
  },
  {
    // 50%, 不得低于50%, 达到100%, 90%以上
    kind: 'share',
    re: new RegExp(`(?:${SHARE_COMPARE}${SP})?${ARABIC}${SP}%(?:以上|以下)?`, 'g'),
    read: (m) => ({ value: readNumber(m[1]!), unit: '%' }),
  },
  {
    // 百分之五十
    kind: 'share',
    re: new RegExp(`(?:${SHARE_COMPARE}${SP})?百分之${CN}(?:以上|以下)?`, 'g'),
    read: (m) => ({ value: readNumber(m[1]!), unit: '%' }),
  },
  {
    // 10个工作日内, 24小时内, 1个月内, 15日内, 3年内, 半年内; not 8月15日内 or 上半年内
    kind: 'time-limit',
    re: new RegExp(`(?<![月第\\d.])(?:${NUM}|(?<![上下])(半))${SP}(个)?${SP}(工作日|小时|月|日|天|周|星期|年)${SP}(?:以内|之内|内)`, 'g'),
    read: (m) => {
      const value = m[3] === '半' ? 0.5 : numberAt(m, 1);
      const unit = m[5]!;
      if (unit === '月' && m[4] === undefined) return null;
      // A year's digits (2023年内) are a date, not a time limit of 2023 years.
      if (unit === '年' && value >= 100) return null;
      return { value, unit: unit === '月' ? '个月' : unit };
    },
  },
  {
    // 每季度应向社会公开, 每月更新, 每两年开展: a recurrence followed by what recurs
    kind: 'frequency',
    re: new RegExp(`每${SP}(?:${NUM}${SP})?(?:个${SP})?(季度|半年|月|周|年|日|天)(?=${SP}[\\u4e00-\\u9fff\\d])(?!${SP}[度报的份])`, 'g'),
    read: (m) => ({ value: m[1] === undefined && m[2] === undefined ? 1 : numberAt(m, 1), unit: m[3]! }),
  },
];

type Found = Target & { start: number; end: number };

/** Finds the measurable targets (counts, shares, time limits, frequencies) printed in a requirement text, in order of appearance. */
export function findTargets(text: string): Target[] {
  const folded = foldWidth(text);
  const found: Found[] = [];
  for (const rule of RULES) {
    for (const m of folded.matchAll(rule.re)) {
      const read = rule.read(m);
      if (!read || !Number.isFinite(read.value)) continue;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ text: text.slice(start, end), kind: rule.kind, value: read.value, unit: read.unit, start, end });
    }
  }
  // Longest first, then earliest: a phrase inside a longer one is the same target read twice.
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const t of byLength) {
    if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  }
  kept.sort((a, b) => a.start - b.start);
  // 每年至少开展1次: a once-per-period frequency only says what the count is counted over;
  // 每两年开展一次 keeps both, since the count alone would lose the two years.
  const folds = (t: Found, i: number) => t.kind === 'frequency' && t.value === 1 && kept.slice(i + 1).some((n) => n.kind === 'count' && n.start >= t.end && n.start - t.end <= 6);
  return kept.filter((t, i) => !folds(t, i)).map(({ text: printed, kind, value, unit }) => ({ text: printed, kind, value, unit }));
}
