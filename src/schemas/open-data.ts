import { z } from 'zod';
import { codeId, isoDate } from './common.ts';
import { jurisdictionSchema, levelSchema } from './jurisdiction.ts';
import { issuingDepartmentSchema, portalSchema, townshipSchema } from './notice.ts';
import { deadlineSchema, targetSchema, unitRole } from './task.ts';

// The descriptions (.describe) are the published data dictionary: /data/ shows them and
// /data/*.schema.json carries them, so the documentation cannot drift from the shapes.

/** One unit of a published task: the name as printed, its codebook department, its role. */
export const publicUnitSchema = z.object({
  name: z.string().min(1).describe('单位名称，按通知原文'),
  /** Codebook id (department or collective). */
  department: codeId.describe('对应的规范部门或集体代码，见 departments.json'),
  role: unitRole.describe('lead 牵头单位；co 配合单位；responsible 通知未区分牵头与配合'),
  /** True for an office inside the issuing body, in a department's or township's own list. */
  internal: z.literal(true).optional().describe('部门或乡镇（街道）自行分解的清单中，发文机关的内设机构（如办公室、各股室）时为 true，其 department 为发文部门（乡镇为 township，无对应规范部门时为 internal-office）；其他单位无此字段'),
});
export type PublicUnit = z.infer<typeof publicUnitSchema>;

/** One similar commitment of a published task (src/lib/similar/). */
export const publicSimilarSchema = z.object({
  /** The similar task's id (tasks.json). */
  task: z.string().min(1).describe('相近任务的标识'),
  /** Jaccard similarity of the two requirements' character triples, three decimals. */
  score: z.number().min(0).max(1).describe('相似度：两项任务要求的三字片段的杰卡德系数（0 至 1，保留三位小数）'),
});
export type PublicSimilar = z.infer<typeof publicSimilarSchema>;

/** One object of /data/tasks.json: the public data contract for a task. */
export const publicTaskSchema = z.object({
  /** Stable, unique: <notice id>-<task id>, e.g. "guanxian-2023-15-t12". */
  id: z.string().min(1).describe('任务的稳定唯一标识：通知标识-任务编号，如 guanxian-2023-15-t12'),
  /** The notice id. */
  notice: z.string().min(1).describe('所属通知的标识，见 notices.json'),
  /** Printed sequence number, or null where none is printed. */
  seq: z.number().int().positive().nullable().describe('通知原文印的序号；原文没有序号时为 null'),
  /** Permalink: the notice page with the task's anchor, site-relative. */
  url: z.string().startsWith('/').describe('任务的固定链接（站内路径，通知页面上的锚点）'),
  section: z.string().nullable().describe('所在的一级标题（如“一、深化主动公开”），没有时为 null'),
  subsection: z.string().nullable().describe('所在的二级标题或任务类别，没有时为 null'),
  text: z.string().min(1).describe('任务要求原文'),
  unitsRaw: z.string().nullable().describe('责任单位一栏的原文，没有时为 null'),
  units: z.array(publicUnitSchema).describe('拆分后的责任单位：name 原文名称，department 规范部门代码，role 角色'),
  deadlineRaw: z.string().nullable().describe('完成时限原文，没有时为 null'),
  deadline: deadlineSchema.describe('规范化的完成时限：kind 为 year-round 全年、by-date 限期、ongoing 长期、unspecified 未明确；date 为限期任务的截止日期（ISO），其余为 null'),
  /** Topic ids, rule-based unless a reviewer listed them. */
  topics: z.array(codeId).describe('主题代码（按规则归类，或经人工指定），见 topics.json'),
  /** Sub-topic ids, each under one of the task's topics. */
  subtopics: z.array(codeId).describe('子主题代码：所属主题之下标志年代和重点的细分（扶贫、“双减”、疫情防控……），按规则归类，见 subtopics.json'),
  targets: z.array(targetSchema).describe('文中的可量化指标：text 原文，kind 为 count 次数、share 比例、time-limit 时限、frequency 频次，value 数值，unit 单位'),
  /** Extra: the jurisdiction's division code and the notice year, for filtering without a join. */
  jurisdiction: z.string().describe('所属行政区的六位行政区划代码（通知的 jurisdiction.code：县级、乡镇和县直部门的任务为县（区），地级、省级的任务为该市、该省），便于不连表筛选'),
  year: z.number().int().describe('通知所属年度'),
  /** Extra: the nearest commitments in other counties, closest first (see the method page). */
  similar: z
    .array(publicSimilarSchema)
    .describe('其他县区最相近的任务（每个县区取最相近的一项，最多 6 项，相似度从高到低；相似度不低于 0.35 才列入），见“整理方法”；导入单份通知时为空'),
});
export type PublicTask = z.infer<typeof publicTaskSchema>;

