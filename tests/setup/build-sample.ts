import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** Builds the Norfolk sample site once, before any test file runs, for every test that reads a built site. */
export default function setup(project: TestProject): void {
  const out = resolve('.cache/test-sites/norfolk');
  execFileSync(process.execPath, ['scripts/build.ts', '--out', out], { env: { ...process.env, OFFICE: 'content' }, stdio: 'pipe' });
  project.provide('norfolkSite', out);
}

declare module 'vitest' {
  export interface ProvidedContext {
    norfolkSite: string;
  }
}
