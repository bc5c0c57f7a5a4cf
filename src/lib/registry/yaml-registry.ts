import { parse } from 'yaml';
import type { z } from 'zod';
import { departmentSchema, type Department } from '../../schemas/department.ts';
import { subtopicSchema, type Subtopic } from '../../schemas/subtopic.ts';
import { topicSchema, type Topic } from '../../schemas/topic.ts';

/** Parses a YAML registry (a list of entries) and validates each entry; an error names the file, the entry and the field. */
export function parseYamlRegistry<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S>[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a YAML list of entries`);
  const ids = new Set<string>();
  return data.map((item: unknown, i) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const id = (item as { id?: unknown } | null)?.id;
      throw new Error(`${file}: entry ${i + 1}${typeof id === 'string' ? ` (${id})` : ''}, field ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    }
    const id = (result.data as { id: string }).id;
    if (ids.has(id)) throw new Error(`${file}: entry ${i + 1}: duplicate id "${id}"`);
    ids.add(id);
    return result.data;
  });
}

/** The departments registry (content/registry/departments.yaml). */
export const parseDepartments = (text: string, file = 'content/registry/departments.yaml'): Department[] => parseYamlRegistry(text, file, departmentSchema);

/** The topics registry (content/registry/topics.yaml). */
export const parseTopics = (text: string, file = 'content/registry/topics.yaml'): Topic[] => parseYamlRegistry(text, file, topicSchema);

/** The sub-topics registry (content/registry/subtopics.yaml); that each names a topic of the registry is checked with the corpus (buildCorpus). */
export const parseSubtopics = (text: string, file = 'content/registry/subtopics.yaml'): Subtopic[] => parseYamlRegistry(text, file, subtopicSchema);
