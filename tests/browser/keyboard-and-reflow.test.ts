import { describe, expect, inject, it } from 'vitest';
import { sitePages } from '../../src/build/site-pages.ts';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

describe('keyboard, narrow screens and no JavaScript', () => {
  it('can be used with the keyboard alone: skip link, navigation, a filter and a chart page', async () => {
    const page = await session.newPage();
    await page.goto(session.url('/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Back to the top, then along the header to the main navigation.
    await page.goto(session.url('/'));
    let label = '';
    for (let presses = 0; presses < 12 && label !== 'Commissioned services'; presses++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(label).toBe('Commissioned services');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/services\/$/);
    await page.locator('#filter-themes').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#filter-count').textContent()).toMatch(/^Showing \d+ of 56 services\.$/);
    // A chart page: every figure's table can be reached and scrolled from the keyboard.
    await page.goto(session.url('/budgets/2016-17/'));
    const regions = await page.locator('.table-scroll[tabindex="0"]').count();
    expect(regions).toBeGreaterThan(3);
    await page.locator('.table-scroll[tabindex="0"]').first().focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('table-scroll'))).toBe(true);
    await page.close();
  });

  it('fits every page into 320 CSS pixels (400% zoom) without sideways scrolling, tables scrolling in their own region', async () => {
    const page = await session.newPage({ viewport: { width: 320, height: 800 } });
    const overflowing: string[] = [];
    for (const path of sitePages(inject('norfolkSite'))) {
      await page.goto(session.url(path));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${path} is ${width}px wide`);
    }
    await page.close();
    expect(overflowing).toEqual([]);
  });

  it('reads in a sensible order without JavaScript: one h1 first, no heading levels skipped', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    const problems: string[] = [];
    for (const path of sitePages(inject('norfolkSite'))) {
      await page.goto(session.url(path));
      const levels = await page.$$eval('main h1, main h2, main h3, main h4, main h5, main h6', (headings) => headings.map((h) => Number(h.tagName[1])));
      if (levels[0] !== 1 || levels.filter((l) => l === 1).length !== 1) problems.push(`${path}: headings ${levels.join(' ')}`);
      levels.forEach((level, index) => index > 0 && level > levels[index - 1]! + 1 && problems.push(`${path}: h${levels[index - 1]} then h${level}`));
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
