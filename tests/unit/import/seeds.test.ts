/**
 * The importer on the five real notices: its output is the reviewed content file
 * (golden), every requirement cell's text lands in exactly one task, and the facts a
 * reader checks row by row (counts, headings, units, deadlines) are right.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeContentFile } from '../../../src/lib/content/content-file.ts';
import { deriveNotice, type DerivedTask } from '../../../src/lib/corpus/derive.ts';
import { htmlToText } from '../../../src/lib/import/text.ts';
import { importFile, registries, ROOT, SEEDS } from '../../helpers.ts';

const results = new Map<string, ReturnType<typeof importFile>>(SEEDS.map((s) => [s.id, importFile(`content/sources/${s.file}`)]));
const derived = new Map<string, DerivedTask[]>(
  SEEDS.map((s) => {
    const r = results.get(s.id)!;
    const d = deriveNotice(r.entry, s.id, registries);
    expect(d.problems).toEqual([]);
    return [s.id, d.derived!.tasks] as const;
  }),
);
const task = (id: string, n: number): DerivedTask => derived.get(id)![n - 1]!;

/** Fields a reviewer may add to a content file; the importer never writes them. */
function withoutReviewerFields(frontMatter: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(frontMatter) as { tasks: Record<string, unknown>[]; reviewNotes?: unknown };
  delete copy.reviewNotes;
  for (const t of copy.tasks) {
    delete t.topics;
    delete t.note;
    for (const u of t.units as Record<string, unknown>[]) delete u.department;
  }
  return copy;
}

