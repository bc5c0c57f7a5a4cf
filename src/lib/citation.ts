/**
 * References to a notice or to one of its tasks, in the three forms a reader takes away: a
 * GB/T 7714—2015 reference to paste into a text, BibTeX and CSL-JSON to import into a
 * reference manager (Zotero, EndNote, JabRef …). Pure, with no Node or Astro import, so that
 * the search page can build a result's citation from the record data it already has
 * (`CitationSource`, plain JSON) with the same code the notice pages use.
 *
 * GB/T 7714—2015 §4.6.2 (电子资源) reads
 *   主要责任者. 题名: 其他题名信息[文献类型标识/载体标识]. 出版地: 出版者, 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径.
 * and its own example of a government office's online notice is
 *   北京市人民政府办公厅. 关于转发北京市企业投资项目核准暂行实施办法的通知: 京政办发〔2005〕37号[A/OL]. (2005-07-12)[2011-07-12]. http://….
 * so a notice is cited the same way: its issuer, its title without the issuer's name, its 文号
 * as other title information, [A/OL] (A: 档案, the type the standard gives such documents;
 * OL: online), its date in parentheses and the reader's access date in brackets. A task is a
 * part of its notice (析出文献, §4.2: 析出题名[…]//专著责任者. 专著题名…). The access paths are
 * the original's web address, when known, and this site's permalink, joined by "; " as the
 * standard joins repeated elements (several publishers).
 */

/** What a citation says, as plain data: the notice's facts and, for a task, the task's. */
export interface CitationSource {
  /** The issuing office (发文机关), the responsible party of the reference. */
  issuer: string;
  /** The notice's full title as printed (the issuer's name at its start is left out of references). */
  title: string;
  /** 文号, or null when the notice prints none. */
  docNumber: string | null;
  /** 成文日期 (ISO), or null. */
  issuedOn: string | null;
  /** The portal's 发布日期 (ISO), or null. */
  publishedOn: string | null;
  /** The plan year, the date of last resort. */
  year: number;
  /** Where the notice was published online (the portal's address), or null when not known. */
  originalUrl: string | null;
  /** This site's permalink of the notice or task: absolute, or a site path that the page completes. */
  permalink: string;
  /** An ASCII key for reference managers: the notice id, or the task's public id. */
  key: string;
  /** The task cited, when the reference is to one task. */
  task: { ordinal: number; text: string } | null;
}

/** The id of a citation's box on its notice page: `cite` for the notice's, `t12-cite` for task t12's. */
export function citationId(taskAnchor: string | null): string {
  return taskAnchor === null ? 'cite' : `${taskAnchor}-cite`;
}

/**
 * Where a notice's or task's citation stands, from its permalink: /notices/x/#t12 →
 * /notices/x/#t12-cite, /notices/x/ → /notices/x/#cite. A search result links 引用 here;
 * the page's script opens the citation a link lands on.
 */
export function citationHref(permalink: string): string {
  const [path, anchor] = permalink.split('#') as [string, string | undefined];
  return `${path}#${citationId(anchor ?? null)}`;
}

/** What every citation of a notice shares: the notice page holds it once, as JSON in the element CITATION_NOTICE_ID, for its script (src/scripts/citation.ts). */
export type CitationNotice = Omit<CitationSource, 'permalink' | 'key' | 'task'>;

/** The id of the notice page's element holding the notice's citation facts (CitationNotice, JSON). */
export const CITATION_NOTICE_ID = 'citation-notice';

/** What a static page prints where the reader's access date belongs; the notice page's script (src/scripts/citation.ts) fills in the day. */
export const ACCESS_DATE_PLACEHOLDER = '访问日期';

/** Longest task text kept in a citation's title, in characters (before the closing ……). */
export const TASK_TITLE_MAX = 30;

/**
 * A task's text shortened for a reference title: its first sentence or clause when that fits
 * in `max` characters, else cut after the last comma or 、 that keeps at least a third of `max`,
 * else cut at `max`; a cut text ends in ……. Leading item numbers (1. （1）) are dropped.
 */
