/**
 * Colours and patterns shared by the charts. Sequential data use one hue whose lightness
 * rises with the value (d3's Blues / Purples / Oranges), so grey print keeps the order; categories
 * use the Okabe–Ito palette (safe for the common colour-vision deficiencies) and, since
 * two of its hues print as the same grey, each category also has a fill pattern.
 */
import { interpolateBlues, interpolateOranges, interpolatePurples } from 'd3-scale-chromatic';
import { scaleSequential } from 'd3-scale';
import { el } from './svg.ts';

/** Single-hue sequential schemes a heatmap may use. */
export type SequentialScheme = 'blues' | 'purples' | 'oranges';

const INTERPOLATORS = { blues: interpolateBlues, purples: interpolatePurples, oranges: interpolateOranges } as const;

/**
 * A sequential colour scale from 0 to max. The lightest tenth of the ramp is skipped so
 * that the smallest non-zero value still differs from the white of an empty cell.
 */
export function sequentialColor(scheme: SequentialScheme, max: number): (value: number) => string {
  const interpolate = INTERPOLATORS[scheme];
  const scale = scaleSequential((t: number) => interpolate(0.12 + 0.83 * t)).domain([0, max > 0 ? max : 1]);
  return (value) => (value <= 0 ? '#ffffff' : scale(value));
}

/** Relative luminance (WCAG 2) of a colour written as #rrggbb or rgb(r, g, b). */
export function luminance(color: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  const channels = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : rgb ? rgb.slice(1).map(Number) : null;
  if (!channels) throw new Error(`luminance: cannot read the colour "${color}"`);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio (WCAG 2) between two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Ink for a label drawn on a fill: black or white, whichever contrasts more. Pure black,
 * not INK, because only black and white together guarantee 4.5:1 on any fill.
 */
export function inkOn(fill: string): string {
  return contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff';
}

/** Text colour of labels and axes. */
export const INK = '#1a1a1a';
/** Secondary text (axis notes, zero cells): 4.6:1 on white. */
export const MUTED = '#595959';
/** Grid lines and empty-cell borders. */
export const RULE = '#c8c8c8';

/** Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design"). */
export const OKABE_ITO = {
  orange: '#e69f00',
  skyBlue: '#56b4e9',
  bluishGreen: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  reddishPurple: '#cc79a7',
  grey: '#bbbbbb',
} as const;

/** A category's look: base colour plus an optional pattern drawn over it in a darker or lighter ink. */
export interface CategoryStyle {
  color: string;
  pattern: 'none' | 'stripes' | 'dots' | 'crosshatch';
}

/** The fill reference for a category: its pattern's id when it has one, else its colour. */
export function categoryFill(prefix: string, key: string, style: CategoryStyle): string {
  return style.pattern === 'none' ? style.color : `url(#${prefix}-pattern-${key})`;
}

/**
 * <pattern> definitions for categories that have one. Patterns are drawn in the label
 * ink that contrasts with the base colour, thin enough that a label with a halo stays
 * readable on top.
 */
export function categoryPatterns(prefix: string, styles: readonly (readonly [string, CategoryStyle])[]): string[] {
  const defs: string[] = [];
  for (const [key, style] of styles) {
    if (style.pattern === 'none') continue;
    const ink = inkOn(style.color) === '#000000' ? 'rgba(0,0,0,0.45)' : 'rgba(255,255,255,0.7)';
    const marks =
      style.pattern === 'stripes'
        ? [el('path', { d: 'M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6', stroke: ink, 'stroke-width': 1.5 })]
        : style.pattern === 'dots'
          ? [el('circle', { cx: 2, cy: 2, r: 1.2, fill: ink }), el('circle', { cx: 6, cy: 6, r: 1.2, fill: ink })]
          : [el('path', { d: 'M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6 M0,0 L8,8 M-2,6 L2,10 M6,-2 L10,2', stroke: ink, 'stroke-width': 1 })];
    defs.push(
      el('pattern', { id: `${prefix}-pattern-${key}`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, [
        el('rect', { width: 8, height: 8, fill: style.color }),
        ...marks,
      ]),
    );
  }
  return defs;
}
