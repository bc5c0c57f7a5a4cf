/**
 * npm run build: checks the content (every problem, with lines), then builds the static site
 * with Astro, whose last step writes the search index (src/integrations/search-index.ts).
 * Each step runs on the project's pinned Node.
 * CONTENT_ROOT and OUT_DIR (default dist/, relative to the project root) reach every step,
 * so that the benchmark builds a synthetic corpus into a folder of its own.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatHeadersFile } from '../src/lib/site/headers.ts';
import { ROOT } from './lib/registries.ts';

function run(label: string, args: string[]): void {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    process.stderr.write(`build: ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
  process.stderr.write(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

run('content check', [join(ROOT, 'scripts', 'check-content.ts')]);
run('astro build', [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
// Static hosts read dist/_headers; the same policy is in every page's <meta> tag.
writeFileSync(join(resolve(ROOT, process.env.OUT_DIR ?? 'dist'), '_headers'), formatHeadersFile());
