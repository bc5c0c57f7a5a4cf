/**
 * The citations of a notice and of each of its tasks, as its page and its citation files
 * (/notices/<id>/citations.bib, citations.json) give them: one list, built once per notice,
 * so that the page's boxes and the files a reference manager imports say the same.
 */
import { noticeCitationSource, taskCitationSource, type CitationSource } from './citation.ts';
import type { DerivedNotice } from './corpus/derive.ts';
import { citationUrl } from './present.ts';

/** Where a notice's citation files are: every citation of the notice and its tasks, in BibTeX and in CSL-JSON. */
export function citationFiles(noticeUrl: string): { bib: string; json: string } {
  return { bib: `${noticeUrl}citations.bib`, json: `${noticeUrl}citations.json` };
}

/**
 * The notice's citation source, then each task's in printed order (a task is cited by its
 * 1-based position in the notice). `site` is the address citations name as this site's
 * (SITE_URL), or undefined to keep site paths.
 */
export function noticeCitations(derived: DerivedNotice, site: URL | undefined): { notice: CitationSource; tasks: Map<string, CitationSource> } {
  const { notice, entry, tasks } = derived;
  const cite = noticeCitationSource(notice, entry.portal, citationUrl(notice.url, site));
  return { notice: cite, tasks: new Map(tasks.map((t, i) => [t.id, taskCitationSource(cite, t, i + 1, citationUrl(t.url, site))])) };
}
