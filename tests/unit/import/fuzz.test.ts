/**
 * Property-based tests of the importer (fast-check). Two families of input:
 * generated notices in every layout the importer reads, whose tasks are known, and
 * mutations of the five real notices (rows shuffled, cells emptied, delimiters changed,
 * random Unicode, truncation, huge cells). Properties: the importer returns a valid
 * content entry or throws an ImportError naming the file, never anything else; what it
 * accepts it keeps (every generated requirement lands in exactly one task).
 * About 3,500 inputs a run; FUZZ_RUNS changes the number (CI uses the default).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { noticeEntrySchema } from '../../../src/schemas/notice.ts';
import { importBytes, read, SEEDS } from '../../helpers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/**
 * A guard against a hang, not a speed limit: the property of 1,000 mutated notices took 61 s
 * alone and 69 s beside the other test files on a slow day of the shared machine, past the
 * unit project's 60 s. Scaled with FUZZ_RUNS.
 */
const PROPERTY_TIMEOUT = Math.max(60_000, RUNS * 300);

/** Requirement sentences built from words of the real notices; each ends with 。 and holds no item number. */
const PHRASES = ['做好', '推进', '加强', '完善', '及时公开', '规范', '深化', '持续优化', '扎实开展', '全面落实'];
const OBJECTS = ['政府信息公开专栏建设', '重大建设项目信息公开', '政策解读工作', '依申请公开办理', '政务新媒体管理', '基层政务公开标准目录', '公共企事业单位信息公开', '财政预决算公开', '舆情回应机制', '适老化与无障碍改造'];
const TAILS = ['', '，提升公开质效', '，接受社会监督', '，方便群众查阅', '，确保内容准确'];
const UNITS = ['县财政局', '县教育和体育局', '县人力资源和社会保障局', '县发展和改革局', '县住房和城乡建设局', '县民政局', '县政府办公室', '县直各部门（单位）', '各乡镇（街道）', '县卫生健康局', '县市场监督管理局', '县司法局'];
const DEADLINES = ['全年', '2023年12月底前', '9月底前', '长期坚持', '2023年6月底前'];

interface GenTask {
  text: string;
  units: string[];
  deadline: string;
  section: number;
}

const task = fc.record({
  text: fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...OBJECTS), fc.constantFrom(...TAILS), fc.integer({ min: 0, max: 9999 })).map(([p, o, t, n]) => `${p}${o}${t}（编${n}）。`),
  units: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 4 }),
  deadline: fc.constantFrom(...DEADLINES),
  section: fc.integer({ min: 0, max: 2 }),
});
const tasks = fc.uniqueArray(task, { minLength: 1, maxLength: 25, selector: (t) => t.text }).map((ts) => ts.map((t, i) => ({ ...t, section: Math.min(t.section, Math.floor(i / 3)) })).sort((a, b) => a.section - b.section));

const SECTIONS = ['一、深化重点领域信息公开', '二、加强政策解读回应', '三、强化平台建设'];
const HEAD = '冠政办发〔2023〕99号\n\n冠县人民政府办公室\n关于印发2023年政务公开工作任务分工的通知\n\n各乡镇人民政府、街道办事处，县直各有关部门（单位）：\n\n现将任务分工印发给你们。\n\n冠县人民政府办公室\n2023年3月1日\n\n';
const TAIL = '\n\n抄送：县委各部门。\n\n冠县人民政府办公室\n2023年3月1日印发\n';

/** Writes generated tasks in one of the layouts the importer reads. */
const LAYOUTS: Record<string, (ts: GenTask[]) => string> = {
  'tab-rows': (ts) =>
    '工作任务\t具体要求\t责任单位\t完成时限\n' +
    ts.map((t, i) => `${i === 0 || ts[i - 1]!.section !== t.section ? SECTIONS[t.section] : ''}\t${t.text}\t${t.units.join('、')}\t${t.deadline}`).join('\n'),
  'cell-per-line': (ts) =>
    '\t工作任务\n\t具体要求\n\t责任单位\n\t完成时限\n\n' +
    ts.map((t, i) => [`\t${i === 0 || ts[i - 1]!.section !== t.section ? SECTIONS[t.section] : ''}`, `\t${t.text}`, `\t${t.units[0]}`, ...t.units.slice(1), `\t${t.deadline}`].join('\n')).join('\n\n'),
  'pipe-rows': (ts) =>
    '| 工作任务 | 具体要求 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n' +
    ts.map((t, i) => `| ${i === 0 || ts[i - 1]!.section !== t.section ? SECTIONS[t.section] : ''} | ${t.text} | ${t.units.join('、')} | ${t.deadline} |`).join('\n'),
  'html-table': (ts) =>
    '<table>\n<tr><th>工作任务</th><th>具体要求</th><th>责任单位</th><th>完成时限</th></tr>\n' +
    ts.map((t, i) => `<tr><td>${i === 0 || ts[i - 1]!.section !== t.section ? SECTIONS[t.section] : ''}</td><td>${t.text}</td><td>${t.units.join('、')}</td><td>${t.deadline}</td></tr>`).join('\n') +
    '\n</table>',
  'column-lines': (ts) =>
    '序号\n具体要求\n责任单位\n完成时限\n' +
    ts.map((t, i) => [...(i === 0 || ts[i - 1]!.section !== t.section ? [SECTIONS[t.section]!] : []), String(i + 1), t.text, ...t.units, t.deadline].join('\n')).join('\n'),
  'inline-labels': (ts) =>
    ts.map((t, i) => `${i === 0 || ts[i - 1]!.section !== t.section ? SECTIONS[t.section] + '\n' : ''}${i + 1}.${t.text.replace(/。$/, '')}。（责任单位：${t.units.join('、')}；完成时限：${t.deadline}）`).join('\n'),
};

