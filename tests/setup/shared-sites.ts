import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { asOfDate } from '../../src/domain/as-of.ts';
import { TEST_FOLDER } from './test-folder.ts';

/** The address the sample site is built for: a reserved test domain, for its sitemap and feeds (content/office.json sets none). */
export const SAMPLE_SITE_URL = 'https://norfolk.sample.test';
/** The date Exampleshire's shared site (exampleshireSite) is built as of. */
export const EXAMPLESHIRE_AS_OF = '2025-03-31';

/**
 * The sites that several test files read and none changes, each built once here, before any file runs,
 * rather than once by each file: the Norfolk sample, the fictional Exampleshire on two dates, and the
 * bilingual North Wales example. A test that needs a changed office or other options builds its own.
 */
// The sample is built as of today, named rather than left to each build process, so that a test can
// build it again as of the same day (tests/build/reproducible.test.ts), even past midnight.
const NORFOLK_AS_OF = asOfDate();

const SHARED_SITES = {
  norfolkSite: { office: 'content', env: { SITE_URL: SAMPLE_SITE_URL }, args: ['--as-of', NORFOLK_AS_OF] },
  // Its address is set for the test of the note to editors, which looks for it in the feeds and the sitemap.
  exampleshireSite: { office: 'tests/fixtures/offices/exampleshire', env: { SITE_URL: 'https://exampleshire.test' }, args: ['--as-of', EXAMPLESHIRE_AS_OF] },
  // A date in the spending year its fixtures cover.
  exampleshireSpendingSite: { office: 'tests/fixtures/offices/exampleshire', env: {}, args: ['--as-of', '2014-02-15'] },
  // The date its decision's history is checked on; the address, for its pages' alternates in the other language.
  northWalesSite: { office: 'examples/north-wales', env: { SITE_URL: 'https://bilingual.sample.test' }, args: ['--as-of', '2026-12-02'] },
} satisfies Record<string, { office: string; env: Record<string, string>; args: string[] }>;

/**
 * Two builds at a time, one for each core: Exampleshire's two one after the other, beside Norfolk's and
 * then North Wales's. Two builds of one office at once would both write its content store (in
 * node_modules/.astro/), which is empty in a fresh checkout.
 */
const BUILD_ORDER: (keyof typeof SHARED_SITES)[][] = [
  ['exampleshireSite', 'exampleshireSpendingSite'],
  ['norfolkSite', 'northWalesSite'],
];

/** Empties the tests' temporary folder, then builds the shared sites into .cache/test-sites/ (git-ignored). */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('norfolkAsOf', NORFOLK_AS_OF);
  rmSync(TEST_FOLDER, { recursive: true, force: true });
  mkdirSync(TEST_FOLDER, { recursive: true });
  await Promise.all(
    BUILD_ORDER.map(async (names) => {
      for (const name of names) {
        const { office, env, args } = SHARED_SITES[name];
        const out = resolve('.cache/test-sites', name);
        await promisify(execFile)(process.execPath, ['src/build/commands/build.ts', '--out', out, ...args], { env: { ...process.env, OFFICE: office, ...env } });
        project.provide(name, out);
      }
    }),
  );
}

declare module 'vitest' {
  export interface ProvidedContext {
    norfolkSite: string;
    /** The date norfolkSite is built as of. */
    norfolkAsOf: string;
    exampleshireSite: string;
    exampleshireSpendingSite: string;
    northWalesSite: string;
  }
}
