/**
 * Atom feeds (RFC 4287), written as text. Every text construct is plain text (type="text",
 * escaped), never HTML: the notices' titles are text, and a title that looks like markup
 * must read as it is printed. The feed is in Chinese (xml:lang="zh-CN").
 *
 * Written here rather than with a feed library: the one in wide use marks every entry's
 * title and summary as HTML inside CDATA and cannot set xml:lang, and Atom's required
 * elements are few (RFC 4287 §4.1.1, §4.1.2).
 */

/** One entry: a notice. Dates are RFC 3339 date-times. */
export interface AtomEntry {
  /** A permanent IRI that identifies the entry (its page's absolute address). */
  id: string;
  title: string;
  /** The page the entry is about (rel="alternate"). */
  link: string;
  /** When the entry last changed in a way a reader should know of. */
  updated: string;
  /** When it was first published, if known. */
  published?: string;
  summary: string;
  /** Its authors' names (the issuing office). */
  authors: string[];
  /** Categories: a term (an identifier) and its label in words. */
  categories?: { term: string; label: string }[];
}

/** One feed. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The newest of its entries' `updated`; the caller passes it, so that a feed does not depend on the clock. */
  updated: string;
  /** The feed's own absolute address (rel="self"). */
  self: string;
  /** The page it follows (rel="alternate"). */
  page: string;
  /** The feed's author, where entries have none of their own. */
  author: string;
  rights: string;
  /** The licence's address (rel="license", RFC 4946). */
  license: string;
  entries: AtomEntry[];
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function escapeXmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const t = escapeXmlText;

/** The feed as an XML document (UTF-8, LF line ends). */
export function formatAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${t(feed.id)}</id>`,
    `  <title type="text">${t(feed.title)}</title>`,
    `  <subtitle type="text">${t(feed.subtitle)}</subtitle>`,
    `  <updated>${t(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${t(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${t(feed.page)}"/>`,
    `  <link rel="license" href="${t(feed.license)}"/>`,
    `  <author><name>${t(feed.author)}</name></author>`,
    `  <rights type="text">${t(feed.rights)}</rights>`,
    ...feed.entries.flatMap((e) => [
      '  <entry>',
      `    <id>${t(e.id)}</id>`,
      `    <title type="text">${t(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${t(e.link)}"/>`,
      `    <updated>${t(e.updated)}</updated>`,
      ...(e.published ? [`    <published>${t(e.published)}</published>`] : []),
      ...e.authors.map((name) => `    <author><name>${t(name)}</name></author>`),
      ...(e.categories ?? []).map((c) => `    <category term="${t(c.term)}" label="${t(c.label)}"/>`),
      `    <summary type="text">${t(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
