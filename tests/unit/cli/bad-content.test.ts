/**
 * The bad-content corpus (tests/fixtures/bad-content/): each broken notice file, checked
 * alone by the real `npm run check` in a fresh content root, must fail with exactly the
 * error recorded in expected.json, naming the file, the line, the task and the field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bad-content');
const expected: Record<string, { files: string[]; stderr: string }> = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

/** Runs the check on a fresh content root holding the fixture sources and the given notice files. */
function check(notices: Record<string, Uint8Array | string>) {
  const root = mkdtempSync(join(tmpdir(), 'bad-content-'));
  mkdirSync(join(root, 'notices'));
  cpSync(join(FIXTURES, 'sources'), join(root, 'sources'), { recursive: true });
  for (const [name, bytes] of Object.entries(notices)) writeFileSync(join(root, 'notices', name), bytes);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-content.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root } });
  return { code: r.status, stderr: r.stderr };
}

const cases = readdirSync(FIXTURES).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();

describe('the bad-content corpus', () => {
  it('has at least twenty cases, each with its expected error', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(expected).sort()).toEqual(cases);
  });

  it('starts from a valid notice: the same file without its mistake passes', () => {
    const valid = readFileSync(join(FIXTURES, 'id-differs-from-file-name.md'));
    const r = check({ 'guanxian-2023-15.md': valid });
    expect(r.stderr).toBe('check: 1 notices, 2 tasks, no problems\n');
    expect(r.code).toBe(0);
  });

  it.each(cases)('%s fails with exactly its recorded error', (name) => {
    const bytes = readFileSync(join(FIXTURES, name));
    const r = check(Object.fromEntries(expected[name]!.files.map((f) => [f, bytes])));
    expect(r.stderr).toBe(expected[name]!.stderr);
    expect(r.code).toBe(1);
  });

  it('a 10 MB file fails on its size before anything is parsed', () => {
    const valid = readFileSync(join(FIXTURES, 'id-differs-from-file-name.md'), 'utf8');
    const huge = valid.replace('持续规范政府信息公开专栏建设。', '公开'.repeat(10 * 1024 * 1024 / 6));
    const r = check({ 'guanxian-2023-15.md': huge });
    expect(r.stderr).toBe("check: 1 content problem(s)\nnotices/guanxian-2023-15.md:1: (file): 10.0 MB; a notice's content file is expected to be under 2 MB\n");
    expect(r.code).toBe(1);
  });
});
