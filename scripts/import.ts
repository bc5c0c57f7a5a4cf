/**
 * npm run import -- <folder or files…> [--force] [--verbose] [--json] [--out <file>] [--url <address>] [--jurisdiction <code or name>]
 *
 * Imports raw notices: each file (a folder stands for the files in it, sorted) becomes its
 * content file, content/notices/<id>.md, and the raw notice is kept, byte for byte, as
 * content/sources/<id>.<extension> (a readable name, the notice's own; copied there when it
 * came from elsewhere or under another name), so that the content file's provenance checks out (CONTENT_ROOT names another content folder). One line per file: imported (tasks, reader, warnings) or refused
 * (the reason and the line), then a summary. A file that fails does not stop the others;
 * each content file is written whole or not at all. The exit code is 1 when a file was
 * refused.
 *
 *   --verbose        list every warning under its file (the default for a single file)
 *   --force          overwrite existing content files (they may hold a reviewer's edits)
 *   --json           write nothing; print { notice, tasks, warnings } in the public data
 *                    contract's shapes (an array of them, with `file` and `error`, for several files)
 *   --out <file>     the content file to write, for a single source
 *   --url <address>  the web address the notice was downloaded from, when the file lacks it
 *   --jurisdiction   a division code or name, when the issuer names no place the importer can settle
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeContentFile } from '../src/lib/content/content-file.ts';
import { deriveNotice, toPublicTask } from '../src/lib/corpus/derive.ts';
import { ImportError } from '../src/lib/import/errors.ts';
import { importNotice, type ImportOptions, type ImportResult } from '../src/lib/import/import-notice.ts';
import { loadRegistries, loadTownships, ROOT } from './lib/registries.ts';
import { writeFileAtomic } from './lib/write-atomic.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

function fail(message: string): never {
  log(`import: ${message}`);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        url: { type: 'string' },
        jurisdiction: { type: 'string' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const USAGE = 'usage: npm run import -- <folder or files…> [--force] [--verbose] [--json] [--out <file>] [--url <address>] [--jurisdiction <code or name>]';
const { values, positionals } = parse();
if (positionals.length === 0) fail(USAGE);
if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url)) fail(`--url "${values.url}": expected an http(s) web address`);

/** The files named: each file as given, each folder's files (not its subfolders), sorted, hidden files left out. */
function expand(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) fail(`${path}: no such file or folder; expected the path of a raw notice or of a folder of them`);
    if (statSync(path).isDirectory()) {
      const inside = readdirSync(path)
        .filter((name) => !name.startsWith('.') && statSync(join(path, name)).isFile())
        .sort()
        .map((name) => join(path, name));
      if (inside.length === 0) fail(`${path}: the folder holds no file`);
      files.push(...inside);
    } else files.push(path);
  }
  return [...new Set(files)];
}

const files = expand(positionals);
if (values.out !== undefined && files.length !== 1) fail('--out names the content file of a single source; give one file, or leave --out out');
if ((values.url !== undefined || values.jurisdiction !== undefined) && files.length !== 1) fail('--url and --jurisdiction describe a single source; give one file');
const verbose = values.verbose || files.length === 1;
const registries = { ...loadRegistries(), townships: loadTownships() };
const options: ImportOptions = { ...(values.url !== undefined ? { url: values.url } : {}), ...(values.jurisdiction !== undefined ? { jurisdiction: values.jurisdiction } : {}) };
// CONTENT_ROOT points the import at another content folder (notices/ and sources/ inside), as it does the build and the check.
const contentRoot = resolve(process.env.CONTENT_ROOT ?? join(ROOT, 'content'));
const sourcesDir = join(contentRoot, 'sources');
const noticesDir = join(contentRoot, 'notices');

