import type { ColumnRole } from './model.ts';
import { headingLevel } from './readers/shared.ts';
import { cleanInline, cleanText } from './text.ts';

/**
 * What a cell looks like, whatever column it stands in: a sequence number, a deadline, a
 * list of offices, a section heading, a short phrase or a requirement sentence. The grid
 * step (grid.ts) and the row model's placement of short rows read these features to
 * decide which column a cell belongs to when the layout does not say it.
 */
export interface CellLook {
  /** The cell's text, repaired (cleanInline): what the features were read from. */
  text: string;
  /** The printed sequence number (1, 2., 3、, （4）), or null. */
  seq: number | null;
  /** 1 for 一、…, 2 for （一）…, when the cell is a short heading without sentence punctuation. */
  heading: 1 | 2 | null;
  /** A deadline phrase: a date, 全年, 长期坚持, 每季度, 按要求 … */
  deadline: boolean;
  /** Office names (局, 办, 委, 中心, 科, 股 …), one or several, and nothing else. */
  units: boolean;
  /** A person or a post (王建国, 分管副局长): a 责任人 column. */
  person: boolean;
  /** A state of progress (已完成, 正在推进): a 落实情况 column. */
  status: boolean;
  /** Sentence punctuation, or long enough to be a requirement. */
  sentence: boolean;
}

/** A deadline phrase as cells print it; parseDeadline knows most, these are the rest (按工作进度, 适时). */
const DEADLINE_WORDS =
  /^(?:全年|长期|持续|常态|立即|即时|及时|随时|适时|定期|每[年季月周半]|按(?:季度|月|年|要求|规定|时|期|工作|进度|计划|程序|节点|照)|依(?:据|照)(?:上级|要求|规定)|(?:19|20)\d{2}\s*年|[0-9一二三四五六七八九十]{1,2}\s*月|[上下]半年|年[底内中末]|第?[一二三四]季度|根据|同步|与.{1,8}同步|动态|实时|常年)|(?:前|底|内|止|末|全年)$|^(?:按时完成|及时更新|动态更新|实时更新|立即开展)$/;

/** Words that end the name of an office, bureau, unit or collective of units. */
const UNIT_END =
  /(?:局|办|委|委员会|室|部|中心|院|所|队|会|站|厅|处|科|股|组|政府|街道|办事处|乡镇|镇|乡|单位|部门|公司|分局|支行|银行|管委会|集团|学校|医院|社区|村|馆|台|社|园区|机构|企业|组织|协会|商会|法院|检察院|党校|平台|（[^（）]*）|\([^()]*\))$/;

/** Sentence punctuation: a cell with it is prose, not a name or a phrase. */
const SENTENCE = /[。；;！？]/;

/** Posts and titles of a 责任人 column. */
const POST = /(?:局长|主任|书记|科长|股长|处长|部长|站长|所长|镇长|乡长|负责人|分管领导|领导|同志|干事|专员)$/;

/** A person's name: a common surname and one or two characters (王建国, 李华). */
const NAME = /^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤][\u4e00-\u9fff]{1,2}$/;

/** Progress words of a 落实情况 / 完成情况 column. */
const STATUS = /^(?:已完成|已落实|已公开|已启动|已开展|完成|未完成|正在推进|推进中|正在|持续推进中|按期完成|按时完成|无|暂无|进行中)/;

/** The sequence number a cell prints on its own, or null. */
export function seqOf(text: string): number | null {
  const m = /^\s*(?:(\d{1,3})\s*[.、．]?|[（(]\s*(\d{1,3})\s*[)）])\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1] ?? m[2]);
  return n > 0 ? n : null;
}

/**
 * Reads a cell's features. `isDeadline` is the deadline normaliser's test (any notice
 * year will do: it recognises the shape, not the date); `isKnownUnit` the registry's.
 */
