import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

describe('the services table on a phone', () => {
  it.each([320, 390])('shows every service’s provider and place whole, within %i pixels, and a filter hides the cards it leaves out', async (width) => {
    const page = await session.newPage({ viewport: { width, height: 800 } });
    await page.goto(session.url('/services/'));
    const cutOff = await page.$$eval('#services tbody tr', (rows, viewport) => rows.flatMap((row) =>
      [...row.querySelectorAll('td[data-label="Provider"], td[data-label="Where"]')].flatMap((cell) => {
        const box = cell.getBoundingClientRect();
        const hidden = box.width === 0 || box.left < 0 || box.right > viewport || cell.scrollWidth > cell.clientWidth;
        return hidden ? [`${row.querySelector('th')?.textContent}: ${cell.getAttribute('data-label')} from ${box.left} to ${box.right}`] : [];
      })), width);
    expect(cutOff).toEqual([]);
    // Each card names its fields, as the table's column headings are off-screen.
    expect(await page.locator('#services tbody tr').first().locator('td[data-label="Provider"]').evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Provider: "');
    // Opened, the mapping of the office's headings to the themes still fits.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    await page.locator('#filter-themes').selectOption('community-safety');
    await expect.poll(() => page.locator('#services tbody tr:visible').count()).toBe(7);
    await page.close();
  });
});
