/**
 * The build date: the day the site's "overdue" is counted from (a task is overdue when its
 * due date is before it), and the stamp of its calendars. An input of the build, never the
 * clock, so that the same content and settings build the same site on any day:
 *
 * 1. BUILD_DATE (YYYY-MM-DD), when set: `npm run build` sets it to the day of the build unless it is pinned;
 * 2. else SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention), read
 *    as a day in China Standard Time (UTC+8, no daylight saving), where the notices' dates are;
 * 3. else the newest date the content prints (a notice's 成文日期, 印发日期 or portal 发布日期).
 */
import { isRealIsoDate } from '../schemas/common.ts';
import type { NoticeEntry } from '../schemas/notice.ts';

/** The build date and which input gave it. */
export interface BuildDate {
  /** YYYY-MM-DD. */
  date: string;
  source: 'BUILD_DATE' | 'SOURCE_DATE_EPOCH' | 'content';
}

/** China Standard Time's offset from UTC, in milliseconds. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The dates a notice prints that the default build date is taken from. */
export type DatedNotice = Pick<NoticeEntry, 'issuedOn' | 'printedOn' | 'year'> & { portal?: { publishedOn: string | null } | undefined };

/** The newest date any notice prints; the first day of the newest plan year when none prints a date; null without notices. */
export function newestContentDate(notices: readonly DatedNotice[]): string | null {
  let newest: string | null = null;
  for (const n of notices) {
    for (const d of [n.issuedOn, n.printedOn, n.portal?.publishedOn ?? null]) if (d !== null && (newest === null || d > newest)) newest = d;
  }
  if (newest !== null || notices.length === 0) return newest;
  return `${Math.max(...notices.map((n) => n.year))}-01-01`;
}

/** The build date from the environment's settings, else from the content (see the module's comment). */
export function buildDate(env: { BUILD_DATE?: string | undefined; SOURCE_DATE_EPOCH?: string | undefined }, notices: readonly DatedNotice[]): BuildDate {
  if (env.BUILD_DATE !== undefined && env.BUILD_DATE !== '') {
    if (!isRealIsoDate(env.BUILD_DATE)) throw new Error(`BUILD_DATE must be a real date as YYYY-MM-DD, not "${env.BUILD_DATE}"`);
    return { date: env.BUILD_DATE, source: 'BUILD_DATE' };
  }
  if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '') {
    if (!/^\d+$/.test(env.SOURCE_DATE_EPOCH)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, not "${env.SOURCE_DATE_EPOCH}"`);
    return { date: new Date(Number(env.SOURCE_DATE_EPOCH) * 1000 + CST_OFFSET_MS).toISOString().slice(0, 10), source: 'SOURCE_DATE_EPOCH' };
  }
  const newest = newestContentDate(notices);
  if (newest === null) throw new Error('no notice to take the build date from: set BUILD_DATE');
  return { date: newest, source: 'content' };
}
