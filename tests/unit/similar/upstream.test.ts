import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { shareUpstream, upstreamOf } from '../../../src/lib/similar/upstream.ts';
import { loadRealCorpus, loadRealInputs, ROOT } from '../../helpers.ts';

const file = join(ROOT, 'tests', 'fixtures', 'years', 'notices', 'guanxian-2022-9.md');
const parsed = parseContentFile(readFileSync(file, 'utf8'));
if (!parsed.ok) throw new Error('fixture does not parse');
const corpus = loadRealCorpus([...loadRealInputs(), { entry: parsed.entry, file }]);
const upstream = upstreamOf(corpus.notices);
const notice = (id: string) => corpus.noticeById.get(id)!;
const ids = (ns: readonly { notice: { id: string } }[]) => ns.map((n) => n.notice.id);

describe('upstreamOf', () => {
  it('groups the notices by province and plan year, newest first, and says which cite nothing', () => {
    expect(upstream.groups.map((g) => [g.key, g.href, ids(g.notices), ids(g.uncited)])).toEqual([
      ['37-2023', '/upstream/37-2023/', ['shanghe-2023-2', 'guanxian-2023-15'], ['shanghe-2023-2']],
      ['51-2023', '/upstream/51-2023/', ['lezhi-2023-15'], []],
      ['37-2022', '/upstream/37-2022/', ['guanxian-2022-9'], []],
      ['37-2021', '/upstream/37-2021/', ['yanzhou-2021-20'], []],
      ['37-2016', '/upstream/37-2016/', ['lijin-2016-27'], []],
    ]);
  });

  it('makes one document of a number cited in other brackets, and links it to the notice that has it', () => {
    const lijin = upstream.documents.find((d) => d.key === '利政办发〔2016〕27号')!;
    expect(lijin.href).toBe('/documents/li-zheng-ban-fa-2016-27/');
    expect(ids(lijin.citedBy)).toEqual(['guanxian-2022-9']);
    expect(lijin.notice).toBe(notice('lijin-2016-27'));
    expect(upstream.citedAs.get('lijin-2016-27')).toBe(lijin);
    expect(upstream.citesOf.get('guanxian-2022-9')!.map((d) => d.key)).toEqual(['鲁政办发〔2022〕5号', '利政办发〔2016〕27号']);
  });

  it('relates notices of one province and year, of one province citing a common document, and a notice to the notice it cites, never others', () => {
    expect(ids(upstream.related.get('shanghe-2023-2')!)).toEqual(['guanxian-2023-15']);
    // 冠县 2022 cites 利津县 2016's own number: 利津县's notice is a plan it implements.
    expect(ids(upstream.related.get('guanxian-2022-9')!)).toEqual(['lijin-2016-27']);
    expect(ids(upstream.related.get('lijin-2016-27')!)).toEqual(['guanxian-2022-9']);
    expect(ids(upstream.related.get('lezhi-2023-15')!)).toEqual([]);
    expect(shareUpstream(upstream, notice('shanghe-2023-2'), notice('guanxian-2023-15'))).toBe(true);
    expect(shareUpstream(upstream, notice('shanghe-2023-2'), notice('lezhi-2023-15'))).toBe(false);
    expect(shareUpstream(upstream, notice('shanghe-2023-2'), notice('shanghe-2023-2'))).toBe(false);
  });

  it('lists a group’s documents, the most cited first', () => {
    expect(upstream.groups[0]!.documents.map((d) => d.key)).toEqual(['聊政办发〔2023〕9号', '鲁政办发〔2023〕8号']);
  });
});
