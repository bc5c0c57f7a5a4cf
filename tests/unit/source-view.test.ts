/**
 * A notice's source as its page shows it (src/lib/source-view.ts): the lines numbered as the
 * importer numbered them, so that every task's recorded lines hold its text, and the runs a
 * task's line numbers link to.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { lineRuns, sourceLines, sourceLineUrl, taskStarts } from '../../src/lib/source-view.ts';
import { loadRealCorpus, ROOT, SEEDS } from '../helpers.ts';

const corpus = loadRealCorpus();
/** Chinese characters only: markup, spaces and punctuation (half-width in some notices, repaired in the content files) aside. */
const squeeze = (s: string) => s.replace(/<[^>]*>/g, '').replace(/[^\u4e00-\u9fff]/g, '');

describe('lineRuns', () => {
  it('joins consecutive lines and keeps gaps, each line once, in order', () => {
    expect(lineRuns([74, 70, 71, 72, 71])).toEqual([{ start: 70, end: 72 }, { start: 74, end: 74 }]);
    expect(lineRuns([32])).toEqual([{ start: 32, end: 32 }]);
  });
});

describe('sourceLines', () => {
  it('numbers lines as the importer does: CR LF and CR end a line, a final line break starts no line', () => {
    const bytes = new TextEncoder().encode('一\r\n二\r三\n');
    expect(sourceLines(bytes, 'utf-8')).toEqual(['一', '二', '三']);
    expect(sourceLines(new TextEncoder().encode('一\n\n'), 'utf-8')).toEqual(['一', '']);
  });

  it('reads a GB18030 source in its encoding and keeps traditional characters as printed', () => {
    expect(sourceLines(iconv.encode('政務公開\n重點工作', 'gb18030'), 'gb18030')).toEqual(['政務公開', '重點工作']);
  });

  it.each(SEEDS.map((s) => [s.id] as const))('puts the start of every task of %s on the line its content file records', (id) => {
    const { entry } = corpus.noticeById.get(id)!;
    const lines = sourceLines(readFileSync(join(ROOT, 'content', 'sources', entry.source.file)), entry.source.encoding);
    for (const task of entry.tasks) {
      const printed = squeeze(task.lines.map((n) => lines[n - 1] ?? '').join(''));
      // The first characters of the requirement (extraction repairs aside) stand on the task's lines.
      expect(printed, `${id} ${task.id}`).toContain(squeeze(task.text).slice(0, 6));
    }
  });
});

describe('taskStarts and sourceLineUrl', () => {
  it('marks the first line of each task with its position, and links a line to its anchor', () => {
    const starts = taskStarts([{ anchor: 't1', lines: [12, 13] }, { anchor: 't2', lines: [14] }, { anchor: 't3', lines: [14, 15] }]);
    expect([...starts]).toEqual([[12, [{ anchor: 't1', ordinal: 1 }]], [14, [{ anchor: 't2', ordinal: 2 }, { anchor: 't3', ordinal: 3 }]]]);
    expect(sourceLineUrl('lijin-2016-27', 70)).toBe('/sources/lijin-2016-27/#L70');
  });
});

describe('the bundled sources', () => {
  it('are named after their notices (<notice id>.<extension>), one source per notice', () => {
    const files = readdirSync(join(ROOT, 'content', 'sources')).sort();
    expect(files).toEqual(corpus.notices.map((n) => n.entry.source.file).sort());
    for (const n of corpus.notices) expect(n.entry.source.file).toMatch(new RegExp(`^${n.notice.id}\\.[a-z0-9]+$`));
  });
});
