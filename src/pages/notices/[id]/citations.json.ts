/**
 * /notices/<id>/citations.json: the notice's citation and each task's as CSL-JSON items
 * (CSL 1.0.2 input data), the file a reference manager imports (the notice page links it).
 */
import type { APIRoute } from 'astro';
import { citationSite, loadCorpus } from '../../../data/corpus.ts';
import { cslJson } from '../../../lib/citation.ts';
import { noticeCitations } from '../../../lib/citation-files.ts';

export async function getStaticPaths() {
  const corpus = await loadCorpus();
  return [...corpus.notices, ...corpus.upstream].map((n) => ({ params: { id: n.notice.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const derived = (await loadCorpus()).noticeById.get(params.id!)!;
  const { notice, tasks } = noticeCitations(derived, new Map(derived.tasks.map((t, i) => [t.id, i + 1])), citationSite());
  return new Response(`${cslJson([notice, ...tasks.values()])}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
