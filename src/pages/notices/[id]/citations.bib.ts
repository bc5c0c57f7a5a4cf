/**
 * /notices/<id>/citations.bib: the notice's citation and each task's as BibTeX entries, the
 * file a reference manager imports (the notice page links it; its script copies one entry).
 */
import type { APIRoute } from 'astro';
import { citationSite, loadCorpus } from '../../../data/corpus.ts';
import { bibtexEntry } from '../../../lib/citation.ts';
import { noticeCitations } from '../../../lib/citation-files.ts';

export async function getStaticPaths() {
  const corpus = await loadCorpus();
  return [...corpus.notices, ...corpus.upstream].map((n) => ({ params: { id: n.notice.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const derived = (await loadCorpus()).noticeById.get(params.id!)!;
  const { notice, tasks } = noticeCitations(derived, new Map(derived.tasks.map((t, i) => [t.id, i + 1])), citationSite());
  const body = [notice, ...tasks.values()].map((s) => bibtexEntry(s)).join('\n\n') + '\n';
  return new Response(body, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
