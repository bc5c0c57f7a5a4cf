/**
 * A remark plugin that keeps a notice's text inert: raw HTML in the Markdown (`<script>`,
 * `<img onerror=…>`) becomes text that reads exactly as written, and a link or image whose
 * URL is not http(s), mailto or a site path (`javascript:`, `data:`, `vbscript:` …) becomes
 * its text followed by the URL as text. Astro's Markdown pipeline passes raw HTML through
 * by default; a notice is printed government text and never needs markup of its own.
 */

import type { Root } from 'mdast';

/** The mdast nodes this plugin reads or writes (a structural subset of mdast). */
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  label?: string | null;
  children?: MdNode[];
}

/** URLs a notice may link to: the web, mail, and paths or anchors of this site. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  const u = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '').normalize('NFKC').toLowerCase();
  if (/^(https?:|mailto:)/.test(u)) return true;
  return !/^[a-z][a-z0-9+.-]*:/.test(u);
}

/** Nodes whose children are blocks (paragraphs, lists …) rather than inline text. */
const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function textOf(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Rewrites a Markdown tree in place so that nothing in it becomes markup or a script URL. */
export function makeInert(tree: MdNode): void {
  const children = tree.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'html') {
      // Where the parent holds blocks, the HTML becomes a paragraph of its text; inside a paragraph, inline text.
      const text: MdNode = { type: 'text', value: node.value ?? '' };
      children[i] = FLOW.has(tree.type) ? { type: 'paragraph', children: [text] } : text;
      continue;
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined && !isSafeUrl(node.url)) {
      const label = node.type === 'image' ? (node.alt ?? '') : node.type === 'definition' ? (node.label ?? '') : textOf(node);
      children[i] = node.type === 'definition' ? { type: 'paragraph', children: [{ type: 'text', value: `[${label}]: ${node.url}` }] } : { type: 'text', value: `${label}（${node.url}）` };
      continue;
    }
    makeInert(node);
  }
}

/** The plugin: `remarkPlugins: [remarkInert]`. */
export default function remarkInert() {
  // mdast's Root is structurally an MdNode tree; the plugin only reads the fields MdNode names.
  return (tree: Root) => makeInert(tree as MdNode);
}
