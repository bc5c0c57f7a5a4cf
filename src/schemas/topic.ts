import { z } from 'zod';
import { codeId, explainedPattern } from './common.ts';

/** A topic of the codebook with the rules that assign it to a task. */
export const topicSchema = z.object({
  /** Codebook id, used in URLs and open data; never renamed. */
  id: codeId,
  /** Chinese name, e.g. "财政预决算与审计". */
  name: z.string().min(1),
  /** English name (the codebook in English, for researchers; not shown on reader pages). */
  en: z.string().min(1),
  /** What belongs here, in Chinese (shown on the topic's page). */
  description: z.string().min(1),
  /** What belongs here, in English (the codebook in English on /data/). */
  descriptionEn: z.string().min(1),
  /** Substrings of a task's text or headings that assign this topic. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Regular expressions (JavaScript syntax) that assign this topic, each with what it matches in words. */
  patterns: z.array(explainedPattern).default([]),
});
export type Topic = z.infer<typeof topicSchema>;
