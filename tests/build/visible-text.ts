/**
 * What a reader of a built page meets as text, and the English words, regular expressions
 * and internal codes in it (issue 28, item 5: pages in Chinese only). Used by
 * tests/build/chinese-first.test.ts; its own unit test (tests/unit/visible-text.test.ts)
 * shows that it catches what it should.
 *
 * Visible text: every text node outside <script>, <style> and <template> (hidden elements
 * included: a disclosure or a chart's data table is one click away), plus the attributes a
 * reader or assistive technology reads (alt, title, aria-label, placeholder). Skipped:
 * elements marked `data-lang-exempt` with one of the reasons below, and nothing else.
 *
 * Not counted as words: web addresses and site paths, file names of the published files,
 * numbers (SHA-256 checksums in hex and 索引号-like identifiers of digits among them), units (%, MB) and the abbreviations and names
 * listed in ABBREVIATIONS (well known to Chinese readers, or printed so by the notices themselves).
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Why an element may show Latin text, as its `data-lang-exempt` value says:
 * - `verbatim`: a line of a source file as printed (the source page);
 * - `machine`: a machine format a reader copies into software (BibTeX, CSL-JSON);
 * - `researchers`: /data/'s researcher section (field names, the codebook in English).
 */
export const EXEMPT_REASONS = ['verbatim', 'machine', 'researchers'] as const;

/**
 * Latin words a page may show: abbreviations and names that Chinese text uses as they are
 * (GB/T, UTF-8, PDF, Excel …), and those the notices print in their own text (IPv6, PPP, 5G,
 * VR, APP). Add one only when it is that, never to let English through.
 */
export const ABBREVIATIONS = new Set([
  // Standards, encodings, formats and software named in the site's own text.
  'GB/T', 'A/OL', 'UTF-8', 'UTF-16', 'GB18030', 'SHA-256', 'JSON', 'CSV', 'BibTeX', 'CSL-JSON', 'PDF', 'HTML', 'OCR', 'BOM', 'CORS', 'Excel', 'Word', 'JavaScript', 'Ctrl+C',
  // Units of size, as % is one of share.
  'KB', 'MB', 'GB',
  // Printed in the notices' own text.
  'IPv6', 'PPP', '5G', 'VR', 'APP', 'App', 'app',
]);

/** File extensions of the files the site publishes; a name with one (tasks.csv) is a file's name, not a word. */
const FILE_NAME = /^[a-z0-9][a-z0-9._-]*\.(?:json|csv|txt|html|bib)$/;

/** Syntax of regular expressions, which a reader never needs to see: groups and lookarounds, escapes, classes, quantifiers, anchors beside Chinese text, alternation between Chinese words. */
const REGEX_SYNTAX = /\(\?(?:[:!=]|<[!=])|\\[dDsSwWbBu]|\[\^|\.\*|\.\+|\{\d+,\d*\}|\^[\u4e00-\u9fff(]|[\u4e00-\u9fff)]\$|[\u4e00-\u9fff]\|[\u4e00-\u9fff]/g;

/** Web addresses and site paths (/notices/x/#t1) in running text. */
const ADDRESS = /(?:https?:\/\/|(?<![\w/])\/(?=[a-z]))[^\s，。；、）)\]]*/g;

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The visible text of a page, as pieces (text nodes and read attributes), outside exempt elements; throws on an unknown exemption. */
export function visibleText(html: string): string[] {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeName === '#text') {
      out.push((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const c of node.childNodes) visit(c);
      return;
    }
    const el = node as Element;
    if (el.tagName === 'script' || el.tagName === 'style') return;
    const exempt = attr(el, 'data-lang-exempt');
    if (exempt !== undefined) {
      if (!(EXEMPT_REASONS as readonly string[]).includes(exempt)) throw new Error(`data-lang-exempt="${exempt}" is not one of ${EXEMPT_REASONS.join(', ')}`);
      return;
    }
    for (const name of ['alt', 'title', 'aria-label', 'placeholder']) {
      const value = attr(el, name);
      if (value) out.push(value);
    }
    const children = el.tagName === 'template' ? [] : el.childNodes;
    for (const c of children) visit(c);
  };
  // Scripting off: <noscript> content is parsed as the markup a reader without JavaScript sees, not as raw text.
  visit(parse(html, { scriptingEnabled: false }));
  return out;
}

/** The Latin words (outside addresses, file names, numbers and ABBREVIATIONS) and the regular expression syntax in some text. */
export function foreignText(pieces: readonly string[]): { words: string[]; regex: string[] } {
  const words = new Set<string>();
  const regex = new Set<string>();
  for (const piece of pieces) {
    for (const m of piece.matchAll(REGEX_SYNTAX)) regex.add(m[0]);
    const text = piece.replace(ADDRESS, ' ');
    for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9+./_-]*/g)) {
      const token = m[0].replace(/[./_-]+$/, '');
      if (!/[A-Za-z]/.test(token)) continue; // a number, a date, a document number's digits
      if (/^[0-9a-f]{32,}$/.test(token)) continue; // a checksum
      if (/^[0-9A-Z/-]+$/.test(token) && (token.match(/\d/g) ?? []).length >= 8) continue; // an identifier made of digits: a portal's 索引号 (11220104MB0000000X/2024-00012)
      if (FILE_NAME.test(token) || ABBREVIATIONS.has(token)) continue;
      words.add(token);
    }
  }
  return { words: [...words].sort(), regex: [...regex].sort() };
}
