import { describe, expect, it } from 'vitest';
import { CSV_COLUMN_DOCS, jsonDictionaries } from '../../src/lib/data-dictionary.ts';
import { CSV_COLUMNS } from '../../src/lib/open-data.ts';
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
