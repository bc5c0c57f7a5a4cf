/**
 * Deadlines on the built county and department pages (dist/, the real notices): each month
 * lists exactly the tasks its search link names (the search contract read independently,
 * tests/search-contract.ts), earliest first; each count a link gives is the count of tasks
 * it names; tasks past their date as of the build date are marked as such.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRealCorpus, ROOT } from '../helpers.ts';
import { tasksOfSearch } from '../search-contract.ts';

const corpus = loadRealCorpus();
const dist = (path: string) => join(ROOT, 'dist', path);
const decode = (s: string) => s.replace(/&amp;/g, '&');
const pages = [
  ...readdirSync(dist('counties'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `counties/${d.name}/index.html`),
  ...readdirSync(dist('units'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `units/${d.name}/index.html`),
];

/** A page's deadline section: from its start to the next section heading of the page. */
const dueSection = (html: string) => /<section class="due" id="due"[\s\S]*?(?=<h2 id="(?!due)|<section aria-labelledby="(?:direct|collective|names)"|<\/main>)/.exec(html)?.[0] ?? '';
const monthsOf = (section: string) => [...section.matchAll(/<section class="due-month" id="due-(\d{4}-\d{2})"[\s\S]*?<\/section>/g)];

describe.each(pages)('%s', (page) => {
  const html = readFileSync(dist(page), 'utf8');
  const section = dueSection(html);

  it('has a section of tasks by due date, as of the build date', () => {
    expect(section, page).toContain('按到期时间');
    const stated = /截至本站构建日期 <time datetime="(\d{4}-\d{2}-\d{2})">/.exec(section);
    if (section.includes('规定了截止日期，下面')) expect(stated?.[1]).toBe('2023-08-29');
  });

  it('lists under each month exactly the tasks its search link names, earliest first, those past due marked', () => {
    const months = monthsOf(section);
    for (const [block, month] of months) {
      const listed = [...block.matchAll(/<li><time datetime="([\d-]+)">[^<]*<\/time>\s*(<span class="due-past">[^<]*<\/span>)?\s*<a href="([^"]+)">/g)].map((m) => ({ date: m[1]!, past: m[2] !== undefined, url: decode(m[3]!) }));
      const search = decode(new RegExp(`<a href="(/search/\\?[^"]*%E5%88%B0%E6%9C%9F=${month}&[^"]*)">`).exec(block)![1]!);
      const named = tasksOfSearch(search, corpus, '2023-08-29');
      expect(listed.map((l) => l.url).sort(), `${page} ${month}`).toEqual(named.map((t) => t.url).sort());
      expect(listed.map((l) => l.date)).toEqual([...listed.map((l) => l.date)].sort());
      for (const l of listed) expect(l.past, `${l.url} due ${l.date}`).toBe(l.date < '2023-08-29');
    }
  });

  it('counts in each link’s words the tasks the link names', () => {
    for (const m of section.matchAll(/<a href="(\/search\/\?[^"]+)">[^<]*?(\d+) 项<\/a>/g)) {
      expect(tasksOfSearch(decode(m[1]!), corpus, '2023-08-29'), decode(m[1]!)).toHaveLength(Number(m[2]));
    }
  });
});

describe('the deadline section of 商河县', () => {
  it('starts with its June task, past due on 2023-08-29, and offers its calendar', () => {
    const html = readFileSync(dist('counties/shanghe/index.html'), 'utf8');
    expect(monthsOf(dueSection(html)).map((m) => m[1])).toEqual(['2023-06', '2023-09', '2023-11', '2023-12']);
    expect(html).toMatch(/id="due-2023-06"[\s\S]*?<time datetime="2023-06-30">2023-06-30<\/time>\s*<span class="due-past">已过截止日期<\/span>/);
    expect(html).toContain('href="/calendars/counties/shanghe.ics"');
    expect(html.indexOf('id="due-2023-06"')).toBeLessThan(html.indexOf('id="due-2023-09"'));
  });
});
