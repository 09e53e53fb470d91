import { delimiter, resolve } from 'node:path';

/**
 * The tests' temporary folder (os.tmpdir() in every test file, and in the builds they start), inside the
 * checkout and git-ignored. A build whose output folder is outside the working folder has Astro prerender
 * its pages in the working folder's one .astro/.prerender/, which it empties and removes, so two such
 * builds at once break each other ("Cannot find module '.astro/.prerender/chunks/…'"); one whose output
 * folder is inside has a .prerender/ of its own there (getOutDirWithinCwd in astro/dist/core/build/common.js).
 * Inside it, too, the prerendered pages find the checkout's node_modules, as they must.
 */
export const TEST_FOLDER = resolve('.cache/tmp');

/** The environment that makes TEST_FOLDER every test's temporary folder, for vitest's `env`. */
export function inTestFolder(env: Record<string, string | undefined> = process.env): Record<string, string> {
  return {
    TMPDIR: TEST_FOLDER,
    // Git looks no further up than the test folder for a repository, as in the system's temporary folder:
    // a copy of an office there is in none, not in the checkout's, whose history would date its entries.
    GIT_CEILING_DIRECTORIES: [env.GIT_CEILING_DIRECTORIES, TEST_FOLDER].filter(Boolean).join(delimiter),
  };
}
