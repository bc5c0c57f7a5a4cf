import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countyLinks } from '../../../src/lib/charts/links.ts';
import { CALENDAR_PRODID, formatCalendar } from '../../../src/lib/feeds/calendar.ts';
import { calendarFiles, countyCalendarPath, SITE_CALENDAR_PATH, unitCalendarPath, unitCalendars } from '../../../src/lib/feeds/files.ts';
import { loadRealCorpus, ROOT } from '../../helpers.ts';
import { parseCalendar } from '../../feed-checks.ts';

const corpus = loadRealCorpus();
const site = 'https://example.org/';
const ctx = { corpus, links: countyLinks(corpus), site, buildDate: '2023-08-29' };
const files = new Map(calendarFiles(ctx).map((f) => [f.path, f]));

describe('formatCalendar', () => {
  const awkward = '推进政务公开, 标准化; 规范化\\建设\n第二行';
  const text = formatCalendar({
    name: '名称, 带; 标点',
    description: '说明',
    url: 'https://example.org/counties/x/',
    stamp: '2023-08-29',
    events: [{ uid: 'x-t1@example.org', date: '2023-09-30', summary: awkward, description: `${'很长的说明'.repeat(40)}\n${awkward}`, url: 'https://example.org/notices/x/#t1' }],
  });

  it('writes an all-day event on its date with an exclusive end, stamped with the build date', () => {
    const [event] = parseCalendar(text, 'calendar').events;
    expect(event).toMatchObject({ uid: 'x-t1@example.org', start: '2023-09-30', end: '2023-10-01', allDay: true, url: 'https://example.org/notices/x/#t1' });
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20230930\r\n');
    expect(text).toContain('\r\nDTSTAMP:20230829T000000Z\r\n');
    expect(text).toContain(`\r\nPRODID:-//${CALENDAR_PRODID.company}//${CALENDAR_PRODID.product}//${CALENDAR_PRODID.language}\r\n`);
  });

  it('escapes backslash, comma, semicolon and line breaks, so that a parser reads the text back as written', () => {
    const parsed = parseCalendar(text, 'calendar');
    expect(parsed.events[0]!.summary).toBe(awkward);
    expect(parsed.events[0]!.description.endsWith(awkward)).toBe(true);
    // NAME is TEXT (RFC 7986) and so escaped too; ical.js does not know NAME's type and returns it as written.
    expect(text).toContain('\r\nNAME:名称\\, 带\\; 标点\r\n');
    expect(parsed.name).toBe('名称\\, 带\\; 标点');
    expect(text).toContain('SUMMARY:推进政务公开\\, 标准化\\; 规范化\\\\建设\\n第二行');
  });

  it('folds long lines at 75 octets without splitting a character (parseCalendar checks every line)', () => {
    expect(text.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
  });

  it('writes the same dates in any time zone: the build runs in Los Angeles as well as Shanghai', () => {
    const script = `import { formatCalendar } from './src/lib/feeds/calendar.ts';
process.stdout.write(formatCalendar({ name: 'n', description: 'd', url: 'https://example.org/', stamp: '2023-08-29', events: [{ uid: 'u@example.org', date: '2024-01-01', summary: 's', description: 'd', url: 'https://example.org/' }] }));`;
    const run = (TZ: string) => spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ } }).stdout;
    const shanghai = run('Asia/Shanghai');
    expect(shanghai).toContain('DTSTART;VALUE=DATE:20240101\r\nDTEND;VALUE=DATE:20240102');
    expect(run('America/Los_Angeles')).toBe(shanghai);
    expect(run('Pacific/Kiritimati')).toBe(shanghai);
  });
});

describe('the site’s calendars', () => {
  it('give 商河县 one event per dated task, on its due date, with its permalink', () => {
    const shanghe = corpus.jurisdictions.find((j) => j.slug === 'shanghe')!;
    const cal = parseCalendar(files.get(countyCalendarPath('shanghe'))!.body(), 'shanghe');
    const dated = corpus.tasksByJurisdiction.get(shanghe.code)!.filter((t) => t.deadline.kind === 'by-date');
    expect(cal.events).toHaveLength(50);
    expect(cal.events.map((e) => e.uid).sort()).toEqual(dated.map((t) => `${t.id}@example.org`).sort());
    const june = cal.events.find((e) => e.start === '2023-06-30')!;
    const task = dated.find((t) => t.deadline.date === '2023-06-30')!;
    expect(june.url).toBe(`https://example.org${task.url}`);
    expect(june.description).toContain(task.text);
    expect(cal.name).toBe('商河县政务公开任务到期日');
  });

  it('publish no calendar for a county without dated tasks (利津县)', () => {
    expect(files.has(countyCalendarPath('lijin'))).toBe(false);
  });

  it('give the whole site one event per due date, counting its tasks by county', () => {
    const dates = new Set(corpus.tasks.filter((t) => t.deadline.kind === 'by-date').map((t) => t.deadline.date));
    const cal = parseCalendar(files.get(SITE_CALENDAR_PATH)!.body(), 'all');
    expect(cal.events.map((e) => e.start).sort()).toEqual([...dates].sort());
    const yearEnd = cal.events.find((e) => e.start === '2023-12-31')!;
    const due = corpus.tasks.filter((t) => t.deadline.date === '2023-12-31');
    expect(yearEnd.summary).toBe(`${due.length} 项政务公开任务到期（${new Set(due.map((t) => t.jurisdiction)).size} 个县区）`);
    expect(yearEnd.description).toContain('商河县 47 项：https://example.org/counties/shanghe/#due-2023-12');
  });

  it('give a department’s tasks one calendar, or one per province or prefecture page when its lists are paged', () => {
    const direct = corpus.tasksByDepartment.get('all-departments')!.direct.filter((t) => t.deadline.kind === 'by-date');
    expect(unitCalendars(corpus, ctx.links, 'all-departments')).toEqual([{ path: unitCalendarPath('all-departments'), area: null, tasks: expect.any(Array) }]);
    const paged = countyLinks(corpus, 20);
    expect(paged.unitPaged('all-departments')).toBe(true);
    const split = unitCalendars(corpus, paged, 'all-departments');
    expect(split.map((c) => c.path)).toEqual(expect.arrayContaining([unitCalendarPath('all-departments', '37/3715')]));
    expect(split.flatMap((c) => c.tasks).map((t) => t.id).sort()).toEqual(direct.map((t) => t.id).sort());
    for (const c of split) expect(new Set(c.tasks.map((t) => t.jurisdiction.slice(0, c.area!.includes('/') ? 4 : 2))).size, c.path).toBe(1);
  });

  it('every calendar parses, and every event is an all-day event', () => {
    for (const f of files.values()) {
      const cal = parseCalendar(f.body(), f.path);
      expect(cal.events.length, f.path).toBeGreaterThan(0);
      expect(cal.events.every((e) => e.allDay), f.path).toBe(true);
    }
  });
});
