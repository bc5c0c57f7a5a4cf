import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node; the build test builds the site once (tests/build/setup.ts).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
