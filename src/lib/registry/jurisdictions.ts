import { jurisdictionSchema, type Jurisdiction } from '../../schemas/jurisdiction.ts';

const HEADER = 'code,name,prefecture,province,slug';

/** Splits one CSV line (RFC 4180 quoting) into fields. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Parses content/registry/jurisdictions.csv; a bad row throws an Error naming its line and field. */
export function parseJurisdictionsCsv(text: string, file = 'content/registry/jurisdictions.csv'): Jurisdiction[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== HEADER) throw new Error(`${file}:1: expected the header "${HEADER}"`);
  const out: Jurisdiction[] = [];
  const codes = new Set<string>();
  const slugs = new Set<string>();
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const n = i + 2;
    const [code, name, prefecture, province, slug, ...rest] = csvFields(line);
    if (rest.length > 0) throw new Error(`${file}:${n}: expected 5 fields, found ${5 + rest.length}`);
    const result = jurisdictionSchema.safeParse({ code, name, prefecture, province, slug });
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${file}:${n}: field ${issue.path.join('.')}: ${issue.message}`);
    }
    if (codes.has(result.data.code)) throw new Error(`${file}:${n}: duplicate code ${result.data.code}`);
    if (slugs.has(result.data.slug)) throw new Error(`${file}:${n}: duplicate slug ${result.data.slug}`);
    codes.add(result.data.code);
    slugs.add(result.data.slug);
    out.push(result.data);
  });
  return out;
}

/** The registry by name, built once per registry array. */
const indexes = new WeakMap<Jurisdiction[], Map<string, Jurisdiction[]>>();

/** Indexes a registry by name (several jurisdictions may share one: 鼓楼区, 新华区). */
export function buildJurisdictionIndex(registry: Jurisdiction[]): Map<string, Jurisdiction[]> {
  let index = indexes.get(registry);
  if (!index) {
    index = new Map();
    for (const j of registry) {
      if (!index.has(j.name)) index.set(j.name, []);
      index.get(j.name)!.push(j);
    }
    indexes.set(registry, index);
  }
  return index;
}

/** A prefecture name without its generic suffix (济宁市 → 济宁), as notices abbreviate it. */
function shortName(name: string): string {
  return name.replace(/(市|地区|自治州|盟)$/, '').replace(/^(.{2,}?)(蒙古族|藏族|回族|彝族|苗族|土家族|哈尼族|傣族|壮族|朝鲜族|白族|景颇族|傈僳族|布依族|侗族|羌族|柯尔克孜|哈萨克)+.*$/, '$1');
}

/**
 * Finds the county-level jurisdiction a notice's issuer or title names
 * (冠县人民政府办公室, 济宁市兖州区人民政府办公室). Only full names count; the one
 * followed by 人民政府/政府 wins, the longest first. A name several prefectures share
 * resolves only when the text names the prefecture too; otherwise null.
 */
export function findJurisdiction(text: string, registry: Jurisdiction[]): { jurisdiction: Jurisdiction; matched: string } | null {
  const t = text.replace(/\s+/g, '');
  if (t === '') return null;
  const index = buildJurisdictionIndex(registry);
  const found: { name: string; at: number; official: boolean }[] = [];
  for (const name of index.keys()) {
    let at = t.indexOf(name);
    while (at >= 0) {
      const after = t.slice(at + name.length);
      found.push({ name, at, official: /^(人民政府|政府|委员会|办公室|$)/.test(after) });
      at = t.indexOf(name, at + 1);
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => Number(b.official) - Number(a.official) || b.name.length - a.name.length || a.at - b.at);
  for (const f of found) {
    const candidates = index.get(f.name)!;
    const before = t.slice(0, f.at);
    const narrowed = candidates.length === 1 ? candidates : candidates.filter((j) => before.includes(shortName(j.prefecture)) || before.includes(j.province.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '')));
    if (narrowed.length === 1) return { jurisdiction: narrowed[0]!, matched: f.name };
    if (candidates.length > 1) return null; // an ambiguous name the text does not settle: never guess
  }
  return null;
}
