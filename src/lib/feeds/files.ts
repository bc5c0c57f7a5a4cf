/**
 * The feeds and calendars the site publishes, from the derived corpus: what each file holds,
 * where it lives, and the page that links to it. Pure: the site's address and the build date
 * are inputs.
 *
 * - Atom feeds of notices, newest first, at most FEED_ENTRIES_MAX entries each (a feed tells
 *   of what is new; the pages list everything): the whole site (/feeds/all.xml), each
 *   county, each department (notices that name it or give tasks to all departments), each topic.
 * - Calendars of dated tasks, one all-day event per task: each county; each department's
 *   tasks that name it, per province or prefecture like its lists when those are paged
 *   (INLINE_TASKS_MAX), so that no calendar grows with the corpus. The whole site's calendar
 *   has one event per due date, naming how many tasks of which counties fall due that day:
 *   at 2,800 notices there are some 60,000 dated tasks (tens of megabytes as events), but
 *   only a few hundred distinct dates.
 * A feed or calendar is published only where it has an entry.
 */
import type { CountyLinks } from '../charts/links.ts';
import { areaPath, dueValue, searchDueHref } from '../charts/links.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { DerivedNotice, DerivedTask } from '../corpus/derive.ts';
import { byDueDate, type DatedTask } from '../due.ts';
import { DATA_LICENSE, LICENSE_NOTICE } from '../license.ts';
import { clip, countyUrl, deadlineLabel, distinctName, docNumberLabel, hasTasks, placeOf, prefectureName, taskLabel, topicUrl, unitUrl } from '../present.ts';
import { NO_UNITS } from '../wording.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import { formatAtom, type AtomEntry } from './atom.ts';
import { formatCalendar, type CalendarEvent } from './calendar.ts';

/** The most entries a feed holds: the newest notices. */
export const FEED_ENTRIES_MAX = 50;

/** The most counties the whole site's calendar names in one day's event; the rest are counted. */
const DAY_COUNTIES_MAX = 30;

/** The site's name, the author of its feeds. */
export const SITE_NAME = '政务公开任务库';

/** Where the whole site's feed and calendar are. */
export const SITE_FEED_PATH = '/feeds/all.xml';
export const SITE_CALENDAR_PATH = '/calendars/all.ics';
export const countyFeedPath = (slug: string) => `/feeds/counties/${slug}.xml`;
export const unitFeedPath = (id: string) => `/feeds/units/${id}.xml`;
export const topicFeedPath = (id: string) => `/feeds/topics/${id}.xml`;
export const countyCalendarPath = (slug: string) => `/calendars/counties/${slug}.ics`;
/** A department's calendar: its own (`area` absent) or, when its lists are paged, a province's or prefecture's ("37", "37/3715"). */
export const unitCalendarPath = (id: string, area?: string) => `/calendars/units/${id}${area ? `/${area}` : ''}.ics`;

/** One published file: its site path, its media type and its text (computed when asked for). */
export interface FeedFile {
  path: string;
  type: string;
  body: () => string;
}

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
export const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** What the files need besides the corpus. */
export interface FeedContext {
  corpus: Corpus;
  links: CountyLinks;
  /** The site's absolute address, with its trailing slash. */
  site: string;
  /** The build date, YYYY-MM-DD. */
  buildDate: string;
  /** FEED_ENTRIES_MAX unless a test lowers it. */
  maxEntries?: number;
}

/** The day a notice became public, as far as the content knows: the portal's 发布日期, else 成文日期, 印发日期, else its plan year's first day. */
export function noticeDate(n: DerivedNotice): string {
  return n.entry.portal?.publishedOn ?? n.entry.issuedOn ?? n.entry.printedOn ?? `${n.notice.year}-01-01`;
}

/** A day as an RFC 3339 date-time: its start in China Standard Time. */
const dayTime = (date: string) => `${date}T00:00:00+08:00`;

/** Notices newest first (by noticeDate, then id), at most `max`. */
function newest(notices: readonly DerivedNotice[], max: number): DerivedNotice[] {
  return [...notices].sort((a, b) => noticeDate(b).localeCompare(noticeDate(a)) || a.notice.id.localeCompare(b.notice.id)).slice(0, max);
}

function entryOf(ctx: FeedContext, n: DerivedNotice, summary: string): AtomEntry {
  const url = new URL(n.notice.url, ctx.site).href;
  const j = n.notice.jurisdiction;
  return {
    id: url,
    title: n.notice.title,
    link: url,
    updated: dayTime(noticeDate(n)),
    published: dayTime(noticeDate(n)),
    summary,
    authors: [n.notice.issuer],
    categories: [
      { term: j.code, label: `${placeOf(j)}${j.name}` },
      { term: String(n.notice.year), label: `${n.notice.year}年度` },
    ],
  };
}

/** The summary of a notice in the site's and a county's feeds. */
function noticeSummary(n: DerivedNotice): string {
  const j = n.notice.jurisdiction;
  return `${placeOf(j)}${j.name}${n.notice.year}年度政务公开任务分工，${docNumberLabel(n.notice.docNumber)}，共 ${n.notice.taskCount} 项任务。`;
}