export function lookAt(raw: string, isDeadline: (text: string) => boolean, isKnownUnit: (name: string) => boolean): CellLook {
  const text = cleanInline(raw);
  const compact = text.replace(/\s+/g, '');
  const seq = seqOf(text);
  // A fragment that ends in a comma is the first part of a sentence broken over lines.
  const sentence = SENTENCE.test(compact) || compact.length >= 30 || (/[，,]/.test(compact) && compact.length >= 12) || /[，,、：:]$/.test(compact);
  const level = headingLevel(compact);
  const heading = level !== null && compact.length <= 40 && !SENTENCE.test(compact) ? level : null;
  const deadline = seq === null && compact !== '' && compact.length <= 30 && !SENTENCE.test(compact) && (isDeadline(compact) || DEADLINE_WORDS.test(compact));
  // Units one per line are separate names: the line breaks count as delimiters here.
  const units = seq === null && !deadline && heading === null && looksLikeUnits(cleanText(raw).replace(/\n/g, '、').replace(/\s+/g, ''), isKnownUnit);
  const person = !units && !deadline && compact.length >= 2 && compact.length <= 16 && !SENTENCE.test(compact) && (POST.test(compact) || compact.split(/[、，,]/).every((p) => NAME.test(p)));
  const status = STATUS.test(compact) && compact.length <= 40;
  return { text, seq, heading, deadline, units, person, status, sentence };
}

/** A list of office names: every part split at 、，；/ or white space ends like an office, or is known to the registry. */
export function looksLikeUnits(compact: string, isKnownUnit: (name: string) => boolean): boolean {
  // ； separates groups of units (县级部门；各乡镇) as often as it ends a sentence: the parts decide.
  if (compact === '' || compact.length > 800 || /[。！？]/.test(compact)) return false;
  // Role labels inside a cell (牵头单位：A；配合单位：B) are read by splitUnits; here they only separate.
  const parts = compact
    .replace(/(?:牵头|责任|主责|配合|协办|协助|参与)(?:单位|部门|科室|处室|股室)[:：]/g, '、')
    .split(/[、，,；;/／\s]+|(?:以及|及)(?=[\u4e00-\u9fff]{2})/)
    .filter((p) => p !== '');
  if (parts.length === 0) return false;
  const named = parts.filter((p) => p.length >= 2 && p.length <= 40 && (UNIT_END.test(p) || isKnownUnit(p) || /^各/.test(p) || /等(?:县级|区级|市级)?(?:有关)?(?:部门|单位)$/.test(p)));
  return named.length / parts.length >= 0.75;
}

/**
 * How badly a cell fits a column of the given role: 0 fits perfectly, larger fits worse,
 * Infinity never. The scale is shared with the grid's costs of a missing cell and of a new
 * row, so the numbers are relative: a sequence number outside the 序号 column is nearly
 * impossible, a short phrase in the requirement column merely unusual.
 */
export function misfit(role: ColumnRole, c: CellLook): number {
  if (c.text === '') return 0;
  const phrase = !c.sentence && c.text.length <= 25;
  switch (role) {
    case 'seq':
      return c.seq !== null ? 0 : Infinity;
    case 'heading':
    case 'section':
    case 'subsection':
      if (c.seq !== null) return 6;
      if (c.heading !== null) return 0;
      if (c.deadline) return 5;
      if (c.units) return 3;
      if (phrase) return 0.3;
      return SENTENCE.test(c.text) ? 4 : 2.5;
    case 'text':
      if (c.seq !== null) return 8;
      if (c.sentence) return 0;
      if (c.deadline) return 4.5;
      if (c.units) return 4;
      if (c.heading !== null) return 2;
      return 1.2;
    case 'units':
    case 'lead':
    case 'co':
      if (c.units) return 0;
      if (c.seq !== null) return 8;
      if (c.deadline) return 5;
      return phrase ? 2.5 : 5;
    case 'deadline':
      if (c.deadline) return 0;
      if (c.seq !== null) return 8;
      if (c.units) return 5;
      return phrase ? 3.5 : 6;
    case 'person':
      if (c.person) return 0;
      if (c.seq !== null) return 8;
      return phrase ? 2 : 4;
    case 'status':
      if (c.status) return 0;
      if (c.seq !== null) return 8;
      return phrase ? 1.5 : 2.5;
    case 'ignore':
      if (c.seq !== null) return 8;
      if (c.status) return 0.5;
      return phrase ? 1.5 : 2.5;
  }
}

/**
 * The cost of a row without a cell in a column of this role: merged cells (a group's
 * heading, its units or deadline printed once) and optional columns (备注, 责任人) are often
 * absent; a row without its requirement is a row of something else.
 */
export function absence(role: ColumnRole): number {
  switch (role) {
    case 'heading':
    case 'section':
    case 'subsection':
      return 0.1;
    case 'seq':
      return 1.5;
    case 'text':
      return 6;
    case 'units':
    case 'lead':
      return 0.8;
    case 'co':
      return 0.3;
    case 'deadline':
      return 0.8;
    case 'person':
      return 0.3;
    case 'status':
    case 'ignore':
      return 0.05;
  }
}
