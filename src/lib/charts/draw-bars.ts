/**
 * Small bar charts for county, department and topic pages: one county's topic profile,
 * and one department's or one topic's tasks per county. Bars are horizontal so that the
 * Chinese labels read on one line; values are printed at each bar's end.
 */
import { scaleLinear } from 'd3-scale';
import { formatShare } from './format.ts';
import { categoryLegend, LEGEND_HEIGHT } from './legend.ts';
import { categoryFill, categoryPatterns, INK, MUTED, OKABE_ITO, RULE, type CategoryStyle } from './palette.ts';
import { MAX_COUNTY_BARS, type DepartmentCounties, type TopicCounties, type TopicProfile } from './profiles.ts';
import { el, group, link, svgRoot, textWidth, type ChartFrame } from './svg.ts';

const PAD = 4;
const BAR_WIDTH = 200;

interface Bar {
  value: number;
  text: string;
  href: string | null;
  label: string;
  key: string;
}

interface BarRow {
  label: string;
  bars: Bar[];
  /** A reference value drawn as a vertical tick across the row (a mean), or null. */
  mark: number | null;
}

interface BarSpec {
  frame: ChartFrame;
  series: { key: string; label: string; style: CategoryStyle }[];
  /** Legend entry for the reference mark, when rows have one. */
  markLabel: string | null;
  rows: BarRow[];
  format: (value: number) => string;
}

function drawBarRows(spec: BarSpec): string {
  const barHeight = spec.series.length > 1 ? 12 : 16;
  const rowHeight = spec.series.length * (barHeight + 2) + 10;
  const labelWidth = Math.ceil(Math.max(...spec.rows.map((r) => textWidth(r.label, 13)))) + 10;
  const endWidth = Math.ceil(Math.max(...spec.rows.flatMap((r) => r.bars.map((b) => textWidth(b.text, 12))))) + 8;
  const maxValue = Math.max(0, ...spec.rows.flatMap((r) => [...r.bars.map((b) => b.value), r.mark ?? 0]));
  const x = scaleLinear().domain([0, maxValue > 0 ? maxValue : 1]).nice().range([0, BAR_WIDTH]);
  const legendItems = spec.series.map((s) => ({ key: s.key, label: s.label, style: s.style }));
  const legend = categoryLegend('图例', spec.frame.id, legendItems);
  const legendParts = [legend.markup];
  let legendWidth = legend.width;
  if (spec.markLabel) {
    // The mark's key sits after the swatches, drawn as the mark itself.
    const mx = legend.width + 20;
    legendParts.push(el('line', { x1: mx + 6, x2: mx + 6, y1: 20, y2: 38, stroke: INK, 'stroke-width': 2 }));
    legendParts.push(el('text', { x: mx + 16, y: 34, fill: INK }, spec.markLabel));
    legendWidth = mx + 16 + textWidth(spec.markLabel, 13);
  }

  const top = PAD + LEGEND_HEIGHT;
  const ticks = x.ticks(4);
  const axis: string[] = ticks.map((t) => el('line', { x1: labelWidth + x(t), x2: labelWidth + x(t), y1: 18, y2: 20 + spec.rows.length * rowHeight, stroke: RULE }));
  ticks.forEach((t) => axis.push(el('text', { x: labelWidth + x(t), y: 12, 'text-anchor': t === 0 ? 'start' : 'middle', 'font-size': 11, fill: MUTED }, spec.format(t))));

  const rows = spec.rows.map((row, i) => {
    const y = 20 + i * rowHeight;
    const parts: string[] = [el('text', { x: labelWidth - 8, y: y + rowHeight / 2 + 4, 'text-anchor': 'end', fill: INK }, row.label)];
    row.bars.forEach((bar, k) => {
      const series = spec.series.find((s) => s.key === bar.key)!;
      const by = y + 5 + k * (barHeight + 2);
      const w = x(bar.value);
      // The value starts past both the bar and the row's reference mark, so neither crosses it.
      const textX = labelWidth + Math.max(w, row.mark === null ? 0 : x(row.mark) + 1) + 4;
      const mark = [
        el('rect', { x: labelWidth, y: by, width: w, height: barHeight, fill: categoryFill(spec.frame.id, series.key, series.style) }),
        el('text', { x: textX, y: by + barHeight / 2 + 4, 'font-size': 12, fill: bar.value === 0 ? MUTED : INK }, bar.text),
      ];
      parts.push(bar.href ? link(bar.href, bar.label, mark) : group(0, 0, mark));
    });
    if (row.mark !== null) {
      const mx = labelWidth + x(row.mark);
      parts.push(el('line', { x1: mx, x2: mx, y1: y + 2, y2: y + rowHeight - 2, stroke: INK, 'stroke-width': 2 }));
    }
    return group(0, 0, parts, { class: 'chart-row' });
  });

  const width = PAD * 2 + Math.max(labelWidth + BAR_WIDTH + endWidth, legendWidth);
  const height = top + 20 + spec.rows.length * rowHeight + PAD;
  return svgRoot(spec.frame, Math.ceil(width), Math.ceil(height), categoryPatterns(spec.frame.id, spec.series.map((s) => [s.key, s.style] as const)), [
    group(PAD, PAD, legendParts),
    group(PAD, top, [group(0, 0, axis, { class: 'chart-axis' }), ...rows]),
  ]);
}

