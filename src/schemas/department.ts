import { z } from 'zod';
import { codeId, explainedPattern } from './common.ts';

/**
 * A canonical department of the codebook, or a collective assignee
 * (all departments, all townships, one named township, new-media operators).
 */
export const departmentSchema = z.object({
  /** Codebook id, used in URLs and open data; never renamed. */
  id: codeId,
  /** Canonical Chinese name, e.g. "教育部门". */
  name: z.string().min(1),
  /** English name (the codebook in English, for researchers; not shown on reader pages). */
  en: z.string().min(1),
  /** `department` for a named government department, `collective` for a group assignee. */
  kind: z.enum(['department', 'collective']),
  /** What belongs here, in one Chinese sentence (shown on the department's page). */
  description: z.string().default(''),
  /** The same in English (the codebook in English on /data/). */
  descriptionEn: z.string().default(''),
  /** Short names a reader searches for (教体局, 人社局); indexed as search aliases. */
  abbreviations: z.array(z.string().min(1)).default([]),
  /**
   * Names as printed, without the jurisdiction prefix (教育和体育局 for 县教育和体育局);
   * matched exactly after the prefix is stripped.
   */
  variants: z.array(z.string().min(1)).default([]),
  /** Regular expressions (JavaScript syntax) tried in registry order when no variant matches, each with what it matches in words. */
  patterns: z.array(explainedPattern).default([]),
});
export type Department = z.infer<typeof departmentSchema>;
export type DepartmentId = Department['id'];