/**
 * A notice's jurisdiction in the public contract: the division it belongs to (code … slug,
 * as before: the county for a county's plan, a township's list or a county department's
 * list; the province or prefecture for their plans), the issuer's level, and the division
 * above the issuer.
 */
export const publicJurisdictionSchema = jurisdictionSchema
  .extend({
    level: levelSchema.describe('发文机关的层级：county 县级（县、区、县级市、旗），township 乡镇（街道）级，prefecture 地级，province 省级'),
    parent: z
      .object({ code: z.string(), name: z.string(), level: levelSchema })
      .nullable()
      .describe('发文机关的上一级行政区：县级为所属地级市（直辖市的区县、省直辖县级市为省级），乡镇（街道）为所属县（区），地级为省级，省级为 null'),
    township: townshipSchema.nullable().describe('乡镇（街道）发布的通知：乡镇（街道）的名称与九位代码（code 无从查到时为 null）；其他通知为 null'),
  })
  .describe(
    '所属行政区：code 行政区划代码，name 名称，prefecture 地级，province 省级，slug 网址用拼音——县级、乡镇（街道）和县直部门的通知均为所属县（区），地级、省级的通知为该市、该省；level 发文机关的层级，parent 上一级行政区，township 发文的乡镇（街道）',
  );
export type PublicJurisdiction = z.infer<typeof publicJurisdictionSchema>;

/** One object of /data/notices.json: the public data contract for a notice. */
export const publicNoticeSchema = z.object({
  id: z.string().min(1).describe('通知的稳定唯一标识：县区拼音-年度-文号序号，如 guanxian-2023-15'),
  title: z.string().min(1).describe('通知标题'),
  docNumber: z.string().nullable().describe('发文字号，原文未印时为 null'),
  issuer: z.string().min(1).describe('发文机关'),
  year: z.number().int().describe('工作任务所属年度'),
  issuedOn: isoDate.nullable().describe('成文日期（ISO），原文未印时为 null'),
  /** The notice page, site-relative. */
  url: z.string().startsWith('/').describe('通知页面（站内路径）'),
  taskCount: z.number().int().nonnegative().describe('任务数'),
  /** Document numbers the notice cites. */
  cites: z.array(z.string()).describe('通知引用的文件的发文字号'),
  jurisdiction: publicJurisdictionSchema,
  /** For a department's own list: the department as printed and its codebook id. */
  department: issuingDepartmentSchema
    .nullable()
    .describe('部门自行分解的任务清单：发文部门的名称（按原文）与对应的规范部门代码（id，无对应时为 null）；政府的通知为 null'),
  /** Extra: the raw source file and its SHA-256. */
  source: z.object({ file: z.string(), sha256: z.string() }).describe('整理所依据的原文文件名及其 SHA-256（可在 /sources/ 下载原文核对）'),
  /** Where the notice was published online (contract 1): null when nothing is known of it. */
  portal: portalSchema
    .nullable()
    .describe('通知在政府网站上发布的信息：url 原文网址，indexNumber 索引号，publishedOn 发布日期（ISO），validity 有效性（按原文，如“有效”）；不知道的项为 null，全都不知道时整项为 null'),
});
export type PublicNotice = z.infer<typeof publicNoticeSchema>;

