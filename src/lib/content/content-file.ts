import { CORE_SCHEMA, load } from 'js-yaml';
import { Document, isMap, isSeq, isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { NoticeEntry } from '../../schemas/notice.ts';
import { noticeEntrySchema } from '../../schemas/notice.ts';

/**
 * A reviewed notice file: YAML front matter (metadata and tasks, as printed) and the
 * notice's own text as Markdown. Written so that a reviewer reads a diff line by line:
 * one field per line, no folding of long Chinese lines.
 */
export function writeContentFile(entry: NoticeEntry, body: string): string {
  const doc = new Document(entry);
  // Line-number lists read best on one line: `lines: [70, 74]`.
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'lines' && isSeq(pair.value)) pair.value.flow = true;
    },
    // Dates stay strings for every YAML reader: Astro's front-matter parser (YAML 1.1) would read 2023-08-29 as a Date.
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = doc.toString({ lineWidth: 0, minContentWidth: 0, nullStr: 'null' });
  return `---\n${yaml}---\n\n${body.trimEnd()}\n`;
}

/** One problem found in a content file, located at a line of the file. */
export interface ContentFileIssue {
  /** 1-based line in the content file. */
  line: number;
  /** Dotted path of the field, e.g. tasks.2.units.0.name. */
  field: string;
  message: string;
}

/** A content file read back: the validated entry, or the issues that stop it, with lines. */
export type ParsedContentFile = { ok: true; entry: NoticeEntry; body: string; lineOf: (path: (string | number)[]) => number } | { ok: false; issues: ContentFileIssue[] };

/**
 * Reads a content file and validates its front matter against the notice schema, reporting every
 * issue with its line.
 *
 * A valid file (nearly every file of a build) is read by js-yaml, ~10 times faster than the
 * positioned document of `yaml` (2,800 files: ~2 s instead of ~20 s, twice per build); its
 * lines are looked up only when asked for. A file that js-yaml cannot read, or whose data the
 * schema rejects, is read again with `yaml`, which decides and locates every issue: the fast
 * reading only ever accepts what validates. Both read YAML 1.2's core schema (no dates, no
 * merge keys) and reject duplicate keys; the unit tests check that they agree on every file
 * of the real corpus and of a synthetic one.
 */
export function parseContentFile(text: string): ParsedContentFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { ok: false, issues: [{ line: 1, field: '(front matter)', message: 'expected YAML front matter between --- lines at the top of the file' }] };
  const yaml = m[1]!;
  const body = m[2]!.replace(/^\n+/, '');
  const quick = quickEntry(yaml);
  if (quick) {
    let positioned: ParsedContentFile | null = null;
    const lineOf = (path: (string | number)[]): number => {
      positioned ??= parsePositioned(yaml, body);
      return positioned.ok ? positioned.lineOf(path) : 1;
    };
    return { ok: true, entry: quick, body, lineOf };
  }
  return parsePositioned(yaml, body);
}

/** The entry, when js-yaml reads the front matter and the schema accepts it; otherwise null (the positioned reading decides). */
function quickEntry(yaml: string): NoticeEntry | null {
  let data: unknown;
  try {
    data = load(yaml, { schema: CORE_SCHEMA });
  } catch {
    return null;
  }
  const result = noticeEntrySchema.safeParse(data);
  return result.success ? result.data : null;
}

/** Reads the front matter as a positioned document (`yaml`), so that every issue and field has its line in the file. */
function parsePositioned(yaml: string, body: string): ParsedContentFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true });
  // Line 1 of the YAML is line 2 of the file (after the opening ---).
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    // The first error only: later ones are mostly the parser losing its footing after it.
    // The parser's own "at line N, column M" counts YAML lines; the file line is given instead.
    const first = doc.errors[0]!;
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, issues: [{ line: lineAt(first.pos[0]), field: '(yaml)', message }] };
  }
  const lineOf = (path: (string | number)[]): number => {
    let node: unknown = doc.contents;
    let line = 2;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
        if (keyRange) line = lineAt(keyRange[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        if (range) line = lineAt(range[0]);
      } else break;
    }
    return line;
  };
  const result = noticeEntrySchema.safeParse(doc.toJS());
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        line: lineOf(issue.path as (string | number)[]),
        field: issue.path.join('.') || '(root)',
        message: issue.message,
      })),
    };
  }
  return { ok: true, entry: result.data, body, lineOf };
}
