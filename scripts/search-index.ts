/**
 * The search index step of npm run build: feeds the records the build's hook wrote (one file
 * per bundle in the folder given, src/integrations/search-index.ts) to Pagefind, bundle after
 * bundle, into <OUT_DIR>/pagefind/, once Astro's process has ended (so that its memory and
 * Pagefind's service's are not held at once). The records come from the corpus the pages were
 * built from: nothing is read or derived again.
 */
import { join, resolve } from 'node:path';
import { readRecordFiles, writeSearchIndex } from '../src/integrations/search-index.ts';
import { ROOT } from './lib/registries.ts';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('search-index: give the folder of records the build wrote (SEARCH_RECORDS_DIR)\n');
  process.exit(1);
}
await writeSearchIndex(readRecordFiles(dir), join(resolve(ROOT, process.env.OUT_DIR ?? 'dist'), 'pagefind'));
