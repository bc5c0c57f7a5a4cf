import { z } from 'zod';
import { codeId, isoDate } from './common.ts';
import { taskEntrySchema } from './task.ts';

/** A document cited by a notice. */
export const citationSchema = z.object({
  /** The cited document number (文号) as printed, half-width brackets repaired, e.g. "鲁政办发〔2023〕8号". */
  docNumber: z.string().min(1),
  /** The cited document's title when the notice prints it (《…》 before the number), else null. */
  title: z.string().nullable(),
});
export type Citation = z.infer<typeof citationSchema>;

/** Where the content file came from: the raw notice in content/sources and its fingerprint. */
export const sourceSchema = z.object({
  /** File name under content/sources/. */
  file: z.string().min(1),
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256'),
  /** The text encoding the importer detected (utf-8, gb18030 …). */
  encoding: z.string().min(1),
});

/**
 * Where the notice was published online, as the portal's metadata block (索引号, 发布日期 …)
 * or the maintainer states it. Each field is null when the source does not give it.
 */
export const portalSchema = z.object({
  /** The web address the notice was downloaded from (http or https). */
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'expected an http(s) web address')
    .nullable(),
  /** The portal's index number (索引号) as printed, e.g. "11371525004307443Q/2023-00123". */
  indexNumber: z.string().min(1).nullable(),
  /** The date the portal published it (发布日期), which may differ from the signing date. */
  publishedOn: isoDate.nullable(),
  /** Its validity as the portal states it (有效性: 有效, 失效, 废止 …), as printed. */
  validity: z.string().min(1).nullable(),
});
export type Portal = z.infer<typeof portalSchema>;

/**
 * The township or street (乡, 镇, 街道) whose own list this is: its government or office
 * issued the notice. The notice's `jurisdiction` is then the county the township belongs to.
 */
export const townshipSchema = z.object({
  /** Nine-digit code of the division data (统计用区划代码; its first six digits are the county's), or null when the data does not list it. */
  code: z
    .string()
    .regex(/^\d{9}$/, 'expected a nine-digit township code')
    .nullable(),
  /** Its name, without the office word: 清泉街道, 东古城镇. */
  name: z.string().min(1),
});
export type TownshipRef = z.infer<typeof townshipSchema>;

/**
 * The department, agency or public body whose own list this is (宁阳县教育和体育局, 县残联,
 * a 中心 under a department, 省卫生健康委): it splits its share of the plan among its offices.
 * The notice's `jurisdiction` is the government it belongs to.
 */
export const issuingDepartmentSchema = z.object({
  /** As printed, its jurisdiction's name included: 宁阳县教育和体育局, 山东省卫生健康委员会. */
  name: z.string().min(1),
  /** Its codebook department id when the registry's rules map the name (education), else null (县残联 has none). */
  id: codeId.nullable(),
});
export type IssuingDepartment = z.infer<typeof issuingDepartmentSchema>;

/** The front matter of a reviewed notice file (content/notices/<id>.md); its body is the notice text. */
export const noticeEntrySchema = z.object({
  /** ASCII id and URL segment: <jurisdiction slug>-<year>-<serial of the 文号>, e.g. "guanxian-2023-15". */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an ASCII notice id'),
  /** Full title, issuer included, e.g. "冠县人民政府办公室关于公布…的通知". */
  title: z.string().min(1),
  /** The notice's document number (文号), e.g. "冠政办发〔2023〕15号". */
  docNumber: z.string().min(1).nullable(),
  /** The issuing office (发文机关). */
  issuer: z.string().min(1),
  /**
   * Administrative division code of the government the notice belongs to: a county of
   * content/registry/jurisdictions.csv (for a county's plan, a township's list and a county
   * department's list alike), or a province or prefecture of content/registry/regions.csv
   * (their plans and their departments' lists).
   */
  jurisdiction: z.string().regex(/^\d{6}$/, 'expected a six-digit administrative division code'),
  /** For a township's or street's own list: which one (absent otherwise). */
  township: townshipSchema.optional(),
  /** For a department's own list: which department (absent for a government's plan). */
  department: issuingDepartmentSchema.optional(),
  /** The year the plan covers. */
  year: z.number().int().min(1990).max(2100),
  /** Date signed (成文日期) as printed under the issuer, or null when not printed. */
  issuedOn: isoDate.nullable(),
  /** Date printed (印发日期) in the colophon, or null. */
  printedOn: isoDate.nullable().default(null),
  /** Documents the notice cites, in order of first mention. */
  cites: z.array(citationSchema).default([]),
  /** The raw notice this file was imported from. */
  source: sourceSchema,
  /** Where the notice was published online, when known (absent for a source without a portal block or address). */
  portal: portalSchema.optional(),
  /** Warnings the importer raised that a reviewer has read; kept for transparency. */
  reviewNotes: z.array(z.string()).default([]),
  /** The tasks, in printed order. */
  tasks: z.array(taskEntrySchema).min(1, 'a notice needs at least one task'),
});
export type NoticeEntry = z.infer<typeof noticeEntrySchema>;
