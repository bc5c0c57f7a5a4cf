/** The import command as a user runs it: exit codes, one-line errors, --force, --out, --json. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicNoticeSchema, publicTaskSchema } from '../../../src/schemas/open-data.ts';
import { ROOT } from '../../helpers.ts';

function runImport(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'import.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SOURCE = 'content/sources/yanzhou-2021-20.txt';

describe('npm run import', () => {
  it('prints { notice, tasks, warnings } in the contract shapes with --json and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const r = runImport(SOURCE, '--json', '--out', join(dir, 'x.md'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { notice: unknown; tasks: unknown[]; warnings: unknown[] };
    expect(publicNoticeSchema.parse(out.notice).id).toBe('yanzhou-2021-20');
    expect(z.array(publicTaskSchema).parse(out.tasks)).toHaveLength(47);
    expect(Array.isArray(out.warnings)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes the content file to --out, atomically (no temporary file left)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const r = runImport(SOURCE, '--out', join(dir, 'yanzhou.md'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/47 tasks read by cell-per-line/);
    expect(readdirSync(dir)).toEqual(['yanzhou.md']);
    expect(readFileSync(join(dir, 'yanzhou.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'content', 'notices', 'yanzhou-2021-20.md'), 'utf8'));
  });

  it('never overwrites an existing content file without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const target = join(dir, 'reviewed.md');
    writeFileSync(target, 'a reviewer’s edits');
    const r = runImport(SOURCE, '--out', target);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/reviewed\.md: exists; pass --force/);
    expect(readFileSync(target, 'utf8')).toBe('a reviewer’s edits');
    expect(runImport(SOURCE, '--out', target, '--force').code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\nid: yanzhou-2021-20/);
  });

  it('fails in one line naming the file when there is no task table, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const r = runImport('tests/fixtures/layouts/no-table.txt', '--out', join(dir, 'x.md'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^import: tests\/fixtures\/layouts\/no-table\.txt: no task table found; expected/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
  });

  it('fails in one line for an empty file and for a binary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'scan.pdf'), Buffer.from('%PDF-1.7\n\u0000\u0001\u0002binary'));
    const empty = runImport(join(dir, 'empty.txt'), '--out', join(dir, 'a.md'));
    const binary = runImport(join(dir, 'scan.pdf'), '--out', join(dir, 'b.md'));
    expect([empty.code, binary.code]).toEqual([1, 1]);
    expect(empty.stderr).toMatch(/empty\.txt: the file is empty; expected the text of a notice/);
    expect(binary.stderr).toMatch(/scan\.pdf: the file is binary/);
    expect(readdirSync(dir).sort()).toEqual(['empty.txt', 'scan.pdf']);
  });

  it('fails in one line for a 10 MB file, before reading it as a notice, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const notice = readFileSync(join(ROOT, 'content', 'sources', 'guanxian-2023-15.txt'));
    writeFileSync(join(dir, 'huge.txt'), Buffer.concat(Array.from({ length: Math.ceil((10 * 1024 * 1024) / notice.length) }, () => notice)).subarray(0, 10 * 1024 * 1024));
    const r = runImport(join(dir, 'huge.txt'), '--out', join(dir, 'huge.md'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`import: ${join(dir, 'huge.txt')}: 10.0 MB; expected a notice under 5 MB (a text or HTML copy, not a scan or an archive)\n`);
    expect(readdirSync(dir)).toEqual(['huge.txt']);
  });

  it('fails in one line for a file that does not exist', () => {
    const r = runImport('content/sources/missing.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
  });
});
