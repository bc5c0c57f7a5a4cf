/**
 * Small helpers for writing SVG as strings at build time. Charts are pure functions
 * from figures to markup, so there is no DOM here (d3-selection would need one).
 */

/** An attribute map; null, undefined and false leave the attribute out. */
export type Attrs = Record<string, string | number | null | undefined | false>;

/** Escapes text for use in XML content and double-quoted attribute values. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A coordinate or length rounded to 0.01 px, so that output is stable across platforms and diffs stay readable. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function attrs(map: Attrs): string {
  let out = '';
  for (const [key, value] of Object.entries(map)) {
    if (value === null || value === undefined || value === false) continue;
    out += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/**
 * One element. A string child is escaped text on the same line; an array holds markup
 * already built (one child per line, so golden files diff line by line).
 */
export function el(name: string, attributes: Attrs, children?: string | readonly string[]): string {
  if (children === undefined) return `<${name}${attrs(attributes)}/>`;
  if (typeof children === 'string') return `<${name}${attrs(attributes)}>${escapeXml(children)}</${name}>`;
  const inner = children.filter((c) => c !== '');
  if (inner.length === 0) return `<${name}${attrs(attributes)}/>`;
  return `<${name}${attrs(attributes)}>\n${inner.join('\n')}\n</${name}>`;
}

/** A group translated by (x, y). */
export function group(x: number, y: number, children: readonly string[], extra: Attrs = {}): string {
  return el('g', { transform: x === 0 && y === 0 ? null : `translate(${num(x)},${num(y)})`, ...extra }, children);
}

// Advance widths in em of the system CJK sans-serif faces the site uses: ideographs and
// full-width punctuation are one em; digits and Latin letters are narrower. An estimate
// that errs wide, so that margins computed from it never let labels overlap.
const FULL_WIDTH = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** Estimated rendered width of a label in px at a font size in px (errs wide). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += FULL_WIDTH.test(ch) ? 1 : /[A-Z%]/.test(ch) ? 0.72 : ch === ' ' ? 0.3 : 0.62;
  return em * fontSize;
}

/** What every chart's root element needs: a DOM id prefix, its accessible name and description. */
export interface ChartFrame {
  /** Unique on the page; every id inside the SVG starts with it. */
  id: string;
  /** The chart's accessible name (also the <title>). */
  title: string;
  /** One or two sentences saying what the chart shows and what stands out. */
  description: string;
}

/**
 * The root <svg>: fixed pixel size (the page scrolls it sideways on narrow screens rather
 * than shrinking its labels), <title> and <desc> as its accessible name and description.
 * The role is graphics-document, not img: an img's children are presentational, which
 * would hide the links on cells and bars from assistive technology.
 */
export function svgRoot(frame: ChartFrame, width: number, height: number, defs: readonly string[], body: readonly string[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart-svg',
      id: `${frame.id}-svg`,
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'graphics-document',
      'aria-labelledby': `${frame.id}-title`,
      'aria-describedby': `${frame.id}-desc`,
      'font-size': 13,
    },
    [el('title', { id: `${frame.id}-title` }, frame.title), el('desc', { id: `${frame.id}-desc` }, frame.description), defs.length > 0 ? el('defs', {}, defs) : '', ...body],
  );
}

/**
 * A link around a mark. `label` is its accessible name (aria-label) and also its
 * <title>, which sighted mouse users see as a tooltip.
 */
export function link(href: string, label: string, children: readonly string[]): string {
  return el('a', { href, 'aria-label': label, class: 'chart-link' }, [el('title', {}, label), ...children]);
}
