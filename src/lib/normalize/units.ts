/**
 * Responsible units: splitting a printed unit cell into units, and mapping each
 * printed unit name to a codebook department through the registry
 * (content/registry/departments.yaml). Pure: no file system, no clock.
 *
 * The cells come from PDF, Word and web extractions, so the splitter repairs the
 * damage those leave behind (names broken by a space or a line break, a missing
 * delimiter, a stray delimiter, HTML fragments) while keeping every name as printed.
 */
import type { Department } from '../../schemas/department.ts';
import type { UnitRole } from '../../schemas/task.ts';

/** One unit split from a printed cell: its printed name (extraction damage repaired) and its role. */
export interface SplitUnit {
  name: string;
  role: UnitRole;
}

/** The codebook id a printed unit name maps to, and the registry rule that decided it (`variant:教体局`, `pattern:^教育`). */
export interface UnitMapping {
  department: string;
  rule: string;
}

/**
 * County (district) names of the corpus that are printed in front of a bureau name
 * without 县/区 (乐至生态环境局) or with it (冠县, 兖州区). Longer forms come first so
 * that 乐至县 is peeled off whole. Names of other counties are peeled off by the looser
 * PLACE_NAME rule, tried only when these exact prefixes find nothing.
 */
const COUNTY_NAMES = [
  '乐至县', '商河县', '利津县', '兖州区', '济宁市', '聊城市', '资阳市', '济南市', '东营市',
  '冠县', '乐至', '商河', '利津', '兖州',
] as const;

/**
 * Jurisdiction prefixes peeled off one at a time before matching, longest first:
 * 国家税务总局冠县税务局 → 冠县税务局 → 税务局, 县直各部门（单位） → 各部门（单位）,
 * 区委编办 → 编办, 县级有关部门 → 有关部门.
 */
const PREFIXES = [
  '国家税务总局', '中共', ...COUNTY_NAMES,
  '省级', '县级', '区级', '市级', '省直', '县直', '区直', '市直', '省委', '县委', '区委', '市委', '省', '县', '区', '市',
] as const;

/** Delimiters between units. Line breaks and spaces are handled apart because they also break names. */
const DELIMITERS = new Set(['、', '，', ',', '；', ';', '／', '/']);

/**
 * Stand-ins (private-use characters) for the delimiters inside a collective's name
 * (各乡镇人民政府、街道办事处), so that splitting passes them by; restored as printed.
 */
const KEPT_DELIMITERS: Record<string, string> = { '、': '\uE000', '，': '\uE001', ',': '\uE002' };

/**
 * Collectives whose printed name contains a delimiter. They stay whole: splitting
 * 各乡镇人民政府、街道办事处 would yield two halves that each mean something else.
 */
const COLLECTIVES_WITH_DELIMITER = [
  /(?:乡镇|镇|乡)人民政府[、，,]各?街道办事处/g,
  /(?:各|有关|相关)(?:乡镇|镇|乡)[、，,]各?(?:街道办事处|街道办|街道)/g,
  /各(?:有关|相关)?部门[、，,]各?(?:有关|相关)?单位/g,
];

/** How a complete unit name ends; a fragment that ends otherwise is the first half of a broken name. */
const COMPLETE_END = /(?:局|办|室|委|会|中心|部|科|司|团|府|处|队|所|站|院|区|镇|乡|街道|单位|门|）|\))$/;

/** How a unit name starts when it follows another one: a jurisdiction, a county, a collective word. */
const UNIT_START = new RegExp(`^(?:${['县', '区', '市', '各', '国家', '中共', '省', '其他', '其它', '有关', '相关', '等', ...COUNTY_NAMES].join('|')})`);

/** A named township or sub-district, which starts without any prefix (清泉街道, 东古城镇). */
const TOWNSHIP_NAME = /^(?!各|有关|相关)[\u4e00-\u9fff]{1,8}(?:街道办事处|街道|镇|乡)(?:人民政府)?$/;

/** The `…等县级部门` that closes a list: the departments listed, plus all the others. */
const ETC_COLLECTIVE = /^(.*?)(等(?:县级|区级|市级|县直|区直)?(?:有关|相关|其他|其它|各)?(?:部门|单位)(?:（单位）|\(单位\)|、?单位)?)$/;

