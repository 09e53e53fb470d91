import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/shared-sites.ts'],
    // One file at a time: two builds at once into folders outside the checkout (the tests' temporary
    // folders) break each other, as Astro then prerenders both in the checkout's .astro/.prerender/
    // (seen: "Cannot find module .astro/.prerender/chunks/…" with two files at a time).
    maxWorkers: 1,
    // Limits that only stop a test that hangs, never one that is slow. The longest tests run up to four
    // builds of an office, each 10-20 s on a quiet machine and several times that beside another build.
    // The accessibility check of every page sets its own limit, from a budget for each page.
    testTimeout: 15 * 60_000,
    hookTimeout: 15 * 60_000,
    // A poll waits for a page to finish something it started (a chart drawn, search results counted):
    // well under a second on a quiet machine; a minute only names a page that never finishes.
    expect: { poll: { timeout: 60_000 } },
  },
});