export function shortTaskText(text: string, max = TASK_TITLE_MAX): string {
  const clean = text
    .replace(/\s+/g, '')
    .replace(/^(?:[（(][0-9一二三四五六七八九十]+[)）]|[0-9]+[.．、])/, '');
  const sentence = /^[^。；！？]*/.exec(clean)![0] || clean;
  const rest = clean.slice(sentence.length).replace(/^[。；！？]+/, '');
  if (sentence.length <= max) return rest === '' ? sentence : `${sentence}……`;
  const head = sentence.slice(0, max);
  const comma = Math.max(head.lastIndexOf('，'), head.lastIndexOf('、'), head.lastIndexOf(','));
  return `${comma >= max / 3 ? head.slice(0, comma) : head}……`;
}

/** The title a task is cited by: 第12项任务：推进义务教育“双减”信息公开…… */
export function taskTitle(task: NonNullable<CitationSource['task']>): string {
  return `第${task.ordinal}项任务：${shortTaskText(task.text)}`;
}

/** The notice's title without the issuer's name that opens it (冠县人民政府办公室关于… → 关于…), as the standard's example cites. */
export function titleProper(source: Pick<CitationSource, 'title' | 'issuer'>): string {
  const rest = source.title.startsWith(source.issuer) ? source.title.slice(source.issuer.length).trim() : source.title;
  return rest === '' ? source.title : rest;
}

/** The date a reference shows: 成文日期, else the portal's 发布日期 (both ISO), else null (the year stands instead). */
function documentDate(source: CitationSource): string | null {
  return source.issuedOn ?? source.publishedOn;
}

/** The access paths: the original's address, then this site's permalink. */
function accessPaths(source: CitationSource): string[] {
  return source.originalUrl ? [source.originalUrl, source.permalink] : [source.permalink];
}

/**
 * The GB/T 7714—2015 reference. `accessed` is the reader's access date (YYYY-MM-DD); without
 * it the reference holds the placeholder [访问日期] for the page's script to fill in.
 */
export function gbtReference(source: CitationSource, accessed: string = ACCESS_DATE_PLACEHOLDER): string {
  const host = source.docNumber ? `${titleProper(source)}: ${source.docNumber}` : titleProper(source);
  const date = documentDate(source);
  const when = date ? `(${date})[${accessed}]` : `${source.year}[${accessed}]`;
  const paths = accessPaths(source).join('; ');
  if (!source.task) return `${source.issuer}. ${host}[A/OL]. ${when}. ${paths}.`;
  return `${source.issuer}. ${taskTitle(source.task)}[A/OL]//${source.issuer}. ${host}. ${when}. ${paths}.`;
}

