/** How the search page reads a query (src/lib/search/query.ts), with the real alias table. */
import { describe, expect, it } from 'vitest';
import { searchAliases } from '../../../src/lib/search/records.ts';
import { departmentFinder, pagefindTerms, queryReader } from '../../../src/lib/search/query.ts';
import { loadRealCorpus } from '../../helpers.ts';

const corpus = loadRealCorpus();
const aliases = searchAliases(corpus);
const read = queryReader(aliases, 60);
const nameOf = (id: string) => corpus.departmentById.get(id)!.name;

describe('queryReader', () => {
  it('reads a department abbreviation as the 部门 filter, with nothing left to search', () => {
    const q = read('人社局', 'auto');
    expect(q).toMatchObject({ term: null, departments: [nameOf('human-resources')], phrase: false, shown: '人社局' });
  });

  it('reads a jurisdiction word before a bureau as part of its name, and keeps a county name as words', () => {
    expect(read('县人社局', 'auto')).toMatchObject({ term: null, departments: [nameOf('human-resources')] });
    expect(read('冠县教体局', 'auto')).toMatchObject({ term: '冠县', departments: [nameOf('education')] });
  });

  it('searches the words as a phrase when quoted or asked, department names included', () => {
    expect(read('“人社局”', 'auto')).toMatchObject({ term: '"人社局"', departments: [], phrase: true });
    expect(read('人社局', 'phrase')).toMatchObject({ term: '"人社局"', departments: [], phrase: true });
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
    expect(find('编办').found).toEqual([{ alias: '编办', department: '机构编制部门' }]);
    expect(find('编办公室').found).toEqual([]);
  });
});

describe('pagefindTerms', () => {
  it('splits the words as Pagefind does, without punctuation or quotes, each once', () => {
    expect(pagefindTerms('"政府网站"')).toEqual(['政府', '网站']);
    expect(pagefindTerms('政府 政府')).toEqual(['政府']);
  });
});
