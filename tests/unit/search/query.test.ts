/** How the search page reads a query (src/lib/search/query.ts), with the real alias table and counties. */
import { describe, expect, it } from 'vitest';
import { filterOptions, searchAliases } from '../../../src/lib/search/records.ts';
import { countyFinder, departmentFinder, partsOf, queryReader, toSimplified } from '../../../src/lib/search/query.ts';
import { loadRealCorpus } from '../../helpers.ts';

const corpus = loadRealCorpus();
const counties = filterOptions(corpus)
  .find((o) => o.key === '县区')!
  .values.map((v) => v.value);
const read = queryReader({ aliases: searchAliases(corpus), counties, simplified: new Map([['務', '务'], ['體', '体']]), maxLength: 60 });
const nameOf = (id: string) => corpus.departmentById.get(id)!.name;

describe('queryReader', () => {
  it('reads words as the strings a task must contain, each once, none inside another', () => {
    expect(read('县委', 'auto')).toMatchObject({ runs: ['县委'], departments: [], counties: [] });
    expect(read('政务公开 目录 政务', 'auto').runs).toEqual(['政务公开', '目录']);
    // Punctuation separates strings: the index holds letters and digits only.
    expect(read('依申请公开、办理', 'auto').runs).toEqual(['依申请公开', '办理']);
    expect(read('ＩＰｖ６', 'auto').runs).toEqual(['ipv6']);
  });

  it('reads a department abbreviation as the 部门 filter, with nothing left to search', () => {
    expect(read('人社局', 'auto')).toMatchObject({ runs: [], departments: [nameOf('human-resources')], shown: '人社局' });
  });

  it('reads a jurisdiction word before a bureau as part of its name, and a county name as the 县区 filter', () => {
    expect(read('县人社局', 'auto')).toMatchObject({ runs: [], departments: [nameOf('human-resources')] });
    expect(read('冠县教体局', 'auto')).toMatchObject({ runs: [], departments: [nameOf('education')], counties: ['冠县'] });
    expect(read('商河县 政府网站', 'auto')).toMatchObject({ runs: ['政府网站'], counties: ['商河县'] });
  });

  it('searches every word as text when quoted or asked, department and county names included', () => {
    expect(read('“人社局”', 'auto')).toMatchObject({ runs: ['人社局'], departments: [], phrase: true });
    expect(read('商河县', 'phrase')).toMatchObject({ runs: ['商河县'], counties: [], phrase: true });
  });

  it('reads traditional characters as simplified, and says so', () => {
    const q = read('政務新媒體', 'auto');
    expect(q.runs).toEqual(['政务新媒体']);
    expect(q.notes).toContain('已按简体字检索：“政务新媒体”。');
  });

  it('says when a query is empty, only punctuation, too long, or one character', () => {
    expect(read('  ', 'auto')).toMatchObject({ empty: true, noWords: false });
    expect(read('！？', 'auto')).toMatchObject({ empty: false, noWords: true, shown: '!?' });
    const long = read('适'.repeat(70), 'auto');
    expect([...long.shown]).toHaveLength(60);
    expect(long.notes[0]).toContain('只用了前 60 个字');
    expect(read('教', 'auto').notes[0]).toContain('只有一个字');
  });
});

describe('departmentFinder', () => {
  it('finds two-character names only as whole words', () => {
    const find = departmentFinder([{ alias: '编办', department: '机构编制部门' }]);
    expect(find('编办').found).toEqual([{ alias: '编办', value: '机构编制部门' }]);
    expect(find('编办公室').found).toEqual([]);
  });
});

describe('countyFinder', () => {
  const find = countyFinder(['冠县', '铁西区（沈阳市）', '铁西区（四平市）']);
  it('reads a county value or a bare name, the bare name of a shared one as every county of that name', () => {
    expect(find('冠县')).toEqual(['冠县']);
    expect(find('铁西区（四平市）')).toEqual(['铁西区（四平市）']);
    expect(find('铁西区')).toEqual(['铁西区（沈阳市）', '铁西区（四平市）']);
    expect(find('冠县政府')).toEqual([]);
  });
});

describe('toSimplified', () => {
  it('replaces the characters the map knows, and only those', () => {
    expect(toSimplified('政務 公開', new Map([['務', '务']]))).toBe('政务 公開');
  });
});

describe('partsOf', () => {
  it('splits a run into its words, a single character joined to its neighbour', () => {
    expect(partsOf('依申请公开办理')).toEqual(['依申请', '公开', '办理']);
    expect(partsOf('政府网站')).toEqual(['政府', '网站']);
    expect(partsOf('政务新媒体')).toEqual(['政务', '新媒体']);
    expect(partsOf('发布会')).toEqual(['发布会']);
  });
});