describe.each(SEEDS)('importing $file', (seed) => {
  const result = results.get(seed.id)!;

  it(`reads ${seed.tasks} tasks with the ${seed.reader} reader and names the notice ${seed.id}`, () => {
    expect(result.reader).toBe(seed.reader);
    expect(result.entry.id).toBe(seed.id);
    expect(result.entry.tasks).toHaveLength(seed.tasks);
  });

  it('produces the reviewed content file (golden), reviewer additions aside', () => {
    const actual = writeContentFile(result.entry, result.body);
    const goldenPath = join(ROOT, 'content', 'notices', `${seed.id}.md`);
    const golden = readFileSync(goldenPath, 'utf8');
    const front = (text: string) => parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
    const body = (text: string) => text.split(/^---$/m).slice(2).join('---').trim();
    const same = JSON.stringify(withoutReviewerFields(front(actual))) === JSON.stringify(withoutReviewerFields(front(golden))) && body(actual) === body(golden);
    if (!same) {
      // Written beside the test output for review, never over the golden file.
      mkdirSync(join(ROOT, 'tests', 'output'), { recursive: true });
      writeFileSync(join(ROOT, 'tests', 'output', `${seed.id}.actual.md`), actual);
    }
    expect(withoutReviewerFields(front(actual))).toEqual(withoutReviewerFields(front(golden)));
    expect(body(actual)).toBe(body(golden));
  });

  it('records the SHA-256 of the source it read', async () => {
    const { createHash } = await import('node:crypto');
    const bytes = readFileSync(join(ROOT, 'content', 'sources', seed.file));
    expect(result.entry.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('puts every character of every requirement cell into exactly one task', () => {
    const cells = requirementCells(readFileSync(join(ROOT, 'content', 'sources', seed.file), 'utf8'), seed.reader, seed.id);
    const items = cells.flatMap(splitNumbered).map(norm).filter((t) => t !== '');
    const texts = result.entry.tasks.map((t) => norm(t.text));
    for (const item of items) {
      const holders = texts.filter((t) => t.includes(item));
      expect(holders, `"${item.slice(0, 30)}…" should be in exactly one task`).toHaveLength(1);
    }
    // No duplication inside a task either: the tasks hold the cells' characters once, plus what the body completed.
    const completed = result.warnings.map((w) => /completed from the notice body with "(.+)"$/.exec(w.message)?.[1] ?? '').join('');
    expect(texts.join('').length).toBe(items.join('').length + norm(completed).length);
  });
});

/** White space out, punctuation folded, item numbers out: the comparison form of requirement text. */
function norm(text: string): string {
  return htmlToText(text)
    .normalize('NFKC')
    .replace(/[\s]/g, '')
    .replace(/[“”"]/g, '"')
    .replace(/^(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\))/, '');
}

/** Splits a cell at numbered items that start a line or follow a full stop (1. 2. 3.). */
function splitNumbered(cell: string): string[] {
  return htmlToText(cell)
    .split(/\n|(?<=[。；])(?=\s*\d{1,2}[.．、](?!\d))/)
    .reduce<string[]>((acc, part) => {
      if (acc.length > 0 && !/^\s*(\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])/.test(part)) acc[acc.length - 1] += part;
      else acc.push(part);
      return acc;
    }, []);
}

/**
 * The requirement cells of a source, read independently of the importer: the rows of the
 * layout, and in each the requirement column as counted by hand from the source's header.
 */
const REQUIREMENT_COLUMN: Record<string, (cells: string[]) => number> = {
  'guanxian-2023-15': () => 2,
  'lezhi-2023-15': () => 3,
  // 序号 工作 任务 具体要求 …; a row with an extra heading cell shifts the requirement right.
  'shanghe-2023-2': (cells) => {
    let n = cells.length;
    while (n > 6 && cells[n - 1]!.trim() === '') n--;
    return 3 + (n - 6);
  },
  'lijin-2016-27': () => 1,
  'yanzhou-2021-20': () => 1,
};

function requirementCells(text: string, layout: string, id: string): string[] {
  const lines = text.split('\n');
  const rows: string[][] = [];
  if (layout === 'tab-rows') {
    for (const line of lines) if (line.includes('\t')) rows.push(line.split('\t'));
  } else {
    let current: string[] | null = null;
    for (const line of lines) {
      if (line.startsWith('\t')) {
        current ??= [];
        current.push(line.slice(1));
      } else if (line.trim() === '') {
        if (current) rows.push(current);
        current = null;
      }
    }
    if (current) rows.push(current);
  }
  return rows
    .filter((cells) => !cells.some((c) => /^(具体要求|工作要求|具体内容)$/.test(c.trim())))
    .map((cells) => cells[REQUIREMENT_COLUMN[id]!(cells)] ?? '')
    .filter((cell) => htmlToText(cell).trim() !== '');
}

describe('what a reader checks against the sources', () => {
  it('guanxian: the repeated requirement column yields each task once, under its subsection', () => {
    const t = task('guanxian-2023-15', 7);
    expect(t.text).toBe('推进经济开发区改革、预算管理改革、优化营商环境、招商引资、对外开放等方面信息公开。');
    expect(t.section).toBe('推进绿色低碳高质量发展信息公开');
    expect(t.subsection).toBe('围绕激发市场主体活力强化公开');
    expect(task('guanxian-2023-15', 11).subsection).toBe('围绕解决群众急难愁盼问题强化公开');
  });

  it('guanxian: a block that starts after a page break keeps the section above', () => {
    const t = task('guanxian-2023-15', 49);
    expect(t.section).toBe('深化建立政务公开管理保障体系');
    expect(t.subsection).toBe('开展全方位政务公开培训');
  });

  it('guanxian: named townships, the development zone and collectives map to their codebook ids', () => {
    expect(task('guanxian-2023-15', 3).units.map((u) => u.department)).toEqual(['development-reform', 'education', 'health', 'housing-construction', 'agriculture', 'township', 'township']);
    expect(task('guanxian-2023-15', 15).units.map((u) => u.department)).toEqual(['all-departments', 'all-townships', 'development-zone']);
    expect(task('guanxian-2023-15', 4).units).toEqual([{ name: '市生态环境局冠县分局', department: 'ecology-environment', role: 'responsible' }]);
    expect(task('guanxian-2023-15', 2).units[0]).toEqual({ name: '商务和投资促进局', department: 'commerce', role: 'responsible' });
  });

  it('guanxian: deadlines and targets', () => {
    expect(task('guanxian-2023-15', 23).deadline).toEqual({ kind: 'by-date', date: '2023-12-31' });
    expect(task('guanxian-2023-15', 1).deadline).toEqual({ kind: 'year-round', date: null });
    expect(task('guanxian-2023-15', 27).targets).toEqual([{ text: '不少于10次', kind: 'count', value: 10, unit: '次' }]);
    expect(task('guanxian-2023-15', 25).targets).toEqual([{ text: '10个工作日内', kind: 'time-limit', value: 10, unit: '工作日' }]);
  });

  it('lezhi: the printed item numbers (1)–(44) are the sequence numbers, under headings split over lines', () => {
    expect(derived.get('lezhi-2023-15')!.map((t) => t.seq)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(task('lezhi-2023-15', 1).section).toBe('一、深化主动公开');
    expect(task('lezhi-2023-15', 3).subsection).toBe('着力推进工业、农业、服务业等产业领域信息公开');
    expect(task('lezhi-2023-15', 20).section).toBe('二、强化政务公开转型提质');
  });

  it('lezhi: …等县级部门 and 各乡镇人民政府、街道办事处 are collectives; a missing delimiter is repaired', () => {
    expect(task('lezhi-2023-15', 15).units.map((u) => u.department)).toEqual(['government-office', 'all-departments', 'all-townships']);
    const names = task('lezhi-2023-15', 40).units.map((u) => u.name);
    expect(names).toContain('县文化广播电视和旅游局');
    expect(names).toContain('县国有资产监管和金融工作局');
  });

  it('lezhi: month deadlines take the notice year', () => {
    expect(task('lezhi-2023-15', 21).deadline).toEqual({ kind: 'by-date', date: '2023-09-30' });
    expect(task('lezhi-2023-15', 39).deadline).toEqual({ kind: 'by-date', date: '2023-08-31' });
    expect(task('lezhi-2023-15', 27).targets).toEqual([{ text: '不得低于50%', kind: 'share', value: 50, unit: '%' }]);
  });

  it('shanghe: garbled heading cells are replaced by the outline the notice body states', () => {
    expect(task('shanghe-2023-2', 14).section).toBe('二、围绕行政决策做好常态化政务公开');
    expect(task('shanghe-2023-2', 15).subsection).toBe('（二）扎实做好政府决策事项全过程公众参与');
    expect(task('shanghe-2023-2', 40).subsection).toBe('（五）提升公共企事业单位信息公开规范化水平');
    expect(task('shanghe-2023-2', 51).subsection).toBe('（三）抓好业务培训');
  });

  it('shanghe: a requirement cut off by the extraction is completed from the body, with a warning', () => {
    expect(task('shanghe-2023-2', 28).text).toBe('深化政府门户网站集约化平台建设，在完善办事服务、互动交流等功能的同时，依托一体化大数据平台，积极推动数据资源整合共享。');
    expect(results.get('shanghe-2023-2')!.warnings.some((w) => w.line === 115 && /completed from the notice body/.test(w.message))).toBe(true);
  });

  it('shanghe: cells split across rows are joined, noise cells and empty merged cells are filled', () => {
    expect(task('shanghe-2023-2', 33).units.map((u) => u.department)).toEqual(['all-townships', 'all-departments']);
    expect(task('shanghe-2023-2', 42).units.at(-1)).toEqual({ name: '市生态环境局商河分局', department: 'ecology-environment', role: 'responsible' });
    expect(task('shanghe-2023-2', 26).units.map((u) => u.department)).toEqual(['all-townships', 'all-departments']);
    expect(task('shanghe-2023-2', 85 - 84).deadline).toEqual({ kind: 'by-date', date: '2023-12-31' });
    expect(task('shanghe-2023-2', 13).deadline).toEqual({ kind: 'by-date', date: '2023-06-30' });
    expect(task('shanghe-2023-2', 47).deadline).toEqual({ kind: 'ongoing', date: null });
    expect(task('shanghe-2023-2', 40).deadline).toEqual({ kind: 'by-date', date: '2023-11-30' });
    expect(task('shanghe-2023-2', 8).units.map((u) => u.name)).toEqual(['县人社局', '县退役军人局']);
  });

  it('lijin: numbered items inside one cell are tasks of their own, each with its own unit when listed one per item', () => {
    const education = task('lijin-2016-27', 24);
    const health = task('lijin-2016-27', 25);
    expect([education.seq, health.seq]).toEqual([1, 2]);
    expect(education.units).toEqual([{ name: '县教育局', department: 'education', role: 'responsible' }]);
    expect(health.units).toEqual([{ name: '县卫生计生局', department: 'health', role: 'responsible' }]);
    expect(task('lijin-2016-27', 26).seq).toBe(3);
    expect(derived.get('lijin-2016-27')!.filter((t) => t.subsection === '（一）主动做好政策解读')).toHaveLength(4);
  });

  it('lijin: a row continued across a page break joins its task; headings from <b>, ## and <p><b> rows', () => {
    expect(task('lijin-2016-27', 42).text.endsWith('最大程度减少不必要的行政复议和行政诉讼。')).toBe(true);
    expect(task('lijin-2016-27', 33).section).toBe('五、加强解读回应工作，扩大公众政务参与');
    expect(task('lijin-2016-27', 39).section).toBe('六、加强制度和能力建设，增强政务公开实效');
    expect(task('lijin-2016-27', 8).subsection).toBe('（三）推进政务服务公开');
  });

  it('lijin: old department names map to today’s departments; empty unit cells inherit within the subsection', () => {
    expect(task('lijin-2016-27', 3).units.map((u) => u.department)).toEqual(['housing-construction', 'market-regulation', 'culture-tourism', 'science-technology', 'emergency', 'all-departments']);
    expect(task('lijin-2016-27', 29).units.map((u) => u.name)).toEqual(['县政府办公室', '县政府各部门']);
    expect(task('lijin-2016-27', 22).targets).toEqual([{ text: '每季度', kind: 'frequency', value: 1, unit: '季度' }]);
  });

  it('yanzhou: units listed one per line, with blank lines between them, all belong to their task', () => {
    expect(task('yanzhou-2021-20', 24).units).toHaveLength(11);
    expect(task('yanzhou-2021-20', 38).units).toHaveLength(20);
    expect(task('yanzhou-2021-20', 17).units.map((u) => u.department)).toEqual(['health', 'public-security', 'market-regulation']);
    expect(task('yanzhou-2021-20', 40).units.map((u) => u.department)).toEqual(['all-townships', 'all-departments']);
  });

  it('yanzhou: with no deadline column, a date stated in the text is the deadline', () => {
    const t = task('yanzhou-2021-20', 36);
    expect(t.deadline).toEqual({ kind: 'by-date', date: '2021-12-31' });
    expect(t.deadlineRaw).toBe('2021年年底前');
    expect(t.deadlineSource).toBe('text');
    expect(task('yanzhou-2021-20', 1).deadline).toEqual({ kind: 'unspecified', date: null });
  });

  it('reads the metadata of every notice', () => {
    const meta = (id: string) => results.get(id)!.entry;
    expect(meta('guanxian-2023-15')).toMatchObject({ docNumber: '冠政办发〔2023〕15号', issuer: '冠县人民政府办公室', jurisdiction: '371525', year: 2023, issuedOn: '2023-08-29', printedOn: '2023-08-29' });
    expect(meta('guanxian-2023-15').cites.map((c) => c.docNumber)).toEqual(['鲁政办发〔2023〕8号', '聊政办发〔2023〕9号']);
    expect(meta('lezhi-2023-15')).toMatchObject({ docNumber: '乐府办发〔2023〕15号', issuer: '乐至县人民政府办公室', jurisdiction: '512022', year: 2023, issuedOn: null });
    expect(meta('lezhi-2023-15').title).toBe('乐至县人民政府办公室关于印发2023年全县政务公开工作要点任务分解表的通知');
    expect(meta('lezhi-2023-15').cites.map((c) => c.docNumber)).toEqual(['川办发〔2023〕10号', '资市府办发〔2023〕6号', '川府公开办函〔2023〕15号', '川办函〔2022〕89号']);
    expect(meta('shanghe-2023-2')).toMatchObject({ docNumber: '商政办发〔2023〕2号', title: '商河县人民政府办公室关于印发2023年商河县政务公开工作要点的通知', issuedOn: '2023-07-31' });
    expect(meta('lijin-2016-27')).toMatchObject({ docNumber: '利政办发〔2016〕27号', year: 2016, issuedOn: '2016-11-07', printedOn: '2016-11-09' });
    expect(meta('lijin-2016-27').cites).toEqual([{ docNumber: '利政办字〔2016〕7号', title: '利津县人民政府办公室关于建立政府信息公开政策解读制度的通知' }]);
    expect(meta('yanzhou-2021-20')).toMatchObject({ docNumber: '济兖政办字〔2021〕20号', issuer: '济宁市兖州区人民政府办公室', jurisdiction: '370812', year: 2021, issuedOn: '2021-07-29' });
    expect(meta('yanzhou-2021-20').title).toBe('济宁市兖州区人民政府办公室关于印发2021年济宁市兖州区政务公开重点工作任务分工的通知');
  });

  it('maps every unit of every notice to a codebook id', () => {
    const ids = new Set(registries.departments.map((d) => d.id));
    for (const tasks of derived.values()) for (const t of tasks) {
      expect(t.units.length, `${t.id} has units`).toBeGreaterThan(0);
      for (const u of t.units) expect(ids.has(u.department)).toBe(true);
      expect(t.topics.length, `${t.id} has a topic`).toBeGreaterThan(0);
    }
  });
});
