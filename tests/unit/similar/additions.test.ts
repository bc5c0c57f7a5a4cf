import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { noticeAdditions, shareFound } from '../../../src/lib/similar/additions.ts';
import { consecutivePlans, planChanges } from '../../../src/lib/similar/changes.ts';
import { corpusSimilarity } from '../../../src/lib/similar/corpus-similarity.ts';
import { upstreamOf } from '../../../src/lib/similar/upstream.ts';
import { loadRealCorpus, loadRealInputs, ROOT } from '../../helpers.ts';

const corpus = loadRealCorpus();
const upstream = upstreamOf(corpus.notices);
const similarity = corpusSimilarity(corpus, (n) => upstream.related.get(n.notice.id)!);
const notice = (id: string) => corpus.noticeById.get(id)!;

describe('noticeAdditions', () => {
  it('splits 商河县 into the tasks it shares with 冠县 (one province and year) and its own additions', () => {
    const shanghe = noticeAdditions(notice('shanghe-2023-2'), similarity, upstream);
    expect(shanghe.partners.map((p) => p.notice.notice.id)).toEqual(['guanxian-2023-15']);
    const [guanxian] = shanghe.partners;
    expect(shanghe.shared.map((t) => t.anchor)).toEqual(['t3', 't4', 't8', 't9', 't12', 't14', 't18', 't23', 't36', 't37', 't43', 't49']);
    expect(guanxian!.shared.find((s) => s.task.anchor === 't4')!.match.task.anchor).toBe('t9');
    expect(shanghe.shared.length + shanghe.own.length).toBe(51);
    expect(guanxian!.share).toBeCloseTo(12 / 51);
    expect(guanxian!.shareBack).toBeCloseTo(12 / 54);
  });

  it('gives a notice with no other notice of its province and year no partner, and all its tasks as its own', () => {
    const lezhi = noticeAdditions(notice('lezhi-2023-15'), similarity, upstream);
    expect(lezhi.partners).toEqual([]);
    expect(lezhi.own.length).toBe(44);
  });

  it('refuses a share between notices that were not compared', () => {
    expect(() => shareFound(similarity, notice('lezhi-2023-15'), notice('guanxian-2023-15'))).toThrow(/not compared/);
  });
});

describe('planChanges', () => {
  // The real notices plus a fixture: 冠县's plan of 2022 (tests/fixtures/years), seven tasks.
  const file = join(ROOT, 'tests', 'fixtures', 'years', 'notices', 'guanxian-2022-9.md');
  const parsed = parseContentFile(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('fixture does not parse');
  const withYears = loadRealCorpus([...loadRealInputs(), { entry: parsed.entry, file }]);
  const byCounty = (n: { notice: { jurisdiction: { code: string } } }) => withYears.noticesByJurisdiction.get(n.notice.jurisdiction.code)!;
  const sim = corpusSimilarity(withYears, byCounty);
  const plans = consecutivePlans(withYears.noticesByJurisdiction.get('371525')!);

  it('pairs a county\'s plans oldest first', () => {
    expect(plans.map(([a, b]) => [a.notice.id, b.notice.id])).toEqual([['guanxian-2022-9', 'guanxian-2023-15']]);
  });

  it('finds what 冠县 kept, reworded, added and dropped from 2022 to 2023, with the changed characters', () => {
    const [before, after] = plans[0]!;
    const changes = planChanges(before, after, sim);
    const ids = (pairs: { before: { anchor: string }; after: { anchor: string } }[]) => pairs.map((p) => `${p.before.anchor}→${p.after.anchor}`);
    expect(ids(changes.kept)).toEqual(['t2→t12', 't4→t17']);
    expect(ids(changes.reworded)).toEqual(['t1→t9', 't5→t23', 't7→t49']);
    expect(changes.dropped.map((t) => t.anchor)).toEqual(['t3', 't6']);
    expect(changes.added.length).toBe(54 - 5);
    expect(changes.kept.length + changes.reworded.length + changes.dropped.length).toBe(7);
    const overdue = changes.reworded[0]!.diff;
    expect(overdue.filter((p) => p.kind !== 'same')).toEqual([{ kind: 'added', text: '深入' }]);
    const training = changes.reworded[2]!.diff.filter((p) => p.kind !== 'same');
    expect(training).toEqual([{ kind: 'removed', text: '2' }, { kind: 'added', text: '1' }]);
  });
});
