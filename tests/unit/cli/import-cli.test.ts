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
  return runImportIn(undefined, ...args);
}

/** The import with CONTENT_ROOT set, so that content files and copied sources go to a temporary folder. */
function runImportIn(contentRoot: string | undefined, ...args: string[]) {
  const env = { ...process.env, ...(contentRoot ? { CONTENT_ROOT: contentRoot } : {}) };
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'import.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env });
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

  it('imports a folder: one line per file, a refused file does not stop the others, then a summary; sources kept beside the content files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-folder-'));
    const content = mkdtempSync(join(tmpdir(), 'import-content-'));
    for (const f of ['bar-lines-department.txt', 'junk-portal-page.html', 'tabs-merged-absent.txt']) writeFileSync(join(folder, f), readFileSync(join(ROOT, 'tests', 'fixtures', 'layouts', f)));
    const r = runImportIn(content, folder);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^imported .*bar-lines-department\.txt → .*notices\/ningyang-education-2023-9\.md: 6 tasks read by line-cells, 1 warning\(s\)$/);
    expect(lines[1]).toMatch(/^refused  .*junk-portal-page\.html:6: no task table found/);
    expect(lines[2]).toMatch(/^imported .*tabs-merged-absent\.txt → .*notices\/yinan-2023-14\.md: 8 tasks read by tab-rows, 0 warning\(s\)$/);
    expect(lines[3]).toBe('import: 3 file(s): 2 imported (14 tasks, 1 warning(s)), 1 refused; --verbose lists the warnings');
    expect(readdirSync(join(content, 'notices')).sort()).toEqual(['ningyang-education-2023-9.md', 'yinan-2023-14.md']);
    // Kept under the notice's own id, the name the site shows.
    expect(readdirSync(join(content, 'sources')).sort()).toEqual(['ningyang-education-2023-9.txt', 'yinan-2023-14.txt']);
    // The content files check out against their sources: nothing half-written.
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-content.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: content } });
    expect(check.stderr).toBe('check: 2 notices, 14 tasks, no problems\n');
    // Again: the content files exist now, and are not overwritten without --force.
    const again = runImportIn(content, '--verbose', join(folder, 'tabs-merged-absent.txt'), join(folder, 'bar-lines-department.txt'));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/refused  .*tabs-merged-absent\.txt: .*yinan-2023-14\.md: exists; pass --force/);
  });

  it('takes the web address and the jurisdiction from the command line when the file lacks them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const source = join(dir, 'dept.txt');
    // A department's list that names no place at all, neither in its issuer nor in its text.
    writeFileSync(source, readFileSync(join(ROOT, 'tests', 'fixtures', 'layouts', 'bar-lines-department.txt'), 'utf8').replaceAll('宁阳县', '县').replaceAll('宁政办字', '县政办字'));
    const refused = runImport(source, '--json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cannot tell whose notice this is from the issuer "县教育和体育局"; .* or pass --jurisdiction/);
    const r = runImport(source, '--json', '--jurisdiction', '370921', '--url', 'https://www.ningyang.gov.cn/art/2023/3/20/art_1.html');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { notice: { id: string; jurisdiction: { code: string; level: string }; department: { name: string; id: string | null } } };
    expect(out.notice.id).toBe('ningyang-education-2023-9');
    expect(out.notice.jurisdiction).toMatchObject({ code: '370921', level: 'county' });
    expect(out.notice.department).toEqual({ name: '县教育和体育局', id: 'education' });
    const written = runImport(source, '--out', join(dir, 'x.md'), '--jurisdiction', '宁阳县', '--url', 'https://www.ningyang.gov.cn/art/2023/3/20/art_1.html');
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toMatch(/portal:\n  url: https:\/\/www\.ningyang\.gov\.cn\/art\/2023\/3\/20\/art_1\.html\n  indexNumber: null/);
  });

  it('refuses --url that is no web address, and --out with several files, in one line', () => {
    expect(runImport(SOURCE, '--url', 'www.example').stderr).toBe('import: --url "www.example": expected an http(s) web address\n');
    expect(runImport(SOURCE, SOURCE.replace('yanzhou-2021-20', 'lijin-2016-27'), '--out', 'x.md').stderr).toMatch(/^import: --out names the content file of a single source/);
  });
});

