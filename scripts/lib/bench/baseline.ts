/**
 * The simplest alternative to a search index, which every figure of the benchmark is read
 * against: the browser fetches every task (the open data's tasks.json) and filters it with
 * String.includes on what the site's search searches (requirement, units as printed, section,
 * subsection; and the unit names, for department words); a 县区 filter is resolved
 * through notices.json (the site's value is the county's name, or its name and prefecture
 * when the name is shared: 铁西区（沈阳市）), a 年度 filter on the task's year. It shows the first 20 hits and
 * sets data-done on <body> (browser.ts waits for it) and data-count to the number of hits;
 * the search's start is when its script starts (window.__benchStart).
 */
export const BASELINE_PATH = '/__bench/baseline/';
export const BASELINE_TASKS = '/__bench/tasks.json';

export const BASELINE_PAGE = `<!doctype html>
<html lang="zh-CN">
<meta charset="utf-8">
<title>baseline</title>
<ol id="results"></ol>
<script type="module">
window.__benchStart = performance.now();
const params = new URLSearchParams(location.search);
const q = params.get('q') ?? '';
const counties = params.getAll('县区');
const years = params.getAll('年度');
const [tasks, notices] = await Promise.all([
  fetch('${BASELINE_TASKS}').then((r) => r.json()),
  counties.length > 0 ? fetch('/data/notices.json').then((r) => r.json()) : null,
]);
const named = (j) => counties.includes(j.name) || counties.includes(j.name + '（' + j.prefecture + '）');
const codes = notices ? new Set(notices.filter((n) => named(n.jurisdiction)).map((n) => n.jurisdiction.code)) : null;
const hits = tasks.filter((t) =>
  (q === '' || t.text.includes(q) || (t.unitsRaw ?? '').includes(q) || (t.section ?? '').includes(q) || (t.subsection ?? '').includes(q) || t.units.some((u) => u.name.includes(q))) &&
  (codes === null || codes.has(t.jurisdiction)) &&
  (years.length === 0 || years.includes(String(t.year))));
const list = document.getElementById('results');
for (const t of hits.slice(0, 20)) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = t.url;
  a.textContent = t.text;
  li.append(a);
  list.append(li);
}
document.body.dataset.count = String(hits.length);
document.body.dataset.done = '';
</script>
</html>
`;
