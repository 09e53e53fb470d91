import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, violationLines } from '../../src/build/accessibility.ts';
import { launchChromium } from '../../src/build/browser.ts';
import { serve } from '../../src/build/static-server.ts';
import { openPage } from '../helpers/browser-session.ts';

/** The fictional office, which publishes spending and grants files (the sample publishes none). */
const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const PAGES = ['/spending/', '/spending/2013-12/', '/spending/suppliers/', '/spending/suppliers/northfield-fuel-supplies-ltd/', '/spending/grants/', '/data/'];
const work = mkdtempSync(join(tmpdir(), 'spending-browser-'));
const site = join(work, 'site');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', site, '--as-of', '2014-02-15'], { env: { ...process.env, OFFICE: EXAMPLESHIRE }, stdio: 'pipe' });
  server = await serve(site);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
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
