/**
 * The search index as built: one Pagefind bundle per province where the search page says
 * (its config lists them), each indexing exactly its province's tasks, the notices in a bundle
 * of their own, with Pagefind's module once at /pagefind/pagefind.js and no ready-made UI.
 * Checked on dist/ (one bundle per province) and on the hostile site (SEARCH_SHARD_RECORDS=60:
 * provinces cut into parts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicNoticeSchema } from '../../src/schemas/open-data.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/site/headers.ts';
import { NOTICE_BUNDLE, SEARCH_LANGUAGE } from '../../src/lib/search/contract.ts';
import { DUE_KEY, SORT_KEY } from '../../src/lib/search/deadline.ts';
import { countyValue, ROOT } from '../helpers.ts';
import { HOSTILE_DIST } from './global-setup.ts';

const SITES = [
  { label: 'dist/', root: join(ROOT, 'dist'), parts: false },
  { label: 'the hostile site, provinces in parts', root: HOSTILE_DIST, parts: true },
];

describe.each(SITES)('search index of $label', ({ root, parts }) => {
  const html = readFileSync(join(root, 'search', 'index.html'), 'utf8');
  const config = JSON.parse(/<script type="application\/json" id="search-config">([^<]*)<\/script>/.exec(html)![1]!) as { filterKeys: string[]; shards: { province: string; paths: string[] }[]; lists: Record<string, [string, number, string][]> };
  const notices = z.array(publicNoticeSchema).parse(JSON.parse(readFileSync(join(root, 'data', 'notices.json'), 'utf8')));
  const entry = (path: string) => JSON.parse(readFileSync(join(root, path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

  it('has every bundle the search page names, and the notices’ bundle, and no other', () => {
    const named = [...config.shards.flatMap((s) => s.paths), NOTICE_BUNDLE].map((p) => p.replace(/^\/pagefind\/|\/$/g, '')).sort();
    const onDisk = readdirSync(join(root, 'pagefind'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(onDisk).toEqual(named);
    const byCode = [...notices].sort((a, b) => a.jurisdiction.code.localeCompare(b.jurisdiction.code));
    expect(config.shards.map((s) => s.province)).toEqual([...new Set(byCode.map((n) => n.jurisdiction.province))]);
    if (parts) expect(config.shards.some((s) => s.paths.length > 1)).toBe(true);
    else expect(config.shards.every((s) => s.paths.length === 1)).toBe(true);
  });

  it('indexes each province’s tasks in its own bundles, and every notice in the notices’ bundle, in the language the page searches', () => {
    for (const shard of config.shards) {
      const inProvince = notices.filter((n) => n.jurisdiction.province === shard.province);
      const expected = inProvince.reduce((sum, n) => sum + n.taskCount, 0);
      const pages = shard.paths.reduce((sum, p) => {
        const languages = entry(p).languages;
        expect(Object.keys(languages)).toEqual([SEARCH_LANGUAGE]);
        return sum + languages[SEARCH_LANGUAGE]!.page_count;
      }, 0);
      expect(pages, shard.province).toBe(expected);
    }
    expect(entry(NOTICE_BUNDLE).languages[SEARCH_LANGUAGE]!.page_count).toBe(notices.length);
  });

  it('ships Pagefind’s module once and each bundle its worker and WebAssembly, without the ready-made UIs', () => {
    expect(existsSync(join(root, 'pagefind', 'pagefind.js'))).toBe(true);
    for (const path of [...config.shards.flatMap((s) => s.paths), NOTICE_BUNDLE]) {
      const files = readdirSync(join(root, path));
      expect(files).toContain('pagefind-worker.js');
      expect(files.some((f) => f.startsWith('wasm.'))).toBe(true);
      expect(files.filter((f) => /^pagefind(-ui|-modular-ui|-component-ui|-highlight)?\.(js|css)$/.test(f))).toEqual([]);
    }
  });

  it('serves exactly Pagefind’s gzip files as gzip (the _headers rules), each of which inflates to Pagefind’s signature', () => {
    const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
    const files = readdirSync(join(root, 'pagefind'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    let gzipped = 0;
    for (const file of files) {
      const path = join(file.parentPath, file.name);
      const url = `/${relative(root, path).split(sep).join('/')}`;
      const bytes = readFileSync(path);
      const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
      expect(headersFor(url, rules)['Content-Encoding'], url).toBe(isGzip ? 'gzip' : undefined);
      if (!isGzip) continue;
      gzipped++;
      // Only the first 200 are inflated: the hostile site has thousands.
      if (gzipped <= 200) expect(gunzipSync(bytes).subarray(0, 12).toString('latin1'), url).toBe('pagefind_dcd');
    }
    expect(gzipped).toBeGreaterThan(config.shards.length * 4);
  });

  it('lists every county with its count and province in the config, not as HTML, so that ticking one opens only its bundles', () => {
    expect(html).not.toMatch(/<input[^>]*name="县区"/);
    expect(html).toContain('<ul data-built-from="lists"></ul>');
    const counties = config.lists['县区']!;
    const byCode = [...new Map(notices.map((n) => [n.jurisdiction.code, n.jurisdiction])).values()].sort((a, b) => a.code.localeCompare(b.code));
    // One value per county, in code order: its name, with its prefecture where the registry has the name more than once.
    expect(counties.map(([value]) => value)).toEqual(byCode.map(countyValue));
    for (const [value, count, province] of counties) {
      const mine = notices.filter((n) => countyValue(n.jurisdiction) === value);
      expect(new Set(mine.map((n) => n.jurisdiction.code)).size, value).toBe(1);
      expect(province, value).toBe(mine[0]!.jurisdiction.province);
      // Its tasks (its notices are counted apart).
      expect(count, value).toBe(mine.reduce((sum, n) => sum + n.taskCount, 0));
    }
    if (parts) expect(counties.filter(([value]) => value.startsWith('铁西区')).map(([value, , province]) => [value, province])).toEqual([['铁西区（沈阳市）', '辽宁省'], ['铁西区（四平市）', '吉林省']]);
  });

  it('runs the search page from one external module Astro bundled, no script inline but the JSON config', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)].map(([, attributes, body]) => ({ attributes: attributes!, body: body! }));
    const modules = scripts.filter((s) => /type="module"/.test(s.attributes));
    expect(modules).toHaveLength(1);
    const src = /src="(\/_astro\/[^"]+\.js)"/.exec(modules[0]!.attributes)?.[1];
    expect(src).toBeDefined();
    expect(existsSync(join(root, src!))).toBe(true);
    for (const s of scripts) if (s.body.trim() !== '') expect(s.attributes, s.body.slice(0, 80)).toContain('type="application/json"');
  });

  it('links to the search, from every page, only by filter values the search page lists', () => {
    // The filter keys, and the deadline filter and order of the URL contract (src/lib/search/deadline.ts).
    const keys = new Set([...config.filterKeys, DUE_KEY, SORT_KEY]);
    const listed = new Set(config.lists['县区']!.map(([value]) => value));
    let checked = 0;
    for (const file of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || !file.name.endsWith('.html') || file.parentPath.includes(`${sep}pagefind`)) continue;
      const page = readFileSync(join(file.parentPath, file.name), 'utf8');
      for (const [, href] of page.matchAll(/href="(\/search\/\?[^"]*)"/g)) {
        const params = new URLSearchParams(href!.replace(/&amp;/g, '&').slice('/search/?'.length));
        // 到期 and 排序 are the search's deadline parameters (the contract in links.ts), not filters of the index.
        for (const key of params.keys()) expect(key === 'q' || key === '到期' || key === '排序' || keys.has(key), `${file.name}: ${href}`).toBe(true);
        for (const due of params.getAll('到期')) expect(due, `${file.name}: ${href}`).toMatch(/^(?:\d{4}-(?:0[1-9]|1[0-2])|\d{4}-Q[1-4]|\.\.\d{4}-\d{2}-\d{2}|逾期)$/);
        for (const sort of params.getAll('排序')) expect(sort, `${file.name}: ${href}`).toBe('到期');
        for (const county of params.getAll('县区')) {
          expect(listed.has(county), `${relative(root, join(file.parentPath, file.name))}: 县区=${county}`).toBe(true);
          checked++;
        }
      }
    }
    // The comparison charts link each county's dated tasks to the search.
    expect(checked).toBeGreaterThan(0);
  });

});