/** One county's share of tasks per topic, with the mean over all counties as a tick on each row. */
export function drawTopicProfile(figure: TopicProfile, frame: ChartFrame): string {
  const name = figure.county.name;
  return drawBarRows({
    frame,
    series: [{ key: 'share', label: `占${name}任务的比例`, style: { color: OKABE_ITO.blue, pattern: 'none' } }],
    markLabel: `${figure.countyCount} 个县区平均`,
    format: formatShare,
    rows: figure.bars.map((bar) => ({
      label: bar.name,
      mark: bar.meanShare,
      bars: [
        {
          key: 'share',
          value: bar.share,
          text: `${formatShare(bar.share)}（${bar.count} 项）`,
          href: bar.href,
          // Accessible names start with the bar's visible text, as speech input needs (WCAG 2.5.3).
          label: `${formatShare(bar.share)}（${bar.count} 项）：${name}「${bar.name}」，平均 ${formatShare(bar.meanShare)}，查看这些任务`,
        },
      ],
    })),
  });
}

/** One department's tasks per county (named directly, and as one of all departments) or one topic's share per county. */
export function drawCountyBars(figure: DepartmentCounties | TopicCounties, frame: ChartFrame): string {
  if (figure.kind === 'department') {
    const name = figure.department.name;
    return drawBarRows({
      frame,
      series: [
        { key: 'direct', label: '直接点名', style: { color: OKABE_ITO.blue, pattern: 'none' } },
        { key: 'collective', label: '作为全部县直部门之一', style: { color: '#c5b8dc', pattern: 'stripes' } },
      ],
      markLabel: null,
      format: String,
      rows: figure.rows.slice(0, MAX_COUNTY_BARS).map((row) => ({
        label: row.county.name,
        mark: null,
        bars: [
          { key: 'direct', value: row.direct, text: `${row.direct} 项`, href: row.direct > 0 ? row.href : null, label: `${row.direct} 项：${row.county.name}直接点名${name}的任务，查看这些任务` },
          {
            key: 'collective',
            value: row.collective,
            text: `${row.collective} 项`,
            href: row.collective > 0 ? row.href : null,
            label: `${row.collective} 项：${row.county.name}分派给全部县直部门、${name}须参与的任务，查看这些任务`,
          },
        ],
      })),
    });
  }
  const name = figure.topic.name;
  return drawBarRows({
    frame,
    series: [{ key: 'share', label: '占该县区任务的比例', style: { color: OKABE_ITO.blue, pattern: 'none' } }],
    markLabel: null,
    format: formatShare,
    rows: figure.rows.slice(0, MAX_COUNTY_BARS).map((row) => ({
      label: row.county.name,
      mark: null,
      bars: [
        {
          key: 'share',
          value: row.share,
          text: `${formatShare(row.share)}（${row.count} 项）`,
          href: row.href,
          label: `${formatShare(row.share)}（${row.count} 项）：${row.county.name}「${name}」，查看这些任务`,
        },
      ],
    })),
  });
}
