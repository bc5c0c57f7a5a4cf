/** Legends shared by the charts: a stepped ramp for sequential colour, swatches for categories. */
import { scaleLinear } from 'd3-scale';
import { categoryFill, INK, MUTED, RULE, sequentialColor, type CategoryStyle, type SequentialScheme } from './palette.ts';
import { el, group, textWidth } from './svg.ts';

/** Height in px of either legend. */
export const LEGEND_HEIGHT = 52;

/**
 * A stepped colour ramp: an empty swatch for 0, then one swatch per round tick up to the
 * largest value, each labelled, so a reader (or a grey printout) matches cells by step.
 */
export function sequentialLegend(title: string, scheme: SequentialScheme, max: number, format: (value: number) => string, integer: boolean): { width: number; markup: string } {
  const color = sequentialColor(scheme, max);
  const ticks = scaleLinear().domain([0, max > 0 ? max : 1]).ticks(5).filter((t) => t > 0 && (!integer || Number.isInteger(t)));
  const steps = [0, ...ticks];
  const labels = steps.map((v) => format(v));
  const step = Math.max(34, ...labels.map((l) => textWidth(l, 11) + 8));
  const parts = [el('text', { x: 0, y: 12, 'font-weight': 700, fill: INK }, title)];
  steps.forEach((value, i) => {
    parts.push(el('rect', { x: i * step, y: 20, width: step - 2, height: 14, fill: color(value), stroke: value === 0 ? RULE : null }));
    parts.push(el('text', { x: i * step + (step - 2) / 2, y: 48, 'text-anchor': 'middle', 'font-size': 11, fill: MUTED }, labels[i]!));
  });
  const width = Math.max(steps.length * step, textWidth(title, 13));
  return { width, markup: group(0, 0, parts, { class: 'chart-legend' }) };
}

/** Category swatches in one row, each with its pattern and its label. */
export function categoryLegend(title: string, prefix: string, items: readonly { key: string; label: string; style: CategoryStyle }[]): { width: number; markup: string } {
  const parts = [el('text', { x: 0, y: 12, 'font-weight': 700, fill: INK }, title)];
  let x = 0;
  for (const item of items) {
    parts.push(el('rect', { x, y: 22, width: 22, height: 14, fill: categoryFill(prefix, item.key, item.style), stroke: INK, 'stroke-width': 0.5 }));
    parts.push(el('text', { x: x + 28, y: 34, fill: INK }, item.label));
    x += 28 + textWidth(item.label, 13) + 16;
  }
  return { width: Math.max(x - 16, textWidth(title, 13)), markup: group(0, 0, parts, { class: 'chart-legend' }) };
}