/** BibTeX's special characters outside verbatim fields, escaped so that LaTeX prints them (50% → 50\%). */
function bibtexText(value: string): string {
  const named: Record<string, string> = { '\\': '\\textbackslash{}', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' };
  return value.replace(/[\\{}%&$#_^~]/g, (c) => named[c] ?? `\\${c}`);
}

/** A URL as a BibTeX field holds it: verbatim, with braces (never valid in a URL unescaped) percent-encoded. */
function bibtexUrl(value: string): string {
  return value.replace(/[{}]/g, (c) => encodeURIComponent(c));
}

/**
 * A BibTeX entry (@misc, which every reference manager and BibTeX style reads): the issuer
 * as a corporate author in double braces, the title (the task's, or the notice's without the
 * issuer), 文号 as `number`, the date, the permalink as `url`, and in `note` the notice a task
 * belongs to and the original's address. `accessed` (YYYY-MM-DD) adds `urldate`.
 */
export function bibtexEntry(source: CitationSource, accessed?: string): string {
  const fields: [string, string][] = [
    ['author', `{${bibtexText(source.issuer)}}`],
    ['title', bibtexText(source.task ? taskTitle(source.task) : titleProper(source))],
  ];
  if (source.docNumber) fields.push(['number', bibtexText(source.docNumber)]);
  const date = documentDate(source);
  fields.push(['year', String(date ? Number(date.slice(0, 4)) : source.year)]);
  if (date) fields.push(['date', date]);
  fields.push(['url', bibtexUrl(source.permalink)]);
  if (accessed) fields.push(['urldate', accessed]);
  const note = [
    ...(source.task ? [`载于${source.issuer}《${titleProper(source)}》${source.docNumber ? `（${source.docNumber}）` : ''}`] : []),
    ...(source.originalUrl ? [`原文网址：${source.originalUrl}`] : []),
  ];
  if (note.length > 0) fields.push(['note', bibtexText(note.join('；'))]);
  fields.push(['langid', 'chinese']);
  return `@misc{${source.key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

/** A CSL-JSON date: [[year, month, day]] from YYYY-MM-DD, or [[year]]. */
function cslDate(value: string | number): { 'date-parts': [[number] | [number, number, number]] } {
  if (typeof value === 'number') return { 'date-parts': [[value]] };
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]] };
}

/** One CSL-JSON item (CSL 1.0.2 input data), the shape reference managers import. */
export interface CslItem {
  id: string;
  type: 'regulation';
  title: string;
  author: { literal: string }[];
  authority: string;
  'container-title'?: string;
  number?: string;
  issued: ReturnType<typeof cslDate>;
  URL: string;
  accessed?: ReturnType<typeof cslDate>;
  note?: string;
  language: 'zh-CN';
}

/**
 * The CSL-JSON item: type `regulation` (CSL 1.0.2: "a regulation or governmental directive"),
 * the issuer as a literal (institutional) author and as the authority, a task's notice as its
 * container, 文号 as `number`, the permalink as `URL` and the original's address in `note`.
 * `accessed` (YYYY-MM-DD) adds the access date.
 */
export function cslItem(source: CitationSource, accessed?: string): CslItem {
  const date = documentDate(source);
  const item: CslItem = {
    id: source.key,
    type: 'regulation',
    title: source.task ? taskTitle(source.task) : titleProper(source),
    author: [{ literal: source.issuer }],
    authority: source.issuer,
    ...(source.task ? { 'container-title': titleProper(source) } : {}),
    ...(source.docNumber ? { number: source.docNumber } : {}),
    issued: cslDate(date ?? source.year),
    URL: source.permalink,
    ...(accessed ? { accessed: cslDate(accessed) } : {}),
    ...(source.originalUrl ? { note: `原文网址：${source.originalUrl}` } : {}),
    language: 'zh-CN',
  };
  return item;
}

/** CSL-JSON as a reference manager imports it: an array of items, one line each. */
export function cslJson(sources: readonly CitationSource[], accessed?: string): string {
  return `[${sources.map((s) => JSON.stringify(cslItem(s, accessed))).join(',\n')}]`;
}

/** The notice facts every citation of it shares, from its public record, its portal block and its permalink. */
export function noticeCitationSource(
  notice: { id: string; issuer: string; title: string; docNumber: string | null; issuedOn: string | null; year: number },
  portal: { url: string | null; publishedOn: string | null } | undefined,
  permalink: string,
): CitationSource {
  return {
    issuer: notice.issuer,
    title: notice.title,
    docNumber: notice.docNumber,
    issuedOn: notice.issuedOn,
    publishedOn: portal?.publishedOn ?? null,
    year: notice.year,
    originalUrl: portal?.url ?? null,
    permalink,
    key: notice.id,
    task: null,
  };
}

/** A task's citation source: its notice's, with the task's own key, permalink, position and text. */
export function taskCitationSource(notice: CitationSource, task: { id: string; text: string }, ordinal: number, permalink: string): CitationSource {
  return { ...notice, key: task.id, permalink, task: { ordinal, text: task.text } };
}
