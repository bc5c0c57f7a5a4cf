/**
 * How the search page reads a query: the words Pagefind searches, the department names in
 * it (read as a 部门 filter), whether it asks for a literal phrase, and what to tell the
 * reader. Pure: the page's script calls it with the alias table of its config.
 *
 * Precision over recall for department names: a query word that is a department's name or
 * abbreviation (人社局, 县教育和体育局) becomes a 部门 filter instead of a text term, because
 * Pagefind would match 人社局 on any task containing 人员 and 社会 (it matches each segmented
 * character by prefix). The reader can switch such a query to a literal phrase search.
 */
import { DEPARTMENT_PREFIXES, type SearchAlias } from './contract.ts';

/** `phrase` when the reader asked for a literal phrase search (mode=phrase in the URL), else `auto`. */
export type QueryMode = 'auto' | 'phrase';

/** A department name found in a query: the words as typed, and the 部门 filter value. */
export interface FoundDepartment {
  alias: string;
  department: string;
}

/** What a query asks for. */
export interface Query {
  /** Nothing was typed. */
  empty: boolean;
  /** Something was typed, but only punctuation or symbols. */
  noWords: boolean;
  /** What Pagefind searches (quoted for a phrase), or null when the query is only department names. */
  term: string | null;
  /** The 部门 filter values named in the query. */
  departments: string[];
  /** Each department name found, as typed. */
  found: FoundDepartment[];
  phrase: boolean;
  /** Notes for the reader (the query cut, a single character). */
  notes: string[];
  /** The words as searched, for the status line. */
  shown: string;
}

/** Quotation marks that ask for a literal phrase ("适老化", “适老化”, 「适老化」). */
const QUOTED = /^["“”「『]\s*(.+?)\s*["“”」』]$/u;

/** Reads queries against one alias table (built once per page). */
export interface QueryReader {
  (raw: string, mode: QueryMode): Query;
}

/** A query reader for these department names, cutting queries at `maxLength` characters. */
export function queryReader(aliases: readonly SearchAlias[], maxLength: number): QueryReader {
  const findDepartments = departmentFinder(aliases);
  return (raw, mode) => {
    const notes: string[] = [];
    let text = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
    const chars = [...text];
    if (chars.length > maxLength) {
      text = chars.slice(0, maxLength).join('').trim();
      notes.push(`检索词太长，只用了前 ${maxLength} 个字：“${text}”。`);
    }
    const quoted = QUOTED.exec(text);
    const phrase = mode === 'phrase' || quoted !== null;
    const body = quoted ? quoted[1]! : text;
    // Punctuation and symbols are not indexed: Pagefind drops them from the query too.
    const words = body.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim();
    const none = { term: null, departments: [], found: [], phrase, notes };
    if (text !== '' && words === '') return { ...none, empty: false, noWords: true, shown: text };
    if (words === '') return { ...none, empty: true, noWords: false, shown: '' };
    if (phrase) return { ...none, empty: false, noWords: false, term: `"${words}"`, shown: words };
    const { rest, found } = findDepartments(words);
    const departments = [...new Set(found.map((f) => f.department))];
    if ([...words.replace(/\s/gu, '')].length === 1) notes.push(`只有一个字“${words}”：结果包含所有以它开头的词语，可能较多。`);
    return { empty: false, noWords: false, term: rest === '' ? null : rest, departments, found, phrase, notes, shown: words };
  };
}

/**
 * Finds department names in a query's words; returns the words left over and each name found.
 * Names of three characters or more are found anywhere in a word, longest first; two-character
 * names (编办, 府办) only as a whole word, since they occur inside ordinary words.
 */
export function departmentFinder(aliases: readonly SearchAlias[]): (words: string) => { rest: string; found: FoundDepartment[] } {
  const byName = new Map(aliases.map((a) => [a.alias, a.department]));
  const long = aliases.filter((a) => a.alias.length >= 3).map((a) => a.alias);
  const pattern = long.length > 0 ? new RegExp(long.map(escapeRegExp).join('|'), 'gu') : null;
  const prefixes: readonly string[] = DEPARTMENT_PREFIXES;
  const wholeWord = (word: string): FoundDepartment | null => {
    for (const prefix of ['', ...prefixes]) {
      if (!word.startsWith(prefix)) continue;
      const name = word.slice(prefix.length);
      const department = byName.get(name);
      if (department !== undefined) return { alias: name, department };
    }
    return null;
  };
  return (words) => {
    const found: FoundDepartment[] = [];
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
          // 县人社局: a bare jurisdiction word right before the name is part of it; 冠县教体局 keeps 冠县 as a search word.
          if (prefixes.includes(before)) before = '';
          left += `${before} `;
          last = m.index + m[0].length;
          found.push({ alias: m[0], department: byName.get(m[0])! });
        }
      }
      left += word.slice(last);
      rest.push(left);
    }
    return { rest: rest.join(' ').replace(/\s+/gu, ' ').trim(), found };
  };
}

/**
 * The query's words as Pagefind splits them (Intl.Segmenter's words, punctuation dropped,
 * lower case), so that each can be looked up alone.
 */
export function pagefindTerms(term: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(term.replace(/^\s*"|"\s*$/gu, ''))) {
    const word = segment.replace(/[\p{P}\s]+/gu, '').toLocaleLowerCase();
    if (word !== '' && !out.includes(word)) out.push(word);
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
