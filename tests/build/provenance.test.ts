/**
 * Provenance as built: each notice page's metadata block in the order government portals
 * print it, with the portal's fields for the notice whose source states them (the provenance
 * fixture, on the second site) and 未注明 where the source does not; the source page, one
 * anchor per line; and the citations of every notice and task, read back from the built HTML
 * by a BibTeX parser and checked against the CSL-JSON schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicNoticeSchema, publicTaskSchema } from '../../src/schemas/open-data.ts';
import { ROOT } from '../helpers.ts';
import { HOSTILE_DIST } from './global-setup.ts';

const DIST = join(ROOT, 'dist');
const page = (root: string, path: string) => readFileSync(join(root, path.replace(/^\//, ''), 'index.html'), 'utf8');
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const text = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

/** The metadata block's rows, label and value, in order. */
function metaRows(html: string): [string, string][] {
  const block = /<dl class="doc-meta">([\s\S]*?)<\/dl>\s*<details/.exec(html)![1]!;
  return [...block.matchAll(/<div[^>]*><dt>([^<]*)<\/dt><dd>([\s\S]*?)<\/dd><\/div>/g)].map((m) => [m[1]!, text(m[2]!).trim()]);
}

describe('the metadata block of a notice page', () => {
  it('reads as a portal’s: 索引号, 发布机构, 成文日期, 发布日期, 文号, 有效性, 标题, 原文网址, with 未注明 for what the source does not state', () => {
    const rows = metaRows(page(DIST, '/notices/guanxian-2023-15/'));
    expect(rows.slice(0, 8)).toEqual([
      ['索引号', '未注明'],
      ['发布机构', '冠县人民政府办公室'],
      ['成文日期', '2023-08-29'],
      ['发布日期', '未注明'],
      ['文号', '冠政办发〔2023〕15号'],
      ['有效性', '未注明'],
      ['标题', '冠县人民政府办公室关于公布2023年政务公开重点工作任务分工的通知'],
      ['原文网址', '未注明'],
    ]);
  });

  it('shows what the portal block of the provenance fixture states, the address as a link', () => {
    const html = page(HOSTILE_DIST, '/notices/chaoyang-changchun-2024-1/');
    expect(metaRows(html).slice(0, 8)).toEqual([
      ['索引号', '11220104MB0000000X/2024-00012'],
      ['发布机构', '朝阳区人民政府办公室'],
      ['成文日期', '2024-02-20'],
      ['发布日期', '2024-02-26'],
      ['文号', '长朝政办发〔2024〕1号'],
      ['有效性', '有效'],
      ['标题', '朝阳区人民政府办公室关于印发2024年政务公开重点工作任务分工的通知'],
      ['原文网址', 'https://www.example.org/xxgk/zfwj/202402/t20240226_1.html'],
    ]);
    expect(html).toContain('<a href="https://www.example.org/xxgk/zfwj/202402/t20240226_1.html" class="show-url" rel="external noreferrer">');
  });
});

describe.each([
  { label: 'dist/', root: DIST },
  { label: 'the second site', root: HOSTILE_DIST },
])('$label', ({ root }) => {
  const notices = z.array(publicNoticeSchema).parse(JSON.parse(readFileSync(join(root, 'data/notices.json'), 'utf8')));
  const tasks = z.array(publicTaskSchema).parse(JSON.parse(readFileSync(join(root, 'data/tasks.json'), 'utf8')));

  it.each(notices.map((n) => [n.id] as const))('the source page of %s has one anchor per line, its number a link to it, and every task’s lines linked from the notice page', (id) => {
    const n = notices.find((x) => x.id === id)!;
    const html = page(root, `/sources/${id}/`);
    const raw = readFileSync(join(root, 'sources', n.source.file));
    const count = new TextDecoder().decode(raw).replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').length;
    const anchors = [...html.matchAll(/<li id="L(\d+)"><a class="line-number" href="#L(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(anchors).toEqual(Array.from({ length: count }, (_, i) => [i + 1, i + 1]));
    const notice = page(root, n.url);
    for (const t of tasks.filter((x) => x.notice === id)) {
      const anchor = t.url.split('#')[1]!;
      const article = new RegExp(`<article class="task" id="${anchor}"[\\s\\S]*?</article>`).exec(notice)![0];
      expect(article, t.id).toMatch(new RegExp(`<dt>原文位置</dt><dd>原文第 <a href="/sources/${id}/#L\\d+">`));
      // The source page links the task's first line back to the task.
      expect(html).toContain(`<a class="line-task" href="${n.url}#${anchor}">`);
    }
  });

  it('cites every notice and task: GB/T with [A/OL] on the page, BibTeX that parses and CSL-JSON valid against the CSL schema in the files the page links', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/csl/csl-data.json'), 'utf8')) as object);
    let cited = 0;
    for (const n of notices) {
      const html = page(root, n.url);
      const boxes = [...html.matchAll(/<details class="citation" id="([^"]+)">([\s\S]*?)<\/details>/g)];
      const own = tasks.filter((t) => t.notice === n.id);
      expect(boxes.map((b) => b[1])).toEqual(['cite', ...own.map((t) => `${t.url.split('#')[1]}-cite`)]);
      for (const [, id, body] of boxes) {
        expect(text(/data-format="gbt">[\s\S]*?class="citation-text"[^>]*>([\s\S]*?)<\/p>/.exec(body!)![1]!), id).toMatch(/\[A\/OL\].*\[访问日期\]/);
        expect(body, id).toContain(`<a href="${n.url}citations.bib"`);
        expect(body, id).toContain(`<a href="${n.url}citations.json"`);
        cited++;
      }
      const file = (name: string) => readFileSync(join(root, n.url.replace(/^\//, ''), name), 'utf8');
      const bib = parseBibtex(file('citations.bib'));
      expect(bib.errors, n.id).toEqual([]);
      expect(bib.entries.map((e) => e.key), n.id).toEqual([n.id, ...own.map((t) => t.id)]);
      const csl = JSON.parse(file('citations.json')) as { id: string }[];
      expect(validate(csl), `${n.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(csl.map((item) => item.id)).toEqual([n.id, ...own.map((t) => t.id)]);
    }
    expect(cited).toBe(notices.length + tasks.length);
  });
});
