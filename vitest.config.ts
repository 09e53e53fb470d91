import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-sample.ts'],
    // The build tests run real Astro builds of the sample offices.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
