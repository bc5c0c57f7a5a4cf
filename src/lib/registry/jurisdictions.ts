import { jurisdictionSchema, type Jurisdiction } from '../../schemas/jurisdiction.ts';
import { countyValue } from '../search/contract.ts';

/** The header line of content/registry/jurisdictions.csv, in this column order. */
export const JURISDICTIONS_CSV_HEADER = 'code,name,prefecture,province,slug';
const COLUMNS = ['code', 'name', 'prefecture', 'province', 'slug'] as const;

/** One CSV record and the line it starts on (a quoted field may span lines). */
type CsvRecord = { line: number; fields: string[] };

/** Splits CSV text (RFC 4180: "" escapes a quote inside a quoted field) into records with their line numbers. */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(field);
    // A blank line (a trailing newline, a spacer) is no record.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) throw new Error(`line ${start}: a quoted field is never closed`);
  endRecord();
  return records;
}

/** Parses the jurisdictions CSV and validates every row; a bad row throws an Error naming the file, its line and the field. */
export function parseJurisdictionsCsv(text: string, file = 'content/registry/jurisdictions.csv'): Jurisdiction[] {
  let records: CsvRecord[];
  try {
    records = csvRecords(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (header?.fields.join(',') !== JURISDICTIONS_CSV_HEADER) throw new Error(`${file}:1: expected the header "${JURISDICTIONS_CSV_HEADER}"`);
  const codes = new Set<string>();
  const slugs = new Set<string>();
  // Two divisions may share a name (铁西区 in 沈阳市, 鞍山市 and 四平市), never within one prefecture:
  // distinctNames tells them apart by their prefecture.
  const placeLines = new Map<string, number>();
  return rows.map(({ line, fields }) => {
    const at = `${file}:${line}`;
    if (fields.length > COLUMNS.length) throw new Error(`${at}: expected ${COLUMNS.length} fields, found ${fields.length}`);
    const result = jurisdictionSchema.safeParse(Object.fromEntries(COLUMNS.map((c, i) => [c, fields[i]])));
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${at}: field ${issue.path.join('.')}: ${issue.message}`);
    }
    const j = result.data;
    if (codes.has(j.code)) throw new Error(`${at}: field code: duplicate code ${j.code}`);
    if (slugs.has(j.slug)) throw new Error(`${at}: field slug: duplicate slug ${j.slug}`);
    const place = `${j.prefecture}${j.name}`;
    const other = placeLines.get(place);
    if (other !== undefined) throw new Error(`${at}: field name: ${j.name} is already a division of ${j.prefecture} (line ${other}); expected names unique within a prefecture`);
    codes.add(j.code);
    slugs.add(j.slug);
    placeLines.set(place, line);
    return j;
  });
}

/**
 * Each division's name as the site tells counties apart where a name stands alone (the
 * search's 县区 filter, the links to it, counties side by side in a chart): its name, or,
 * when the registry has that name more than once, the name and its prefecture:
 * 铁西区（沈阳市）, 铁西区（鞍山市）, 铁西区（四平市）. Decided over the whole registry, not the
 * notices, so that a county's name does not change when a namesake's notice is added.
 * Keyed by division code; unique because parseJurisdictionsCsv rejects a name repeated
 * within a prefecture.
 */
export function distinctNames(registry: readonly Jurisdiction[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const j of registry) uses.set(j.name, (uses.get(j.name) ?? 0) + 1);
  return new Map(registry.map((j) => [j.code, countyValue(j.name, j.prefecture, uses.get(j.name)! > 1)]));
}

/** Quotes a CSV field only when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formats jurisdictions as the registry CSV (header, one row per entry in the given order, trailing newline); parseJurisdictionsCsv reads it back unchanged. */
export function formatJurisdictionsCsv(registry: readonly Jurisdiction[]): string {
  const rows = registry.map((j) => COLUMNS.map((c) => csvField(j[c])).join(','));
  return [JURISDICTIONS_CSV_HEADER, ...rows].join('\n') + '\n';
}

/** Ethnic group words that stand between a place name and 自治州/自治区 (黔东南苗族侗族自治州 → 黔东南). */
const ETHNIC_WORDS = /(?:蒙古|哈萨克|柯尔克孜)族?|(?:维吾尔|土家|布依|朝鲜|哈尼|傈僳|景颇|回|藏|苗|彝|壮|侗|白|傣|羌)族/;

/** The ways a notice may name a prefecture or province: 济宁市, 济宁; 黔东南苗族侗族自治州, 黔东南; 伊犁哈萨克自治州, 伊犁; 山东省, 山东; 新疆维吾尔自治区, 新疆. */
function placeAliases(name: string): string[] {
  const aliases = new Set([name]);
  const short = name.replace(/(?:市|省|地区|盟|自治州|自治区|特别行政区)$/, '');
  if (short.length >= 2) aliases.add(short);
  const ethnic = ETHNIC_WORDS.exec(short);
  if (ethnic && ethnic.index >= 2) aliases.add(short.slice(0, ethnic.index));
  return [...aliases];
}

/** A registry entry with the names of its prefecture and of its province as notices write them. */
type IndexedJurisdiction = { jurisdiction: Jurisdiction; prefecture: string[]; province: string[] };

/** The registry indexed by full name (several entries may share one: 鼓楼区, 新华区). */
export type JurisdictionIndex = {
  byName: Map<string, IndexedJurisdiction[]>;
  /** The distinct name lengths, longest first: a lookup tries only these substring lengths. */
  lengths: number[];
};

const indexes = new WeakMap<readonly Jurisdiction[], JurisdictionIndex>();

/** Indexes a registry by name for findJurisdiction; built once per registry array and cached, so the array must not be changed afterwards. */
export function buildJurisdictionIndex(registry: readonly Jurisdiction[]): JurisdictionIndex {
  const cached = indexes.get(registry);
  if (cached) return cached;
  const byName = new Map<string, IndexedJurisdiction[]>();
  for (const jurisdiction of registry) {
    const entry = { jurisdiction, prefecture: placeAliases(jurisdiction.prefecture), province: placeAliases(jurisdiction.province) };
    const same = byName.get(jurisdiction.name);
    if (same) same.push(entry);
    else byName.set(jurisdiction.name, [entry]);
  }
  const lengths = [...new Set([...byName.keys()].map((n) => n.length))].sort((a, b) => b - a);
  const index = { byName, lengths };
  indexes.set(registry, index);
  return index;
}

/**
 * What may follow a county's name when the county is the issuer (冠县人民政府办公室,
 * 中共乐至县委办公室, 中共冠县县委), or the end of an issuer line: such a match outranks a name in
 * running text (城区 in 关于加强城区管理), whatever their lengths.
 */
const ISSUER_TAIL = /^(?:人民政府|政府|[县区市旗]?委|人大|政协|办公室|$)/;

/**
 * Finds the county-level jurisdiction an issuer or title names, by its full registry name
 * (冠县人民政府办公室 → 冠县; 济宁市兖州区人民政府办公室 → 兖州区), or null. A name followed
 * by 人民政府/委/… ranks first, then the longest, then the earliest; a name several
 * prefectures share counts only when the prefecture or province is named before it, and
 * when the best-ranked name stays ambiguous the answer is null, never a guess.
 */
export function findJurisdiction(text: string, registry: readonly Jurisdiction[]): { jurisdiction: Jurisdiction; matched: string } | null {
  const t = text.replace(/\s+/g, '');
  const { byName, lengths } = buildJurisdictionIndex(registry);
  const found: { name: string; at: number; end: number; issuer: boolean }[] = [];
  for (let at = 0; at < t.length; at++) {
    for (const length of lengths) {
      const name = t.slice(at, at + length);
      if (name.length === length && byName.has(name)) found.push({ name, at, end: at + length, issuer: ISSUER_TAIL.test(t.slice(at + length)) });
    }
  }
  // A name inside a longer one is part of it, not a match of its own (和县 in 平和县, 城区 in 西城区).
  const matches = found.filter((m) => !found.some((o) => o !== m && o.at <= m.at && o.end >= m.end && o.name.length > m.name.length));
  matches.sort((a, b) => Number(b.issuer) - Number(a.issuer) || b.name.length - a.name.length || a.at - b.at);
  const best = matches[0];
  if (!best) return null;
  const candidates = byName.get(best.name)!;
  return pick(candidates, t.slice(0, best.at), best.name);
}

/** The one candidate the text before the name settles: the prefecture named there, else the province (河北省沧州市新华区: 沧州 decides, not 河北). */
function pick(candidates: IndexedJurisdiction[], before: string, matched: string): { jurisdiction: Jurisdiction; matched: string } | null {
  const named = (places: string[]) => places.some((p) => before.includes(p));
  let narrowed = candidates;
  if (candidates.length > 1) {
    const byPrefecture = candidates.filter((c) => named(c.prefecture));
    narrowed = byPrefecture.length > 0 ? byPrefecture : candidates.filter((c) => named(c.province));
  }
  return narrowed.length === 1 ? { jurisdiction: narrowed[0]!.jurisdiction, matched } : null;
}