/** Labels that assign roles inside one cell (牵头单位：A；配合单位：B). */
const ROLE_LABEL = /(牵头单位|牵头部门|牵头科室|牵头处室|主责单位|主责部门|责任单位|责任部门|责任科室|责任处室|责任股室|配合单位|配合部门|配合科室|协办单位|协助单位|参与单位|牵头|配合|协办)\s*[：:]/g;

/**
 * Splits a printed unit cell into units with their roles. Delimiters are 、，,；;／/,
 * line breaks, 及/以及 and 和 before 其他/各; collectives that contain a delimiter stay whole;
 * `A、B等县级部门` yields A, B and the collective 等县级部门; a trailing bare 等 is dropped;
 * a parenthetical alias stays with its unit; names broken by a space or line break are
 * rejoined; names run together are split before 县/区/市; HTML tags and empty items go.
 * Roles: 牵头单位 → lead; 责任单位 beside a 牵头单位 → co; 配合/协办/协助/参与单位 → co;
 * 责任单位 without a 牵头单位, and a cell without labels → `responsible`.
 */
export function splitUnits(raw: string): SplitUnit[] {
  const units: SplitUnit[] = [];
  for (const segment of roleSegments(stripHtml(raw))) {
    for (const name of splitNames(segment.text)) units.push({ name, role: segment.role });
  }
  return units;
}

/**
 * Repairs extraction damage in one printed unit name: removes HTML tags and every
 * white space (a PDF line break or space inside a name) and a trailing bare 等.
 * The printed characters are otherwise kept (parentheses stay as printed).
 */
export function normalizeUnitName(name: string): string {
  return stripHtml(name).replace(/\s+/g, '').replace(/等$/, '');
}

/**
 * Maps one printed unit name to a codebook id through the registry, or returns null
 * when no rule matches (the caller warns; nothing is guessed). Variants are matched
 * exactly against the name with its jurisdiction prefixes peeled off one by one
 * (and without a trailing parenthetical alias); then patterns in registry order.
 */
export function mapUnit(name: string, registry: readonly Department[]): UnitMapping | null {
  const key = toMatchKey(name);
  if (key === '') return null;
  const forms = matchForms(key);
  // Variants first, least-stripped form first: an exact printed name beats any rule.
  for (const form of forms) {
    for (const department of registry) {
      for (const variant of department.variants) {
        if (toMatchKey(variant) === form) return { department: department.id, rule: `variant:${variant}` };
      }
    }
  }
  const byPattern = matchPatterns(forms, registry);
  if (byPattern) return byPattern;
  // Any county's name, not only the corpus's: 兰陵县人力资源和社会保障局 → 人力资源和社会保障局.
  // Tried last, so that a name the rules above know is never read through a looser form.
  const placeForms = matchForms(key).flatMap(peelPlaceNames).filter((f) => !forms.includes(f));
  for (const form of placeForms) {
    for (const department of registry) {
      for (const variant of department.variants) {
        if (toMatchKey(variant) === form) return { department: department.id, rule: `variant:${variant}` };
      }
    }
  }
  return matchPatterns(placeForms, registry);
}

function matchPatterns(forms: string[], registry: readonly Department[]): UnitMapping | null {
  for (const department of registry) {
    for (const { pattern: source } of department.patterns) {
      const pattern = compilePattern(source);
      if (forms.some((form) => pattern.test(form))) return { department: department.id, rule: `pattern:${source}` };
    }
  }
  return null;
}

/** The collective of the issuing body's own offices, in the own list of a body the codebook has no department for (县残联). */
export const INTERNAL_OFFICE = 'internal-office';
/** The collective of one named township, which a township's own offices count for in its own list. */
export const TOWNSHIP = 'township';

/** A unit name that opens with a place or a government word: it names a body outside the issuer's own offices. */
const OUTSIDE = /^(?:各|全|有关|相关|其他|其它|中共|国家|省|市|县|区|州|盟|旗|镇|乡)/;

/**
 * In a department's or township's own list, whether a printed unit is one of the issuer's
 * own offices or subordinate units, kept as printed rather than forced into the county
 * codebook: a name that opens with no place (办公室, 基础教育股, 医政医管处, 财政所 — even
 * when a rule would map it: a township's 财政所 is not the county's finance bureau), or one
 * that no rule maps (县残疾人康复中心 in 县残联's list, 各村（社区）).
 */
export function isInternalOffice(name: string, mapped: UnitMapping | null): boolean {
  const key = toMatchKey(name);
  return mapped === null || (!OUTSIDE.test(key) && !PLACE_NAME.test(key));
}

