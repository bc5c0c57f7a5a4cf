/** What the benchmark reads from the built search page. */

/** The 县区 value with the most records in the search page's config (the list its script builds the checkboxes from). */
export function largestCounty(searchPage: string): string {
  const json = /<script type="application\/json" id="search-config">([^]*?)<\/script>/.exec(searchPage)?.[1];
  if (json === undefined) throw new Error('search/index.html: no <script id="search-config">; expected the search page the site builds');
  const counties = (JSON.parse(json) as { lists?: Record<string, [string, number, string][]> }).lists?.['县区'] ?? [];
  const [first] = [...counties].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!first) throw new Error('search/index.html: the config lists no 县区 values; expected one per county');
  return first[0];
}
