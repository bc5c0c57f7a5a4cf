/**
 * How the search page reads a query: the strings a task must contain (its runs, see
 * tokens.ts), the department and county names in it (read as 部门 and 县区 filters), whether
 * it asks for the words as printed, and what to tell the reader. Pure: the page's script
 * builds one reader from its config.
 *
 * A word that is a department's name or abbreviation (人社局, 县教育和体育局) lists the tasks
 * that department carries, as the department pages do, rather than the tasks whose text
 * happens to hold those characters; a word that is a county's name (商河县) lists that
 * county's tasks. Quotes, or mode=phrase, search every word as text.
 * Traditional characters are read as simplified (the corpus is in simplified characters).
 */
import { DEPARTMENT_PREFIXES, type SearchAlias } from './contract.ts';
import { normalize, runsOf } from './tokens.ts';

/** `phrase` when the reader asked for the words as printed (mode=phrase in the URL), else `auto`. */
export type QueryMode = 'auto' | 'phrase';

/** A name found in a query: the words as typed, and the filter value it stands for. */
export interface FoundName {
  alias: string;
  value: string;
}

/** What a query asks for. */
export interface Query {
  /** Nothing was typed. */
  empty: boolean;
  /** Something was typed, but only punctuation or symbols. */
  noWords: boolean;
  /** The strings every task found must contain (normalized; letters and digits only). */
  runs: string[];
  /** The 部门 filter values named in the query, and each name as found. */
  departments: string[];
  foundDepartments: FoundName[];
  /** The 县区 filter values named in the query (a name several counties share stands for all), and each name as found. */
  counties: string[];
  foundCounties: FoundName[];
  /** Whether the words are searched as printed (quotes or mode=phrase). */
  phrase: boolean;
  /** Notes for the reader (the query cut, traditional characters read as simplified, a single character). */
  notes: string[];
  /** The words as searched (simplified), for the status line. */
  shown: string;
}

/** What a reader is built from (the page's config). */
export interface QueryVocabulary {
  /** Department names and abbreviations (longest first). */
  aliases: readonly SearchAlias[];
  /** The 县区 filter values (a shared name with its prefecture: 铁西区（沈阳市）). */
  counties: readonly string[];
  /** Traditional characters and the simplified ones they are read as. */
  simplified: ReadonlyMap<string, string>;
  /** The longest query, in characters. */
  maxLength: number;
}

/** Quotation marks that ask for the words as printed ("适老化", “适老化”, 「适老化」). */
const QUOTED = /^["“”「『]\s*(.+?)\s*["“”」』]$/u;

/** Reads a query as typed, in a mode. */
export type QueryReader = (raw: string, mode: QueryMode) => Query;

/** A query reader for these names. */
export function queryReader({ aliases, counties, simplified, maxLength }: QueryVocabulary): QueryReader {
  const findDepartments = departmentFinder(aliases);
  const findCounty = countyFinder(counties);
  return (raw, mode) => {
    const notes: string[] = [];
    let text = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
    const chars = [...text];
    if (chars.length > maxLength) {
      text = chars.slice(0, maxLength).join('').trim();
      notes.push(`检索词太长，只用了前 ${maxLength} 个字：“${text}”。`);
    }
    const converted = toSimplified(text, simplified);
    if (converted !== text) {
      notes.push(`已按简体字检索：“${converted}”。`);
      text = converted;
    }
    const quoted = QUOTED.exec(text);
    const phrase = mode === 'phrase' || quoted !== null;
    const body = quoted ? quoted[1]! : text;
    // Punctuation and symbols are not indexed: they only separate words.
    const words = body.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim();
    const none = { runs: [], departments: [], foundDepartments: [], counties: [], foundCounties: [], phrase, notes };
    if (text !== '' && words === '') return { ...none, empty: false, noWords: true, shown: text };
    if (words === '') return { ...none, empty: true, noWords: false, shown: '' };
    if (phrase) return { ...none, empty: false, noWords: false, runs: uniqueRuns(words), shown: words };
    const { rest, found } = findDepartments(words);
    const foundCounties: FoundName[] = [];
    const left: string[] = [];
    for (const word of rest.split(' ').filter((w) => w !== '')) {
      const values = findCounty(word);
      if (values.length === 0) left.push(word);
      else foundCounties.push(...values.map((value) => ({ alias: word, value })));
    }
    const runs = uniqueRuns(left.join(' '));
    if (runs.length === 1 && [...runs[0]!].length === 1 && found.length === 0 && foundCounties.length === 0) notes.push(`只有一个字“${runs[0]}”：结果是所有含这个字的任务，可能较多。`);
    return {
      empty: false,
      noWords: false,
      runs,
      departments: [...new Set(found.map((f) => f.value))],
      foundDepartments: found,
      counties: [...new Set(foundCounties.map((f) => f.value))],
      foundCounties,
      phrase,
      notes,
      shown: words,
    };
  };
}

