/**
 * The comparison pages. /compare/ compares every county of the corpus, up to
 * `max` counties (COMPARE_MAX_COUNTIES); beyond that a chart of thousands of rows
 * compares nothing, so /compare/ lists the provinces and each province is compared on
 * /compare/<province code>/. A province of more than `max` counties (四川省 has 183 in
 * the registry) is split the same way, by prefecture: /compare/<province code>/<prefecture
 * code>/. A view's corpus is the corpus narrowed to its counties, so every chart figure
 * reads it unchanged.
 */
import type { ChartCorpus } from './counties.ts';
import { prefectureName } from '../present.ts';

/** The most counties one comparison page lays side by side. */
export const COMPARE_MAX_COUNTIES = 60;

/** One comparison page: the whole corpus, a province or a prefecture. */
export interface ComparisonView {
  /** '' for the whole corpus, the two-digit division code of a province, the four-digit one of a prefecture. */
  code: string;
  /** 全部县区, 四川省, 成都市; 湖北省直辖县级行政区划 for the counties a province governs directly. */
  name: string;
  /** The views above it, from the whole corpus down (empty for the whole corpus). */
  trail: ComparisonView[];
  href: string;
  counties: number;
  tasks: number;
  corpus: ChartCorpus;
  /** What its page lists instead of charts when it has more than `max` counties: its provinces or prefectures, by code; empty when its page draws the charts. */
  parts: ComparisonView[];
}

type Jurisdictions = ChartCorpus['jurisdictions'];

const cache = new WeakMap<object, Map<number, ComparisonView>>();

/** The comparison of the whole corpus, split as `max` requires; computed once per corpus and limit. */
export function comparisonRoot(corpus: ChartCorpus, max: number): ComparisonView {
  let byMax = cache.get(corpus);
  if (!byMax) cache.set(corpus, (byMax = new Map()));
  let root = byMax.get(max);
  if (!root) {
    root = view(corpus, corpus.jurisdictions, { code: '', name: '全部县区', href: '/compare/' }, [], max);
    byMax.set(max, root);
  }
  return root;
}

/** Every page below /compare/ (provinces, then their prefectures where split), parents before their parts. */
export function comparisonPages(root: ComparisonView): ComparisonView[] {
  return root.parts.flatMap((p) => [p, ...comparisonPages(p)]);
}

const pageOfCounty = new WeakMap<ComparisonView, Map<string, ComparisonView>>();

/** The page whose charts show the county with division code `code`, or undefined when the corpus does not have it (one lookup: every county page asks). */
export function comparisonPageOf(root: ComparisonView, code: string): ComparisonView | undefined {
  let pages = pageOfCounty.get(root);
  if (!pages) {
    pages = new Map();
    for (const page of [root, ...comparisonPages(root)]) if (page.parts.length === 0) for (const j of page.corpus.jurisdictions) pages.set(j.code, page);
    pageOfCounty.set(root, pages);
  }
  return pages.get(code);
}

function view(corpus: ChartCorpus, jurisdictions: Jurisdictions, id: Pick<ComparisonView, 'code' | 'name' | 'href'>, trail: ComparisonView[], max: number): ComparisonView {
  const codes = new Set(jurisdictions.map((j) => j.code));
  const tasks = id.code === '' ? corpus.tasks : corpus.tasks.filter((t) => codes.has(t.jurisdiction));
  const self: ComparisonView = { ...id, trail, counties: jurisdictions.length, tasks: tasks.length, corpus: { ...corpus, jurisdictions, tasks }, parts: [] };
  // A prefecture is not split further: the largest in the registry has 26 counties.
  const digits = id.code.length + 2;
  if (jurisdictions.length > max && digits <= 4) {
    const below = [...trail, self];
    self.parts = groupBy(jurisdictions, digits).map(([code, group]) => view(corpus, group, { code, name: partName(group, digits), href: `${id.href}${code}/` }, below, max));
  }
  return self;
}

/** The counties grouped by the first `digits` digits of their division code, in code order. */
function groupBy(jurisdictions: Jurisdictions, digits: number): [string, Jurisdictions][] {
  const groups = new Map<string, Jurisdictions>();
  for (const j of jurisdictions) {
    const code = j.code.slice(0, digits);
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code)!.push(j);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function partName(group: Jurisdictions, digits: number): string {
  return digits === 2 ? group[0]!.province : prefectureName(group[0]!);
}
