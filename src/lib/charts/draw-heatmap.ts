/**
 * Heatmaps: topic coverage (topic × county), department load (department × county) and
 * sub-topics by plan (sub-topic × notice).
 * Rows hold the long Chinese labels, so they read horizontally; counties are columns,
 * so more counties widen the chart and the page scrolls it sideways on a phone.
 */
import type { DepartmentLoad, LoadRow } from './department-load.ts';
import { formatShare, formatTasks } from './format.ts';
import { LEGEND_HEIGHT, sequentialLegend } from './legend.ts';
import { inkOn, INK, MUTED, RULE, sequentialColor, type SequentialScheme } from './palette.ts';
import { el, group, link, svgRoot, textWidth, type ChartFrame } from './svg.ts';
import type { TopicCoverage } from './topic-coverage.ts';
import { yearsLabel } from './counties.ts';
import { planLabel, type SubtopicTrends } from './subtopics.ts';
import { noticeLabel, type SharedTasks } from './shared-tasks.ts';

interface MatrixCell {
  value: number;
  text: string;
  href: string | null;
  /** Accessible name of the cell's link. */
  label: string;
}

interface MatrixGroup {
  heading: string | null;
  scheme: SequentialScheme;
  legendTitle: string;
  legendFormat: (value: number) => string;
  integer: boolean;
  rows: { label: string; cells: MatrixCell[] }[];
}

interface MatrixSpec {
  frame: ChartFrame;
  rowHeader: string;
  columns: { label: string; notes: string[] }[];
  groups: MatrixGroup[];
}

const CELL_HEIGHT = 28;
const MIN_CELL_WIDTH = 56;
const GROUP_HEADING = 30;
const GROUP_GAP = 14;
const PAD = 4;

function drawMatrix(spec: MatrixSpec): string {
  const allRows = spec.groups.flatMap((g) => g.rows);
  const labelWidth = Math.ceil(Math.max(textWidth(spec.rowHeader, 13), ...allRows.map((r) => textWidth(r.label, 13)))) + 12;
  const cellWidth = Math.ceil(
    Math.max(MIN_CELL_WIDTH, ...spec.columns.map((c) => Math.max(textWidth(c.label, 13), ...c.notes.map((n) => textWidth(n, 11))) + 10)),
  );
  const legends = spec.groups.map((g) => sequentialLegend(g.legendTitle, g.scheme, Math.max(0, ...g.rows.flatMap((r) => r.cells.map((c) => c.value))), g.legendFormat, g.integer));
  const legendBlock = legends.map((l, i) => group(PAD, PAD + i * (LEGEND_HEIGHT + 6), [l.markup]));
  const headerTop = PAD + legends.length * (LEGEND_HEIGHT + 6) + 8;
  const headerHeight = 18 + Math.max(0, ...spec.columns.map((c) => c.notes.length)) * 15 + 6;
  const body: string[] = [...legendBlock];

  // Column headings: the county's name, then its notes (plan years, task count).
  const header: string[] = [el('text', { x: labelWidth - 8, y: headerHeight - 8, 'text-anchor': 'end', 'font-weight': 700, fill: INK }, spec.rowHeader)];
  spec.columns.forEach((column, i) => {
    const x = labelWidth + i * cellWidth + cellWidth / 2;
    header.push(el('text', { x, y: 14, 'text-anchor': 'middle', 'font-weight': 700, fill: INK }, column.label));
    column.notes.forEach((note, k) => header.push(el('text', { x, y: 14 + 15 * (k + 1), 'text-anchor': 'middle', 'font-size': 11, fill: MUTED }, note)));
  });
  header.push(el('line', { x1: 0, x2: labelWidth + spec.columns.length * cellWidth, y1: headerHeight, y2: headerHeight, stroke: RULE }));
  body.push(group(PAD, headerTop, header, { class: 'chart-axis' }));

  let y = headerTop + headerHeight + 6;
  for (const g of spec.groups) {
    const max = Math.max(0, ...g.rows.flatMap((r) => r.cells.map((c) => c.value)));
    const color = sequentialColor(g.scheme, max);
    const rows: string[] = [];
    let gy = 0;
    if (g.heading) {
      rows.push(el('text', { x: 0, y: 20, 'font-weight': 700, fill: INK }, g.heading));
      gy = GROUP_HEADING;
    }
    for (const row of g.rows) {
      const cells: string[] = [el('text', { x: labelWidth - 8, y: gy + CELL_HEIGHT / 2 + 5, 'text-anchor': 'end', fill: INK }, row.label)];
      row.cells.forEach((cell, i) => {
        const fill = color(cell.value);
        const x = labelWidth + i * cellWidth;
        const mark = [
          el('rect', { x: x + 1, y: gy + 1, width: cellWidth - 2, height: CELL_HEIGHT - 2, fill, stroke: cell.value === 0 ? RULE : null }),
          el('text', { x: x + cellWidth / 2, y: gy + CELL_HEIGHT / 2 + 5, 'text-anchor': 'middle', fill: cell.value === 0 ? MUTED : inkOn(fill) }, cell.text),
        ];
        cells.push(cell.href ? link(cell.href, cell.label, mark) : group(0, 0, mark));
      });
      rows.push(group(0, 0, cells, { class: 'chart-row' }));
      gy += CELL_HEIGHT;
    }
    body.push(group(PAD, y, rows));
    y += gy + GROUP_GAP;
  }
  const width = PAD * 2 + Math.max(labelWidth + spec.columns.length * cellWidth, ...legends.map((l) => l.width));
  return svgRoot(spec.frame, Math.ceil(width), Math.ceil(y - GROUP_GAP + PAD), [], body);
}

