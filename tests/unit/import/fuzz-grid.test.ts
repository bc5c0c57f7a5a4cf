/**
 * Property-based tests (fast-check) of the layout-agnostic recovery: generated notices in
 * the layouts real portals publish without printed rows or with damaged ones (cells ending
 * in |, a lone | line after each row, one cell per paragraph or per line, runs of spaces,
 * merged cells left out, a 序号 the header lacks), whose tasks are known; and the layout
 * fixtures damaged as downloads damage them. Properties: every generated task is imported
 * once, with its text, units and deadline; anything else imports into a valid entry or
 * fails with an ImportError naming the file. FUZZ_RUNS changes the number of inputs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { noticeEntrySchema } from '../../../src/schemas/notice.ts';
import { importBytes, read, ROOT } from '../../helpers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** A guard against a hang, not a speed limit (see fuzz.test.ts). */
const PROPERTY_TIMEOUT = Math.max(60_000, RUNS * 300);

const PHRASES = ['做好', '推进', '加强', '完善', '及时公开', '规范', '深化', '持续优化', '扎实开展', '全面落实'];
const OBJECTS = ['政府信息公开专栏建设', '重大建设项目信息公开', '政策解读工作', '依申请公开办理', '政务新媒体管理', '基层政务公开标准目录', '公共企事业单位信息公开', '财政预决算公开', '舆情回应机制', '适老化与无障碍改造'];
const TAILS = ['', '，提升公开质效', '，接受社会监督', '，方便群众查阅', '，确保内容准确'];
const UNITS = ['县财政局', '县教育和体育局', '县人力资源和社会保障局', '县发展和改革局', '县住房和城乡建设局', '县民政局', '县政府办公室', '县直各部门（单位）', '各乡镇（街道）', '县卫生健康局', '县市场监督管理局', '县司法局'];
const DEADLINES = ['全年', '2023年12月底前', '9月底前', '长期坚持', '2023年6月底前', '每季度'];
const GROUPS = ['推进决策公开', '深化重点领域公开', '加强平台建设'];
const SECTIONS = ['一、深化重点领域信息公开', '二、加强政策解读回应', '三、强化平台建设'];

interface GenTask {
  text: string;
  units: string[];
  deadline: string;
  group: number;
  /** Whether the requirement is printed over two lines (broken after its comma). */
  broken: boolean;
}

const task = fc.record({
  text: fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...OBJECTS), fc.constantFrom(...TAILS), fc.integer({ min: 0, max: 9999 })).map(([p, o, t, n]) => `${p}${o}${t}（编${n}）。`),
  units: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }),
  deadline: fc.constantFrom(...DEADLINES),
  group: fc.integer({ min: 0, max: 2 }),
  broken: fc.boolean(),
});
const tasks = fc
  .uniqueArray(task, { minLength: 2, maxLength: 20, selector: (t) => t.text })
  .map((ts) => ts.map((t, i) => ({ ...t, group: Math.min(t.group, Math.floor(i / 2)) })).sort((a, b) => a.group - b.group));

const HEAD = '冠政办发〔2023〕99号\n\n冠县人民政府办公室\n关于印发2023年政务公开工作任务分工的通知\n\n各乡镇人民政府、街道办事处，县直各有关部门（单位）：\n\n现将任务分工印发给你们，请认真抓好落实。\n\n冠县人民政府办公室\n2023年3月1日\n\n';
const TAIL = '\n\n抄送：县委各部门。\n\n冠县人民政府办公室\n2023年3月1日印发\n';

const firstOfGroup = (ts: GenTask[], i: number) => i === 0 || ts[i - 1]!.group !== ts[i]!.group;
/** A requirement over two lines when the task says so and it has a comma to break at. */
const lines = (t: GenTask) => (t.broken && t.text.includes('，') ? t.text.replace('，', '，\n') : t.text);

