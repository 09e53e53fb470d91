import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from '../../src/build/browser.ts';

/**
 * One Chromium for every test file, which each connects to (connectChromium in
 * tests/helpers/browser-session.ts) rather than start its own: starting and stopping Chromium takes about
 * 2.5 s of processor time, and each of the thirteen browser test files did. Each file's pages are in
 * browser contexts of its own, which close with its connection.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(chromiumLaunchOptions());
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the tests' shared Chromium listens, for playwright-core's connect. */
    chromiumEndpoint: string;
  }
}
