import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, serve } from '../../scripts/lib/browser.ts';

/** Serves the built Norfolk site and opens Chromium for the tests of one file. */
export function browserSession(): { browser: () => Browser; url: (path: string) => string } {
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
  return { browser: () => browser, url: (path) => site.url + path };
}
