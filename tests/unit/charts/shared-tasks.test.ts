import { describe, expect, it } from 'vitest';
import { describeSharedTasks, matrixBlocks, sharedTasks, sharedTasksTable } from '../../../src/lib/charts/shared-tasks.ts';
import { corpusSimilarity } from '../../../src/lib/similar/corpus-similarity.ts';
import { upstreamOf } from '../../../src/lib/similar/upstream.ts';
import { loadTestCorpus } from './corpus.ts';

const corpus = loadTestCorpus();
const upstream = upstreamOf(corpus.notices);
const similarity = corpusSimilarity(corpus, () => corpus.notices);
const name = (n: (typeof corpus.notices)[number]) => n.notice.jurisdiction.name;

describe('matrixBlocks', () => {
  it('draws the notices of a page in one matrix up to the limit, then one per plan year with two notices or more', () => {
    expect(matrixBlocks(corpus.notices).map((b) => [b.year, b.notices.length])).toEqual([[null, 5]]);
    expect(matrixBlocks(corpus.notices, 4).map((b) => [b.year, b.notices.map((n) => n.notice.id)])).toEqual([[2023, ['shanghe-2023-2', 'guanxian-2023-15', 'lezhi-2023-15']]]);
    expect(matrixBlocks(corpus.notices.slice(0, 1))).toEqual([]);
  });
});

describe('sharedTasks', () => {
  const figure = sharedTasks(matrixBlocks(corpus.notices)[0]!, similarity, upstream, name);
  const cell = (a: string, b: string) => figure.rows[figure.notices.findIndex((n) => n.id === a)]![figure.notices.findIndex((n) => n.id === b)]!;

  it('gives the share of the row notice’s tasks found in the column notice, each way, and leaves the diagonal empty', () => {
    expect(cell('shanghe-2023-2', 'guanxian-2023-15')).toEqual({ share: 12 / 51, count: 12, href: '/notices/shanghe-2023-2/#shared-guanxian-2023-15' });
    expect(cell('guanxian-2023-15', 'shanghe-2023-2').count).toBe(12);
    expect(cell('guanxian-2023-15', 'guanxian-2023-15').share).toBeNull();
    // 冠县 2023 and 兖州区 2021 share one task but no upstream: counted, not linked.
    expect(cell('yanzhou-2021-20', 'guanxian-2023-15')).toEqual({ share: 1 / 47, count: 1, href: null });
    expect(cell('lezhi-2023-15', 'shanghe-2023-2')).toEqual({ share: 0, count: 0, href: null });
  });

  it('says which share is the largest, and tables every cell', () => {
    expect(describeSharedTasks(figure)).toContain('比例最高的是商河县 2023 年的任务见于冠县 2023 年：12 项，占 24%');
    const table = sharedTasksTable(figure);
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0]!.cells[0]).toBe('—');
    expect(table.rows[0]!.cells[1]).toBe('12 项（23.5%）');
  });
});
