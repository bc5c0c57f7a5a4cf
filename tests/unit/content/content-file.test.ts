/**
 * parseContentFile reads a valid file with js-yaml and falls back to `yaml`'s positioned
 * document for anything else (src/lib/content/content-file.ts). These tests hold the fast
 * reading to the positioned one, read here directly with `yaml` as the oracle: the same entry
 * and body for every real notice and a synthetic corpus, the same line for a field, and the
 * positioned reading's verdict on a merge key and a duplicate key.
 * (Every bad file of tests/fixtures/bad-content keeps its located error: tests/unit/cli.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { synthesize } from '../../../src/lib/synth/generate.ts';
import { buildVocabulary } from '../../../src/lib/synth/vocabulary.ts';
import { noticeEntrySchema } from '../../../src/schemas/notice.ts';
import { registries, ROOT } from '../../helpers.ts';

const noticesDir = join(ROOT, 'content', 'notices');
const realFiles = readdirSync(noticesDir)
  .filter((f) => f.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(join(noticesDir, name), 'utf8') }));

function parsed(text: string) {
  const result = parseContentFile(text);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.line} ${i.field}: ${i.message}`).join('; '));
  return result;
}

/** The oracle: the front matter as `yaml` reads it, validated by the schema, and the body. */
function positioned(text: string) {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
  const lineCounter = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter, uniqueKeys: true });
  return { entry: noticeEntrySchema.parse(doc.toJS()), body: m[2]!.replace(/^\n+/, ''), doc, lineCounter };
}

const real = realFiles.map((f) => parsed(f.text));
const synthetic = [...synthesize({ notices: 60, seed: 'content-file' }, buildVocabulary(real, registries.jurisdictions), registries)].map((n) => ({ name: n.notice.file, text: n.notice.text }));

describe('parseContentFile', () => {
  it.each([...realFiles, ...synthetic].map((f) => [f.name, f.text] as const))('reads %s as the positioned document does', (_, text) => {
    const { entry, body } = parsed(text);
    const oracle = positioned(text);
    expect(entry).toEqual(oracle.entry);
    expect(body).toBe(oracle.body);
  });

  it('gives every task field of a real notice the line the positioned document gives it', () => {
    const text = realFiles[0]!.text;
    const { entry, lineOf } = parsed(text);
    const { doc, lineCounter } = positioned(text);
    expect(entry.tasks.length).toBeGreaterThan(5);
    for (let i = 0; i < entry.tasks.length; i++) {
      for (const key of ['id', 'text', 'units'] as const) {
        const node = doc.getIn(['tasks', i], true) as { items: { key: { value: string; range: [number] } }[] };
        const pair = node.items.find((p) => p.key.value === key)!;
        expect(lineOf(['tasks', i, key]), `tasks.${i}.${key}`).toBe(lineCounter.linePos(pair.key.range[0]).line + 1);
      }
    }
    expect(text.split('\n')[lineOf(['source', 'sha256']) - 1]).toMatch(/^\s+sha256: /);
  });

  it('rejects a merge key (<<) as the positioned document does, where js-yaml\'s default schema would merge it into a valid cite', () => {
    const text = realFiles[0]!.text;
    const cites = /^cites:\n  - docNumber: .*\n    title: .*\n/m.exec(text);
    expect(cites, 'a real notice cites a document').not.toBeNull();
    const merged = text.replace(cites![0], `${cites![0].replace('  - docNumber', '  - &first\n    docNumber')}  - <<: *first\n`);
    const result = parseContentFile(merged);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toEqual(['cites.1.docNumber', 'cites.1.title']);
  });

  it('rejects a duplicate key, at its line, as the positioned document does', () => {
    const text = realFiles[0]!.text.replace(/^(id: .*)$/m, '$1\nid: again');
    const result = parseContentFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ line: 3, field: '(yaml)', message: 'Map keys must be unique' }]);
  });
});
