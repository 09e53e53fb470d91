import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * The accessibility test leaves its report here; it is moved into data/, where the accessibility
 * statement reads it, only once every test has finished, so no build running during the tests sees
 * its input change.
 */
export const PENDING_ACCESSIBILITY_REPORT = resolve('.cache/accessibility-report.json');

/** The address the sample site is built for: a reserved test domain, for its sitemap and feeds (content/office.json sets none). */
export const SAMPLE_SITE_URL = 'https://norfolk.sample.test';

/** Builds the Norfolk sample site once, before any test file runs, for every test that reads a built site. */
export default function setup(project: TestProject): () => void {
  rmSync(PENDING_ACCESSIBILITY_REPORT, { force: true });
  const out = resolve('.cache/test-sites/norfolk');
  execFileSync(process.execPath, ['scripts/build.ts', '--out', out], { env: { ...process.env, OFFICE: 'content', SITE_URL: SAMPLE_SITE_URL }, stdio: 'pipe' });
  project.provide('norfolkSite', out);
  return () => {
    if (existsSync(PENDING_ACCESSIBILITY_REPORT)) renameSync(PENDING_ACCESSIBILITY_REPORT, 'data/accessibility-report.json');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    norfolkSite: string;
  }
}
