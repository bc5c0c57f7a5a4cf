/**
 * Department load: for each county, how many tasks name each department directly, kept
 * apart from the tasks given to a collective (all departments, all townships …). A task
 * given to "all departments" binds every department, so counting it under each would
 * make every department look loaded alike; it is shown once per county instead.
 */
import type { Department } from '../../schemas/department.ts';
import { countyTotals, tasksOf, yearsLabel, type ChartCorpus, type CountyTotal } from './counties.ts';
import { countyLinks, type CountyLinks } from './links.ts';
import type { DataTable } from './table.ts';

/** One county's tasks for one department or collective, and where they are listed (null when none). */
export interface LoadCell {
  count: number;
  href: string | null;
}

/** One row: a department or a collective, its total across counties and its cells in county order. */
export type LoadRow = Pick<Department, 'id' | 'name'> & { total: number; cells: LoadCell[] };

/** The county × department figures. */
export interface DepartmentLoad {
  /** Counties, longest plan first. */
  counties: CountyTotal[];
  /** Named departments that at least one task names directly, the most often named first. */
  departments: LoadRow[];
  /** Collective assignees with at least one task, in registry order. */
  collectives: LoadRow[];
  /** Named departments no task in the corpus names directly (left out of the chart, listed in its note). */
  unnamed: Pick<Department, 'id' | 'name'>[];
}

/** Tasks per county that name each department directly, and tasks per county given to each collective. */
export function departmentLoad(corpus: ChartCorpus, links: CountyLinks = countyLinks(corpus)): DepartmentLoad {
  const counties = countyTotals(corpus);
  const rowOf = (department: Department): LoadRow => {
    const cells = counties.map((county) => {
      const count = tasksOf(corpus, county.code).filter((t) => t.units.some((u) => u.department === department.id)).length;
      return { count, href: count > 0 ? links.unit(department.id, county) : null };
    });
    return { id: department.id, name: department.name, total: cells.reduce((n, c) => n + c.count, 0), cells };
  };
  const order = new Map(corpus.departments.map((d, i) => [d.id, i]));
  const named = corpus.departments.filter((d) => d.kind === 'department').map(rowOf);
  const departments = named.filter((r) => r.total > 0).sort((a, b) => b.total - a.total || order.get(a.id)! - order.get(b.id)!);
  const unnamed = named.filter((r) => r.total === 0).map(({ id, name }) => ({ id, name }));
  const collectives = corpus.departments.filter((d) => d.kind === 'collective').map(rowOf).filter((r) => r.total > 0);
  return { counties, departments, collectives, unnamed };
}

/** The sentence under the chart's title. */
export function describeDepartmentLoad(figure: DepartmentLoad): string {
  const top = figure.departments.slice(0, 3).map((d) => `${d.name}（${d.total} 项）`);
  return `${figure.counties.length} 个县区 × ${figure.departments.length} 个部门的热力图，单元格为点名该部门的任务数，颜色越深任务越多；分派给全部县直部门、全部乡镇街道等集体的任务另列在下方，不计入各部门。被点名最多的是${top.join('、')}。`;
}

/** The data table: one row per department, then the collectives, one count per county. */
export function departmentLoadTable(figure: DepartmentLoad): DataTable {
  const row = (r: LoadRow, suffix: string) => ({ header: `${r.name}${suffix}`, cells: [...r.cells.map((c) => String(c.count)), String(r.total)] });
  return {
    caption: '各县区点名各部门的任务数，以及分派给集体的任务数',
    columns: ['部门', ...figure.counties.map((c) => `${c.name}（${yearsLabel(c.years)}，共 ${c.total} 项）`), '合计'],
    rows: [...figure.departments.map((r) => row(r, '')), ...figure.collectives.map((r) => row(r, '（集体分派）'))],
    note:
      figure.unnamed.length > 0
        ? `未被任何任务直接点名、因而未列出的部门：${figure.unnamed.map((d) => d.name).join('、')}。`
        : null,
  };
}
