/**
 * What the search index holds of a text, and how a query asks for a string, so that a typed
 * string matches exactly the records that contain it.
 *
 * Pagefind segments Chinese into words with a dictionary (jieba, in its indexer) and the query
 * with the browser's Intl.Segmenter, then ANDs the query's words, each matched as a prefix,
 * anywhere in a record. A run its segmenter does not know falls apart into single
 * characters: 县委 matched 发改委 … 县, 年报 matched 2023年 … 报送 (issue 27). Here the text is
 * indexed as its runs' overlapping character pairs instead (政府网站 → 政府 府网 网站 站), under
 * a language code Pagefind does not segment, and a run of the query is searched as the
 * exact phrase of its pairs: Pagefind's quoted search finds the pairs at consecutive
 * positions, which is the run itself, nothing else. A run of one character is searched as a
 * prefix (every pair it starts, and the run's last character, which each run also holds alone).
 *
 * Pure: the build indexes with `indexTokens`, the page searches with `queryRuns` and `runTerm`.
 */

/** A run: letters and digits (Chinese characters included) between punctuation, symbols and spaces. */
const RUN = /[\p{L}\p{N}]+/gu;

/** The form text is compared in: NFKC (full-width letters and digits to half-width) and lower case. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The runs of a text, normalized, in order. */
export function runsOf(text: string): string[] {
  return [...normalize(text).matchAll(RUN)].map((m) => m[0]);
}

/**
 * The words the index holds for a text, space-separated, in order: each run's overlapping pairs
 * of characters, then its last character alone. The single character closes the run: a phrase
 * of pairs cannot continue across it into the next run (政府，网站 does not hold 府网).
 */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const run of runsOf(text)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    out.push(chars.at(-1)!);
  }
  return out.join(' ');
}

/**
 * What Pagefind is asked for one run of a query: the quoted phrase of its pairs (exact: the
 * pairs at consecutive positions), or, for a single character, the character (a prefix of
 * every pair it starts and of itself alone).
 */
export function runTerm(run: string): string {
  const chars = [...run];
  if (chars.length < 2) return run;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return `"${pairs.join(' ')}"`;
}

/**
 * Every word of several runs, unquoted, for a search that only needs records holding them
 * all, anywhere (Pagefind then ANDs them): a superset of the records holding every run.
 */
export function looseTerm(runs: readonly string[]): string {
  return [...new Set(runs.flatMap((run) => ([...run].length < 2 ? [run] : runTerm(run).slice(1, -1).split(' '))))].join(' ');
}

/** Whether a normalized text contains every run (the records a search must find). */
export function containsRuns(text: string, runs: readonly string[]): boolean {
  const own = runsOf(text);
  return runs.every((run) => own.some((r) => r.includes(run)));
}
