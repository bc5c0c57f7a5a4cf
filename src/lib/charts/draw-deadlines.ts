/**
 * The deadlines chart: per county, a 100% bar split by deadline kind, and beside it the
 * dated tasks on a month axis of the plan year. Kinds are told apart by colour, by
 * pattern (for grey print) and by their order, which is the legend's.
 */
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { max } from 'd3-array';
import { yearsLabel } from './counties.ts';
import { AFTER_YEAR, BEFORE_YEAR, binLabel, DEADLINE_KINDS, monthLabel, type DeadlineSplit } from './deadlines.ts';
import { formatShare, formatShareFine, formatTasks } from './format.ts';
import { categoryLegend, LEGEND_HEIGHT } from './legend.ts';
import { DEADLINE_KIND_LABEL } from './links.ts';
import { categoryFill, categoryPatterns, inkOn, INK, MUTED, OKABE_ITO, RULE, type CategoryStyle } from './palette.ts';
import { el, group, link, svgRoot, textWidth, type ChartFrame } from './svg.ts';
import type { DeadlineKind } from '../../schemas/task.ts';

/** The look of each deadline kind: dated tasks solid and darkest, unspecified lightest. */
export const DEADLINE_STYLE: Record<DeadlineKind, CategoryStyle> = {
  'by-date': { color: OKABE_ITO.blue, pattern: 'none' },
  'year-round': { color: OKABE_ITO.skyBlue, pattern: 'stripes' },
  ongoing: { color: OKABE_ITO.orange, pattern: 'dots' },
  unspecified: { color: '#dddddd', pattern: 'crosshatch' },
};

const ROW = 40;
/** The height of one plan year's line of dots, for a county with dated tasks in several plan years. */
const YEAR_LINE = 24;
const BAR = 22;
const SHARE_WIDTH = 300;
const BAND = 28;
const OUTER_BAND = 64;
const GAP = 36;
const PAD = 4;

