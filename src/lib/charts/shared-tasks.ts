/**
 * Shared tasks: a notice × notice matrix of the share of one plan's tasks that have a near
 * copy in the other (src/lib/similar/). A comparison page draws its notices in one matrix
 * up to MATRIX_MAX_NOTICES; past that, one matrix per plan year (a page compares at most
 * COMPARE_MAX_COUNTIES counties, so a year has at most that many notices).
 */
import type { DerivedNotice } from '../corpus/derive.ts';
import type { CorpusSimilarity } from '../similar/corpus-similarity.ts';
import { shareFound } from '../similar/additions.ts';
import type { Upstream } from '../similar/upstream.ts';
import { formatShare, formatShareFine } from './format.ts';
import type { DataTable } from './table.ts';

/** The most notices one matrix lays out before a page draws one matrix per plan year. */
export const MATRIX_MAX_NOTICES = 30;

/** One notice as a row and a column. */
export interface MatrixNotice {
  id: string;
  /** 冠县, or with its prefecture for a namesake. */
  name: string;
  year: number;
  tasks: number;
  href: string;
}

/** One cell: the share of the row's tasks found in the column's notice. */
export interface ShareCell {
  /** null on the diagonal. */
  share: number | null;
  /** Tasks of the row found in the column. */
  count: number;
  /** The row notice's list of tasks shared with the column's (a notice sharing its upstream), else null. */
  href: string | null;
}

/** The figures of one matrix. */
export interface SharedTasks {
  /** 2023 年 for a matrix of one year, else null. */
  year: number | null;
  notices: MatrixNotice[];
  /** rows[i][j]: notice i's tasks found in notice j. */
  rows: ShareCell[][];
}

/** The notices of a comparison page in the blocks its matrices draw: all of them, or one block per plan year (newest first) with at least two notices. */
export function matrixBlocks(notices: readonly DerivedNotice[], max = MATRIX_MAX_NOTICES): { year: number | null; notices: DerivedNotice[] }[] {
  if (notices.length <= max) return notices.length >= 2 ? [{ year: null, notices: [...notices] }] : [];
  const byYear = new Map<number, DerivedNotice[]>();
  for (const n of notices) byYear.set(n.notice.year, [...(byYear.get(n.notice.year) ?? []), n]);
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .filter(([, ns]) => ns.length >= 2)
    .map(([year, ns]) => ({ year, notices: ns }));
}

/** The anchor of a notice's list of the tasks it shares with another notice of its upstream. */
export function partnerAnchor(partnerId: string): string {
  return `shared-${partnerId}`;
}

/** The matrix of one block; `name` gives a notice's county as the charts print it. */
export function sharedTasks(block: { year: number | null; notices: readonly DerivedNotice[] }, similarity: CorpusSimilarity, upstream: Upstream, name: (n: DerivedNotice) => string): SharedTasks {
  const notices = block.notices.map((n) => ({ id: n.notice.id, name: name(n), year: n.notice.year, tasks: n.tasks.length, href: n.notice.url }));
  const rows = block.notices.map((a) =>
    block.notices.map((b): ShareCell => {
      if (a === b) return { share: null, count: 0, href: null };
      const share = shareFound(similarity, a, b);
      const partner = upstream.related.get(a.notice.id)!.includes(b);
      return { share, count: Math.round(share * a.tasks.length), href: partner && share > 0 ? `${a.notice.url}#${partnerAnchor(b.notice.id)}` : null };
    }),
  );
  return { year: block.year, notices, rows };
}

/** A notice as a row label and in sentences: 冠县 2023 年. */
export function noticeLabel(n: Pick<MatrixNotice, 'name' | 'year'>): string {
  return `${n.name} ${n.year} 年`;
}

/** The sentence under the chart's title: what it shows and the largest share. */
export function describeSharedTasks(figure: SharedTasks): string {
  let best: { a: MatrixNotice; b: MatrixNotice; cell: ShareCell } | null = null;
  figure.rows.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell.share !== null && (best === null || cell.share > best.cell.share!)) best = { a: figure.notices[i]!, b: figure.notices[j]!, cell };
    }),
  );
  const lead = `${figure.notices.length} 份通知两两比较的热力图：每行一份通知，单元格是该通知的任务中在列中通知里有相近任务（字符相似度不低于 0.35）的比例，颜色越深比例越高。`;
  const found = best as { a: MatrixNotice; b: MatrixNotice; cell: ShareCell } | null;
  if (found === null || found.cell.share === 0) return `${lead}这些通知之间没有相近的任务。`;
  return `${lead}比例最高的是${noticeLabel(found.a)}的任务见于${noticeLabel(found.b)}：${found.cell.count} 项，占 ${formatShare(found.cell.share!)}。`;
}

/** The data table: one row per notice, the count and share found in each other notice. */
export function sharedTasksTable(figure: SharedTasks): DataTable {
  return {
    caption: `各通知的任务在其他通知中有相近任务的数量与比例${figure.year === null ? '' : `（${figure.year} 年）`}`,
    columns: ['通知（行）＼ 比较的通知（列）', ...figure.notices.map((n) => `${noticeLabel(n)}（共 ${n.tasks} 项）`)],
    rows: figure.rows.map((row, i) => ({
      header: `${noticeLabel(figure.notices[i]!)}（共 ${figure.notices[i]!.tasks} 项）`,
      cells: row.map((c) => (c.share === null ? '—' : `${c.count} 项（${formatShareFine(c.share)}）`)),
    })),
    note: '相近：两项任务要求的字符相似度（三字片段的杰卡德系数）不低于 0.35，见“整理方法”。行与列不对称：两份通知任务数不同，同一组相近任务占各自的比例也不同。',
  };
}
