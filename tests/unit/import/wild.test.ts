/**
 * The layouts and issuers of real downloads (issue 26), each as a fixture written from its
 * description (tests/fixtures/layouts/README.md) with its expected tasks beside it
 * (<name>.expected.json): the complete rows with their requirement, units and deadline,
 * cut rows flagged, non-tasks not imported; the issuer at every level of government; and
 * junk refused with an error that names the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveNotice } from '../../../src/lib/corpus/derive.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { noticeEntrySchema } from '../../../src/schemas/notice.ts';
import { importFile, registries, ROOT } from '../../helpers.ts';

const DIR = 'tests/fixtures/layouts';

interface ExpectedTask {
  seq?: number | null;
  section?: string | null;
  subsection?: string | null;
  text: string;
  units: string[];
  roles?: string[];
  /** Whether each unit is one of the issuer's own offices (marked internal, counted for the issuing department). */
  internal?: boolean[];
  deadline: string | null;
}
interface Expected {
  notice: Record<string, unknown> & { level: string };
  tasks: ExpectedTask[];
  /** Warnings that must be raised: the line and a pattern of the message. */
  warnings?: { line: number; match: string }[];
}

const cases = readdirSync(join(ROOT, DIR))
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expected\.json$/, '');
    const source = readdirSync(join(ROOT, DIR)).find((s) => s.startsWith(`${name}.`) && !s.endsWith('.expected.json'))!;
    return { name, source: `${DIR}/${source}`, expected: JSON.parse(readFileSync(join(ROOT, DIR, f), 'utf8')) as Expected };
  });

describe.each(cases)('$name', ({ source, expected }) => {
  const result = importFile(source);
  const { derived, problems } = deriveNotice(result.entry, source, registries);

  it('imports into a valid content entry that derives without a problem', () => {
    expect(noticeEntrySchema.safeParse(result.entry).success).toBe(true);
    expect(problems).toEqual([]);
  });

  it('counts an own list\'s offices for the issuing department, a township, or the collective of internal offices', () => {
    const owner = result.entry.department?.id ?? (result.entry.township ? 'township' : 'internal-office');
    for (const t of derived!.tasks) for (const u of t.units) if (u.internal) expect(u.department).toBe(owner);
    if (!result.entry.department && !result.entry.township) expect(derived!.tasks.flatMap((t) => t.units).some((u) => u.internal)).toBe(false);
  });

  it('names the notice, its issuer and its place at its level of government', () => {
    const { level, ...fields } = expected.notice;
    expect(result.entry).toMatchObject(fields);
    expect(derived!.notice.jurisdiction.level).toBe(level);
    if (!('township' in fields)) expect(result.entry.township).toBeUndefined();
    if (!('department' in fields)) expect(result.entry.department).toBeUndefined();
    if (!('portal' in fields)) expect(result.entry.portal).toBeUndefined();
  });

  it(`reads exactly the ${expected.tasks.length} complete tasks, with their text, units and deadline`, () => {
    const got = result.entry.tasks.map((t, i) => {
      const want = expected.tasks[i];
      const out: Record<string, unknown> = { text: t.text, units: t.units.map((u) => u.name), deadline: t.deadlineRaw };
      if (want && 'seq' in want) out.seq = t.seq;
      if (want && 'section' in want) out.section = t.section;
      if (want && 'subsection' in want) out.subsection = t.subsection;
      if (want?.roles) out.roles = t.units.map((u) => u.role);
      if (want?.internal) out.internal = derived!.tasks[i]!.units.map((u) => u.internal === true);
      return out;
    });
    expect(got).toEqual(expected.tasks);
  });

  it('raises the warnings a reviewer must read', () => {
    for (const w of expected.warnings ?? []) {
      expect(result.warnings, `a warning at line ${w.line} matching /${w.match}/`).toContainEqual({ line: w.line, message: expect.stringMatching(new RegExp(w.match)) });
    }
  });
});

describe('junk', () => {
  const refused = (file: string): ImportError => {
    try {
      importFile(`${DIR}/${file}`);
    } catch (error) {
      if (error instanceof ImportError) return error;
      throw error;
    }
    throw new Error(`${file} was imported`);
  };

  it.each([
    ['junk-portal-page.html', 'no-table', /no task table found: the table the html-table reader sees here is one whose rows read as no task/],
    ['junk-annual-report.txt', 'no-table', /no task table found: the table the pipe-rows reader sees here is one whose rows read as no task/],
    ['junk-goals-only.txt', 'no-table', /no task table found; expected rows with columns/],
    ['junk-english.txt', 'no-table', /no task table found/],
  ])('%s is refused (%s) with an error naming the file', (file, code, message) => {
    const e = refused(file);
    expect(e.code).toBe(code);
    expect(e.message.startsWith(`${DIR}/${file}`)).toBe(true);
    expect(e.message).toMatch(message);
  });
});
