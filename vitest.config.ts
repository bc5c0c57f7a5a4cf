import { defineConfig } from 'vitest/config';

// Three layers (README, "Tests"): unit tests run in plain Node; build tests share one build
// of the site and only read dist/; browser tests drive Debian's Chromium against that same
// build. The build runs once per `vitest run` (tests/build/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/build/global-setup.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
