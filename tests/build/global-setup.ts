import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the site once per test run (npm run build: content check, Astro, search index)
 * unless SKIP_BUILD=1 and a dist/ exists; the build tests then only read dist/, and the
 * browser tests serve it.
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  // The build and browser projects each load this setup (as separate module instances, in
  // one process): the environment tells the second that the first has built the site.
  if (process.env.SITE_BUILT_BY_TEST_RUN === '1') return;
  process.env.SITE_BUILT_BY_TEST_RUN = '1';
  if (process.env.SKIP_BUILD === '1' && existsSync(join(root, 'dist', 'index.html'))) return;
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`the site build failed (exit ${result.status}); see the output above`);
}
