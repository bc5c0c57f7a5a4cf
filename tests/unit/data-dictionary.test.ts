import { describe, expect, it } from 'vitest';
import { CSV_COLUMN_DOCS, dataPackage, jsonDictionaries } from '../../src/lib/data-dictionary.ts';
import { CSV_COLUMNS, tasksCsv } from '../../src/lib/open-data.ts';
import { loadRealCorpus } from '../helpers.ts';
import { publicNoticeSchema, publicTaskSchema } from '../../src/schemas/open-data.ts';

describe('the data dictionary', () => {
  it('describes every field of notices.json and tasks.json, in schema order', () => {
    const [notices, tasks] = jsonDictionaries();
    expect(notices!.fields.map((f) => f.name)).toEqual(Object.keys(publicNoticeSchema.shape));
    expect(tasks!.fields.map((f) => f.name)).toEqual(Object.keys(publicTaskSchema.shape));
    for (const f of [...notices!.fields, ...tasks!.fields]) expect(f.description, f.name).not.toBe('');
    expect(tasks!.fields.find((f) => f.name === 'seq')!.type).toBe('integer | null');
  });

  it('describes every column of tasks.csv, and no other', () => {
    expect(Object.keys(CSV_COLUMN_DOCS)).toEqual([...CSV_COLUMNS]);
  });
});

describe('tasks.csv for a spreadsheet reader', () => {
  const corpus = loadRealCorpus();
  const rows = parseCsv(tasksCsv(corpus).slice(1));
  const header = rows[0]!;
  const row = (id: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === id)![i]!]));

  it('puts a column in Chinese beside each code: county, department, deadline kind and topic names', () => {
    for (const [code, label] of [['notice', '通知标题'], ['jurisdiction', '县区名称'], ['departments', '部门名称'], ['deadlineKind', '时限类型'], ['topics', '主题名称']]) {
      expect(header.indexOf(label!) - header.indexOf(code!), `${label} beside ${code}`).toBeLessThanOrEqual(3);
      expect(header.indexOf(label!)).toBeGreaterThan(header.indexOf(code!));
    }
    const dated = corpus.tasks.find((t) => t.deadline.kind === 'by-date' && t.units.some((u) => u.department === 'all-departments'))!;
    const r = row(dated.id);
    expect(r).toMatchObject({ 县区名称: corpus.jurisdictionByCode.get(dated.jurisdiction)!.name, 时限类型: '限期', deadlineKind: 'by-date' });
    expect(r['部门名称']!.split('；')).toEqual(r['departments']!.split('；').map((id) => corpus.departmentById.get(id)!.name));
    expect(r['部门名称']).toContain('全部县直部门');
    expect(r['主题名称']!.split('；')).toEqual(dated.topics.map((id) => corpus.topicById.get(id)!.name));
    expect(r['通知标题']).toBe(corpus.noticeById.get(dated.notice)!.notice.title);
  });
});

describe('datapackage.json', () => {
  it('names the licence and describes every file, the CSV with each column', () => {
    const corpus = loadRealCorpus();
    const pkg = dataPackage(corpus, 'https://example.org/', '2023-08-29');
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }]);
    expect(pkg.resources.map((r) => r.path)).toEqual(['notices.json', 'tasks.json', 'tasks.csv', 'departments.json', 'topics.json', 'subtopics.json']);
    const csv = pkg.resources.find((r) => r.path === 'tasks.csv') as { schema: { fields: { name: string; type: string }[] } };
    expect(csv.schema.fields.map((f) => f.name)).toEqual([...CSV_COLUMNS]);
    expect(csv.schema.fields.find((f) => f.name === 'year')!.type).toBe('integer');
    expect(dataPackage(corpus, 'https://example.org/', '2023-08-29', 1_000).resources.map((r) => r.path)).toEqual(['notices.json', 'tasks/index.json', 'departments.json', 'topics.json', 'subtopics.json']);
  });
});

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}
