import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

describe('budget pages, as a resident uses them', () => {
  it('finds what a Band B household paid for policing in 2021/22, from the home page', async () => {
    const page = await session.newPage();
    await page.goto(session.url('/'));
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Budgets' }).click();
    await page.getByRole('link', { name: '2021/22', exact: true }).click();
    await page.waitForURL(/\/budgets\/2021-22\/$/);
    const bands = page.getByRole('table', { name: /Police precept by council tax band, 2021\/22/ });
    const bandB = bands.getByRole('row', { name: /^B\b/ });
    expect(await bandB.getByRole('cell').allTextContents()).toEqual(['£216.23', '£4.16']);
    await page.close();
  });

  it('opens "About these figures" when a reader follows the mark on a total that does not add up', async () => {
    const page = await session.newPage();
    await page.goto(session.url('/budgets/2021-22/'));
    const notes = page.locator('#allocation-notes');
    expect(await notes.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#allocation-note-1').isVisible()).toBe(false);
    await page.getByRole('link', { name: /Note 1: this total does not add up as published/ }).first().click();
    await expect.poll(() => page.locator('#allocation-note-1').isVisible()).toBe(true);
    await page.close();
  });
});
