import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** The address the sample site is built for: a reserved test domain, for its sitemap and feeds (content/office.json sets none). */
export const SAMPLE_SITE_URL = 'https://norfolk.sample.test';

/** Builds the Norfolk sample site once, before any test file runs, for every test that reads a built site. */
export default function setup(project: TestProject): void {
  const out = resolve('.cache/test-sites/norfolk');
  execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', out], { env: { ...process.env, OFFICE: 'content', SITE_URL: SAMPLE_SITE_URL }, stdio: 'pipe' });
  project.provide('norfolkSite', out);
}

declare module 'vitest' {
  export interface ProvidedContext {
    norfolkSite: string;
  }
}
