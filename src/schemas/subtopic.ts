import { z } from 'zod';
import { codeId } from './common.ts';
import { topicSchema } from './topic.ts';

/**
 * A sub-topic: a second level under one codebook topic, for a term that marks a plan's era or
 * priorities (扶贫, 双减, 疫情防控 …), with the rules that assign it (content/registry/subtopics.yaml).
 * Its fields and rules are a topic's, plus the topic it belongs to.
 */
export const subtopicSchema = topicSchema.extend({
  /** The id of the topic it belongs to; a task gets the sub-topic only if it carries that topic. */
  topic: codeId,
});
export type Subtopic = z.infer<typeof subtopicSchema>;
