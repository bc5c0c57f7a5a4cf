/**
 * The synthetic corpus generator (src/lib/synth/): deterministic, schema-valid, built only
 * of unit names the registry maps, and checked by the same content check as real notices.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { mapUnit } from '../../../src/lib/normalize/units.ts';
import { synthesize, TASKS_MAX, TASKS_MIN, type SynthNotice } from '../../../src/lib/synth/generate.ts';
import { realVocabulary, registries } from '../../helpers.ts';

const vocabulary = realVocabulary();
const run = (notices: number, seed: string): SynthNotice[] => [...synthesize({ notices, seed }, vocabulary, registries)];
const corpus = run(120, '7');

describe('synthesize', () => {
  it('writes byte-identical notices and sources for the same seed', () => {
    const again = run(120, '7');
    expect(again.map((n) => [n.notice.file, n.notice.text, n.source.file, n.source.text])).toEqual(corpus.map((n) => [n.notice.file, n.notice.text, n.source.file, n.source.text]));
  });

  it('writes a different corpus for another seed', () => {
    const other = run(120, '8');
    expect(other.map((n) => n.notice.file)).not.toEqual(corpus.map((n) => n.notice.file));
  });

  it('starts a larger run with the notices of a smaller one', () => {
    expect(run(30, '7').map((n) => n.notice.text)).toEqual(corpus.slice(0, 30).map((n) => n.notice.text));
  });

  it('writes content files that read back through the notice schema, named by their ids, with unique ids', () => {
    for (const n of corpus) {
      const parsed = parseContentFile(n.notice.text);
      expect(parsed.ok, n.notice.file).toBe(true);
      if (parsed.ok) {
        expect(parsed.entry).toEqual(n.entry);
        expect(n.notice.file).toBe(`${parsed.entry.id}.md`);
      }
    }
    expect(new Set(corpus.map((n) => n.entry.id)).size).toBe(corpus.length);
  });

  it('records the SHA-256 of each synthetic source, whose lines hold the tasks', () => {
    for (const n of corpus) {
      expect(n.entry.source.file).toBe(n.source.file);
      expect(n.entry.source.sha256).toBe(createHash('sha256').update(n.source.text).digest('hex'));
      const lines = n.source.text.split('\n');
      for (const t of n.entry.tasks) expect(lines[t.lines[0]! - 1]!.includes(t.text), `${n.entry.id} ${t.id}`).toBe(true);
    }
  });

  it('prints only unit names that the registry maps to a codebook department', () => {
    const ids = new Set(registries.departments.map((d) => d.id));
    for (const n of corpus) {
      for (const t of n.entry.tasks) {
        expect(t.units.length, `${n.entry.id} ${t.id}`).toBeGreaterThan(0);
        for (const u of t.units) {
          expect(u.department, 'no reviewer override').toBeUndefined();
          const mapped = mapUnit(u.name, registries.departments);
          expect(mapped && ids.has(mapped.department), `${n.entry.id} ${t.id} ${u.name}`).toBe(true);
        }
      }
    }
  });

  it('passes the content check that npm run check runs, with its sources', () => {
    const files = corpus.map((n) => ({ path: `notices/${n.notice.file}`, name: n.notice.file, bytes: new TextEncoder().encode(n.notice.text) }));
    const sources = new Map(corpus.map((n) => [n.source.file, createHash('sha256').update(n.source.text).digest('hex')]));
    expect(checkContent(files, registries, sources, 'sources').messages).toEqual([]);
  });

  it('averages about fifty tasks per notice, within the bounds', () => {
    const counts = corpus.map((n) => n.entry.tasks.length);
    for (const c of counts) expect(c >= TASKS_MIN && c <= TASKS_MAX, String(c)).toBe(true);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(45);
    expect(mean).toBeLessThan(55);
  });

  it('spreads the notices over provinces and the years 2016–2025, in the registry’s jurisdictions', () => {
    const byCode = new Map(registries.jurisdictions.map((j) => [j.code, j]));
    const provinces = new Set(corpus.map((n) => byCode.get(n.entry.jurisdiction)!.province));
    const years = corpus.map((n) => n.entry.year);
    expect(provinces.size).toBeGreaterThan(15);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2016);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    expect(new Set(years).size).toBeGreaterThan(5);
  });

  it('puts the jurisdiction’s own names where the real notice had its own', () => {
    const texts = corpus.flatMap((n) => n.entry.tasks.map((t) => t.text)).join('\n');
    // The real notices' counties appear only where the synthetic corpus drew those counties.
    const drawn = new Set(corpus.map((n) => n.entry.jurisdiction));
    if (!drawn.has('371525')) expect(texts.includes('冠县人民政府网')).toBe(false);
    expect(texts.includes('{')).toBe(false);
  });
});