/** Options of the topic coverage heatmap: its frame and whether cells show shares (the default view) or counts. */
export interface TopicCoverageOptions extends ChartFrame {
  measure: 'share' | 'count';
}

/** The topic × county heatmap, in shares of each county's tasks or in task counts. */
export function drawTopicCoverage(figure: TopicCoverage, options: TopicCoverageOptions): string {
  const share = options.measure === 'share';
  return drawMatrix({
    frame: options,
    rowHeader: '主题',
    columns: figure.counties.map((c) => ({ label: c.name, notes: [yearsLabel(c.years), formatTasks(c.total)] })),
    groups: [
      {
        heading: null,
        scheme: 'blues',
        legendTitle: share ? '占该县区任务的比例' : '任务数',
        legendFormat: share ? formatShare : String,
        integer: !share,
        rows: figure.topics.map((topic) => ({
          label: topic.name,
          cells: topic.cells.map((cell, i) => {
            const county = figure.counties[i]!;
            return {
              value: share ? cell.share : cell.count,
              text: share ? formatShare(cell.share) : String(cell.count),
              href: cell.href,
              // The accessible name contains the cell's visible text, as speech input needs (WCAG 2.5.3).
              label: share
                ? `${county.name}「${topic.name}」：占 ${formatShare(cell.share)}，${cell.count} 项，查看这些任务`
                : `${county.name}「${topic.name}」：${cell.count} 项，占 ${formatShare(cell.share)}，查看这些任务`,
            };
          }),
        })),
      },
    ],
  });
}

/** The department × county heatmap, with the collective assignees in a group of their own below. */
export function drawDepartmentLoad(figure: DepartmentLoad, options: ChartFrame): string {
  const rowsOf = (rows: LoadRow[], what: string) =>
    rows.map((r) => ({
      label: r.name,
      cells: r.cells.map((cell, i) => ({
        value: cell.count,
        text: String(cell.count),
        href: cell.href,
        label: `${figure.counties[i]!.name}${what}${r.name}的任务：${cell.count} 项，查看这些任务`,
      })),
    }));
  return drawMatrix({
    frame: options,
    rowHeader: '部门',
    columns: figure.counties.map((c) => ({ label: c.name, notes: [yearsLabel(c.years), formatTasks(c.total)] })),
    groups: [
      { heading: '直接点名的部门', scheme: 'blues', legendTitle: '点名该部门的任务数', legendFormat: String, integer: true, rows: rowsOf(figure.departments, '点名') },
      { heading: '集体分派（不计入上方各部门）', scheme: 'purples', legendTitle: '分派给集体的任务数', legendFormat: String, integer: true, rows: rowsOf(figure.collectives, '分派给') },
    ],
  });
}

/** The sub-topic × plan heatmap: task counts, a column per notice (county and year), oldest plan first. */
export function drawSubtopicTrends(figure: SubtopicTrends, options: ChartFrame): string {
  return drawMatrix({
    frame: options,
    rowHeader: '子主题',
    columns: figure.plans.map((p) => ({ label: p.county, notes: [`${p.year}年`, formatTasks(p.total)] })),
    groups: [
      {
        heading: null,
        scheme: 'oranges',
        legendTitle: '该计划中的任务数',
        legendFormat: String,
        integer: true,
        rows: figure.rows.map((r) => ({
          label: r.name,
          cells: r.cells.map((cell, i) => ({
            value: cell.count,
            text: String(cell.count),
            href: cell.href,
            // The visible count is part of the name (WCAG 2.5.3).
            label: `${planLabel(figure.plans[i]!)}「${r.name}」：${cell.count} 项，查看这些任务`,
          })),
        })),
      },
    ],
  });
}

/** The notice × notice matrix of shared tasks: each row's share of tasks found in each column's notice; the diagonal is empty. */
export function drawSharedTasks(figure: SharedTasks, options: ChartFrame): string {
  return drawMatrix({
    frame: options,
    rowHeader: '通知',
    columns: figure.notices.map((n) => ({ label: n.name, notes: [`${n.year}年`, formatTasks(n.tasks)] })),
    groups: [
      {
        heading: null,
        scheme: 'blues',
        legendTitle: '行中通知的任务见于列中通知的比例',
        legendFormat: formatShare,
        integer: false,
        rows: figure.rows.map((row, i) => ({
          label: noticeLabel(figure.notices[i]!),
          cells: row.map((cell, j) => ({
            value: cell.share ?? 0,
            text: cell.share === null ? '—' : formatShare(cell.share),
            href: cell.href,
            label: `${noticeLabel(figure.notices[i]!)}的任务见于${noticeLabel(figure.notices[j]!)}：占 ${cell.share === null ? '' : formatShare(cell.share)}，${cell.count} 项，查看这些任务`,
          })),
        })),
      },
    ],
  });
}
