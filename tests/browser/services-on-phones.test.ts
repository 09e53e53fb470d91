import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

describe('the services table on a phone', () => {
  it('shows every service’s provider and place whole, within 320 and within 390 pixels, and a filter hides the cards it leaves out', async () => {
    // The page is loaded once, at 320 pixels, and widened to 390: its table's layout is the style sheet's, which follows the window's width.
    const page = await session.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(session.url('/services/'));
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const cutOff = await page.$$eval('#services tbody tr', (rows, viewport) => rows.flatMap((row) =>
        [...row.querySelectorAll('td[data-label="Provider"], td[data-label="Where"]')].flatMap((cell) => {
          const box = cell.getBoundingClientRect();
          const hidden = box.width === 0 || box.left < 0 || box.right > viewport || cell.scrollWidth > cell.clientWidth;
          return hidden ? [`${row.querySelector('th')?.textContent}: ${cell.getAttribute('data-label')} from ${box.left} to ${box.right}`] : [];
        })), width);
      expect(cutOff, `at ${width}`).toEqual([]);
      // Each card names its fields, as the table's column headings are off-screen.
      expect(await page.locator('#services tbody tr').first().locator('td[data-label="Provider"]').evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Provider: "');
      // Opened, the mapping of the office's headings to the themes still fits.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `at ${width}`).toBe(width);
    }
    await page.locator('#filter-themes').selectOption('community-safety');
    await expect.poll(() => page.locator('#services tbody tr:visible').count()).toBe(7);
    // The cards the filter hid stay hidden at the narrower width too.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.locator('#services tbody tr:visible').count()).toBe(7);
    await page.close();
  });
});
