import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, serve } from '../../src/build/browser.ts';

/**
 * How long a test waits for a page to load, or for something to appear on it, before failing with
 * what it waited for: under a second on a quiet machine, a few beside another build. It only names a
 * wait that will never end, where Playwright's own 30 s could be missed by a busy machine.
 */
const WAIT_MS = 120_000;

/** A page in a browser context of its own, closed with the page, with the tests' time limit for each wait. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  page.context().setDefaultTimeout(WAIT_MS);
  return page;
}

/** Serves the built Norfolk site and opens Chromium for the tests of one file. */
export function browserSession(): { browser: () => Browser; url: (path: string) => string; newPage: (options?: BrowserContextOptions) => Promise<Page> } {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve(inject('norfolkSite'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser, url: (path) => site.url + path, newPage: (options) => openPage(browser, options) };
}
