import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/check/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
