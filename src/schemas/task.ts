import { z } from 'zod';
import { codeId, isoDate } from './common.ts';

/** How the notice assigns a unit: 牵头单位 (lead), 配合/责任单位 beside a lead (co), or no distinction. */
export const unitRole = z.enum(['lead', 'co', 'responsible']);
export type UnitRole = z.infer<typeof unitRole>;

/** One responsible unit as it stands in a content file (printed facts, plus an optional reviewer override). */
export const unitEntrySchema = z.object({
  /** The unit's name exactly as printed, repaired only for extraction damage (stray spaces, line breaks). */
  name: z.string().min(1),
  /** The unit's role in this task. */
  role: unitRole.default('responsible'),
  /** Reviewer's codebook id when the registry's rules map the name wrongly or not at all. */
  department: codeId.optional(),
});
export type UnitEntry = z.infer<typeof unitEntrySchema>;

/** The kinds a deadline normalises to. */
export const deadlineKind = z.enum(['year-round', 'by-date', 'ongoing', 'unspecified']);
export type DeadlineKind = z.infer<typeof deadlineKind>;

/** The Chinese label of each deadline kind: shown on pages and charts, and the values of search's 时限类型 filter. */
export const DEADLINE_KIND_LABEL: Readonly<Record<DeadlineKind, string>> = {
  'by-date': '限期',
  'year-round': '全年',
  ongoing: '长期',
  unspecified: '未明确',
};

/** A normalised deadline: `date` is the last day by which the task is due (by-date), else null. */
export const deadlineSchema = z.object({
  kind: deadlineKind,
  date: isoDate.nullable(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** A measurable target found in a task's text. */
export const targetSchema = z.object({
  /** The words as printed, e.g. "不少于10次". */
  text: z.string().min(1),
  /** count (不少于10次), share (50%), time-limit (10个工作日内), frequency (每季度). */
  kind: z.enum(['count', 'share', 'time-limit', 'frequency']),
  /** The number, e.g. 10, 50, 24. */
  value: z.number(),
  /** The unit of the number: 次, %, 工作日, 小时, 个月, 季度 … */
  unit: z.string().min(1),
});
export type Target = z.infer<typeof targetSchema>;

/** One task as it stands in a reviewed content file: the facts as printed, plus reviewer overrides. */
export const taskEntrySchema = z.object({
  /** Stable id within the notice ("t1", "t2" …), assigned once by the importer; the permalink anchor. */
  id: z.string().regex(/^t\d+$/, 'expected a task id such as "t12"'),
  /** The sequence number printed for this task (序号, （3）, 1.), or null where none is printed. */
  seq: z.number().int().positive().nullable(),
  /** The section heading (一级标题) the task stands under, or null. */
  section: z.string().min(1).nullable(),
  /** The subsection heading (二级标题) the task stands under, or null. */
  subsection: z.string().min(1).nullable(),
  /** The requirement text. */
  text: z.string().min(1, 'a task needs its requirement text'),
  /** The responsible units exactly as printed in the notice's unit cell, or null. */
  unitsRaw: z.string().nullable(),
  /** The units, split from unitsRaw, each with its role. */
  units: z.array(unitEntrySchema),
  /** The deadline exactly as printed, or null when the notice prints none for this task. */
  deadlineRaw: z.string().nullable(),
  /** Line numbers in the source file this task was read from. */
  lines: z.array(z.number().int().positive()).min(1),
  /** Reviewer's topic ids; when present they replace the rule-based classification. */
  topics: z.array(codeId).optional(),
  /** Reviewer's note about a repair or a decision, shown with the task. */
  note: z.string().optional(),
});
export type TaskEntry = z.infer<typeof taskEntrySchema>;
