/**
 * Sub-topics of a task: the sub-topics (content/registry/subtopics.yaml) of the topics the task
 * carries whose rules match its requirement text or, failing that, its subsection heading.
 * Pure: no file system, no clock.
 *
 * The rules and their levels are the topics' (src/lib/normalize/topics.ts, classifyTopics),
 * applied to the sub-topics of the task's own topics only, so that a sub-topic is always a
 * part of its topic; the section heading (一级标题) never decides, since a priority it names
 * is the umbrella's, not each task's (推进绿色低碳高质量发展信息公开 over 冠县 2023's 14
 * economic tasks).
 */
import type { Subtopic } from '../../schemas/subtopic.ts';
import { classifyTopics, type TopicClassification, type TopicInput } from './topics.ts';

/**
 * Classifies a task into the sub-topics of the topics it carries (`topics`: its final topic
 * ids, rule-based or a reviewer's). Sub-topics come in registry order; `matches` lists each
 * rule that assigned one and where (text or subsection). Throws only on an invalid registry pattern.
 */
export function classifySubtopics(input: TopicInput, topics: readonly string[], subtopics: readonly Subtopic[]): TopicClassification {
  const wanted = new Set(topics);
  // Registry order, whatever the order of the task's topics: the open data lists sub-topics as the registry does.
  const children = subtopics.filter((s) => wanted.has(s.topic));
  if (children.length === 0) return { topics: [], matches: [] };
  return classifyTopics({ text: input.text, subsection: input.subsection, section: null }, children);
}
