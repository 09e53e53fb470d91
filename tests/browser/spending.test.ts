import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility, violationLines } from '../../src/build/accessibility.ts';
import { launchChromium } from '../../src/build/browser.ts';
import { serve } from '../../src/build/static-server.ts';
import { openPage } from '../helpers/browser-session.ts';

// The fictional office's site, which publishes spending and grants files (the sample publishes none).
const PAGES = ['/spending/', '/spending/2013-12/', '/spending/suppliers/', '/spending/suppliers/northfield-fuel-supplies-ltd/', '/spending/grants/', '/data/'];
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  server = await serve(inject('exampleshireSpendingSite'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the spending pages of an office other than the sample', () => {
  it('break no WCAG 2.2 A or AA rule axe can test', async () => {
    expect(violationLines(await checkAccessibility(browser, server.url, PAGES))).toEqual([]);
  });

  it.each([320, 390])('fit a phone %i pixels wide, each payment a card naming its fields', async (width) => {
    const page = await openPage(browser, { viewport: { width, height: 800 } });
    for (const path of PAGES) {
      await page.goto(server.url + path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(width);
    }
    await page.goto(`${server.url}/spending/2013-12/`);
    const amount = page.locator('tbody tr').first().locator('td[data-label="Amount"]');
    expect(await amount.evaluate((cell) => getComputedStyle(cell, '::before').content)).toMatch(/^"Amount: "/);
    await page.close();
  });
});
