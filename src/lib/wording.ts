/**
 * One wording for each state a page shows where the source gives no value, defined once:
 * pages, search results and the method page's glossary (/about/#terms) read these, so that
 * the same state never reads two ways (未印 on one page, 原文未印成文日期 on another).
 */

/** A date or document number the notice does not print (成文日期 未印, 文号未印). */
export const NOT_PRINTED = '未印';
/**
 * Where the notice was published, as its portal's metadata block states it (网址, 索引号, 发布日期,
 * 有效性), when the source at hand does not state it: the notice is not at fault, the source is
 * only silent (a text copy without the portal's block).
 */
export const NOT_STATED = '未注明';
/** A task for which the notice sets no deadline at all (its deadline column, where it has one, is empty). */
export const NO_DEADLINE = '未规定';
/** A task for which the notice lists no responsible unit. */
export const NO_UNITS = '未列';
/** A task that falls under none of the codebook's topics. */
export const NO_TOPIC = '未归入主题';

/** The glossary of these states and the deadline words, as /about/ defines them. */
export const STATE_TERMS: readonly { term: string; meaning: string }[] = [
  { term: NOT_PRINTED, meaning: '通知原文没有印出这一项，如没有印成文日期或发文字号。' },
  { term: NOT_STATED, meaning: '整理所依据的原文没有注明这一项，如没有随文保存政府网站上的索引号、发布日期、有效性或网址。' },
  { term: NO_DEADLINE, meaning: '通知没有给这项任务规定完成时限。' },
  { term: NO_UNITS, meaning: '通知没有为这项任务列出责任单位。' },
  { term: NO_TOPIC, meaning: '任务原文和所在标题都没有命中任何主题的规则。' },
  { term: '限期', meaning: '规定了截止日期的任务，如“2023年9月底前”，截止日期记为 2023-09-30。' },
  { term: '全年', meaning: '在计划年度内完成，如“全年”“年内”。' },
  { term: '长期', meaning: '长期坚持、持续推进或常态化开展，没有截止日期。' },
  { term: '未明确', meaning: '时限类型之一：原文没有规定时限，或写了“按要求”“适时”等没有说明时间的表述。' },
  { term: '已过截止日期', meaning: '截止日期早于本站的构建日期；只说明日期已过，不说明任务是否完成。' },
];
