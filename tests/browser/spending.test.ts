import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityCheckFiles, checkAccessibility, violationLines } from '../../src/build/accessibility.ts';
import { serve } from '../../src/build/static-server.ts';
import { connectChromium, openPage } from '../helpers/browser-session.ts';

// The fictional office's site, which publishes spending and grants files (the sample publishes none).
const PAGES = ['/spending/', '/spending/2013-12/', '/spending/suppliers/', '/spending/suppliers/northfield-fuel-supplies-ltd/', '/spending/grants/', '/data/'];
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  server = await serve(inject('exampleshireSpendingSite'), { files: accessibilityCheckFiles });
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the spending pages of an office other than the sample', () => {
  it('break no WCAG 2.2 A or AA rule axe can test', async () => {
    expect(violationLines(await checkAccessibility(browser, server.url, PAGES))).toEqual([]);
  });

  it('fit a phone 320 pixels wide and one 390 pixels wide, each payment a card naming its fields', async () => {
    const page = await openPage(browser, { viewport: { width: 320, height: 800 } });
    for (const path of PAGES) {
      await page.goto(server.url + path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      // Each page is loaded once and seen at both widths: these pages run no script, so their layout is the style sheet's alone, which follows the window's width.
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}`).toBe(width);
        if (path === '/spending/2013-12/') {
          const amount = page.locator('tbody tr').first().locator('td[data-label="Amount"]');
          expect(await amount.evaluate((cell) => getComputedStyle(cell, '::before').content), `at ${width}`).toMatch(/^"Amount: "/);
        }
      }
    }
    await page.close();
  });
});
