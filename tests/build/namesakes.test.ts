/**
 * Counties that share a name, on the hostile test site (tests/fixtures/namesakes: 铁西区 of
 * 沈阳市 and of 四平市, 朝阳区 of 长春市 without 北京市's): wherever pages set counties side by
 * side without their prefecture (link lists, table rows, chart rows), a shared name carries
 * its prefecture, so two rows or links never read alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_DIST } from './global-setup.ts';

const pages = readdirSync(HOSTILE_DIST, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.html') && !relative(HOSTILE_DIST, f.parentPath).startsWith('pagefind'))
  .map((f) => {
    const path = join(f.parentPath, f.name);
    return { file: relative(HOSTILE_DIST, path), html: readFileSync(path, 'utf8') };
  });

/**
 * How a page names the counties called `name` where it sets them side by side: the text of
 * every link to a county's page or section that is the name alone or with a note, with the
 * muted note that may follow it (the county lists), and of every table row header. A
 * breadcrumb (one county, on its own notice's page) and titles that start with the name
 * (a notice's title, a task's 出处 under its county's heading) are not such lists.
 */
function labelsOf(html: string, name: string): string[] {
  const body = html.replace(/<p class="breadcrumb">[^]*?<\/p>/g, '');
  const named = (text: string) => text === name || text.startsWith(`${name}（`);
  const withNote = (text: string, note: string | undefined) => (note ? `${text}${note.replace(/<[^>]*>/g, '')}` : text);
  const links = [...body.matchAll(/<a href="[^"]*(?:#|\/counties\/)(?:tiexi|chaoyang)-[a-z]+\/?"[^>]*>([^<]*)<\/a>(<span class="muted">（[^）]*）<\/span>)?/g)]
    .filter((m) => named(m[1]!))
    .map((m) => withNote(m[1]!, m[2]));
  const headers = [...body.matchAll(/<th scope="(?:row|rowgroup)"[^>]*>(?:<a [^>]*>)?([^<]*)(?:<\/a>)?(<span class="muted">（[^）]*）<\/span>)?/g)]
    .filter((m) => named(m[1]!))
    .map((m) => withNote(m[1]!, m[2]));
  return [...links, ...headers];
}

describe('counties that share a name, on the pages of the hostile site', () => {
  it('never label two counties 铁西区 alike: every list, table row and link names the prefecture', () => {
    let seen = 0;
    for (const { file, html } of pages) {
      for (const label of labelsOf(html, '铁西区')) {
        // A label may go on after the name (the shared-tasks table: 铁西区（四平市） 2023 年（共 3 项）).
        expect(label, file).toMatch(/^铁西区（[^）]*(?:沈阳市|四平市)[^）]*）(?: .*)?$/);
        seen++;
      }
    }
    // The topic and department tables, the per-province link lists, the county list, the notices' facts.
    expect(seen).toBeGreaterThan(10);
  });

  it('label 朝阳区 of 长春市 with its prefecture too, though the site has no other 朝阳区: the name is shared in the registry', () => {
    const labels = pages.flatMap(({ html }) => labelsOf(html, '朝阳区'));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^朝阳区（[^）]*长春市[^）]*）(?: .*)?$/);
  });

  it('rows of the comparison charts carry the prefecture', () => {
    // The hostile site compares by province (COMPARE_MAX_COUNTIES 3): 辽宁省 on /compare/21/, 吉林省 on /compare/22/.
    const compare = pages.filter((p) => p.file === join('compare', '21', 'index.html') || p.file === join('compare', '22', 'index.html')).map((p) => p.html).join('');
    for (const label of ['铁西区（沈阳市）', '铁西区（四平市）', '朝阳区（长春市）']) expect(compare).toContain(`>${label}</text>`);
  });
});
