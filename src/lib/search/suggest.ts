/**
 * Words to suggest when a search finds nothing: the nearest strings that do occur in the
 * corpus. A reader typing Chinese through an input method mistakes one character for another
 * of the same sound (适老话 for 适老化, 双简 for 双减), or drops or adds one; the corpus's words
 * (department names and abbreviations, topic names, its frequent strings) are compared with
 * the query run by run. The build mines the words (`corpusWords`) and writes them with the
 * reading of every common character; the page suggests from them (`suggest`). Pure.
 */
import { runsOf } from './tokens.ts';

/** What the page suggests from: the corpus's words with their counts, and each common character's reading (pinyin without tones). */
export interface SuggestData {
  /** [word, occurrences], most frequent first. */
  words: [string, number][];
  /** Reading → the characters read so, each character under one reading. */
  readings: Record<string, string>;
}

/** Longest string mined, in characters. */
const MAX_LENGTH = 8;

/** The share of a string's occurrences inside one longer string past which it counts as a piece of it. */
const PIECE = 0.8;

/** Strings up to this long are words as often as not, and kept whatever follows them. */
const WORD_LENGTH = 4;

/**
 * The strings of the texts worth suggesting, with their occurrences, most frequent first
 * within each kind: every two-character string (the commonest slips are in those: 双简 for
 * 双减); the `words` most frequent of three and four characters; the `phrases` most frequent
 * longer ones (up to eight) that occur at least twice and are not nearly always part of one
 * longer string; then the `names` (department and topic names), each once.
 */
export function corpusWords(texts: Iterable<string>, names: readonly string[], { words = 6000, phrases = 2000 } = {}): [string, number][] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const run of runsOf(text)) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) {
        let s = chars[i]!;
        for (let j = i + 1; j < chars.length && j - i < MAX_LENGTH; j++) {
          s += chars[j]!;
          counts.set(s, (counts.get(s) ?? 0) + 1);
        }
      }
    }
  }
  // A long string nearly always found inside one longer by a character is a piece of that one.
  const covered = new Set<string>();
  for (const [s, n] of counts) {
    const chars = [...s];
    if (chars.length <= WORD_LENGTH + 1) continue;
    for (const part of [chars.slice(1).join(''), chars.slice(0, -1).join('')]) if (n >= PIECE * (counts.get(part) ?? Infinity)) covered.add(part);
  }
  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const kind = (min: number, max: number) => [...counts].filter(([s]) => /\p{Script=Han}/u.test(s) && [...s].length >= min && [...s].length <= max).sort(byCount);
  const out = [
    ...kind(2, 2),
    ...kind(3, WORD_LENGTH).slice(0, words),
    ...kind(WORD_LENGTH + 1, MAX_LENGTH)
      .filter(([s, n]) => n >= 2 && !covered.has(s))
      .slice(0, phrases),
  ];
  const seen = new Set(out.map(([s]) => s));
  for (const name of names) {
    const key = runsOf(name).join('');
    if (key !== '' && !seen.has(key)) {
      seen.add(key);
      out.push([key, counts.get(key) ?? 0]);
    }
  }
  return out;
}

/** The readings of characters, as `SuggestData.readings` holds them, from one character → reading map. */
export function groupReadings(readingOf: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [char, reading] of [...readingOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[reading] = (out[reading] ?? '') + char;
  return out;
}

/** The nearness of a word whose different characters all sound as typed. */
const HOMOPHONE = 3;

/** How near a word is to what was typed; higher is nearer, 0 not near. */
function nearness(typed: readonly string[], word: readonly string[], readingOf: ReadonlyMap<string, string>): number {
  const same = (a: string, b: string) => a === b;
  const sound = (a: string, b: string) => readingOf.get(a) !== undefined && readingOf.get(a) === readingOf.get(b);
  if (typed.length === word.length) {
    let differ = 0;
    let homophones = 0;
    for (let i = 0; i < typed.length; i++) {
      if (same(typed[i]!, word[i]!)) continue;
      differ++;
      if (sound(typed[i]!, word[i]!)) homophones++;
    }
    if (differ === 0) return 0;
    // Every different character sounds the same: an input method's slip (适老话 → 适老化).
    if (homophones === differ && differ <= Math.max(1, Math.floor(typed.length / 2))) return HOMOPHONE + 1 - differ * 0.5;
    if (differ === 1 && typed.length >= 2) return 2;
    return 0;
  }
  // One character more or fewer (of at least three).
  const [short, long] = typed.length < word.length ? [typed, word] : [word, typed];
  if (long.length - short.length !== 1 || short.length < 2) return 0;
  for (let i = 0; i < long.length; i++) {
    if ([...long.slice(0, i), ...long.slice(i + 1)].join('') === short.join('')) return 1;
  }
  return 0;
}

/** Up to `max` words of the data nearest to a run that found nothing, nearest and most frequent first. */
export function suggest(run: string, data: SuggestData, max = 5): string[] {
  const readingOf = new Map<string, string>();
  for (const [reading, chars] of Object.entries(data.readings)) for (const c of chars) readingOf.set(c, reading);
  const typed = [...run];
  const scored: { word: string; score: number; count: number }[] = [];
  for (const [word, count] of data.words) {
    const score = nearness(typed, [...word], readingOf);
    if (score > 0) scored.push({ word, score, count });
  }
  scored.sort((a, b) => b.score - a.score || b.count - a.count || a.word.localeCompare(b.word));
  // A word that sounds as typed is what was meant: the others are then only noise.
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((s) => best < HOMOPHONE || s.score >= HOMOPHONE)
    .slice(0, max)
    .map((s) => s.word);
}