/** Writes generated tasks in a layout; `sections` says whether the layout states the group as a section heading. */
const LAYOUTS: Record<string, { write: (ts: GenTask[]) => string; groups: 'heading-cell' | 'section-row' }> = {
  // One cell per line, each ending in ` |`, the requirement's first line without a mark; ||| between rows.
  'cells ending in |': {
    groups: 'heading-cell',
    write: (ts) =>
      '序号 |\n工作任务 |\n具体措施 |\n责任单位 |\n完成时限 |\n||\n' +
      ts.map((t, i) => [`${i + 1} |`, firstOfGroup(ts, i) ? `${GROUPS[t.group]} |` : ' |', `${lines(t)} |`, `${t.units.join('、')} |`, `${t.deadline} |`].join('\n')).join('\n|||\n'),
  },
  // ` | ` rows with a lone | line after each (an empty 备注); the group printed on its first row only.
  'pipe rows with a lone | line': {
    groups: 'heading-cell',
    write: (ts) =>
      '序号 | 重点任务 | 工作内容 | 责任单位 | 完成时限 | 备注\n|\n' +
      ts.map((t, i) => `${i + 1} | ${firstOfGroup(ts, i) ? GROUPS[t.group] : ''} | ${t.text} | ${t.units.join('、')} | ${t.deadline}\n|`).join('\n'),
  },
  // One cell per paragraph; the group's cell left out of its later rows (merged cells absent).
  'one cell per paragraph': {
    groups: 'heading-cell',
    write: (ts) =>
      '序号\n\n重点任务\n\n工作内容\n\n责任单位\n\n完成时限\n\n' +
      ts.map((t, i) => [String(i + 1), ...(firstOfGroup(ts, i) ? [GROUPS[t.group]!] : []), lines(t).replace('\n', '\n\n'), t.units.join('、'), t.deadline].join('\n\n')).join('\n\n'),
  },
  // One cell per line, no numbers, section rows, units one per line.
  'one cell per line without numbers': {
    groups: 'section-row',
    write: (ts) =>
      '工作任务\n具体要求\n责任单位\n完成时限\n' + ts.map((t, i) => [...(firstOfGroup(ts, i) ? [SECTIONS[t.group]!] : []), lines(t), ...t.units, t.deadline].join('\n')).join('\n'),
  },
  // Tabs; rows carry a 序号 the header lacks; a group's later rows leave its cell out.
  'tabs with merged cells left out': {
    groups: 'heading-cell',
    write: (ts) =>
      '工作任务\t具体要求\t责任单位\t完成时限\n' + ts.map((t, i) => [String(i + 1), ...(firstOfGroup(ts, i) ? [GROUPS[t.group]!] : []), t.text, t.units.join('、'), t.deadline].join('\t')).join('\n'),
  },
  // Cells set apart by runs of spaces (a PDF's column text).
  'runs of spaces': {
    groups: 'heading-cell',
    write: (ts) =>
      '序号    工作任务    具体要求    责任单位    完成时限\n' +
      ts.map((t, i) => [String(i + 1), firstOfGroup(ts, i) ? GROUPS[t.group] : '          ', t.text, t.units.join('、'), t.deadline].join('    ')).join('\n'),
  },
};

const norm = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

describe('generated notices in layouts without printed rows, or with damaged ones', { timeout: PROPERTY_TIMEOUT }, () => {
  it.each(Object.keys(LAYOUTS))('%s: every generated task is imported once, with its text, units, deadline and group', (name) => {
    const layout = LAYOUTS[name]!;
    fc.assert(
      fc.property(tasks, (ts) => {
        const r = importBytes(Buffer.from(HEAD + layout.write(ts) + TAIL, 'utf8'), 'gen.txt');
        expect(r.entry.tasks.map((t) => norm(t.text))).toEqual(ts.map((t) => norm(t.text)));
        r.entry.tasks.forEach((t, i) => {
          expect(t.units.map((u) => u.name)).toEqual(ts[i]!.units);
          expect(t.deadlineRaw).toBe(ts[i]!.deadline);
          const group = layout.groups === 'section-row' ? SECTIONS[ts[i]!.group] : GROUPS[ts[i]!.group];
          expect(t.section).toBe(group);
        });
      }),
      { numRuns: Math.ceil(RUNS / 6) },
    );
  });
});

const fixtures = readdirSync(join(ROOT, 'tests', 'fixtures', 'layouts'))
  .filter((f) => !f.endsWith('.json') && !f.endsWith('.md') || f === 'markdown-province-plan.md')
  .map((f) => read(`tests/fixtures/layouts/${f}`).toString('utf8'));

/** Damage a download does: cut anywhere, lines dropped, lines swapped, a cell's text doubled, marks removed. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('drop' as const), every: fc.integer({ min: 2, max: 9 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('unmark' as const), mark: fc.constantFrom('|', '\t', '\n\n') }),
  fc.record({ kind: fc.constant('blank' as const), every: fc.integer({ min: 2, max: 5 }) }),
);

describe('the layout fixtures, damaged', { timeout: PROPERTY_TIMEOUT }, () => {
  it('import into a valid content entry or fail with an ImportError naming the file', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: fixtures.length - 1 }), damage, (i, d) => {
        const text = fixtures[i]!;
        const ls = text.split('\n');
        let out = text;
        if (d.kind === 'cut') out = text.slice(0, Math.floor(text.length * d.at));
        if (d.kind === 'drop') out = ls.filter((_, k) => k % d.every !== 0).join('\n');
        if (d.kind === 'swap') {
          const k = Math.floor((ls.length - 1) * d.at);
          [ls[k], ls[k + 1]] = [ls[k + 1] ?? '', ls[k]!];
          out = ls.join('\n');
        }
        if (d.kind === 'unmark') out = text.replaceAll(d.mark, d.mark === '\n\n' ? '\n' : ' ');
        if (d.kind === 'blank') out = ls.map((l, k) => (k % d.every === 0 ? '' : l)).join('\n');
        try {
          const { entry } = importBytes(Buffer.from(out, 'utf8'), 'damaged.txt');
          expect(noticeEntrySchema.safeParse(entry).success).toBe(true);
          for (const t of entry.tasks) expect(t.text.length).toBeGreaterThan(0);
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(error.message.startsWith('damaged.txt')).toBe(true);
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