/** A leading place name of any county, district or city (兰陵县, 济宁市兖州区, 中共兰陵县委), with what follows it. */
const PLACE_NAME = /^(?:中共|国家税务总局)?[\u4e00-\u9fff]{1,7}?(?:自治县|自治旗|县|区|市|旗)(?:委|级|直)?(?=[\u4e00-\u9fff]{2})/;

/** The forms of a name with one, then two leading place names peeled off (济宁市兖州区财政局 → 兖州区财政局 → 财政局). */
function peelPlaceNames(name: string): string[] {
  const forms: string[] = [];
  let current = name;
  for (let i = 0; i < 2; i++) {
    const m = PLACE_NAME.exec(current);
    if (!m) break;
    current = current.slice(m[0].length);
    forms.push(current);
  }
  return forms;
}

// ---------------------------------------------------------------- splitting

interface RoleSegment {
  text: string;
  role: UnitRole;
}

/** Cuts a cell at its role labels; a cell without labels is one `responsible` segment. */
function roleSegments(text: string): RoleSegment[] {
  const labels = [...text.matchAll(ROLE_LABEL)];
  if (labels.length === 0) return [{ text, role: 'responsible' }];
  const names = labels.map((m) => m[1] ?? '');
  const hasLead = names.some((n) => n.startsWith('牵头') || n.startsWith('主责'));
  const segments: RoleSegment[] = [];
  const before = text.slice(0, labels[0]?.index ?? 0);
  // Text before the first label has no role printed for it.
  if (before.replace(/[\s、，,；;：:]/g, '') !== '') segments.push({ text: before, role: 'responsible' });
  labels.forEach((label, i) => {
    const start = (label.index ?? 0) + label[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    segments.push({ text: text.slice(start, end), role: roleOfLabel(label[1] ?? '', hasLead) });
  });
  return segments;
}

/**
 * The role a label gives. `lead` only where 牵头 (or 主责) is printed: 责任单位 is a co-unit
 * beside a 牵头单位, and stays `responsible` beside a mere 配合单位 (nothing printed makes it lead).
 */
function roleOfLabel(label: string, hasLead: boolean): UnitRole {
  if (label.startsWith('牵头') || label.startsWith('主责')) return 'lead';
  if (label.startsWith('责任')) return hasLead ? 'co' : 'responsible';
  return 'co';
}

/** Splits the text of one role segment into unit names. */
function splitNames(text: string): string[] {
  let kept = text;
  for (const collective of COLLECTIVES_WITH_DELIMITER) {
    kept = kept.replace(collective, (m) => m.replace(/[、，,]/g, (d) => KEPT_DELIMITERS[d] ?? d));
  }
  const names: string[] = [];
  for (const item of splitAtDelimiters(kept)) {
    for (const piece of rejoinFragments(item)) {
      for (const unit of splitRunTogether(piece)) names.push(...splitEtc(unit));
    }
  }
  return names.map(restoreKeptDelimiters).filter((n) => n !== '');
}

/** Puts back the delimiters that belong to a collective's name. */
function restoreKeptDelimiters(name: string): string {
  let out = name;
  for (const [delimiter, standIn] of Object.entries(KEPT_DELIMITERS)) out = out.replaceAll(standIn, delimiter);
  return out;
}

/**
 * Splits at delimiters outside parentheses, so that 县市场监督管理局（县食品药品监管局、县物价局）
 * stays one unit. Besides the punctuation, 及 / 以及 always separate two units, and 和 does
 * before 其他/其它/各 (县安监局和其他有关部门); elsewhere 和 is part of a name (发展和改革局).
 */
function splitAtDelimiters(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '（' || c === '(') depth++;
    if ((c === '）' || c === ')') && depth > 0) depth--;
    const rest = text.slice(i);
    const width = depth > 0 ? 0 : DELIMITERS.has(c) ? 1 : rest.startsWith('以及') ? 2 : c === '及' ? 1 : /^和(?:其他|其它|各)/.test(rest) ? 1 : 0;
    if (width > 0) {
      items.push(current);
      current = '';
      i += width - 1;
    } else {
      current += c;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * Reads white space (spaces, line breaks) inside an item: it separates two units when the
 * left fragment ends like a complete name and the right one starts like a unit
 * (区发展和改革局⏎区生态环境分局); otherwise it is a break inside one name, which is
 * rejoined (县市场监 管局, 县政府各部 门单位, 县大数据服务 中心).
 */
function rejoinFragments(item: string): string[] {
  const fragments = item.split(/\s+/).filter((f) => f !== '');
  const out: string[] = [];
  let current = '';
  let depth = 0;
  for (const fragment of fragments) {
    if (current !== '' && depth === 0 && separatesUnits(current, fragment)) {
      out.push(current);
      current = fragment;
    } else {
      current += fragment;
    }
    depth = parenDepth(current);
  }
  if (current !== '') out.push(current);
  return out;
}

/** True when white space between `left` and `right` stands between two units rather than inside one name. */
function separatesUnits(left: string, right: string): boolean {
  if (!COMPLETE_END.test(left)) return false;
  // 区公安局 分局, 市生态环境局 冠县分局: a branch suffix continues the name before it.
  if (/^(?:分|.{1,4}分局$)/.test(right)) return false;
  return UNIT_START.test(right) || TOWNSHIP_NAME.test(right);
}

/**
 * Splits names run together by a missing delimiter: before 县/区/市 that follows the end of
 * a complete name (县文化广播电视和旅游局县国有资产监管和金融工作局 → two units). The new
 * unit must be at least three characters long, and 国家税务总局县税务局 stays whole.
 */
function splitRunTogether(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < piece.length; i++) {
    const c = piece[i];
    if (c !== '县' && c !== '区' && c !== '市' && !countyNameStartsUnit(piece.slice(start, i), piece.slice(i))) continue;
    const left = piece.slice(start, i);
    if (parenDepth(piece.slice(0, i)) !== 0) continue;
    if (!COMPLETE_END.test(left) || /^国家.*总局$/.test(left)) continue;
    if (piece.length - i < 3 || i - start < 3) continue;
    out.push(left);
    start = i;
  }
  out.push(piece.slice(start));
  return out;
}

/**
 * A county's own name opening the next unit of a run-together pair (…卫生健康局兰陵县财政局):
 * the left part ends like a bureau (局, 办, 委) and the right part is a place name followed by
 * at least three characters of a unit that ends like one.
 */
function countyNameStartsUnit(left: string, right: string): boolean {
  return /[局办委]$/.test(left) && /^[\u4e00-\u9fff]{1,4}?(?:县|区|市)[\u4e00-\u9fff]{2,}(?:局|办|委|中心|室)$/.test(right);
}

/** `A等县级部门` → A and the collective 等县级部门; a trailing bare 等 (县财政局等) is dropped. */
function splitEtc(unit: string): string[] {
  const m = ETC_COLLECTIVE.exec(unit);
  if (m) return [m[1] ?? '', m[2] ?? ''].filter((n) => n !== '');
  return [unit.replace(/等$/, '')];
}

/** Net count of open parentheses, so that white space and delimiters inside an alias never split. */
function parenDepth(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === '（' || c === '(') depth++;
    if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth;
}

