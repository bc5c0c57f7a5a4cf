/**
 * iCalendar files (RFC 5545) of deadlines, one all-day event per due date, written with
 * ical-generator (CRLF line ends, lines folded at 75 octets without splitting a character,
 * TEXT values escaped: backslash, comma, semicolon, line breaks). Pure: the stamp of every
 * event is the build date, so that a calendar does not change with the clock.
 */
import ical, { escape, ICalCalendarMethod } from 'ical-generator';

/** One all-day event. */
export interface CalendarEvent {
  /** Globally unique and stable across builds: `<task id>@<host>`. */
  uid: string;
  /** The day it falls on, YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  /** The page it is about, absolute. */
  url: string;
}

/** One calendar. */
export interface Calendar {
  /** Its name as calendar applications show it. */
  name: string;
  description: string;
  /** The page it follows, absolute. */
  url: string;
  /** The build date, YYYY-MM-DD: every event's DTSTAMP (midnight UTC of that day). */
  stamp: string;
  events: CalendarEvent[];
}

/** The product identifier of the calendars (PRODID). */
export const CALENDAR_PRODID = { company: 'zhengwu-gongkai-renwuku', product: 'deadlines', language: 'ZH' } as const;

/** A day as the midnight UTC that starts it: ical-generator writes an all-day date from the UTC fields, whatever the machine's time zone. */
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The day after, YYYY-MM-DD: an all-day event's DTEND, which RFC 5545 makes exclusive. */
function dayAfter(date: string): Date {
  const d = day(date);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** The calendar as text, CRLF line ends, ending with one. */
export function formatCalendar(calendar: Calendar): string {
  const cal = ical({
    // ical-generator escapes the events' TEXT values but writes the calendar's NAME and
    // X-WR-CALDESC as given (11.1.2): escaped here.
    name: escape(calendar.name, false),
    description: escape(calendar.description, false),
    prodId: CALENDAR_PRODID,
    method: ICalCalendarMethod.PUBLISH,
    url: calendar.url,
    // A subscribed calendar is fetched again daily (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 24 * 60 * 60,
  });
  for (const e of calendar.events) {
    cal.createEvent({
      id: e.uid,
      stamp: day(calendar.stamp),
      start: day(e.date),
      end: dayAfter(e.date),
      allDay: true,
      summary: e.summary,
      description: e.description,
      url: e.url,
    });
  }
  const text = cal.toString();
  // RFC 5545 ends every content line with CRLF, the last one too.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
