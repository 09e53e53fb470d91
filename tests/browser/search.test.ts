import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('#search-results li h3').allTextContents();
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto(session.url(`/search/?q=${encodeURIComponent(query)}`));
  await page.waitForSelector('#search-results li');
}

describe('search in Chromium', () => {
  it('puts decision 41/2020 at the top for "Community Safety Partnership"', async () => {
    const page = await session.newPage();
    await searchFor(page, 'Community Safety Partnership');
    const titles = await resultTitles(page);
    expect(titles.slice(0, 3)).toContain('The Norfolk Community Safety Partnership (NCSP)');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “Community Safety Partnership”\.$/);
    expect(await page.locator('#search-results li').first().textContent()).toContain('41/2020');
    await page.close();
  });

  it('narrows the results when a type filter is chosen', async () => {
    const page = await session.newPage();
    await searchFor(page, 'Norfolk');
    const before = await page.locator('#search-results li').count();
    const status = await page.locator('#search-status').textContent();
    await page.getByText('Filter the results').click();
    await page.getByLabel(/^Decision \(\d+\)$/).check();
    await expect.poll(() => page.locator('#search-status').textContent()).not.toBe(status);
    const after = await page.locator('#search-results li').count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    for (const detail of await page.locator('#search-results li p.muted').allTextContents()) expect(detail).toMatch(/^Decision/);
    expect(page.url()).toContain('type=Decision');
    await page.close();
  });

  it('works with the keyboard alone, from the header search box to a result', async () => {
    const page = await session.newPage();
    await page.goto(session.url(`/`));
    let focused = '';
    for (let presses = 0; presses < 6 && focused !== 'header-search-input'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('header-search-input');
    await page.keyboard.type('community safety');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=community\+safety/);
    await page.waitForSelector('#search-results li');
    // Tab through the form to the filters, open them with Enter, and tick the first with the space bar.
    await page.locator('#search-input').focus();
    let onSummary = false;
    for (let presses = 0; presses < 6 && !onSummary; presses++) {
      await page.keyboard.press('Tab');
      onSummary = await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
    }
    expect(onSummary).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-filters input[type="checkbox"]');
    let onFilter = false;
    for (let presses = 0; presses < 10 && !onFilter; presses++) {
      await page.keyboard.press('Tab');
      onFilter = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
    }
    expect(onFilter).toBe(true);
    const status = await page.locator('#search-status').textContent();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#search-status').textContent()).not.toBe(status);
    // And on to a result, which opens with Enter.
    await page.locator('#search-results li a').first().focus();
    const href = await page.locator('#search-results li a').first().getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    await page.close();
  });

  it('offers the listings and the site map without JavaScript', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await page.goto(session.url(`/search/?q=budget`));
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    for (const name of ['Decisions', 'Budgets', 'Site map (every page)']) expect(await page.getByRole('link', { name, exact: true }).last().isVisible()).toBe(true);
    await page.close();
  });
});
