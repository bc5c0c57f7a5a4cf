import type { APIRoute } from 'astro';
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { loadCorpus } from '../../data/corpus.ts';
import { corpusWords, groupReadings, type SuggestData } from '../../lib/search/suggest.ts';

/** The most tasks whose text the words are mined from, spread evenly over the corpus: keeps the build's time and memory bounded at any size. */
const SAMPLE = 5000;

/** The 3,755 characters of GB 2312's first level, the commonest: a query's slip may use one the corpus lacks (适老话's 话). */
function commonCharacters(): string[] {
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell++) out.push(iconv.decode(Buffer.from([row, cell]), 'gb2312'));
  return out;
}

/**
 * /search/words.json: the corpus's words a search that finds nothing suggests from, and each
 * common character's reading (src/lib/search/suggest.ts). Fetched by the search page only then.
 */
export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  const step = Math.max(1, Math.ceil(corpus.tasks.length / SAMPLE));
  const texts = corpus.tasks.filter((_, i) => i % step === 0).flatMap((t) => [t.text, t.section ?? '', t.subsection ?? '']);
  const names = [...corpus.departments.flatMap((d) => [d.name, ...d.abbreviations]), ...corpus.topics.map((t) => t.name)];
  const words = corpusWords(texts, names);
  const chars = new Set([...commonCharacters(), ...words.flatMap(([w]) => [...w])].filter((c) => /\p{Script=Han}/u.test(c)));
  const readingOf = new Map([...chars].map((c) => [c, pinyin(c, { toneType: 'none' })]));
  const data: SuggestData = { words, readings: groupReadings(readingOf) };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
