import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** The address the sample site is built for: a reserved test domain, for its sitemap and feeds (content/office.json sets none). */
export const SAMPLE_SITE_URL = 'https://norfolk.sample.test';

/**
 * The sites that several test files read and none changes, each built once here, before any file runs,
 * rather than once by each file: the Norfolk sample, the fictional Exampleshire on two dates, and the
 * bilingual North Wales example. A test that needs a changed office or other options builds its own.
 */
const SHARED_SITES = {
  norfolkSite: { office: 'content', env: { SITE_URL: SAMPLE_SITE_URL }, args: [] },
  // Its address is set for the test of the note to editors, which looks for it in the feeds and the sitemap.
  exampleshireSite: { office: 'tests/fixtures/offices/exampleshire', env: { SITE_URL: 'https://exampleshire.test' }, args: ['--as-of', '2025-03-31'] },
  // A date in the spending year its fixtures cover.
  exampleshireSpendingSite: { office: 'tests/fixtures/offices/exampleshire', env: {}, args: ['--as-of', '2014-02-15'] },
  // The date its decision's history is checked on; the address, for its pages' alternates in the other language.
  northWalesSite: { office: 'examples/north-wales', env: { SITE_URL: 'https://bilingual.sample.test' }, args: ['--as-of', '2026-12-02'] },
} satisfies Record<string, { office: string; env: Record<string, string>; args: string[] }>;

/** Builds the shared sites into .cache/test-sites/ (git-ignored), one after another, as the tests' own builds are. */
export default function setup(project: TestProject): void {
  for (const [name, { office, env, args }] of Object.entries(SHARED_SITES)) {
    const out = resolve('.cache/test-sites', name);
    execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', out, ...args], { env: { ...process.env, OFFICE: office, ...env }, stdio: 'pipe' });
    project.provide(name as keyof typeof SHARED_SITES, out);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    norfolkSite: string;
    exampleshireSite: string;
    exampleshireSpendingSite: string;
    northWalesSite: string;
  }
}
