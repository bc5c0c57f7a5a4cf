import type { DerivedTask } from './corpus/derive.ts';

/** Tasks grouped by section, then subsection, in printed order (for notice pages). */
export function groupBySection(tasks: DerivedTask[]): { section: string | null; subsections: { subsection: string | null; tasks: DerivedTask[] }[] }[] {
  const groups: { section: string | null; subsections: { subsection: string | null; tasks: DerivedTask[] }[] }[] = [];
  for (const t of tasks) {
    let g = groups.at(-1);
    if (!g || g.section !== t.section) {
      g = { section: t.section, subsections: [] };
      groups.push(g);
    }
    let s = g.subsections.at(-1);
    if (!s || s.subsection !== t.subsection) {
      s = { subsection: t.subsection, tasks: [] };
      g.subsections.push(s);
    }
    s.tasks.push(t);
  }
  return groups;
}

const KIND_LABEL = { 'year-round': '全年', 'by-date': '限期', ongoing: '长期', unspecified: '未明确' } as const;

/** A deadline in plain words: as printed, with the normalised date when it differs, or why there is none. */
export function deadlineLabel(t: Pick<DerivedTask, 'deadline' | 'deadlineRaw' | 'deadlineSource'>): string {
  const { kind, date } = t.deadline;
  if (t.deadlineRaw === null) return '原文未规定';
  const source = t.deadlineSource === 'text' ? '（见任务原文）' : '';
  if (kind === 'by-date' && date) return `${t.deadlineRaw}（${date} 前）${source}`;
  return `${t.deadlineRaw}${kind === 'unspecified' ? '' : `（${KIND_LABEL[kind]}）`}${source}`;
}