function feedFile(ctx: FeedContext, path: string, page: string, title: string, subtitle: string, entries: AtomEntry[]): FeedFile {
  return {
    path,
    type: ATOM_TYPE,
    body: () =>
      formatAtom({
        id: new URL(path, ctx.site).href,
        title,
        subtitle,
        updated: entries[0]!.updated,
        self: new URL(path, ctx.site).href,
        page: new URL(page, ctx.site).href,
        author: SITE_NAME,
        rights: LICENSE_NOTICE,
        license: DATA_LICENSE.url,
        entries,
      }),
  };
}

/** Every Atom feed of the site. */
export function feedFiles(ctx: FeedContext): FeedFile[] {
  const { corpus } = ctx;
  const max = ctx.maxEntries ?? FEED_ENTRIES_MAX;
  const files: FeedFile[] = [];
  files.push(feedFile(ctx, SITE_FEED_PATH, '/notices/', `${SITE_NAME}：新收录的通知`, '各县（区）政府的政务公开重点工作任务分工通知，按发布日期从新到旧。', newest(corpus.notices, max).map((n) => entryOf(ctx, n, noticeSummary(n)))));
  for (const j of corpus.jurisdictions) {
    const notices = newest(corpus.noticesByJurisdiction.get(j.code) ?? [], max);
    const name = distinctName(corpus, j);
    files.push(feedFile(ctx, countyFeedPath(j.slug), countyUrl(j.slug), `${name}的政务公开任务通知`, `${placeOf(j)}${j.name}历年政务公开重点工作任务分工通知，按发布日期从新到旧。`, notices.map((n) => entryOf(ctx, n, noticeSummary(n)))));
  }
  for (const d of corpus.departments) {
    const load = corpus.tasksByDepartment.get(d.id);
    if (!hasTasks(load)) continue;
    const direct = countBy(load!.direct);
    const collective = countBy(load!.collective);
    const notices = newest(corpus.notices.filter((n) => direct.has(n.notice.id) || collective.has(n.notice.id)), max);
    const entries = notices.map((n) => {
      const parts = [direct.has(n.notice.id) ? `直接点名${d.name} ${direct.get(n.notice.id)} 项任务` : '', collective.has(n.notice.id) ? `作为“各部门”之一承担 ${collective.get(n.notice.id)} 项` : ''].filter(Boolean);
      return entryOf(ctx, n, `${noticeSummary(n)}其中${parts.join('，')}。`);
    });
    files.push(feedFile(ctx, unitFeedPath(d.id), unitUrl(d.id), `${d.name}：各县区政务公开任务通知`, `给${d.name}分派任务的政务公开任务分工通知，按发布日期从新到旧。`, entries));
  }
  for (const topic of corpus.topics) {
    const tasks = corpus.tasksByTopic.get(topic.id) ?? [];
    if (tasks.length === 0) continue;
    const counts = countBy(tasks);
    const notices = newest(corpus.notices.filter((n) => counts.has(n.notice.id)), max);
    files.push(
      feedFile(ctx, topicFeedPath(topic.id), topicUrl(topic.id), `主题“${topic.name}”：各县区政务公开任务通知`, `含“${topic.name}”主题任务的政务公开任务分工通知，按发布日期从新到旧。`, notices.map((n) => entryOf(ctx, n, `${noticeSummary(n)}其中 ${counts.get(n.notice.id)} 项任务属于“${topic.name}”主题。`))),
    );
  }
  return files;
}

/** Tasks counted per notice id. */
function countBy(tasks: readonly DerivedTask[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tasks) counts.set(t.notice, (counts.get(t.notice) ?? 0) + 1);
  return counts;
}

/** One dated task as an event: on its due date, named by its county and its text, described as its page describes it. */
function taskEvent(ctx: FeedContext, task: DatedTask, ordinals: ReadonlyMap<string, number>): CalendarEvent {
  const { corpus } = ctx;
  const notice = corpus.noticeById.get(task.notice)!.notice;
  const url = new URL(task.url, ctx.site).href;
  return {
    uid: `${task.id}@${new URL(ctx.site).hostname}`,
    date: task.deadline.date,
    summary: `${distinctName(corpus, notice.jurisdiction)}：${clip(task.text, 40)}`,
    description: [
      task.text,
      `责任单位：${task.unitsRaw ?? NO_UNITS}`,
      `完成时限：${deadlineLabel(task)}`,
      `出处：${notice.title}（${docNumberLabel(notice.docNumber)}）${taskLabel(ordinals.get(task.id) ?? 0, task.seq)}`,
      url,
    ].join('\n'),
    url,
  };
}

function calendarFile(ctx: FeedContext, path: string, page: string, name: string, description: string, events: CalendarEvent[]): FeedFile {
  return {
    path,
    type: CALENDAR_TYPE,
    body: () => formatCalendar({ name, description, url: new URL(page, ctx.site).href, stamp: ctx.buildDate, events }),
  };
}

/** Each task's 1-based position in its notice. */
function ordinalsOf(corpus: Corpus): Map<string, number> {
  return new Map(corpus.notices.flatMap((n) => n.tasks.map((t, i) => [t.id, i + 1] as const)));
}