/** Removes HTML markup; block ends and <br> become line breaks, which separate units like any line break. */
function stripHtml(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return text
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(?:p|li|div|td|tr|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&');
}

// ---------------------------------------------------------------- mapping

/** The comparison form of a name: repaired as printed, with half-width parentheses read as full-width. */
function toMatchKey(name: string): string {
  return normalizeUnitName(name).replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * Every form a name is compared in: the name, then each step of peeling off one
 * jurisdiction prefix; then the same chain without a trailing parenthetical alias.
 */
function matchForms(key: string): string[] {
  const forms = prefixChain(key);
  const withoutAlias = key.replace(/（[^（）]*）$/, '');
  if (withoutAlias !== key && withoutAlias !== '') forms.push(...prefixChain(withoutAlias));
  return [...new Set(forms)];
}

/** The name and its forms with one, two … jurisdiction prefixes peeled off; a bare prefix is never a form. */
function prefixChain(name: string): string[] {
  const chain = [name];
  let current = name;
  for (;;) {
    const prefix = PREFIXES.find((p) => current.startsWith(p) && current.length > p.length);
    if (prefix === undefined) return chain;
    current = current.slice(prefix.length);
    chain.push(current);
  }
}

/** Compiled registry patterns, cached by source; a registry is small but units are many. */
const compiled = new Map<string, RegExp>();

function compilePattern(source: string): RegExp {
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    pattern = new RegExp(source);
    compiled.set(source, pattern);
  }
  return pattern;
}
