/**
 * The traditional characters a query is read with (the corpus is in simplified characters):
 * each traditional character OpenCC converts to one simplified character, in its standard,
 * Taiwan and Hong Kong forms, kept when the corpus holds the simplified one and not the
 * traditional one (OpenCC also "converts" characters simplified texts use, such as 么).
 * Written into the search page's config, so that the page needs no converter of its own.
 */
import * as OpenCC from 'opencc-js';

const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));

/** The CJK Unified Ideographs block, where the characters of every notice so far are. */
const FIRST = 0x4e00;
const LAST = 0x9fff;

/** Traditional and simplified characters, alternating (務务體体…), for the characters of `corpusChars`. */
export function simplifiedPairs(corpusChars: ReadonlySet<string>): string {
  let out = '';
  for (let code = FIRST; code <= LAST; code++) {
    const c = String.fromCodePoint(code);
    if (corpusChars.has(c)) continue;
    for (const convert of converters) {
      const s = convert(c);
      if (s !== c && [...s].length === 1 && corpusChars.has(s)) {
        out += c + s;
        break;
      }
    }
  }
  return out;
}

/** The characters of some texts. */
export function charsOf(texts: Iterable<string>): Set<string> {
  const chars = new Set<string>();
  for (const text of texts) for (const c of text) chars.add(c);
  return chars;
}