/**
 * Where a department's calendar is and which of its tasks it holds: one calendar when its
 * lists are on one page, else one per province or prefecture page (listAreas), each linked
 * from that page.
 */
export function unitCalendars(corpus: Corpus, links: CountyLinks, departmentId: string): { path: string; area: string | null; tasks: DatedTask[] }[] {
  const direct = corpus.tasksByDepartment.get(departmentId)?.direct ?? [];
  if (!links.unitPaged(departmentId)) {
    const tasks = byDueDate(direct);
    return tasks.length > 0 ? [{ path: unitCalendarPath(departmentId), area: null, tasks }] : [];
  }
  // One pass: each task to the page that lists it ("37" or "37/3715"), as areaPath names it.
  const split = links.unitSplit(departmentId);
  const byArea = new Map<string, DerivedTask[]>();
  for (const t of direct) {
    const area = areaPath(split, { code: t.jurisdiction }).slice(0, -1);
    const list = byArea.get(area);
    if (list) list.push(t);
    else byArea.set(area, [t]);
  }
  return [...byArea.keys()]
    .sort()
    .map((area) => ({ path: unitCalendarPath(departmentId, area), area, tasks: byDueDate(byArea.get(area)!) }))
    .filter((c) => c.tasks.length > 0);
}

/** Every calendar of the site. */
export function calendarFiles(ctx: FeedContext): FeedFile[] {
  const { corpus, links } = ctx;
  const ordinals = ordinalsOf(corpus);
  const files: FeedFile[] = [siteCalendar(ctx)].filter((f): f is FeedFile => f !== null);
  for (const j of corpus.jurisdictions) {
    const tasks = byDueDate(corpus.tasksByJurisdiction.get(j.code) ?? []);
    if (tasks.length === 0) continue;
    const name = distinctName(corpus, j);
    files.push(calendarFile(ctx, countyCalendarPath(j.slug), countyUrl(j.slug), `${name}政务公开任务到期日`, `${placeOf(j)}${j.name}政务公开任务中规定了截止日期的任务，每项任务在截止日当天。`, tasks.map((t) => taskEvent(ctx, t, ordinals))));
  }
  for (const d of corpus.departments) {
    for (const c of unitCalendars(corpus, links, d.id)) {
      const place = c.area ? areaName(corpus, c.tasks[0]!.jurisdiction, c.area) : '';
      const page = c.area ? `${unitUrl(d.id)}${c.area}/` : unitUrl(d.id);
      files.push(calendarFile(ctx, c.path, page, `${d.name}${place ? `（${place}）` : ''}政务公开任务到期日`, `${place}各县区政务公开任务中直接点名${d.name}、规定了截止日期的任务，每项任务在截止日当天。`, c.tasks.map((t) => taskEvent(ctx, t, ordinals))));
    }
  }
  return files;
}

/** A province's or prefecture's name, from one of its counties: 山东省, 山东省聊城市. */
function areaName(corpus: Corpus, code: string, area: string): string {
  const j: Jurisdiction = corpus.jurisdictionByCode.get(code)!;
  return area.includes('/') ? `${j.province}${prefectureName(j)}` : j.province;
}

/** The whole site's calendar: one event per due date, with its tasks counted by county. */
function siteCalendar(ctx: FeedContext): FeedFile | null {
  const { corpus } = ctx;
  const byDate = new Map<string, Map<string, number>>();
  for (const t of byDueDate(corpus.tasks)) {
    const counties = byDate.get(t.deadline.date) ?? new Map<string, number>();
    counties.set(t.jurisdiction, (counties.get(t.jurisdiction) ?? 0) + 1);
    byDate.set(t.deadline.date, counties);
  }
  if (byDate.size === 0) return null;
  const host = new URL(ctx.site).hostname;
  const events = [...byDate].map(([date, counties]): CalendarEvent => {
    const total = [...counties.values()].reduce((a, b) => a + b, 0);
    const ranked = [...counties].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const named = ranked.slice(0, DAY_COUNTIES_MAX).map(([code, n]) => {
      const j = corpus.jurisdictionByCode.get(code)!;
      return `${distinctName(corpus, j)} ${n} 项：${new URL(`${countyUrl(j.slug)}#due-${date.slice(0, 7)}`, ctx.site).href}`;
    });
    const rest = ranked.length > DAY_COUNTIES_MAX ? [`另有 ${ranked.length - DAY_COUNTIES_MAX} 个县区。`] : [];
    const url = new URL(searchDueHref({}, dueValue.month(date.slice(0, 7))), ctx.site).href;
    return {
      uid: `due-${date}@${host}`,
      date,
      summary: `${total} 项政务公开任务到期（${counties.size} 个县区）`,
      description: [`${date} 到期的政务公开任务，按县区：`, ...named, ...rest, `当月到期的全部任务：${url}`].join('\n'),
      url,
    };
  });
  return calendarFile(ctx, SITE_CALENDAR_PATH, '/', `${SITE_NAME}：任务到期日`, '全站政务公开任务的截止日期：每个截止日一个全天事件，列出当天到期的任务数及所属县区。', events);
}
