/**
 * Layouts the five notices do not use, and the damaged variants of real notices a
 * download can produce: traditional characters, GB18030, a file cut off mid-table.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { deriveNotice } from '../../../src/lib/corpus/derive.ts';
import { toTraditional } from '../../../src/lib/import/decode.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { importBytes, importFile, read, registries, SEEDS } from '../../helpers.ts';

const derive = (path: string) => {
  const r = importFile(path);
  const d = deriveNotice(r.entry, path, registries);
  expect(d.problems).toEqual([]);
  return { ...r, tasks: d.derived!.tasks };
};

describe('layout readers', () => {
  it('reads a Markdown pipe table, splitting numbered items inside a cell', () => {
    const r = derive('tests/fixtures/layouts/pipe-table.md');
    expect(r.reader).toBe('pipe-rows');
    expect(r.entry).toMatchObject({ id: 'shenxian-2022-9', docNumber: '莘政办字〔2022〕9号', jurisdiction: '371522', issuedOn: '2022-05-16' });
    expect(r.tasks.map((t) => t.text)).toEqual([
      '严格落实政策解读“三同步”制度，解读材料与政策文件同步审签、同步发布。',
      '县政府主要负责同志年内解读重要政策不少于2次。',
      '规范依申请公开办理流程，20个工作日内答复申请人。',
      '加强与申请人沟通。',
      '做好教育、卫生健康领域公开，推进义务教育招生信息集中公开。',
    ]);
    expect(r.tasks[1]!.section).toBe('一、加强政策解读');
    expect(r.tasks[4]!.units.map((u) => u.department)).toEqual(['education', 'health']);
    expect(r.tasks[4]!.deadline).toEqual({ kind: 'by-date', date: '2022-09-30' });
  });

  it.each([0, 2, 3])('reads seed %i with | between cells (no outer pipes) exactly as with tabs', (i) => {
    const source = read(`content/sources/${SEEDS[i]!.file}`).toString('utf8');
    const tabs = importBytes(Buffer.from(source, 'utf8'), 'seed.txt');
    const pipes = importBytes(Buffer.from(source.replaceAll('\t', '|'), 'utf8'), 'seed.txt');
    expect(pipes.reader).toBe('pipe-rows');
    expect(pipes.entry.tasks).toEqual(tabs.entry.tasks);
  });

  it('reads one cell per line without markers (a PDF extraction), rows opened by their bare numbers', () => {
    const r = derive('tests/fixtures/layouts/column-lines.txt');
    expect(r.reader).toBe('column-lines');
    expect(r.entry).toMatchObject({ id: 'wenshang-2023-12', docNumber: '汶政办字〔2023〕12号', issuedOn: '2023-05-06' });
    expect(r.tasks.map((t) => [t.seq, t.text, t.units.map((u) => u.department), t.deadline.kind])).toEqual([
      [1, '围绕稳经济促发展，及时发布解读稳经济一揽子政策措施，不少于10次。', ['development-reform', 'finance'], 'by-date'],
      [2, '规范依申请公开办理，20个工作日内答复申请人。', ['government-office'], 'year-round'],
      [3, '推进义务教育招生信息公开，加强教育收费公示。', ['education'], 'by-date'],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads unmarked cell lines with section headings, a category column and units one per line', () => {
    const r = derive('tests/fixtures/layouts/column-lines-sections.txt');
    expect(r.reader).toBe('column-lines');
    expect(r.tasks.map((t) => [t.section, t.subsection, t.text, t.units.length, t.deadlineRaw])).toEqual([
      ['一、深化重点领域信息公开', '优化营商环境', '及时公开涉企政策，做好政策解读和精准推送。', 3, '全年'],
      ['一、深化重点领域信息公开', '财政信息', '推进预决算公开，部门预算在批复后20日内公开。', 1, '2024年6月底前'],
      ['二、强化政务公开平台建设', '政府网站', '加强适老化与无障碍改造，每季度开展1次检查。', 2, '长期坚持'],
    ]);
    expect(r.tasks[2]!.units.map((u) => u.department)).toEqual(['government-office', 'all-townships']);
    expect(r.warnings).toEqual([]);
  });

  it('reads one cell per line with | markers', () => {
    const r = derive('tests/fixtures/layouts/pipe-cells.txt');
    expect(r.reader).toBe('cell-per-line');
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
    expect(r.tasks[1]!.section).toBe('一、深化主动公开');
    expect(r.tasks[0]!.units.map((u) => u.department)).toEqual(['development-reform', 'finance', 'all-departments', 'all-townships']);
    expect(r.tasks[2]!.targets).toEqual([{ text: '达到100%', kind: 'share', value: 100, unit: '%' }]);
  });

  it('reads an HTML table, rowspan and colspan included', () => {
    const r = derive('tests/fixtures/layouts/html-table.html');
    expect(r.reader).toBe('html-table');
    expect(r.entry.title).toBe('平原县人民政府办公室关于印发2023年政务公开重点工作分工方案的通知');
    expect(r.tasks).toHaveLength(4);
    // The rowspan'd heading and deadline cover the second row.
    expect(r.tasks[1]).toMatchObject({ section: '一、推进决策公开', deadlineRaw: '2023年6月底前' });
    expect(r.tasks[2]!.targets.map((t) => t.text)).toEqual(['5小时内', '24小时内']);
    expect(r.tasks[3]!.section).toBe('三、强化保障');
  });

  it('reads tasks with inline （牵头单位：…；责任单位：…；完成时限：…） and keeps lead and co roles', () => {
    const r = derive('tests/fixtures/layouts/inline-labels.txt');
    expect(r.reader).toBe('inline-labels');
    expect(r.tasks).toHaveLength(4);
    expect(r.tasks[0]!.units).toEqual([
      { name: '县财政局', department: 'finance', role: 'lead' },
      { name: '县直各部门', department: 'all-departments', role: 'co' },
    ]);
    // A task with no 责任单位 label has none: nothing is inherited from the task above.
    expect(r.tasks[1]!.units).toEqual([{ name: '县审计局', department: 'audit', role: 'lead' }]);
    expect(r.tasks[2]!.units.map((u) => u.role)).toEqual(['lead', 'co', 'co']);
    // Labels on the line after the task text.
    expect(r.tasks[3]).toMatchObject({ subsection: null, section: '二、加强平台建设', deadline: { kind: 'by-date', date: '2024-06-30' } });
  });
});

describe('damaged and re-encoded copies of real notices', () => {
  const original = importFile('content/sources/guanxian-2023-15.txt');

  it('imports a traditional-character mirror copy into the same tasks, with a warning', () => {
    const text = read('content/sources/guanxian-2023-15.txt').toString('utf8');
    const r = importBytes(Buffer.from(toTraditional(text), 'utf8'), 'mirror.txt');
    expect(r.entry.tasks).toEqual(original.entry.tasks);
    expect(r.warnings[0]!.message).toMatch(/traditional characters/);
  });

  it('imports a GB18030 copy into the same tasks and records the encoding', () => {
    const text = read('content/sources/lezhi-2023-15.txt').toString('utf8');
    const r = importBytes(iconv.encode(text, 'gb18030'), 'gbk.txt');
    expect(r.entry.source.encoding).toBe('gb18030');
    expect(r.entry.tasks).toEqual(importFile('content/sources/lezhi-2023-15.txt').entry.tasks);
  });

  it('imports the complete rows of a notice cut off mid-row and warns about the cut one', () => {
    const text = read('content/sources/guanxian-2023-15.txt').toString('utf8');
    const cut = text.slice(0, text.indexOf('加大人才交流力度') + 12); // inside the requirement of line 93
    const r = importBytes(Buffer.from(cut, 'utf8'), 'cut.txt');
    expect(r.entry.tasks).toHaveLength(49);
    expect(r.entry.tasks.at(-1)!.text).toBe(original.entry.tasks[48]!.text);
    expect(r.warnings).toContainEqual({ line: 93, message: expect.stringMatching(/file ends inside this row/) });
  });

  it('imports the complete rows of a one-cell-per-line notice cut off mid-row', () => {
    const text = read('content/sources/yanzhou-2021-20.txt').toString('utf8');
    const cut = text.slice(0, text.indexOf('建立健全政务公开考核制度') + 5);
    const r = importBytes(Buffer.from(cut, 'utf8'), 'cut.txt');
    expect(r.entry.tasks).toHaveLength(43);
    expect(r.warnings.some((w) => /file ends inside this row/.test(w.message))).toBe(true);
  });
});

describe('input that is not a notice', () => {
  const fail = (bytes: Uint8Array, file: string): ImportError => {
    try {
      importBytes(bytes, file);
    } catch (e) {
      if (e instanceof ImportError) return e;
      throw e;
    }
    throw new Error('expected an ImportError');
  };

  it('refuses a notice without a task table, naming the file and what was expected', () => {
    const e = fail(read('tests/fixtures/layouts/no-table.txt'), 'no-table.txt');
    expect(e.code).toBe('no-table');
    expect(e.message).toMatch(/^no-table\.txt: no task table found; expected rows with columns such as 具体要求/);
  });

  it('refuses an empty file', () => {
    expect(fail(new Uint8Array(), 'empty.txt').code).toBe('empty');
  });

  it('refuses a binary file', () => {
    expect(fail(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]), 'notice.docx').code).toBe('binary');
  });

  it('refuses a table whose issuer names no place it knows', () => {
    const text = read('content/sources/guanxian-2023-15.txt').toString('utf8').replaceAll('冠县', '某某县');
    const e = fail(Buffer.from(text, 'utf8'), 'unknown.txt');
    expect(e.code).toBe('no-jurisdiction');
    expect(e.message).toMatch(/cannot tell whose notice this is from the issuer "某某县人民政府办公室"; expected an issuing body named after a province, prefecture, county or township/);
  });
});
