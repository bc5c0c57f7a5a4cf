/**
 * The data dictionary of the open data as /data/ shows it: the JSON files' fields come from
 * the schemas' own descriptions (src/schemas/open-data.ts); the CSV's columns, which flatten
 * some fields, are described here, one entry per column of CSV_COLUMNS (a test keeps the two equal).
 */
import { dataDictionary, publicNoticeSchema, publicTaskSchema, type DictionaryField } from '../schemas/open-data.ts';
import { CSV_COLUMNS } from './open-data.ts';

/** What each column of tasks.csv holds. */
export const CSV_COLUMN_DOCS: Readonly<Record<(typeof CSV_COLUMNS)[number], string>> = {
  id: '同 tasks.json 的 id',
  notice: '所属通知的标识',
  jurisdiction: '所属行政区的行政区划代码（县级、乡镇（街道）和县直部门的任务为县（区），地级、省级的任务为该市、该省）',
  year: '通知所属年度',
  seq: '原文序号，没有时为空',
  url: '任务的固定链接',
  section: '一级标题',
  subsection: '二级标题或任务类别',
  text: '任务要求原文',
  unitsRaw: '责任单位原文',
  units: '拆分后的责任单位，每个写作“名称|部门代码|角色”，多个之间用全角分号“；”分隔',
  departments: '涉及的规范部门代码，去重，用“；”分隔',
  deadlineRaw: '完成时限原文',
  deadlineKind: '时限类型：year-round、by-date、ongoing、unspecified',
  deadlineDate: '限期任务的截止日期（YYYY-MM-DD），其余为空',
  topics: '主题代码，用“；”分隔',
  targets: '可量化指标原文，用“；”分隔',
};

/** The fields of notices.json and tasks.json, from the schemas. */
export function jsonDictionaries(): { file: string; fields: DictionaryField[] }[] {
  return [
    { file: 'notices.json', fields: dataDictionary(publicNoticeSchema) },
    { file: 'tasks.json', fields: dataDictionary(publicTaskSchema) },
  ];
}
