import { defineConfig } from 'vitest/config';

// Two projects: unit tests run in plain Node; build tests share one build of the site
// (tests/build/global-setup.ts) and only read dist/.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/build/global-setup.ts'], testTimeout: 60_000 } },
    ],
  },
});
