/**
 * A second reference beside the baseline: Pagefind alone, on a bare page. Opened with the
 * query in its URL, the page imports Pagefind's module, opens one bundle (the one the search
 * page opens first for that query, `bundle=`; no worker, as the search page's first page) in
 * the records' language (its <html lang> is that language: pagefind.js takes it from there),
 * searches `term` (what the search page asks Pagefind for the words: `floorTerm`; the search
 * page reads 教体局 as a 部门 filter instead) with the query's other parameters as filters,
 * loads the first ten results' data and lists them. No styles, no filter panel, no other
 * script: what opening a search takes on this machine before any page of ours adds to it. It
 * sets data-count and data-done on <body> (browser.ts waits for data-done), or data-error and
 * data-done if Pagefind failed.
 */
import { SEARCH_LANGUAGE } from '../../../src/lib/search/contract.ts';
import { looseTerm, runsOf, runTerm } from '../../../src/lib/search/tokens.ts';

/** What the search page asks Pagefind for some words: a run's exact phrase, or, for several runs, their pairs (the first of its searches). */
export function floorTerm(words: string): string {
  const runs = runsOf(words);
  return runs.length === 1 ? runTerm(runs[0]!) : looseTerm(runs);
}
export const FLOOR_PATH = '/__bench/floor/';

export const FLOOR_PAGE = `<!doctype html>
<html lang="${SEARCH_LANGUAGE}">
<meta charset="utf-8">
<title>Pagefind alone</title>
<ol id="results"></ol>
<script type="module">
window.__benchStart = performance.now();
const params = new URLSearchParams(location.search);
const filters = {};
for (const [key, value] of params) if (key !== 'q' && key !== 'term' && key !== 'bundle') (filters[key] ??= { any: [] }).any.push(value);
try {
  const pagefind = await import('/pagefind/pagefind.js');
  const pf = pagefind.createInstance({ basePath: params.get('bundle'), baseUrl: '/', language: '${SEARCH_LANGUAGE}', noWorker: true });
  await pf.init();
  const found = await pf.search(params.get('term'), { filters });
  const page = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  const list = document.getElementById('results');
  for (const data of page) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = data.meta.text;
    li.append(a);
    list.append(li);
  }
  document.body.dataset.count = String(found.results.length);
} catch (error) {
  document.body.dataset.error = String(error);
}
document.body.dataset.done = '';
</script>
`;
