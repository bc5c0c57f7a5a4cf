/**
 * The measurability chart: per county, one bar on a 0–100% axis for the share of tasks
 * that are measurable, split into dated tasks and tasks measurable by a target alone.
 */
import { scaleLinear } from 'd3-scale';
import { yearsLabel } from './counties.ts';
import { formatShare, formatShareFine, formatTasks } from './format.ts';
import { categoryLegend, LEGEND_HEIGHT } from './legend.ts';
import { MEASURABLE_PART_LABEL, type MeasurablePart, type Measurability } from './measurability.ts';
import { categoryFill, categoryPatterns, inkOn, INK, MUTED, OKABE_ITO, RULE, type CategoryStyle } from './palette.ts';
import { el, group, link, svgRoot, textWidth, type ChartFrame } from './svg.ts';

/** Dated tasks share the deadlines chart's solid blue; target-only tasks are green and striped. */
export const MEASURABLE_STYLE: Record<MeasurablePart, CategoryStyle> = {
  dated: { color: OKABE_ITO.blue, pattern: 'none' },
  'target-only': { color: OKABE_ITO.bluishGreen, pattern: 'stripes' },
};

const PARTS: readonly MeasurablePart[] = ['dated', 'target-only'];
const ROW = 40;
const BAR = 22;
const BAR_WIDTH = 360;
const PAD = 4;

/** Draws each county's share of measurable tasks, the most measurable county on top. */
export function drawMeasurability(figure: Measurability, frame: ChartFrame): string {
  const legend = categoryLegend('可衡量的任务', frame.id, PARTS.map((p) => ({ key: p, label: MEASURABLE_PART_LABEL[p], style: MEASURABLE_STYLE[p] })));
  const labelWidth = Math.ceil(Math.max(...figure.counties.map((c) => Math.max(textWidth(c.name, 13), textWidth(`${yearsLabel(c.years)} · ${formatTasks(c.total)}`, 11))))) + 12;
  const totals = figure.counties.map((c) => `${formatShare(c.share)}（${c.measurable}/${c.total}）`);
  const endWidth = Math.ceil(Math.max(...totals.map((t) => textWidth(t, 12)))) + 8;
  const x = scaleLinear().domain([0, 1]).range([0, BAR_WIDTH]);
  const top = PAD + LEGEND_HEIGHT + 4;
  const axisY = 14;
  const rowsTop = axisY + 12;
  const height = rowsTop + figure.counties.length * ROW;

  const axis: string[] = [];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    axis.push(el('line', { x1: labelWidth + x(t), x2: labelWidth + x(t), y1: axisY + 4, y2: height, stroke: RULE }));
    axis.push(el('text', { x: labelWidth + x(t), y: axisY, 'text-anchor': t === 0 ? 'start' : 'middle', 'font-size': 11, fill: MUTED }, formatShare(t)));
  }

  const rows = figure.counties.map((county, i) => {
    const cy = rowsTop + i * ROW + ROW / 2;
    const parts: string[] = [
      el('text', { x: labelWidth - 8, y: cy - 2, 'text-anchor': 'end', 'font-weight': 700, fill: INK }, county.name),
      el('text', { x: labelWidth - 8, y: cy + 12, 'text-anchor': 'end', 'font-size': 11, fill: MUTED }, `${yearsLabel(county.years)} · ${formatTasks(county.total)}`),
    ];
    let left = labelWidth;
    for (const segment of county.segments) {
      if (segment.count === 0) continue;
      const w = x(segment.share);
      const style = MEASURABLE_STYLE[segment.part];
      const text = String(segment.count);
      const mark = [el('rect', { x: left, y: cy - BAR / 2, width: w, height: BAR, fill: categoryFill(frame.id, segment.part, style), stroke: '#ffffff', 'stroke-width': 1 })];
      if (textWidth(text, 12) + 6 <= w) {
        mark.push(el('text', { x: left + w / 2, y: cy + 4, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700, fill: inkOn(style.color), stroke: style.color, 'stroke-width': 3, 'paint-order': 'stroke' }, text));
      }
      const label = `${county.name}${MEASURABLE_PART_LABEL[segment.part]}的任务：${segment.count} 项，占 ${formatShareFine(segment.share)}，查看这些任务`;
      parts.push(segment.href ? link(segment.href, label, mark) : group(0, 0, mark));
      left += w;
    }
    parts.push(el('text', { x: left + 6, y: cy + 4, 'font-size': 12, 'font-weight': 700, fill: INK }, totals[i]!));
    return group(0, 0, parts, { class: 'chart-row' });
  });

  const width = PAD * 2 + Math.max(labelWidth + BAR_WIDTH + endWidth, legend.width);
  return svgRoot(frame, Math.ceil(width), Math.ceil(top + height + PAD), categoryPatterns(frame.id, PARTS.map((p) => [p, MEASURABLE_STYLE[p]] as const)), [
    group(PAD, PAD, [legend.markup]),
    group(PAD, top, [group(0, 0, axis, { class: 'chart-axis' }), ...rows]),
  ]);
}
