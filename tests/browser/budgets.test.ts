import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

describe('budget pages, as a resident uses them', () => {
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
