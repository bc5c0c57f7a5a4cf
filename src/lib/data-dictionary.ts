/**
 * The data dictionary of the open data as /data/ shows it: the JSON files' fields come from
 * the schemas' own descriptions (src/schemas/open-data.ts); the CSV's columns, which flatten
 * some fields, are described here, one entry per column of CSV_COLUMNS (a test keeps the two equal).
 */
import type { Corpus } from './corpus/corpus.ts';
import { DATA_LICENSE, LICENSE_NOTICE } from './license.ts';
import { dataDictionary, publicDepartmentSchema, publicNoticeSchema, publicSubtopicSchema, publicTaskSchema, publicTopicSchema, type DictionaryField } from '../schemas/open-data.ts';
import { CSV_COLUMNS, MAX_TASK_FILE_BYTES, NOT_COMPARED, taskFilesSplit, type SimilarOf } from './open-data.ts';

/** What each column of tasks.csv holds. */
export const CSV_COLUMN_DOCS: Readonly<Record<(typeof CSV_COLUMNS)[number], string>> = {
  id: '同 tasks.json 的 id',
  notice: '所属通知的标识',
  通知标题: '所属通知的标题',
  发文字号: '所属通知的发文字号，原文未印时为空',
  jurisdiction: '所属行政区的行政区划代码（县级、乡镇（街道）和县直部门的任务为县（区），地级、省级的任务为该市、该省）',
  县区名称: '所属行政区的名称：县（区），地级、省级的任务为该市、该省',
  地级市: '县（区）所属的地级市（直辖市的区为该市；地级、省级的任务为该市、该省本身）',
  省份: '所属的省级行政区',
  year: '通知所属年度',
  seq: '原文序号，没有时为空',
  url: '任务的固定链接',
  section: '一级标题',
  subsection: '二级标题或任务类别',
  text: '任务要求原文',
  unitsRaw: '责任单位原文',
  units: '拆分后的责任单位，每个写作“名称|部门代码|角色”，多个之间用全角分号“；”分隔',
  departments: '涉及的规范部门代码，去重，用“；”分隔',
  部门名称: '与 departments 逐一对应的部门名称（如“全部县直部门”），用“；”分隔',
  deadlineRaw: '完成时限原文',
  deadlineKind: '时限类型代码：year-round 全年、by-date 限期、ongoing 长期、unspecified 未明确',
  时限类型: '时限类型的中文名称：全年、限期、长期、未明确',
  deadlineDate: '限期任务的截止日期（YYYY-MM-DD），其余为空',
  topics: '主题代码，用“；”分隔',
  主题名称: '与 topics 逐一对应的主题名称，用“；”分隔',
  subtopics: '子主题代码，用“；”分隔',
  子主题名称: '与 subtopics 逐一对应的子主题名称，用“；”分隔',
  targets: '可量化指标原文，用“；”分隔',
  similar: '其他县区最相近的任务，每个写作“任务标识|相似度”，用“；”分隔（同 tasks.json 的 similar）',
};

/** The fields of the published JSON files (notices, tasks and the registries), from the schemas. */
export function jsonDictionaries(): { file: string; fields: DictionaryField[] }[] {
  return [
    { file: 'notices.json', fields: dataDictionary(publicNoticeSchema) },
    { file: 'tasks.json', fields: dataDictionary(publicTaskSchema) },
    { file: 'topics.json', fields: dataDictionary(publicTopicSchema) },
    { file: 'subtopics.json', fields: dataDictionary(publicSubtopicSchema) },
    { file: 'departments.json', fields: dataDictionary(publicDepartmentSchema) },
  ];
}

// ---------------------------------------------------------------- the data package

/**
 * /data/datapackage.json: the open data described as a Frictionless Data Package (v1): its
 * licence (the files themselves cannot carry one: JSON arrays and CSV), its source, and each
 * file with its format; the CSV with a Table Schema of its columns, so that data tools read
 * the columns' types and meanings. `site` is the site's address; `created` the build date.
 */
export function dataPackage(corpus: Corpus, site: string, created: string, maxBytes = MAX_TASK_FILE_BYTES, similarOf: SimilarOf = NOT_COMPARED) {
  const split = taskFilesSplit(corpus, maxBytes, similarOf);
  const json = (name: string, path: string, description: string) => ({ name, path, format: 'json', mediatype: 'application/json', encoding: 'utf-8', description });
  const integer = new Set<string>(['year', 'seq']);
  return {
    name: 'zhengwu-gongkai-renwuku',
    title: '政务公开任务库',
    description: `各县（区）政府政务公开重点工作任务分工通知整理成的逐条任务数据：${corpus.notices.length} 份通知、${corpus.tasks.length} 项任务。${LICENSE_NOTICE}`,
    homepage: new URL('/data/', site).href,
    created: `${created}T00:00:00+08:00`,
    licenses: [{ name: DATA_LICENSE.spdx, path: DATA_LICENSE.url, title: 'Creative Commons Attribution 4.0 International' }],
    sources: [{ title: '各县（区）人民政府公开发布的政务公开任务分工通知（原文见各通知页面）', path: new URL('/notices/', site).href }],
    resources: [
      json('notices', 'notices.json', '全部通知的元数据；结构见 notices.schema.json'),
      ...(split
        ? [json('tasks-index', 'tasks/index.json', '按县（区）拆分的任务文件清单：每个县（区）一个 JSON 文件（结构同 tasks.schema.json）和一个 CSV 文件')]
        : [
            json('tasks', 'tasks.json', '全部任务；结构见 tasks.schema.json'),
            {
              name: 'tasks-csv',
              path: 'tasks.csv',
              format: 'csv',
              mediatype: 'text/csv',
              encoding: 'utf-8-sig',
              description: '全部任务，展平为表格（UTF-8 带 BOM）',
              dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
              schema: { fields: CSV_COLUMNS.map((c) => ({ name: c, type: integer.has(c) ? 'integer' : 'string', description: CSV_COLUMN_DOCS[c] })), primaryKey: 'id' },
            },
          ]),
      json('departments', 'departments.json', '部门代码表'),
      json('topics', 'topics.json', '主题代码表'),
      json('subtopics', 'subtopics.json', '子主题代码表'),
    ],
  };
}