const norm = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

/** Imports bytes; returns the entry, or the ImportError. Anything else thrown fails the property. */
function attempt(bytes: Uint8Array, file = 'fuzz.txt') {
  try {
    const started = performance.now();
    const { entry } = importBytes(bytes, file);
    // A hang detector, not a speed test: a notice imports in well under a second, and a
    // quadratic repair on a huge cell once took minutes. The bound is far above any machine's noise.
    expect(performance.now() - started, 'one import took more than 20 s').toBeLessThan(20_000);
    return { entry, error: null };
  } catch (error) {
    if (error instanceof ImportError) {
      expect(error.message.startsWith(`${file}`)).toBe(true);
      return { entry: null, error };
    }
    throw error;
  }
}

describe('generated notices in every layout', { timeout: PROPERTY_TIMEOUT }, () => {
  it.each(Object.keys(LAYOUTS))('%s: every generated task is imported once, with its units and deadline', (layout) => {
    fc.assert(
      fc.property(tasks, (ts) => {
        const text = HEAD + LAYOUTS[layout]!(ts) + TAIL;
        const r = importBytes(Buffer.from(text, 'utf8'), `gen.${layout}`);
        expect(r.reader).toBe(layout);
        expect(r.entry.tasks).toHaveLength(ts.length);
        r.entry.tasks.forEach((t, i) => {
          expect(norm(t.text)).toBe(norm(ts[i]!.text));
          expect(t.units.map((u) => u.name)).toEqual(ts[i]!.units);
          expect(t.deadlineRaw).toBe(ts[i]!.deadline);
          expect(t.section).toBe(SECTIONS[ts[i]!.section]);
        });
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});

const seeds = SEEDS.map((s) => read(`content/sources/${s.file}`).toString('utf8'));

/** Mutations of a real notice, each the kind of damage a download or an extraction does. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.integer() }),
  fc.record({ kind: fc.constant('empty-cells' as const), every: fc.integer({ min: 2, max: 7 }) }),
  fc.record({ kind: fc.constant('delimiter' as const), to: fc.constantFrom('|', '  ', '，', '\u3000') }),
  fc.record({ kind: fc.constant('unicode' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), junk: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.record({ kind: fc.constant('huge-cell' as const), size: fc.integer({ min: 10_000, max: 200_000 }) }),
  fc.record({ kind: fc.constant('drop-lines' as const), every: fc.integer({ min: 2, max: 9 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, Math.floor(text.length * m.at));
    case 'shuffle': {
      let s = m.seed;
      const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
      const tableStart = lines.findIndex((l) => l.includes('\t'));
      const body = lines.slice(Math.max(0, tableStart));
      for (let i = body.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [body[i], body[j]] = [body[j]!, body[i]!];
      }
      return [...lines.slice(0, Math.max(0, tableStart)), ...body].join('\n');
    }
    case 'empty-cells':
      return lines.map((l, i) => (i % m.every === 0 ? l.replace(/\t[^\t]+/, '\t') : l)).join('\n');
    case 'delimiter':
      return text.replaceAll('\t', m.to);
    case 'unicode': {
      const at = Math.floor(text.length * m.at);
      return text.slice(0, at) + m.junk + text.slice(at);
    }
    case 'huge-cell':
      return text.replace('\t', `\t${'公开'.repeat(m.size / 2)}`);
    case 'drop-lines':
      return lines.filter((_, i) => i % m.every !== 0).join('\n');
  }
}

describe('mutated real notices', { timeout: PROPERTY_TIMEOUT }, () => {
  it('either import into a valid content entry or fail with an ImportError naming the file', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), mutation, (i, m) => {
        const { entry } = attempt(Buffer.from(mutate(seeds[i]!, m), 'utf8'));
        if (entry) {
          expect(noticeEntrySchema.safeParse(entry).success).toBe(true);
          for (const t of entry.tasks) expect(t.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('survive random bytes: an ImportError or a valid entry, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const { entry } = attempt(bytes, 'random.bin');
        if (entry) expect(noticeEntrySchema.safeParse(entry).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('import every requirement of shuffled rows, or name the rows they did not import', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const source = seeds[0]!;
        const mutated = mutate(source, { kind: 'shuffle', seed });
        let result;
        try {
          result = importBytes(Buffer.from(mutated, 'utf8'), 'fuzz.txt');
        } catch (error) {
          if (error instanceof ImportError) return;
          throw error;
        }
        const all = norm(result.entry.tasks.map((t) => t.text).join(''));
        const warned = result.warnings.filter((w) => /outside the task table/.test(w.message));
        const mutatedLines = mutated.split('\n');
        // Every requirement cell of the original is in a task, or its row is a line the warnings count.
        for (const line of source.split('\n').filter((l) => l.split('\t').length === 5 && !l.startsWith('工作任务'))) {
          if (all.includes(norm(line.split('\t')[2]!))) continue;
          const n = mutatedLines.indexOf(line) + 1;
          expect(warned.length, `line ${n} neither imported nor warned about`).toBe(1);
          expect(warned[0]!.message).toMatch(/^\d+ line\(s\) outside/);
        }
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
