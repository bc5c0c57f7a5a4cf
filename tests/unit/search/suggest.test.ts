/** Suggestions for a search that finds nothing (src/lib/search/suggest.ts). */
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { corpusWords, groupReadings, suggest, type SuggestData } from '../../../src/lib/search/suggest.ts';
import { normalize } from '../../../src/lib/search/tokens.ts';
import { loadRealCorpus } from '../../helpers.ts';

const corpus = loadRealCorpus();
const words = corpusWords(
  corpus.tasks.flatMap((t) => [t.text, t.section ?? '', t.subsection ?? '']),
  corpus.departments.flatMap((d) => [d.name, ...d.abbreviations]),
);
const chars = new Set([...words.flatMap(([w]) => [...w]), ...'话简察休汇设']);
const data: SuggestData = { words, readings: groupReadings(new Map([...chars].map((c) => [c, pinyin(c, { toneType: 'none' })]))) };

describe('corpusWords', () => {
  it('holds the corpus’s strings of two characters, its words of three and four, and the department names', () => {
    const mined = new Map(words);
    expect(mined.get('双减')).toBeGreaterThan(0);
    expect(mined.has('适老化')).toBe(true);
    expect(mined.has('人社局')).toBe(true);
    for (const [word] of words) expect(corpus.tasks.some((t) => normalize([t.text, t.section, t.subsection].join('')).includes(word)) || corpus.departments.some((d) => [d.name, ...d.abbreviations].includes(word)), word).toBe(true);
  });
});

describe('suggest', () => {
  it.each([
    ['适老话', '适老化'],
    ['双简', '双减'],
    ['督察', '督查'],
    ['政务新媒休', '政务新媒体'],
    ['人设局', '人社局'],
  ])('suggests, for %s, the word of the same sound the corpus holds: %s', (typed, meant) => {
    expect(suggest(typed, data)[0]).toBe(meant);
  });

  it('suggests a word one character longer or shorter when none sounds the same', () => {
    expect(suggest('政务新媒体号号', data)).toEqual([]);
    expect(suggest('依申请公开办', data)).toContain('依申请公开');
  });

  it('suggests nothing for what is nothing like the corpus', () => {
    expect(suggest('量子纠缠', data)).toEqual([]);
  });
});