/** The runs of some words, each once, none inside another (适老化 适老 is 适老化). */
function uniqueRuns(words: string): string[] {
  const runs = [...new Set(runsOf(words))];
  return runs.filter((run, i) => !runs.some((other, j) => j !== i && other.length > run.length && other.includes(run)));
}

/** A text with each traditional character the map knows replaced by its simplified form. */
export function toSimplified(text: string, simplified: ReadonlyMap<string, string>): string {
  if (simplified.size === 0) return text;
  return [...text].map((c) => simplified.get(c) ?? c).join('');
}

/**
 * Finds department names in a query's words; returns the words left over and each name found.
 * Names of three characters or more are found anywhere in a word, longest first; two-character
 * names (编办, 府办) only as a whole word, since they occur inside ordinary words.
 */
export function departmentFinder(aliases: readonly SearchAlias[]): (words: string) => { rest: string; found: FoundName[] } {
  const byName = new Map(aliases.map((a) => [a.alias, a.department]));
  const long = aliases.filter((a) => a.alias.length >= 3).map((a) => a.alias);
  const pattern = long.length > 0 ? new RegExp(long.map(escapeRegExp).join('|'), 'gu') : null;
  const prefixes: readonly string[] = DEPARTMENT_PREFIXES;
  const wholeWord = (word: string): FoundName | null => {
    for (const prefix of ['', ...prefixes]) {
      if (!word.startsWith(prefix)) continue;
      const name = word.slice(prefix.length);
      const department = byName.get(name);
      if (department !== undefined) return { alias: name, value: department };
    }
    return null;
  };
  return (words) => {
    const found: FoundName[] = [];
    const rest: string[] = [];
    for (const word of words.split(' ')) {
      const whole = wholeWord(word);
      if (whole) {
        found.push(whole);
        continue;
      }
      let left = '';
      let last = 0;
      if (pattern) {
        for (const m of word.matchAll(pattern)) {
          let before = word.slice(last, m.index);
          // 县人社局: a bare jurisdiction word right before the name is part of it; 冠县教体局 keeps 冠县 as a word of its own.
          if (prefixes.includes(before)) before = '';
          left += `${before} `;
          last = m.index + m[0].length;
          found.push({ alias: m[0], value: byName.get(m[0])! });
        }
      }
      left += word.slice(last);
      rest.push(left);
    }
    return { rest: rest.join(' ').replace(/\s+/gu, ' ').trim(), found };
  };
}

/**
 * The county values a whole word names: the value itself (铁西区（沈阳市）, 商河县), or every
 * county a bare shared name stands for (铁西区); none for any other word.
 */
export function countyFinder(counties: readonly string[]): (word: string) => string[] {
  const values = new Set(counties.map(normalize));
  const byName = new Map<string, string[]>();
  for (const value of counties) {
    const bare = /^(.+)（.+）$/u.exec(value)?.[1] ?? value;
    byName.set(normalize(bare), [...(byName.get(normalize(bare)) ?? []), value]);
  }
  return (word) => {
    const key = normalize(word);
    if (values.has(key)) return counties.filter((c) => normalize(c) === key);
    return byName.get(key) ?? [];
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The words a run is made of, as the browser's segmenter splits it, a single character joined
 * to the word after it (to the one before, at the end): 依申请公开办理 → 依申请 公开 办理,
 * 政务新媒体 → 政务 新媒体. A run of one word gives one part.
 */
export function partsOf(run: string): string[] {
  const segments = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(run)].map((s) => s.segment).filter((s) => s.trim() !== '');
  const parts: string[] = [];
  let carry = '';
  for (const segment of segments) {
    const word = carry + segment;
    if ([...word].length < 2) carry = word;
    else {
      parts.push(word);
      carry = '';
    }
  }
  if (carry !== '') {
    if (parts.length > 0) parts[parts.length - 1] += carry;
    else parts.push(carry);
  }
  return parts;
}
