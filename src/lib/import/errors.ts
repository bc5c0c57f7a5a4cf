/**
 * The importer's typed failure: names the file, the line when one is to blame,
 * and what was expected. Scripts print `message` as one line and exit 1.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  /** Machine-readable reason, stable for tests: too-large, empty, binary, no-table, undecodable, no-jurisdiction, no-year. */
  readonly code: ImportErrorCode;
  /** The source file as the user named it. */
  readonly file: string;
  /** What was expected, in one sentence. */
  readonly expected: string;
  /** 1-based source line to blame, when there is one. */
  readonly line: number | undefined;

  constructor(code: ImportErrorCode, file: string, expected: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${expected}`);
    this.code = code;
    this.file = file;
    this.expected = expected;
    this.line = line;
  }
}

export type ImportErrorCode = 'too-large' | 'empty' | 'binary' | 'undecodable' | 'no-table' | 'no-jurisdiction' | 'no-year';

/** A problem the importer could not decide on its own; a reviewer reads it against the source line. */
export interface ImportWarning {
  /** 1-based line in the decoded source text. */
  line: number;
  /** What was found and what the importer did about it. */
  message: string;
}
