/**
 * What the tests check of every feed and calendar, with real parsers: an Atom feed is
 * well-formed XML (fast-xml-parser's validator) and has RFC 4287's required elements; a
 * calendar parses with ical.js and keeps RFC 5545's line rules (CRLF, lines of at most 75
 * octets, folded lines starting with a space). Shared by the unit and the build tests.
 */
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** The elements of a parsed feed the tests look at. */
export interface ParsedFeed {
  id: string;
  title: string;
  updated: string;
  lang: string;
  links: { rel: string; href: string; type?: string }[];
  entries: { id: string; title: string; updated: string; link: string; summary: string; authors: string[] }[];
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses an Atom feed after checking it is well-formed and holds what RFC 4287 requires (§4.1.1, §4.1.2). */
export function parseAtom(xml: string, label: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  expect(valid, `${label} is well-formed XML`).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', parseTagValue: false, isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name) }).parse(xml) as Record<string, any>;
  const feed = doc.feed;
  expect(feed, `${label} has a <feed> root`).toBeDefined();
  expect(feed['@xmlns'], label).toBe('http://www.w3.org/2005/Atom');
  const text = (v: unknown) => (typeof v === 'object' && v !== null ? String((v as Record<string, unknown>)['#text'] ?? '') : String(v ?? ''));
  for (const field of ['id', 'title', 'updated']) expect(text(feed[field]), `${label} <${field}>`).not.toBe('');
  expect(text(feed.updated), `${label} <updated>`).toMatch(DATE_TIME);
  const entries = (feed.entry ?? []) as Record<string, any>[];
  // A feed without its own <author> needs one in every entry (§4.1.1).
  expect(feed.author !== undefined || entries.every((e) => e.author !== undefined), `${label} names an author`).toBe(true);
  const links = (feed.link ?? []).map((l: Record<string, string>) => ({ rel: l['@rel'] ?? 'alternate', href: l['@href']!, type: l['@type'] }));
  const parsed: ParsedFeed = {
    id: text(feed.id),
    title: text(feed.title),
    updated: text(feed.updated),
    lang: feed['@xml:lang'],
    links,
    entries: entries.map((e, i) => {
      for (const field of ['id', 'title', 'updated']) expect(text(e[field]), `${label} entry ${i} <${field}>`).not.toBe('');
      expect(text(e.updated), `${label} entry ${i} <updated>`).toMatch(DATE_TIME);
      const alternate = (e.link ?? []).find((l: Record<string, string>) => (l['@rel'] ?? 'alternate') === 'alternate');
      expect(alternate, `${label} entry ${i} links to its page`).toBeDefined();
      return { id: text(e.id), title: text(e.title), updated: text(e.updated), link: alternate['@href'], summary: text(e.summary), authors: (e.author ?? []).map((a: Record<string, unknown>) => text(a.name)) };
    }),
  };
  expect(new Set(parsed.entries.map((e) => e.id)).size, `${label}: entry ids are unique`).toBe(parsed.entries.length);
  return parsed;
}

/** The events of a calendar the tests look at. */
export interface ParsedEvent {
  uid: string;
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  url: string;
}

/** Checks a calendar's lines against RFC 5545 §3.1 and parses it with ical.js. */
export function parseCalendar(text: string, label: string): { name: string; prodId: string; version: string; events: ParsedEvent[] } {
  expect(text.endsWith('\r\n'), `${label} ends with CRLF`).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const [i, line] of lines.entries()) {
    expect(line.includes('\n') || line.includes('\r'), `${label} line ${i + 1} has a bare LF or CR`).toBe(false);
    expect(Buffer.byteLength(line), `${label} line ${i + 1} is at most 75 octets`).toBeLessThanOrEqual(75);
  }
  // A folded line never splits a character: each physical line is whole UTF-8.
  for (const line of lines) expect(Buffer.from(line).toString('utf8'), label).toBe(line);
  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.name, label).toBe('vcalendar');
  const version = String(root.getFirstPropertyValue('version'));
  const prodId = String(root.getFirstPropertyValue('prodid'));
  expect(version, label).toBe('2.0');
  expect(prodId, label).not.toBe('');
  const events = root.getAllSubcomponents('vevent').map((c): ParsedEvent => {
    const event = new ICAL.Event(c);
    for (const prop of ['uid', 'dtstamp', 'dtstart']) expect(c.hasProperty(prop), `${label}: every event has ${prop.toUpperCase()}`).toBe(true);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
      url: String(c.getFirstPropertyValue('url')),
    };
  });
  expect(new Set(events.map((e) => e.uid)).size, `${label}: UIDs are unique`).toBe(events.length);
  return { name: String(root.getFirstPropertyValue('name') ?? ''), prodId, version, events };
}
