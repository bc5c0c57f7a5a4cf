/**
 * The task files of the open data (src/lib/open-data.ts, taskFiles): whole below the size
 * limit, byte for byte what /data/tasks.json has always been; split per jurisdiction above
 * it, with an index, and no task lost or repeated. Run on the real notices and on a
 * synthetic corpus (src/lib/synth/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { buildCorpus } from '../../../src/lib/corpus/corpus.ts';
import { MAX_TASK_FILE_BYTES, taskFiles, taskFilesIndexSchema, taskFilesSplit, tasksCsv, tasksJson } from '../../../src/lib/open-data.ts';
import { synthesize } from '../../../src/lib/synth/generate.ts';
import { buildVocabulary } from '../../../src/lib/synth/vocabulary.ts';
import { publicTaskSchema } from '../../../src/schemas/open-data.ts';
import { registries, ROOT } from '../../helpers.ts';

const dir = join(ROOT, 'content', 'notices');
const real = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => {
    const parsed = parseContentFile(readFileSync(join(dir, name), 'utf8'));
    if (!parsed.ok) throw new Error(`${name} does not parse`);
    return { entry: parsed.entry, body: parsed.body, file: name };
  });
const realCorpus = buildCorpus(real, registries).corpus;
const synthetic = [...synthesize({ notices: 40, seed: 'split' }, buildVocabulary(real, registries.jurisdictions), registries)];
const synthCorpus = buildCorpus(synthetic.map((n) => ({ entry: n.entry, file: n.notice.file })), registries).corpus;

describe('taskFiles', () => {
  it('publishes the real corpus whole, as tasks.json and tasks.csv have always been written', () => {
    expect(taskFilesSplit(realCorpus)).toBe(false);
    const files = taskFiles(realCorpus);
    expect(files.map((f) => f.path)).toEqual(['/data/tasks.json', '/data/tasks.csv']);
    expect(files[0]!.body()).toBe(JSON.stringify(tasksJson(realCorpus), null, 1));
    expect(files[1]!.body()).toBe(tasksCsv(realCorpus));
    expect(MAX_TASK_FILE_BYTES).toBe(20 * 1024 * 1024);
  });

  it('splits per jurisdiction past the limit, with an index that lists every file and every task once', () => {
    const limit = 200 * 1024;
    expect(Buffer.byteLength(JSON.stringify(tasksJson(synthCorpus), null, 1))).toBeGreaterThan(limit);
    expect(taskFilesSplit(synthCorpus, limit)).toBe(true);
    const files = new Map(taskFiles(synthCorpus, limit).map((f) => [f.path, f]));
    expect(files.has('/data/tasks.json')).toBe(false);
    const index = taskFilesIndexSchema.parse(JSON.parse(files.get('/data/tasks/index.json')!.body()));
    expect(index.files.map((f) => f.jurisdiction.code)).toEqual(synthCorpus.jurisdictions.map((j) => j.code));
    expect(files.size).toBe(1 + 2 * index.files.length);
    const ids: string[] = [];
    for (const entry of index.files) {
      expect(entry.json).toBe(`/data/tasks/${entry.jurisdiction.slug}.json`);
      const tasks = z.array(publicTaskSchema).parse(JSON.parse(files.get(entry.json)!.body()));
      expect(tasks).toHaveLength(entry.taskCount);
      for (const t of tasks) expect(t.jurisdiction).toBe(entry.jurisdiction.code);
      ids.push(...tasks.map((t) => t.id));
      const csv = files.get(entry.csv)!.body();
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.slice(1).split('\r\n')[0]).toBe(tasksCsv(synthCorpus).slice(1).split('\r\n')[0]);
    }
    expect(index.taskCount).toBe(synthCorpus.tasks.length);
    expect(ids.sort()).toEqual(synthCorpus.tasks.map((t) => t.id).sort());
  });
});
