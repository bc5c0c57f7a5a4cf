/**
 * Pages in Chinese only (issue 28, item 5): no built page shows a reader English words,
 * regular expressions or internal codes, outside the exemptions tests/build/visible-text.ts
 * defines (a source's lines as printed, machine formats of a citation, /data/'s researcher
 * section). Every page of dist/ is checked, whoever wrote it; the second site's pages too
 * (paged lists, split comparisons, the provenance fixture), but for the hostile fixture's own
 * text, which is English on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { HOSTILE_DIST } from './global-setup.ts';
import { foreignText, visibleText } from './visible-text.ts';

function pagesOf(root: string): { file: string; html: string }[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html') && !relative(root, f.parentPath).startsWith('pagefind'))
    .map((f) => ({ file: relative(root, join(f.parentPath, f.name)), html: readFileSync(join(f.parentPath, f.name), 'utf8') }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

const dist = pagesOf(join(ROOT, 'dist'));
const second = pagesOf(HOSTILE_DIST);
// The second site's hostile notice is written in English on purpose (script tags, event
// handlers): the words of its own files are let through there, and nothing else.
// Citations shorten a task's text with its spaces removed (imgsrc=xonerror=…), hence both forms.
const hostileTexts = ['notices', 'sources']
  .flatMap((dir) => readdirSync(join(ROOT, 'tests/fixtures/hostile', dir)).map((f) => readFileSync(join(ROOT, 'tests/fixtures/hostile', dir, f), 'utf8')))
  .flatMap((text) => [text, ...text.split('\n').map((line) => line.replace(/\s+/g, ''))]);
const hostileWords = new Set(foreignText(hostileTexts).words);
const hostileRegex = new Set(foreignText(hostileTexts).regex);

describe('pages a reader meets are in Chinese', () => {
  it('checks every page of the site, and the second site’s layouts', () => {
    expect(dist.length).toBeGreaterThan(50);
    expect(second.length).toBeGreaterThan(20);
  });

  it.each(dist.map((p) => [p.file, p.html] as const))('dist/%s shows no English word, regular expression or code', (_, html) => {
    expect(foreignText(visibleText(html))).toEqual({ words: [], regex: [] });
  });

  it.each(second.map((p) => [p.file, p.html] as const))('second site %s shows no English word, regular expression or code but the hostile notice’s own', (_, html) => {
    const found = foreignText(visibleText(html));
    expect({ words: found.words.filter((w) => !hostileWords.has(w)), regex: found.regex.filter((r) => !hostileRegex.has(r)) }).toEqual({ words: [], regex: [] });
  });

  it('exempts text only where it may: a source’s lines on /sources/, citations’ machine formats on notice pages, the researcher section on /data/', () => {
    const where: Record<string, RegExp> = { verbatim: /^sources\//, machine: /^notices\//, researchers: /^data\/index\.html$/ };
    for (const { file, html } of dist) {
      for (const m of html.matchAll(/data-lang-exempt="([^"]*)"/g)) expect(file, `data-lang-exempt="${m[1]}" on ${file}`).toMatch(where[m[1]!] ?? /^$/);
    }
  });
});
