import type { SourceLine } from './model.ts';
import { decodeEntities } from './text.ts';

/**
 * The metadata block a government portal prints above a notice (政府信息公开目录):
 * `索 引 号: …  发布机构: …`, `[ 发文字号 ] …`, `【成文日期】…`, a table of label and value
 * cells, and the address of the page (a browser's `<!-- saved from url=… -->`, 原文链接：…).
 * Labels are matched with any spacing between their characters (索 引 号) and several may
 * stand on one line; a value runs to the next label or the end of the line.
 */
export interface PortalBlock {
  /** The page's web address (http or https), or null. */
  url: string | null;
  /** 索引号 as printed. */
  indexNumber: string | null;
  /** 发布日期 (also 生成日期, 公开日期), as an ISO date. */
  publishedOn: string | null;
  /** 有效性 (or 时效性, 效力状态) as printed: 有效, 失效, 废止 … */
  validity: string | null;
  /** 发布机构 / 发文机关: the issuer, when the block names it. */
  issuer: string | null;
  /** 文号 / 发文字号 as printed. */
  docNumber: string | null;
  /** 名称 / 标题: the title. */
  title: string | null;
  /** 成文日期 / 发文日期, as an ISO date. */
  issuedOn: string | null;
  /** Lines that hold the block: they are the portal's, not the notice's text. */
  lines: number[];
}

type Field = Exclude<keyof PortalBlock, 'lines'>;

/** Labels by field; null for labels that are read only so that a value before them ends (分类, 主题词 …). */
const LABELS: [Field | null, string[]][] = [
  ['indexNumber', ['信息索引号', '索引号', '索取号']],
  ['issuer', ['发布机构', '发文机关', '发文机构', '发文单位', '发布单位', '公开主体', '信息来源', '来源单位']],
  ['docNumber', ['发文字号', '发文编号', '文号']],
  ['title', ['文件名称', '信息名称', '名称', '标题']],
  ['issuedOn', ['成文日期', '成文时间', '发文日期', '签发日期']],
  ['publishedOn', ['发布日期', '发布时间', '公开日期', '公开时间', '生成日期']],
  ['validity', ['有效性', '时效性', '效力状态']],
  ['url', ['原文链接', '原文地址', '链接地址', '页面地址', '网址']],
  [null, ['主题分类', '体裁分类', '组配分类', '分类', '主题词', '关键词', '公开方式', '公开范围', '公开形式', '公开时限', '服务对象', '所属主题', '信息类别', '浏览次数', '字号']],
];

const spaced = (label: string) => [...label].join('[ \\t\\u3000]*');
/** A label, in brackets or followed by a colon. */
const LABEL_RE = new RegExp(
  `(?:[\\[【［]\\s*(${LABELS.flatMap(([, l]) => l).map(spaced).join('|')})\\s*[\\]】］]\\s*[:：]?|(${LABELS.flatMap(([, l]) => l).map(spaced).join('|')})\\s*[:：])`,
  'g',
);
const FIELD_OF = new Map<string, Field | null>(LABELS.flatMap(([field, labels]) => labels.map((l) => [l, field] as const)));

/** A line of HTML as text: tags become spaces (a label cell and its value cell stay apart). */
function plain(text: string): string {
  return decodeEntities(text.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ')).replace(/\u00a0/g, ' ');
}

/** A portal's date (2023-04-20, 2023/4/20, 2023.04.20, 2023年4月20日) as ISO, or null. */
export function portalDate(text: string): string | null {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An http(s) address in a text, without the punctuation that may follow it. */
function urlIn(text: string): string | null {
  const m = /https?:\/\/[^\s"'<>，。；、）)\]】]+/.exec(text);
  return m ? m[0].replace(/[.,;:]+$/, '') : null;
}

/** Reads the portal block from the lines above the notice's table. */
export function readPortal(head: readonly SourceLine[]): PortalBlock {
  const out: PortalBlock = { url: null, indexNumber: null, publishedOn: null, validity: null, issuer: null, docNumber: null, title: null, issuedOn: null, lines: [] };
  for (const line of head) {
    const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(line.text);
    if (saved && out.url === null) {
      out.url = urlIn(saved[1]!);
      out.lines.push(line.n);
    }
    const text = plain(line.text);
    const found = [...text.matchAll(LABEL_RE)];
    if (found.length === 0) continue;
    let used = false;
    found.forEach((m, k) => {
      const label = (m[1] ?? m[2] ?? '').replace(/[ \t\u3000]/g, '');
      const field = FIELD_OF.get(label);
      const end = found[k + 1]?.index ?? text.length;
      const value = text.slice(m.index + m[0].length, end).trim().replace(/^[:：\s]+|[\s|｜;；,，]+$/g, '');
      if (field === undefined || field === null) return;
      used = true;
      if (value === '' || out[field] !== null) return;
      switch (field) {
        case 'url':
          out.url = urlIn(value);
          break;
        case 'publishedOn':
        case 'issuedOn':
          out[field] = portalDate(value);
          break;
        case 'issuer':
          // 信息来源 may hold an address rather than an office.
          if (/^https?:/.test(value)) out.url ??= urlIn(value);
          else out.issuer = value.replace(/\s+/g, '');
          break;
        default:
          out[field] = value.replace(/\s+/g, field === 'title' || field === 'docNumber' ? '' : ' ');
      }
    });
    if (used) out.lines.push(line.n);
  }
  // A bare 来源：line names either the office or the address.
  for (const line of head) {
    const m = /^\s*(?:来\s*源|出\s*处)\s*[:：]\s*(.+)$/.exec(plain(line.text));
    if (!m) continue;
    const url = urlIn(m[1]!);
    if (url) out.url ??= url;
    else out.issuer ??= m[1]!.trim().split(/\s{2,}/)[0]!.replace(/\s+/g, '');
    if (!out.lines.includes(line.n)) out.lines.push(line.n);
  }
  out.lines.sort((a, b) => a - b);
  return out;
}
