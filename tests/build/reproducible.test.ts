/**
 * Reproducible builds: the test run builds the site twice (tests/build/global-setup.ts),
 * the second time in another time zone and locale, and every file of dist/ (pages, open
 * data, the Pagefind index, _headers) must be byte-identical. No file is exempt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_BUILD_MANIFEST, hashTree } from './global-setup.ts';

const fresh = existsSync(FIRST_BUILD_MANIFEST) && process.env.SKIP_BUILD !== '1';

describe('two builds of the same commit', () => {
  it.skipIf(!fresh)('produce byte-identical dist/ in another time zone and locale (skipped with SKIP_BUILD=1)', () => {
    const first: { env: { TZ: string }; files: Record<string, string> } = JSON.parse(readFileSync(FIRST_BUILD_MANIFEST, 'utf8'));
    const second = hashTree(join(import.meta.dirname, '..', '..', 'dist'));
    expect(first.env.TZ).not.toBe('America/Los_Angeles');
    expect(Object.keys(second).length).toBeGreaterThan(100);
    expect(Object.keys(second).some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differ = Object.keys({ ...first.files, ...second }).filter((f) => first.files[f] !== second[f]);
    expect(differ).toEqual([]);
  });
});
