/**
 * Citations (src/lib/citation.ts) of the real notices and of the provenance fixture (a notice
 * with its portal metadata): the GB/T 7714—2015 references as strings, the BibTeX read back
 * by the parser behind Better BibTeX for Zotero and by Citation.js, the CSL-JSON validated
 * against the CSL 1.0.2 input schema and read by Citation.js, for every task of the corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_DATE_PLACEHOLDER,
  bibtexEntry,
  citationHref,
  cslItem,
  cslJson,
  gbtReference,
  noticeCitationSource,
  shortTaskText,
  taskCitationSource,
  taskTitle,
  titleProper,
  type CitationSource,
} from '../../src/lib/citation.ts';
import { parseContentFile } from '../../src/lib/content/content-file.ts';
import { loadRealCorpus, loadRealInputs, ROOT } from '../helpers.ts';

const corpus = loadRealCorpus();
const site = 'https://example.org';
const sourceOf = (id: string): CitationSource => {
  const d = corpus.noticeById.get(id)!;
  return noticeCitationSource(d.notice, d.entry.portal, `${site}${d.notice.url}`);
};
const taskSource = (noticeId: string, ordinal: number): CitationSource => {
  const d = corpus.noticeById.get(noticeId)!;
  const t = d.tasks[ordinal - 1]!;
  return taskCitationSource(sourceOf(noticeId), t, ordinal, `${site}${t.url}`);
};

// The provenance fixture, read through the real content-file parser and corpus.
const fixture = (() => {
  const text = readFileSync(join(ROOT, 'tests/fixtures/provenance/notices/chaoyang-changchun-2024-1.md'), 'utf8');
  const parsed = parseContentFile(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return loadRealCorpus([...loadRealInputs(), { entry: parsed.entry, file: 'tests/fixtures/provenance/notices/chaoyang-changchun-2024-1.md' }]).noticeById.get('chaoyang-changchun-2024-1')!;
})();
const fixtureSource = noticeCitationSource(fixture.notice, fixture.entry.portal, `${site}${fixture.notice.url}`);

describe('shortTaskText', () => {
  it('keeps a first sentence that fits, marking that more follows', () => {
    expect(shortTaskText('做好就业工作。')).toBe('做好就业工作');
    expect(shortTaskText('做好就业工作。加强培训。')).toBe('做好就业工作……');
  });
  it('cuts a long sentence after a comma rather than inside a word', () => {
    // 利津县 2016 and 冠县 2023, as printed.
    expect(shortTaskText('推进义务教育“双减”信息公开，加大适龄儿童入学政策的宣传和解读力度。')).toBe('推进义务教育“双减”信息公开……');
    expect(shortTaskText('抓好减税降费信息公开，帮助基层执行机关和纳税人、缴费人第一时间全面准确了解政策。')).toBe('抓好减税降费信息公开，帮助基层执行机关和纳税人……');
  });
  it('drops a leading item number and cuts hard where no comma helps', () => {
    expect(shortTaskText('（1）做好就业工作。')).toBe('做好就业工作');
    expect(shortTaskText('一'.repeat(40))).toBe(`${'一'.repeat(30)}……`);
  });
});

describe('GB/T 7714—2015 references', () => {
  it('cite a notice as the standard cites a government office’s online notice: issuer, title proper: 文号[A/OL], (date)[access date], address', () => {
    expect(gbtReference(sourceOf('guanxian-2023-15'))).toBe(
      '冠县人民政府办公室. 关于公布2023年政务公开重点工作任务分工的通知: 冠政办发〔2023〕15号[A/OL]. (2023-08-29)[访问日期]. https://example.org/notices/guanxian-2023-15/.',
    );
    expect(ACCESS_DATE_PLACEHOLDER).toBe('访问日期');
    expect(gbtReference(sourceOf('guanxian-2023-15'), '2024-05-01')).toContain('(2023-08-29)[2024-05-01]. https://');
  });

  it('cite a task as a part of its notice (析出文献), named by its position and its text shortened', () => {
    expect(gbtReference(taskSource('guanxian-2023-15', 12))).toBe(
      '冠县人民政府办公室. 第12项任务：推进义务教育“双减”信息公开……[A/OL]//冠县人民政府办公室. 关于公布2023年政务公开重点工作任务分工的通知: 冠政办发〔2023〕15号. (2023-08-29)[访问日期]. https://example.org/notices/guanxian-2023-15/#t12.',
    );
  });

  it('give both addresses when the original is known: the portal’s, then this site’s permalink', () => {
    expect(gbtReference(fixtureSource)).toBe(
      '朝阳区人民政府办公室. 关于印发2024年政务公开重点工作任务分工的通知: 长朝政办发〔2024〕1号[A/OL]. (2024-02-20)[访问日期]. https://www.example.org/xxgk/zfwj/202402/t20240226_1.html; https://example.org/notices/chaoyang-changchun-2024-1/.',
    );
    const task = taskCitationSource(fixtureSource, fixture.tasks[0]!, 1, `${site}${fixture.tasks[0]!.url}`);
    expect(gbtReference(task)).toMatch(/^朝阳区人民政府办公室\. 第1项任务：抓好减税降费政策公开，帮助纳税人、缴费人第一时间了解政策\[A\/OL\]\/\/朝阳区人民政府办公室\. 关于印发.*; https:\/\/example\.org\/notices\/chaoyang-changchun-2024-1\/#t1\.$/);
  });

  it('fall back to the portal’s 发布日期, then to the plan year, and leave out a missing 文号', () => {
    const bare: CitationSource = { ...sourceOf('guanxian-2023-15'), docNumber: null, issuedOn: null, publishedOn: '2023-09-01' };
    expect(gbtReference(bare)).toBe('冠县人民政府办公室. 关于公布2023年政务公开重点工作任务分工的通知[A/OL]. (2023-09-01)[访问日期]. https://example.org/notices/guanxian-2023-15/.');
    expect(gbtReference({ ...bare, publishedOn: null })).toContain('的通知[A/OL]. 2023[访问日期]. ');
  });

  it('keep a title that does not start with the issuer whole', () => {
    expect(titleProper({ title: '关于印发某某的通知', issuer: '某县人民政府' })).toBe('关于印发某某的通知');
    expect(titleProper({ title: '某县人民政府', issuer: '某县人民政府' })).toBe('某县人民政府');
  });
});

describe('BibTeX', () => {
  const everyTask = corpus.notices.flatMap((n) => n.tasks.map((_, i) => taskSource(n.notice.id, i + 1)));

  it('writes an @misc entry with the issuer as a corporate author, 文号, date, permalink and the notice in its note', () => {
    expect(bibtexEntry(taskSource('guanxian-2023-15', 12), '2024-05-01')).toBe(
      [
        '@misc{guanxian-2023-15-t12,',
        '  author = {{冠县人民政府办公室}},',
        '  title = {第12项任务：推进义务教育“双减”信息公开……},',
        '  number = {冠政办发〔2023〕15号},',
        '  year = {2023},',
        '  date = {2023-08-29},',
        '  url = {https://example.org/notices/guanxian-2023-15/#t12},',
        '  urldate = {2024-05-01},',
        '  note = {载于冠县人民政府办公室《关于公布2023年政务公开重点工作任务分工的通知》（冠政办发〔2023〕15号）},',
        '  langid = {chinese},',
        '}',
      ].join('\n'),
    );
  });

  it('parses without an error in the parser of Better BibTeX for Zotero, for the notices and every task of the corpus', () => {
    const bib = [...corpus.notices.map((n) => sourceOf(n.notice.id)), fixtureSource, ...everyTask].map((s) => bibtexEntry(s, '2024-05-01')).join('\n\n');
    const library = parseBibtex(bib);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(corpus.notices.length + 1 + everyTask.length);
    const t12 = library.entries.find((e) => e.key === 'guanxian-2023-15-t12')!;
    expect(t12.fields.author).toEqual([{ name: '冠县人民政府办公室' }]);
    expect(t12.fields.title).toBe('第12项任务：推进义务教育“双减”信息公开……');
    expect(t12.fields.url).toBe('https://example.org/notices/guanxian-2023-15/#t12');
    expect(t12.fields.urldate).toBe('2024-05-01');
    const fx = library.entries.find((e) => e.key === 'chaoyang-changchun-2024-1')!;
    expect(fx.fields.note).toBe('原文网址：https://www.example.org/xxgk/zfwj/202402/t20240226_1.html');
  });

  it('escapes what LaTeX would read as commands, so that the title reads back as printed', () => {
    const odd = taskCitationSource(sourceOf('guanxian-2023-15'), { id: 'x-t1', text: '公开率达到100%&{全部}_#$~^\\。' }, 1, `${site}/notices/x/#t1`);
    const entry = parseBibtex(bibtexEntry(odd));
    expect(entry.errors).toEqual([]);
    expect(entry.entries[0]!.fields.title).toBe('第1项任务：公开率达到100%&{全部}_#$~^\\');
  });

  it('reads into Citation.js as the same reference', () => {
    const [csl] = new Cite(bibtexEntry(taskSource('lijin-2016-27', 17), '2024-05-01')).data as Record<string, unknown>[];
    expect(csl!.title).toBe('第17项任务：围绕实施精准扶贫、精准脱贫，加大扶贫政策、扶贫成效……');
    expect(csl!.URL).toBe('https://example.org/notices/lijin-2016-27/#t17');
    // A name in double braces is one name, not a family and given name split at a space.
    expect(csl!.author).toEqual([{ family: '利津县人民政府办公室' }]);
  });
});

describe('CSL-JSON', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/csl/csl-data.json'), 'utf8')) as object;
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  const everyTask = corpus.notices.flatMap((n) => n.tasks.map((_, i) => taskSource(n.notice.id, i + 1)));

  it('is valid CSL 1.0.2 input data (the CSL project’s JSON Schema), with and without an access date, for every notice and task', () => {
    for (const accessed of [undefined, '2024-05-01']) {
      const items = JSON.parse(cslJson([...corpus.notices.map((n) => sourceOf(n.notice.id)), fixtureSource, ...everyTask], accessed)) as unknown;
      expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('the schema check can fail: an item without a type, or with a date as a string, is refused', () => {
    expect(validate([{ id: 'x', title: 'y' }])).toBe(false);
    expect(validate([{ ...cslItem(fixtureSource), issued: '2024-02-20' }])).toBe(false);
  });

  it('describes a task as a governmental directive inside its notice, with 文号, date, permalink and the original’s address', () => {
    const task = taskCitationSource(fixtureSource, fixture.tasks[1]!, 2, `${site}${fixture.tasks[1]!.url}`);
    expect(cslItem(task, '2024-05-01')).toEqual({
      id: 'chaoyang-changchun-2024-1-t2',
      type: 'regulation',
      title: taskTitle({ ordinal: 2, text: fixture.tasks[1]!.text }),
      author: [{ literal: '朝阳区人民政府办公室' }],
      authority: '朝阳区人民政府办公室',
      'container-title': '关于印发2024年政务公开重点工作任务分工的通知',
      number: '长朝政办发〔2024〕1号',
      issued: { 'date-parts': [[2024, 2, 20]] },
      URL: 'https://example.org/notices/chaoyang-changchun-2024-1/#t2',
      accessed: { 'date-parts': [[2024, 5, 1]] },
      note: '原文网址：https://www.example.org/xxgk/zfwj/202402/t20240226_1.html',
      language: 'zh-CN',
    });
  });

  it('reads into Citation.js and formats as a bibliography entry', () => {
    const cite = new Cite(JSON.parse(cslJson([taskSource('guanxian-2023-15', 12)], '2024-05-01')));
    const html = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(html).toContain('第12项任务：推进义务教育“双减”信息公开……');
    expect(html).toContain('冠政办发〔2023〕15号');
    expect(cite.data[0]).toMatchObject({ author: [{ literal: '冠县人民政府办公室' }], type: 'regulation' });
    expect(html).toContain('https://example.org/notices/guanxian-2023-15/#t12');
  });
});

describe('citationHref', () => {
  it('leads from a permalink to its citation on the notice page', () => {
    expect(citationHref('/notices/guanxian-2023-15/#t12')).toBe('/notices/guanxian-2023-15/#t12-cite');
    expect(citationHref('https://example.org/notices/guanxian-2023-15/')).toBe('https://example.org/notices/guanxian-2023-15/#cite');
  });
});
