/**
 * The similarity step on the synthetic corpus (src/lib/synth/generate.ts, PLANTED): the
 * near copies planted in known places — each province's plan of the year in every county
 * notice of that province and year, each county's own requirements in each of its plans —
 * are found, and the plans' numbers group the notices by upstream.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus, formatProblems } from '../../../src/lib/corpus/corpus.ts';
import { consecutivePlans, planChanges } from '../../../src/lib/similar/changes.ts';
import { corpusSimilarity } from '../../../src/lib/similar/corpus-similarity.ts';
import { upstreamOf } from '../../../src/lib/similar/upstream.ts';
import { PLANTED, synthesize } from '../../../src/lib/synth/generate.ts';
import { realVocabulary, registries } from '../../helpers.ts';

const vocabulary = realVocabulary();
const built = buildCorpus(
  [...synthesize({ notices: 400, seed: '3' }, vocabulary, registries)].map((n) => ({ entry: n.entry, file: n.notice.file })),
  registries,
);
if (built.problems.length > 0) throw new Error(formatProblems(built.problems));
const corpus = built.corpus;
const upstream = upstreamOf(corpus.notices);
const similarity = corpusSimilarity(corpus, (n) => [...upstream.related.get(n.notice.id)!, ...corpus.noticesByJurisdiction.get(n.notice.jurisdiction.code)!]);
const upstreamIndexes = Array.from({ length: PLANTED.upstream }, (_, k) => PLANTED.upstreamAt + PLANTED.stride * k);
const countyIndexes = Array.from({ length: PLANTED.county }, (_, k) => PLANTED.countyAt + PLANTED.stride * k);

describe('the synthetic corpus’s upstream plans', () => {
  it('has the notices of a province and year cite one number for the province’s plan, and about a tenth cite nothing', () => {
    const groups = upstream.groups.filter((g) => g.notices.length - g.uncited.length >= 2);
    expect(groups.length).toBeGreaterThan(5);
    for (const g of groups) {
      const citing = g.notices.filter((n) => n.entry.cites.length > 0);
      const provincial = new Set(citing.map((n) => n.entry.cites[0]!.docNumber));
      expect(provincial.size, g.key).toBe(1);
    }
    const uncited = corpus.notices.filter((n) => n.entry.cites.length === 0).length / corpus.notices.length;
    expect(uncited).toBeGreaterThan(0.04);
    expect(uncited).toBeLessThan(0.2);
  });
});

describe('similar commitments on the synthetic corpus', () => {
  it('finds every planted copy of a province’s plan in every other notice of that province and year, mostly at its own place', () => {
    let pairs = 0;
    let inPlace = 0;
    for (const g of upstream.groups.filter((x) => x.notices.length >= 2)) {
      for (const a of g.notices) {
        for (const b of g.notices) {
          if (a === b) continue;
          for (const i of upstreamIndexes) {
            if (i >= a.tasks.length || i >= b.tasks.length) continue;
            const match = similarity.matches(a.tasks[i]!.id).find((m) => m.notice === b);
            expect(match, `${a.tasks[i]!.id} in ${b.notice.id}`).toBeDefined();
            pairs++;
            if (match!.task === b.tasks[i]) inPlace++;
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(200);
    expect(inPlace / pairs).toBeGreaterThan(0.95);
  });

  it('pairs each county’s own requirements across its consecutive plans, kept or reworded', () => {
    let checked = 0;
    for (const notices of corpus.noticesByJurisdiction.values()) {
      for (const [before, after] of consecutivePlans(notices)) {
        const changes = planChanges(before, after, similarity);
        const paired = new Map([...changes.kept, ...changes.reworded].map((p) => [p.after, p.before]));
        for (const i of countyIndexes) {
          if (i >= before.tasks.length || i >= after.tasks.length) continue;
          expect(paired.get(after.tasks[i]!), `${after.tasks[i]!.id}`).toBe(before.tasks[i]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
