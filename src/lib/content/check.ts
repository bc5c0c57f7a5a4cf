/**
 * The content check behind `npm run check` and the first step of `npm run build`: every
 * notice file against the schemas, the registries and its source, every problem as one line
 * `file:line: [task t3, ]field: message`. Pure: the script reads the files and prints.
 */
import { buildCorpus, type CorpusInput } from '../corpus/corpus.ts';
import type { Registries } from '../corpus/derive.ts';
import { parseContentFile } from './content-file.ts';

/** A content file is a few hundred KB at most; anything near this is not a notice. */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

/** One notice file as read from disk. */
export interface ContentFileBytes {
  /** The path to show in messages (relative to the working directory). */
  path: string;
  /** The file's name, whose stem must be the notice id. */
  name: string;
  bytes: Uint8Array;
}

/** What the check knows about content/sources: the SHA-256 of each file by name. */
export type SourceHashes = ReadonlyMap<string, string>;

/** The outcome: every problem as a message line, and the entries that passed the schema. */
export interface CheckResult {
  messages: string[];
  inputs: CorpusInput[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Checks notice files together (duplicate ids span files) and returns every problem. */
export function checkContent(files: readonly ContentFileBytes[], registries: Registries, sources: SourceHashes, sourcesDir = 'content/sources'): CheckResult {
  const messages: string[] = [];
  const inputs: CorpusInput[] = [];
  const lineOfFile = new Map<string, (path: (string | number)[]) => number>();
  for (const file of files) {
    if (file.bytes.length > MAX_CONTENT_BYTES) {
      messages.push(`${file.path}:1: (file): ${(file.bytes.length / 1024 / 1024).toFixed(1)} MB; a notice's content file is expected to be under ${MAX_CONTENT_BYTES / 1024 / 1024} MB`);
      continue;
    }
    let text: string;
    try {
      text = strictUtf8.decode(file.bytes);
    } catch {
      const { line, offset } = firstInvalidUtf8(file.bytes);
      messages.push(`${file.path}:${line}: (file): not valid UTF-8 (byte ${offset}); content files are UTF-8 text`);
      continue;
    }
    const parsed = parseContentFile(text.replace(/^\uFEFF/, ''));
    if (!parsed.ok) {
      for (const issue of parsed.issues) messages.push(`${file.path}:${issue.line}: ${issue.field}: ${issue.message}`);
      continue;
    }
    const { entry, lineOf } = parsed;
    if (entry.id !== file.name.replace(/\.md$/, '')) messages.push(`${file.path}:${lineOf(['id'])}: id: "${entry.id}" differs from the file name`);
    const hash = sources.get(entry.source.file);
    if (hash === undefined) {
      messages.push(`${file.path}:${lineOf(['source', 'file'])}: source.file: no file "${entry.source.file}" in ${sourcesDir}`);
    } else if (hash !== entry.source.sha256) {
      messages.push(`${file.path}:${lineOf(['source', 'sha256'])}: source.sha256: differs from the SHA-256 of ${sourcesDir}/${entry.source.file} (${hash}); the source was changed or the wrong file is named`);
    }
    inputs.push({ entry, file: file.path });
    lineOfFile.set(file.path, lineOf);
  }
  for (const p of buildCorpus(inputs, registries).problems) {
    const path = p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const line = lineOfFile.get(p.file)?.(path) ?? 1;
    messages.push(`${p.file}:${line}: ${p.task ? `task ${p.task}, ` : ''}${p.field}: ${p.message}`);
  }
  return { messages, inputs };
}

/** The line and byte offset of the first byte that does not begin or continue a UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; offset: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) break;
    let k = 1;
    while (k < length && (bytes[i + k]! & 0xc0) === 0x80) k++;
    if (k < length) break;
    if (b === 0x0a) line++;
    i += length;
  }
  return { line, offset: i };
}