/** One file's import: the result, or the error that refused it. */
function importOne(file: string): { result: ImportResult } | { error: ImportError } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { error: new ImportError('empty', file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); expected a readable notice`) };
  }
  try {
    return { result: importNotice(bytes, file, createHash('sha256').update(bytes).digest('hex'), registries, options) };
  } catch (error) {
    if (error instanceof ImportError) return { error };
    throw error;
  }
}

const written = new Map<string, string>();
const say = (file: string) => relative(process.cwd(), file) || file;
/** The name a source is kept under in content/sources/: the notice's id and the file's extension (.txt when it has none). */
const keptName = (file: string, result: ImportResult) => `${result.entry.id}${extname(file).toLowerCase() || '.txt'}`;

/** Why a result may not be written: a content file a reviewer may have edited, another file of this run with the same id, a different source of the same name. */
function targetProblem(file: string, target: string, result: ImportResult): string | null {
  const earlier = written.get(target);
  if (earlier) return `${say(target)} was written from ${say(earlier)} in this run (the same notice id ${result.entry.id}); not overwritten`;
  if (existsSync(target) && !values.force) return `${say(target)}: exists; pass --force to overwrite it (the file may hold a reviewer's edits)`;
  if (values.out === undefined) {
    const kept = join(sourcesDir, keptName(file, result));
    if (existsSync(kept) && resolve(kept) !== resolve(file) && createHash('sha256').update(readFileSync(kept)).digest('hex') !== result.entry.source.sha256) {
      return `${say(kept)} exists with other bytes; rename the file (a source is never edited)`;
    }
  }
  return null;
}

if (values.json) {
  const out = files.map((file) => {
    const one = importOne(file);
    if ('error' in one) return { file, error: one.error.message };
    const { derived } = deriveNotice(one.result.entry, file, registries);
    return { file, notice: derived?.notice ?? null, tasks: (derived?.tasks ?? []).map(toPublicTask), warnings: one.result.warnings };
  });
  const refused = out.filter((o) => 'error' in o);
  if (files.length === 1 && refused.length === 1) fail((refused[0] as { error: string }).error);
  const body = files.length === 1 ? (({ file: _file, ...rest }) => rest)(out[0]!) : out;
  // No process.exit after this write: it could cut a large write to a pipe short.
  process.stdout.write(JSON.stringify(body, null, 2) + '\n');
  if (refused.length > 0) process.exitCode = 1;
} else {
  let imported = 0;
  let tasks = 0;
  let warnings = 0;
  const refused: string[] = [];
  // One file prints as it always did (import: …); several print one line each, then a summary.
  const single = files.length === 1;
  for (const file of files) {
    const one = importOne(file);
    if ('error' in one) {
      refused.push(file);
      log(`${single ? 'import:' : 'refused '} ${one.error.message}`);
      continue;
    }
    const { result } = one;
    const target = values.out ?? join(noticesDir, `${result.entry.id}.md`);
    const problem = targetProblem(file, target, result);
    if (problem) {
      refused.push(file);
      log(`${single ? 'import:' : 'refused '} ${single ? problem : `${say(file)}: ${problem}`}`);
      continue;
    }
    // The raw notice beside its content file, unless a file path was chosen for the content file (--out).
    if (values.out === undefined) {
      mkdirSync(sourcesDir, { recursive: true });
      mkdirSync(noticesDir, { recursive: true });
      const kept = join(sourcesDir, keptName(file, result));
      // A source already in content/sources/ under another name is renamed, not copied: one file per notice.
      if (resolve(file) !== resolve(kept)) {
        if (dirname(resolve(file)) === resolve(sourcesDir)) renameSync(file, kept);
        else writeFileAtomic(kept, readFileSync(file));
      }
    }
    const entry = values.out === undefined ? { ...result.entry, source: { ...result.entry.source, file: keptName(file, result) } } : result.entry;
    writeFileAtomic(target, writeContentFile(entry, result.body));
    written.set(target, file);
    imported++;
    tasks += result.entry.tasks.length;
    warnings += result.warnings.length;
    const counts = `${result.entry.tasks.length} tasks read by ${result.reader}, ${result.warnings.length} warning(s)`;
    log(single ? `import: ${say(target)}: ${counts}` : `imported ${say(file)} → ${say(target)}: ${counts}`);
    if (verbose) for (const w of result.warnings) log(`  ${say(file)}:${w.line}: ${w.message}`);
  }
  if (!single) {
    log(`import: ${files.length} file(s): ${imported} imported (${tasks} tasks, ${warnings} warning(s)), ${refused.length} refused${warnings > 0 && !verbose ? '; --verbose lists the warnings' : ''}`);
  }
  if (refused.length > 0) process.exitCode = 1;

}