/** Draws the deadline split of every county with its dated tasks by month. */
export function drawDeadlines(figure: DeadlineSplit, frame: ChartFrame): string {
  const styles = DEADLINE_KINDS.map((k) => [k, DEADLINE_STYLE[k]] as const);
  const legend = categoryLegend('完成时限类型', frame.id, DEADLINE_KINDS.map((k) => ({ key: k, label: DEADLINE_KIND_LABEL[k], style: DEADLINE_STYLE[k] })));
  const labelWidth = Math.ceil(Math.max(...figure.counties.map((c) => Math.max(textWidth(c.name, 13), textWidth(`${yearsLabel(c.years)} · ${formatTasks(c.total)}`, 11))))) + 12;

  // Month bands of the plan year, widened by a band before or after it only when some county needs one.
  const bins = new Set(figure.counties.flatMap((c) => c.months.map((m) => m.month)));
  const domain = [...(bins.has(BEFORE_YEAR) ? [BEFORE_YEAR] : []), ...Array.from({ length: 12 }, (_, i) => i + 1), ...(bins.has(AFTER_YEAR) ? [AFTER_YEAR] : [])];
  const timeWidth = 12 * BAND + (domain.length - 12) * OUTER_BAND;
  // Outer bands hold a wider label ("早于当年") than a month's number, so they are wider.
  const bandX = (m: number) => {
    const before = bins.has(BEFORE_YEAR);
    if (m === BEFORE_YEAR) return { x: 0, w: OUTER_BAND };
    if (m === AFTER_YEAR) return { x: (before ? OUTER_BAND : 0) + 12 * BAND, w: OUTER_BAND };
    return { x: (before ? OUTER_BAND : 0) + (m - 1) * BAND, w: BAND };
  };
  const maxCount = max(figure.counties.flatMap((c) => c.months.map((m) => m.count))) ?? 1;
  const radius = scaleSqrt().domain([0, maxCount]).range([0, BAR / 2 + 2]);
  const r = (count: number) => Math.max(8, radius(count));
  const xShare = scaleLinear().domain([0, 1]).range([0, SHARE_WIDTH]);

  const top = PAD + LEGEND_HEIGHT + 4;
  const panelTitleY = 14;
  const axisY = 26;
  const rowsTop = axisY + 22;
  const shareX = labelWidth;
  const timeX = shareX + SHARE_WIDTH + GAP;
  // A county with dated tasks in several plan years gets a line of dots per plan year, its row taller to fit them.
  const planYears = figure.counties.map((c) => [...new Set(c.months.map((m) => m.year))].sort((a, b) => a - b));
  const rowHeights = planYears.map((years) => Math.max(ROW, years.length * YEAR_LINE + 8));
  const rowTops = rowHeights.map((_, i) => rowsTop + rowHeights.slice(0, i).reduce((a, b) => a + b, 0));
  const height = rowsTop + rowHeights.reduce((a, b) => a + b, 0);

  const axes: string[] = [
    el('text', { x: shareX, y: panelTitleY, 'font-weight': 700, fill: INK }, '时限类型构成'),
    el('text', { x: timeX, y: panelTitleY, 'font-weight': 700, fill: INK }, '限期任务的截止月份（圆内为任务数）'),
  ];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const x = shareX + xShare(t);
    axes.push(el('line', { x1: x, x2: x, y1: axisY + 6, y2: height, stroke: RULE }));
    axes.push(el('text', { x, y: axisY + 2, 'text-anchor': t === 0 ? 'start' : t === 1 ? 'end' : 'middle', 'font-size': 11, fill: MUTED }, formatShare(t)));
  }
  for (const m of domain) {
    const { x, w } = bandX(m);
    if (m % 3 === 1 || m === BEFORE_YEAR || m === AFTER_YEAR) axes.push(el('line', { x1: timeX + x, x2: timeX + x, y1: axisY + 6, y2: height, stroke: RULE }));
    axes.push(el('text', { x: timeX + x + w / 2, y: axisY + 2, 'text-anchor': 'middle', 'font-size': 11, fill: MUTED }, m === BEFORE_YEAR || m === AFTER_YEAR ? monthLabel(m) : String(m)));
  }
  axes.push(el('line', { x1: timeX + timeWidth, x2: timeX + timeWidth, y1: axisY + 6, y2: height, stroke: RULE }));
  axes.push(el('text', { x: timeX + timeWidth, y: axisY - 10, 'text-anchor': 'end', 'font-size': 11, fill: MUTED }, '月'));

  const rows = figure.counties.map((county, i) => {
    const y = rowTops[i]!;
    const cy = y + rowHeights[i]! / 2;
    const parts: string[] = [
      el('text', { x: labelWidth - 8, y: cy - 2, 'text-anchor': 'end', 'font-weight': 700, fill: INK }, county.name),
      el('text', { x: labelWidth - 8, y: cy + 12, 'text-anchor': 'end', 'font-size': 11, fill: MUTED }, `${yearsLabel(county.years)} · ${formatTasks(county.total)}`),
    ];
    let x = shareX;
    for (const segment of county.segments) {
      if (segment.count === 0) continue;
      const w = xShare(segment.share);
      const style = DEADLINE_STYLE[segment.kind];
      const text = String(segment.count);
      const ink = inkOn(style.color);
      const mark = [el('rect', { x, y: cy - BAR / 2, width: w, height: BAR, fill: categoryFill(frame.id, segment.kind, style), stroke: '#ffffff', 'stroke-width': 1 })];
      // Label a segment only where it fits; the data table and the link's name carry every count.
      if (textWidth(text, 12) + 6 <= w) {
        mark.push(el('text', { x: x + w / 2, y: cy + 4, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700, fill: ink, stroke: style.color, 'stroke-width': 3, 'paint-order': 'stroke' }, text));
      }
      const label = `${county.name}完成时限为「${DEADLINE_KIND_LABEL[segment.kind]}」的任务：${segment.count} 项，占 ${formatShareFine(segment.share)}，查看这些任务`;
      parts.push(segment.href ? link(segment.href, label, mark) : group(0, 0, mark));
      x += w;
    }
    const years = planYears[i]!;
    // One line of dots per plan year (one line, centred, for a county with one), named by its year when there are several.
    const lineY = (year: number) => (years.length <= 1 ? cy : y + 4 + YEAR_LINE * (years.indexOf(year) + 0.5));
    const maxR = years.length <= 1 ? Infinity : YEAR_LINE / 2 - 1;
    for (const year of years.length > 0 ? years : [null]) {
      const ly = year === null ? cy : lineY(year);
      parts.push(el('line', { x1: timeX, x2: timeX + timeWidth, y1: ly, y2: ly, stroke: RULE }));
      if (year !== null && years.length > 1) parts.push(el('text', { x: timeX - 4, y: ly + 4, 'text-anchor': 'end', 'font-size': 11, fill: MUTED }, String(year)));
    }
    for (const bin of county.months) {
      const { x: bx, w } = bandX(bin.month);
      // The months after the plan year share their band, side by side.
      const shared = county.months.filter((m) => m.year === bin.year && m.month === bin.month);
      const slot = w / shared.length;
      const cx = timeX + bx + slot * (shared.indexOf(bin) + 0.5);
      const ly = lineY(bin.year);
      const mark = [
        el('circle', { cx, cy: ly, r: Math.min(maxR, slot / 2, r(bin.count)), fill: DEADLINE_STYLE['by-date'].color, stroke: '#ffffff', 'stroke-width': 1 }),
        el('text', { x: cx, y: ly + 4, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: inkOn(DEADLINE_STYLE['by-date'].color) }, String(bin.count)),
      ];
      const plan = county.years.length > 1 ? `${bin.year}年度通知中` : '';
      const label = `${county.name}${plan}截止于${binLabel(bin)}的限期任务：${bin.count} 项（${bin.dates.join('、')}），查看这些任务`;
      parts.push(link(bin.href, label, mark));
    }
    return group(0, 0, parts, { class: 'chart-row' });
  });

  const width = PAD * 2 + Math.max(timeX + timeWidth, legend.width);
  return svgRoot(frame, Math.ceil(width), Math.ceil(top + height + PAD), categoryPatterns(frame.id, styles), [
    group(PAD, PAD, [legend.markup]),
    group(PAD, top, [group(0, 0, axes, { class: 'chart-axis' }), ...rows]),
  ]);
}
