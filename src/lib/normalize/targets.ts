import type { Target } from '../../schemas/task.ts';

/**
 * Measurable targets stated in a requirement text: counts (不少于10次, 至少1次,
 * 一次), shares (50%, 不低于4%), time limits (10个工作日内, 24小时内, 1个月内) and
 * frequencies (每季度, 每月). `text` is the phrase exactly as printed.
 *
 * What is not a target: years and dates (2023年, 8月底前 are deadlines), ordinals
 * (第6版, 第713号), item numbers, telephone numbers (12345), and counts of categories
 * that describe scope rather than a commitment (16个重点领域, 9类困难群众).
 */

const CN: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 百: 100 };

/** Reads a small number in Arabic or Chinese numerals (1, 10, 一, 两, 十五, 二十). */
function readNumber(s: string): number {
  const t = s.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === '十') return 10;
  if (t.startsWith('十')) return 10 + (CN[t[1]!] ?? 0);
  const ten = t.indexOf('十');
  if (ten > 0) return (CN[t[0]!] ?? 0) * 10 + (CN[t[ten + 1] ?? ''] ?? 0);
  if (t.length === 1) return CN[t] ?? NaN;
  return NaN;
}

const NUM = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,3})';
const SP = '\\s*';

/** Patterns in order of precedence; on overlap the longest match wins. */
const RULES: { kind: Target['kind']; re: RegExp; unit: (m: RegExpExecArray) => string; value: (m: RegExpExecArray) => number }[] = [
  {
    // 不少于10次, 至少开展 1 次, 至少采用5种, 不低于5场, 不少于 10 次
    kind: 'count',
    re: new RegExp(`(?:不少于|至少|不低于|不得少于|最少)[\\u4e00-\\u9fff]{0,4}?${SP}${NUM}${SP}(次|场|期|批|篇|条|个|项|种|轮|家|人次|名)`, 'g'),
    unit: (m) => m[2]!,
    value: (m) => readNumber(m[1]!),
  },
  {
    // 年内举办一次培训班, 每年组织1次, 轮训一遍: a verb of doing followed by a count of times
    kind: 'count',
    re: new RegExp(`(?:举办|召开|开展|组织|听取|发布|解读|评估|检查|培训|轮训)${SP}${NUM}${SP}(次|场|遍|期|轮)`, 'g'),
    unit: (m) => m[2]!,
    value: (m) => readNumber(m[1]!),
  },
  {
    // 50%, 不得低于50%, 达到100%, 不应低于4%, 90%以上
    kind: 'share',
    re: new RegExp(`(?:(?:不得|不应|不)?(?:低于|少于)|达到|超过|提高到|提升至)?${SP}(\\d+(?:\\.\\d+)?)${SP}[%％](?:以上)?`, 'g'),
    unit: () => '%',
    value: (m) => Number(m[1]!.normalize('NFKC')),
  },
  {
    // 10个工作日内, 24小时内, 1个月内, 30日内, 3年内, 5小时内
    kind: 'time-limit',
    re: new RegExp(`${NUM}${SP}(?:个)?${SP}(工作日|小时|个月|月|日|天|周|年)${SP}(?:内|以内)`, 'g'),
    unit: (m) => (m[2] === '月' ? '个月' : m[2]!),
    value: (m) => readNumber(m[1]!),
  },
  {
    // 每季度应向社会公开…, 每月更新, 每年发布: how often something recurs
    kind: 'frequency',
    re: /每(季度|月|周|半年|年)(?=[\u4e00-\u9fff])(?!度|报|的)/g,
    unit: (m) => m[1]!,
    value: () => 1,
  },
];

/** Finds the measurable targets in a requirement text, in order of appearance. */
export function findTargets(text: string): Target[] {
  const found: (Target & { start: number; end: number })[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const value = rule.value(m);
      if (!Number.isFinite(value)) continue;
      const phrase = m[0].trim();
      const start = m.index + m[0].indexOf(phrase);
      // A year's digits ("2023年") are a date, never a time limit of 2023 years.
      if (rule.kind === 'time-limit' && value >= 1900) continue;
      found.push({ text: phrase, kind: rule.kind, value, unit: rule.unit(m), start, end: start + phrase.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: typeof found = [];
  for (const t of found) {
    const overlap = kept.find((k) => t.start < k.end && k.start < t.end);
    if (!overlap) kept.push(t);
    else if (t.end - t.start > overlap.end - overlap.start) kept.splice(kept.indexOf(overlap), 1, t);
  }
  kept.sort((a, b) => a.start - b.start);
  // "每年至少开展1次": the frequency only says what the count counts; keep the count alone.
  const folded = kept.filter((t, i) => !(t.kind === 'frequency' && kept.slice(i + 1).some((n) => n.kind === 'count' && n.start - t.end <= 6)));
  return folded.map(({ text, kind, value, unit }) => ({ text, kind, value, unit }));
}
