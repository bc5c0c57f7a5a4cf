/**
 * Comparison by province: beyond COMPARE_MAX_COUNTIES counties, /compare/ compares the
 * counties of one province per page. A province view is the corpus narrowed to the
 * province's counties, so every chart figure reads it unchanged.
 */
import type { ChartCorpus } from './counties.ts';

/** The most counties one comparison page lays side by side. */
export const COMPARE_MAX_COUNTIES = 60;

/** One province's comparison: its URL segment (the two-digit division code), name, sizes and narrowed corpus. */
export interface ProvinceView {
  code: string;
  name: string;
  href: string;
  counties: number;
  tasks: number;
  corpus: ChartCorpus;
}

const cache = new WeakMap<object, ProvinceView[]>();

/** Every province with counties in the corpus, by division code; computed once per corpus. */
export function provinceViews(corpus: ChartCorpus): ProvinceView[] {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const groups = new Map<string, ChartCorpus['jurisdictions']>();
  for (const j of corpus.jurisdictions) {
    const code = j.code.slice(0, 2);
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code)!.push(j);
  }
  const views = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, jurisdictions]): ProvinceView => {
      const codes = new Set(jurisdictions.map((j) => j.code));
      const tasks = corpus.tasks.filter((t) => codes.has(t.jurisdiction));
      return {
        code,
        name: jurisdictions[0]!.province,
        href: `/compare/${code}/`,
        counties: jurisdictions.length,
        tasks: tasks.length,
        corpus: { ...corpus, jurisdictions, tasks },
      };
    });
  cache.set(corpus, views);
  return views;
}
