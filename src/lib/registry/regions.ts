import { regionSchema, type Region } from '../../schemas/jurisdiction.ts';
import { csvField, csvRecords } from './jurisdictions.ts';

/** The header line of content/registry/regions.csv, in this column order. */
export const REGIONS_CSV_HEADER = 'code,name,level,province,slug';
const COLUMNS = ['code', 'name', 'level', 'province', 'slug'] as const;

/** Parses the regions CSV and validates every row; a bad row throws an Error naming the file, its line and the field. */
export function parseRegionsCsv(text: string, file = 'content/registry/regions.csv'): Region[] {
  let records;
  try {
    records = csvRecords(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (header?.fields.join(',') !== REGIONS_CSV_HEADER) throw new Error(`${file}:1: expected the header "${REGIONS_CSV_HEADER}"`);
  const codes = new Set<string>();
  const slugs = new Set<string>();
  return rows.map(({ line, fields }) => {
    const at = `${file}:${line}`;
    if (fields.length > COLUMNS.length) throw new Error(`${at}: expected ${COLUMNS.length} fields, found ${fields.length}`);
    const result = regionSchema.safeParse(Object.fromEntries(COLUMNS.map((c, i) => [c, fields[i]])));
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${at}: field ${issue.path.join('.')}: ${issue.message}`);
    }
    const r = result.data;
    if (codes.has(r.code)) throw new Error(`${at}: field code: duplicate code ${r.code}`);
    if (slugs.has(r.slug)) throw new Error(`${at}: field slug: duplicate slug ${r.slug}`);
    codes.add(r.code);
    slugs.add(r.slug);
    return r;
  });
}

/** Formats regions as the registry CSV; parseRegionsCsv reads it back unchanged. */
export function formatRegionsCsv(regions: readonly Region[]): string {
  return [REGIONS_CSV_HEADER, ...regions.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
}

/** The province a region lies in (itself for a province), by the code's first two digits. */
export function provinceOf(code: string, regions: readonly Region[]): Region | undefined {
  return regions.find((r) => r.level === 'province' && r.code.slice(0, 2) === code.slice(0, 2));
}

/**
 * The prefecture-level region a county code lies in: the region whose code shares its first
 * four digits. Counties of a municipality or directly administered by a province have none
 * (their prefecture is the province; see jurisdictions.csv).
 */
export function prefectureOf(countyCode: string, regions: readonly Region[]): Region | undefined {
  return regions.find((r) => r.level === 'prefecture' && r.code.slice(0, 4) === countyCode.slice(0, 4));
}
