/**
 * Place names in the real corpus's wording, turned into slots and filled again for another
 * jurisdiction: 冠县人民政府网 → {county}人民政府网 → 兰陵县人民政府网; 全区 (a district's
 * notice) → 全{t} → 全县 in a county's. Pure.
 */
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';

/** The slots a template may hold. */
export type PlaceSlot = 'county' | 'countyShort' | 'prefecture' | 'prefectureShort' | 'province' | 'provinceShort' | 't';

/** The words that fill each slot for one jurisdiction. */
export type PlaceForms = Record<PlaceSlot, string>;

/** The one-character type word a county-level division prints before its bureaus (县教育局, 区财政局, 市民政局, 旗…). */
export function typeWord(name: string): string | null {
  const last = name.slice(-1);
  return last === '县' || last === '区' || last === '市' || last === '旗' ? last : null;
}

/** 兰陵县 → 兰陵, 冠县 → 冠县 (a one-character stem is never printed alone). */
function shortName(name: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

/** The province's two-or-three-character name: 山东省 → 山东, 广西壮族自治区 → 广西, 北京市 → 北京. */
export function provinceShort(province: string): string {
  return shortName(province, ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '省', '市']);
}

/** Every slot's words for a jurisdiction. */
export function placeForms(j: Jurisdiction): PlaceForms {
  return {
    county: j.name,
    countyShort: shortName(j.name, ['自治县', '县', '区', '市', '旗']),
    prefecture: j.prefecture,
    prefectureShort: shortName(j.prefecture, ['地区', '市', '盟']),
    province: j.province,
    provinceShort: provinceShort(j.province),
    t: typeWord(j.name) ?? '县',
  };
}

/** Words built on the type character that a notice uses of its own jurisdiction (全县, 我区, 县委, 县直). */
const TYPE_WORDS: readonly (readonly [word: string, side: 'before' | 'after'])[] = [
  ...['全', '我', '本'].map((w) => [w, 'before'] as const),
  ...['委', '政府', '级', '直', '属'].map((w) => [w, 'after'] as const),
];

/**
 * Replaces the jurisdiction's own names (longest first) and the words built on its type
 * character with slots: 济宁12345热线 → {prefectureShort}12345热线. Text already holding
 * a brace is refused, so that a slot is never confused with printed text.
 */
export function toTemplate(text: string, source: Jurisdiction): string {
  if (/[{}]/.test(text)) throw new Error(`text holds a brace and cannot be a template: ${text}`);
  const forms = placeForms(source);
  const names = (['county', 'prefecture', 'province', 'countyShort', 'prefectureShort', 'provinceShort'] as const)
    .map((slot) => [slot, forms[slot]] as const)
    .filter(([, word]) => word.length >= 2)
    .sort((a, b) => b[1].length - a[1].length);
  const seen = new Set<string>();
  const alternatives = names.filter(([, word]) => !seen.has(word) && seen.add(word));
  const slotOf = new Map(alternatives.map(([slot, word]) => [word, slot]));
  const pattern = new RegExp(alternatives.map(([, word]) => escapeRegExp(word)).join('|'), 'g');
  let out = text.replace(pattern, (word) => `{${slotOf.get(word)}}`);
  const t = forms.t;
  for (const [word, side] of TYPE_WORDS) {
    const printed = side === 'before' ? `${word}${t}` : `${t}${word}`;
    out = out.replaceAll(printed, side === 'before' ? `${word}{t}` : `{t}${word}`);
  }
  return out;
}

/** Fills every slot of a template with a jurisdiction's words. */
export function fillTemplate(template: string, forms: PlaceForms): string {
  return template.replace(/\{(county|countyShort|prefecture|prefectureShort|province|provinceShort|t)\}/g, (_, slot: PlaceSlot) => forms[slot]);
}

/** The year words of a template (2023年, 〔2022〕) as offsets from the notice's plan year: {y}, {y-1}, {y+1}. */
export function yearsToTemplate(text: string, planYear: number): string {
  return text.replace(/(?<!\d)((?:19|20)\d{2})(?=年|〕)/g, (year) => {
    const offset = Number(year) - planYear;
    return offset === 0 ? '{y}' : `{y${offset > 0 ? '+' : ''}${offset}}`;
  });
}

/** Fills the year slots for a plan year. */
export function fillYears(template: string, planYear: number): string {
  return template.replace(/\{y([+-]\d+)?\}/g, (_, offset?: string) => String(planYear + Number(offset ?? 0)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The one-character abbreviation printed at the head of a province's document numbers (鲁政办发, 川办发). */
export const PROVINCE_ABBREVIATION: Readonly<Record<string, string>> = {
  北京: '京', 天津: '津', 河北: '冀', 山西: '晋', 内蒙古: '内', 辽宁: '辽', 吉林: '吉', 黑龙江: '黑',
  上海: '沪', 江苏: '苏', 浙江: '浙', 安徽: '皖', 福建: '闽', 江西: '赣', 山东: '鲁', 河南: '豫',
  湖北: '鄂', 湖南: '湘', 广东: '粤', 广西: '桂', 海南: '琼', 重庆: '渝', 四川: '川', 贵州: '黔',
  云南: '云', 西藏: '藏', 陕西: '陕', 甘肃: '甘', 青海: '青', 宁夏: '宁', 新疆: '新',
};
