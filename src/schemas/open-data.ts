import { z } from 'zod';
import { codeId, isoDate } from './common.ts';
import { jurisdictionSchema } from './jurisdiction.ts';
import { deadlineSchema, targetSchema, unitRole } from './task.ts';

/** One unit of a published task: the name as printed, its codebook department, its role. */
export const publicUnitSchema = z.object({
  name: z.string().min(1),
  /** Codebook id (department or collective). */
  department: codeId,
  role: unitRole,
});
export type PublicUnit = z.infer<typeof publicUnitSchema>;

/** One object of /data/tasks.json: the public data contract for a task. */
export const publicTaskSchema = z.object({
  /** Stable, unique: <notice id>-<task id>, e.g. "guanxian-2023-15-t12". */
  id: z.string().min(1),
  /** The notice id. */
  notice: z.string().min(1),
  /** Printed sequence number, or null where none is printed. */
  seq: z.number().int().positive().nullable(),
  /** Permalink: the notice page with the task's anchor, site-relative. */
  url: z.string().startsWith('/'),
  section: z.string().nullable(),
  subsection: z.string().nullable(),
  text: z.string().min(1),
  unitsRaw: z.string().nullable(),
  units: z.array(publicUnitSchema),
  deadlineRaw: z.string().nullable(),
  deadline: deadlineSchema,
  /** Topic ids, rule-based unless a reviewer listed them. */
  topics: z.array(codeId),
  targets: z.array(targetSchema),
  /** Extra: the jurisdiction's division code and the notice year, for filtering without a join. */
  jurisdiction: z.string(),
  year: z.number().int(),
});
export type PublicTask = z.infer<typeof publicTaskSchema>;

/** One object of /data/notices.json: the public data contract for a notice. */
export const publicNoticeSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  docNumber: z.string().nullable(),
  issuer: z.string().min(1),
  year: z.number().int(),
  issuedOn: isoDate.nullable(),
  /** The notice page, site-relative. */
  url: z.string().startsWith('/'),
  taskCount: z.number().int().nonnegative(),
  /** Document numbers the notice cites. */
  cites: z.array(z.string()),
  jurisdiction: jurisdictionSchema,
  /** Extra: the raw source file and its SHA-256. */
  source: z.object({ file: z.string(), sha256: z.string() }),
});
export type PublicNotice = z.infer<typeof publicNoticeSchema>;
