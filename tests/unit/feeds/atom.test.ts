import { describe, expect, it } from 'vitest';
import { countyLinks } from '../../../src/lib/charts/links.ts';
import { escapeXmlText, formatAtom } from '../../../src/lib/feeds/atom.ts';
import { countyFeedPath, feedFiles, noticeDate, SITE_FEED_PATH, topicFeedPath, unitFeedPath } from '../../../src/lib/feeds/files.ts';
import { DATA_LICENSE } from '../../../src/lib/license.ts';
import { loadRealCorpus } from '../../helpers.ts';
import { parseAtom } from '../../feed-checks.ts';

const corpus = loadRealCorpus();
const site = 'https://example.org/';
const ctx = { corpus, links: countyLinks(corpus), site, buildDate: '2023-08-29' };
const files = new Map(feedFiles(ctx).map((f) => [f.path, f]));

describe('formatAtom', () => {
  const hostile = '关于<script>alert(1)</script> & “]]>” 的通知';
  const xml = formatAtom({
    id: 'https://example.org/feeds/x.xml',
    title: hostile,
    subtitle: '说明',
    updated: '2023-08-29T00:00:00+08:00',
    self: 'https://example.org/feeds/x.xml',
    page: 'https://example.org/counties/x/',
    author: '政务公开任务库',
    rights: '权利',
    license: DATA_LICENSE.url,
    entries: [{ id: 'https://example.org/notices/x/', title: hostile, link: 'https://example.org/notices/x/?a=1&b=2', updated: '2023-08-29T00:00:00+08:00', summary: `${hostile}\u0001`, authors: ['某县人民政府办公室'] }],
  });

  it('is well-formed Atom in Chinese with the required elements, its text plain and read back as written', () => {
    const feed = parseAtom(xml, 'feed');
    expect(feed.lang).toBe('zh-CN');
    expect(feed.title).toBe(hostile);
    expect(feed.entries[0]).toMatchObject({ title: hostile, link: 'https://example.org/notices/x/?a=1&b=2', summary: hostile, authors: ['某县人民政府办公室'] });
    expect(xml).toContain('<title type="text">');
    expect(xml).not.toContain('<script>');
    expect(feed.links).toEqual(expect.arrayContaining([{ rel: 'self', href: 'https://example.org/feeds/x.xml', type: 'application/atom+xml' }, { rel: 'license', href: DATA_LICENSE.url, type: undefined }]));
  });

  it('escapes markup and drops the characters XML cannot hold', () => {
    expect(escapeXmlText('a<b>&"\'\u0000\u000b')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});

describe('the site’s feeds', () => {
  it('list every notice in the whole site’s feed, newest first, linking to their pages', () => {
    const feed = parseAtom(files.get(SITE_FEED_PATH)!.body(), 'all');
    expect(feed.entries.map((e) => e.link)).toEqual([...corpus.notices].sort((a, b) => noticeDate(b).localeCompare(noticeDate(a))).map((n) => `https://example.org${n.notice.url}`));
    expect(feed.entries[0]!.title).toBe(corpus.noticeById.get('guanxian-2023-15')!.notice.title);
    expect(feed.updated).toBe('2023-08-29T00:00:00+08:00');
    expect(feed.links.find((l) => l.rel === 'self')!.href).toBe('https://example.org/feeds/all.xml');
  });

  it('give each county, department with tasks and topic with tasks a feed of its notices', () => {
    for (const j of corpus.jurisdictions) {
      const feed = parseAtom(files.get(countyFeedPath(j.slug))!.body(), j.slug);
      expect(feed.entries.map((e) => e.link)).toEqual(corpus.noticesByJurisdiction.get(j.code)!.map((n) => `https://example.org${n.notice.url}`));
      expect(feed.links.find((l) => l.rel === 'alternate')!.href).toBe(`https://example.org/counties/${j.slug}/`);
    }
    const education = parseAtom(files.get(unitFeedPath('education'))!.body(), 'education');
    const naming = new Set(corpus.tasksByDepartment.get('education')!.direct.map((t) => t.notice));
    for (const e of education.entries) expect(e.summary).toMatch(naming.has(e.id.split('/').at(-2)!) ? /直接点名教育部门 \d+ 项任务/ : /作为“各部门”之一承担 \d+ 项/);
    const fiscal = parseAtom(files.get(topicFeedPath('fiscal'))!.body(), 'fiscal');
    expect(fiscal.entries).toHaveLength(new Set(corpus.tasksByTopic.get('fiscal')!.map((t) => t.notice)).size);
  });

  it('hold at most the newest maxEntries notices', () => {
    const bounded = new Map(feedFiles({ ...ctx, maxEntries: 2 }).map((f) => [f.path, f]));
    const feed = parseAtom(bounded.get(SITE_FEED_PATH)!.body(), 'all');
    expect(feed.entries.map((e) => e.id)).toEqual(parseAtom(files.get(SITE_FEED_PATH)!.body(), 'all').entries.slice(0, 2).map((e) => e.id));
  });

  it('are all well-formed, each with at least one entry', () => {
    for (const f of files.values()) expect(parseAtom(f.body(), f.path).entries.length, f.path).toBeGreaterThan(0);
  });
});
