import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registries } from '../../src/lib/corpus/derive.ts';
import { parseJurisdictionsCsv } from '../../src/lib/registry/jurisdictions.ts';
import { parseDepartments, parseSubtopics, parseTopics } from '../../src/lib/registry/yaml-registry.ts';

/** The project root (scripts run from anywhere). */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Reads the registries from content/registry/. */
export function loadRegistries(root = ROOT): Registries {
  const read = (name: string) => readFileSync(join(root, 'content', 'registry', name), 'utf8');
  return {
    departments: parseDepartments(read('departments.yaml')),
    topics: parseTopics(read('topics.yaml')),
    subtopics: parseSubtopics(read('subtopics.yaml')),
    jurisdictions: parseJurisdictionsCsv(read('jurisdictions.csv')),
  };
}
