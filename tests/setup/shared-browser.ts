import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions, chromiumPath } from '../../src/build/browser.ts';

/**
 * One Chromium for every test file, which each connects to (connectChromium in
 * tests/helpers/browser-session.ts) rather than start its own: starting and stopping Chromium takes about
 * 2.5 s of processor time, and each of the thirteen browser test files did. Each file's pages are in
 * browser contexts of its own, which close with its connection.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(chromiumLaunchOptions()).catch((error: unknown) => {
    const reason = (error as Error).message.split('\n')[0];
    throw new Error(`The tests need Chromium at ${chromiumPath()}: install Debian's chromium-headless-shell package (or chromium), or set CHROMIUM_PATH to another. (${reason})`);
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the tests' shared Chromium listens, for playwright-core's connect. */
    chromiumEndpoint: string;
  }
}
