import { defineConfig } from 'vitest/config';
import SlowFirst from './tests/setup/slow-first.ts';
import { inTestFolder } from './tests/setup/test-folder.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/shared-browser.ts', 'tests/setup/shared-sites.ts'],
    // Three files at a time on the two cores of this machine and CI's. With two, a third of the processor
    // time went unused (a file waiting on Chromium, a build waiting on its indexer): a run took 644 s with
    // two and 516 s with three, and 514 s with four (docs/performance.md). Each test's temporary folder is
    // in the checkout (see tests/setup/test-folder.ts), so each build there prerenders in a folder of its
    // own, and builds at once do not break each other as they did in the system's temporary folder.
    maxWorkers: 3,
    // A worker keeps the modules it has loaded from one test file to the next, rather than load them again
    // for each: 68 s of loading in a run became 15 s. A test that loads a module for another office (OFFICE)
    // loads it afresh and leaves it to be loaded afresh (vi.resetModules), as tests/unit/translated-entries.test.ts does.
    isolate: false,
    env: inTestFolder(),
    sequence: { sequencer: SlowFirst },
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