/** The rule fields every published registry shares: keywords and patterns, each pattern with its words. */
const publicRules = {
  keywords: z.array(z.string()).describe('关键词：任务原文或标题含其中之一即归入'),
  patterns: z.array(z.string()).describe('规则的正则表达式（JavaScript 语法）'),
  patternWords: z.array(z.string()).describe('与 patterns 逐条对应的文字说明（网页上显示的就是这些说明）'),
};

/** One object of /data/topics.json: a codebook topic, its rules, its task count and its sub-topics. */
export const publicTopicSchema = z.object({
  id: codeId.describe('主题代码（网址与数据中使用，不会更改）'),
  name: z.string().describe('中文名称'),
  en: z.string().describe('英文名称'),
  description: z.string().describe('包括哪些内容（中文）'),
  descriptionEn: z.string().describe('包括哪些内容（英文）'),
  ...publicRules,
  taskCount: z.number().int().nonnegative().describe('归入本主题的任务数'),
  subtopics: z.array(codeId).describe('本主题下的子主题代码，见 subtopics.json'),
});
export type PublicTopic = z.infer<typeof publicTopicSchema>;

/** One object of /data/subtopics.json: a sub-topic, the topic it belongs to, its rules and task count. */
export const publicSubtopicSchema = z.object({
  id: codeId.describe('子主题代码（网址与数据中使用，不会更改）'),
  topic: codeId.describe('所属主题的代码，见 topics.json'),
  name: z.string().describe('中文名称'),
  en: z.string().describe('英文名称'),
  description: z.string().describe('包括哪些内容（中文）'),
  descriptionEn: z.string().describe('包括哪些内容（英文）'),
  ...publicRules,
  taskCount: z.number().int().nonnegative().describe('归入本子主题的任务数'),
});
export type PublicSubtopic = z.infer<typeof publicSubtopicSchema>;

/** One object of /data/departments.json: a canonical department or collective, how printed names map to it, its task count. */
export const publicDepartmentSchema = z.object({
  id: codeId.describe('部门代码（网址与数据中使用，不会更改）'),
  name: z.string().describe('规范名称'),
  en: z.string().describe('英文名称'),
  kind: z.enum(['department', 'collective']).describe('department 政府部门；collective 集体分派（全部县直部门、全部乡镇街道等）'),
  description: z.string().describe('说明（中文）'),
  descriptionEn: z.string().describe('说明（英文）'),
  abbreviations: z.array(z.string()).describe('常见简称（检索时可用）'),
  variants: z.array(z.string()).describe('去掉县名等前缀后、与之完全一致即对应到本部门的名称'),
  patterns: z.array(z.string()).describe('没有名称完全一致时依次尝试的正则表达式（JavaScript 语法）'),
  patternWords: z.array(z.string()).describe('与 patterns 逐条对应的文字说明'),
  taskCount: z.number().int().nonnegative().describe('直接点名本部门的任务数'),
});
export type PublicDepartment = z.infer<typeof publicDepartmentSchema>;

/** A field of a published file, for the data dictionary: its name, JSON type and meaning. */
export interface DictionaryField {
  name: string;
  type: string;
  description: string;
}

/** The data dictionary of a published object schema, in field order. */
export function dataDictionary(schema: z.ZodObject): DictionaryField[] {
  const json = z.toJSONSchema(schema, { io: 'output' }) as { properties: Record<string, { type?: string | string[]; anyOf?: { type?: string }[] }> };
  return Object.entries(schema.shape).map(([name, field]) => {
    const p = json.properties[name]!;
    const types = p.anyOf ? p.anyOf.map((a) => a.type ?? 'object') : Array.isArray(p.type) ? p.type : [p.type ?? 'object'];
    return { name, type: types.join(' | '), description: (field as z.ZodType).description ?? '' };
  });
}
