/**
 * /notices/<id>/citations.bib and citations.json: the notice's citation and each task's, as
 * BibTeX entries and as CSL-JSON items (CSL 1.0.2 input data), the files a reference manager
 * imports. The notice page links both (src/components/Citation.astro).
 */
import type { APIRoute } from 'astro';
import { citationSite, loadCorpus } from '../../../data/corpus.ts';
import { bibtexEntry, cslJson, type CitationSource } from '../../../lib/citation.ts';
import { noticeCitations } from '../../../lib/citation-files.ts';

const FORMATS: Record<string, { type: string; write: (sources: CitationSource[]) => string }> = {
  bib: { type: 'application/x-bibtex; charset=utf-8', write: (sources) => sources.map((s) => bibtexEntry(s)).join('\n\n') },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: (sources) => cslJson(sources) },
};

export async function getStaticPaths() {
  const corpus = await loadCorpus();
  return [...corpus.notices, ...corpus.upstream].flatMap((n) => Object.keys(FORMATS).map((format) => ({ params: { id: n.notice.id, format } })));
}

export const GET: APIRoute = async ({ params }) => {
  const derived = (await loadCorpus()).noticeById.get(params.id!)!;
  const { notice, tasks } = noticeCitations(derived, citationSite());
  const format = FORMATS[params.format!]!;
  return new Response(`${format.write([notice, ...tasks.values()])}\n`, { headers: { 'Content-Type': format.type } });
};
