/**
 * Broken content files: the content check (the first step of npm run build) fails and
 * names the file, the line, the task and the field of every problem. Each case is the
 * real guanxian notice with one mistake written into it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers.ts';

const GOOD = readFileSync(join(ROOT, 'content', 'notices', 'guanxian-2023-15.md'), 'utf8');

/** Writes notice files into a fresh content root and runs the check on it. */
function check(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  mkdirSync(join(root, 'notices'));
  cpSync(join(ROOT, 'content', 'sources'), join(root, 'sources'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'notices', name), text);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-content.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root } });
  return { code: r.status, stderr: r.stderr };
}

/** The real notice with one replacement, which must apply. */
function broken(find: string, replace: string): string {
  expect(GOOD.includes(find), `fixture text "${find}" exists`).toBe(true);
  return GOOD.replace(find, replace);
}

const CASES: { name: string; text: () => string; file?: string; expected: RegExp }[] = [
  { name: 'a task with no text', text: () => broken('    text: 聚焦扩大有效投资，依法依规做好重大建设项目信息公开。', '    text: ""'), expected: /guanxian-2023-15\.md:73: tasks\.2\.text: a task needs its requirement text/ },
  { name: 'a duplicate task id', text: () => broken('  - id: t3\n', '  - id: t2\n'), expected: /guanxian-2023-15\.md:69: task t2, tasks\.2\.id: duplicate task id "t2"/ },
  { name: 'an unknown department id', text: () => broken('      - name: 县教育和体育局\n        role: responsible', '      - name: 县教育和体育局\n        role: responsible\n        department: educaton'), expected: /:80: task t3, tasks\.2\.units\.1\.department: unknown department id "educaton"/ },
  { name: 'an unknown topic id', text: () => broken('    seq: null\n    section: 推进绿色低碳高质量发展信息公开\n    subsection: 围绕促进经济发展量质齐升强化公开\n    text: 聚焦扩大', '    seq: null\n    topics: [economy, openess]\n    section: 推进绿色低碳高质量发展信息公开\n    subsection: 围绕促进经济发展量质齐升强化公开\n    text: 聚焦扩大'), expected: /task t3, tasks\.2\.topics\.1: unknown topic id "openess"/ },
  { name: 'a unit no rule maps', text: () => broken('      - name: 县卫生健康局\n', '      - name: 县星际交通管理局\n'), expected: /task t3, tasks\.2\.units\.2\.name: unit "县星际交通管理局" maps to no department/ },
  { name: 'an unknown jurisdiction code', text: () => broken('jurisdiction: "371525"', 'jurisdiction: "999999"'), expected: /:6: jurisdiction: unknown jurisdiction code "999999"/ },
  { name: 'a date that does not exist', text: () => broken('issuedOn: "2023-08-29"', 'issuedOn: "2023-02-30"'), expected: /:8: issuedOn: expected a real date as YYYY-MM-DD/ },
  { name: 'a year that disagrees with the document number', text: () => broken('year: 2023', 'year: 2019'), expected: /:7: year: year 2019 disagrees with the document number 冠政办发〔2023〕15号/ },
  { name: 'a task with a bad role', text: () => broken('      - name: 县教育和体育局\n        role: responsible', '      - name: 县教育和体育局\n        role: leader'), expected: /:79: tasks\.2\.units\.1\.role: Invalid option: expected one of "lead"\|"co"\|"responsible"/ },
  { name: 'an id that differs from the file name', text: () => GOOD, file: 'guanxian-2023.md', expected: /guanxian-2023\.md:2: id: "guanxian-2023-15" differs from the file name/ },
  { name: 'broken YAML', text: () => broken('    seq: null\n    section: 推进绿色低碳', '    seq: [null\n    section: 推进绿色低碳'), expected: /guanxian-2023-15\.md:\d+: \(yaml\): / },
];

describe('npm run check (and therefore npm run build) on broken content', () => {
  it('passes on the real notice', () => {
    const r = check({ 'guanxian-2023-15.md': GOOD });
    expect(r.stderr).toMatch(/1 notices, 54 tasks, no problems/);
    expect(r.code).toBe(0);
  });

  it.each(CASES)('fails on $name, naming file, line, task and field', ({ text, file, expected }) => {
    const r = check({ [file ?? 'guanxian-2023-15.md']: text() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(expected);
  });

  it('reports every broken file at once, not just the first', () => {
    const r = check({
      'guanxian-2023-15.md': broken('jurisdiction: "371525"', 'jurisdiction: "999999"'),
      'other.md': broken('id: guanxian-2023-15', 'id: other').replace('issuedOn: "2023-08-29"', 'issuedOn: "2023-13-01"'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/check: 2 content problem\(s\)/);
    expect(r.stderr).toMatch(/guanxian-2023-15\.md:6: jurisdiction/);
    expect(r.stderr).toMatch(/other\.md:8: issuedOn/);
  });

  it('fails on two notices with the same id', () => {
    const r = check({ 'guanxian-2023-15.md': GOOD, 'copy.md': GOOD });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/duplicate notice id "guanxian-2023-15"/);
  });
});
