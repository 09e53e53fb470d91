import { describe, expect, it } from 'vitest';
import { browserSession, requestsElsewhere } from '../helpers/browser-session.ts';
import { KNOWN_REFUSALS, knownRefusal } from '../helpers/editor-refusals.ts';

const session = browserSession();

describe('the content editor at /admin/', () => {
  it('loads its generated configuration and offers to sign in with an access token, with its fonts from the site, nothing fetched from elsewhere, no warning and no console error but the known refusals', async () => {
    const page = await session.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    const loaded: string[] = [];
    page.on('console', (message) => (message.type() === 'error' ? errors : message.type() === 'warning' ? warnings : []).push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const elsewhere = requestsElsewhere(page, session.url('/'));
    page.on('response', (response) => response.ok() && loaded.push(new URL(response.url()).pathname));
    await page.goto(session.url('/admin/'), { waitUntil: 'networkidle' });
    await page.getByText('Sign In Using Access Token').waitFor();
    // Only the access token is offered: there is no OAuth client to sign in through.
    expect(await page.getByText('Sign In with GitHub').count()).toBe(0);
    expect(loaded).toContain('/admin/config.yml');
    expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/^\/_astro\/material-symbols-outlined-.*\.woff2$/), expect.stringMatching(/^\/_astro\/source-sans-3-.*\.woff2$/)]));
    // Each known refusal is seen (the status check may come after the sign-in screen), and nothing else.
    await expect.poll(() => [...new Set(errors.map(knownRefusal).filter(Boolean))].sort()).toEqual(Object.keys(KNOWN_REFUSALS).sort());
    expect(errors.filter((error) => !knownRefusal(error))).toEqual([]);
    // Sveltia warns of a configuration option it does not support (it did of Decap's `locale`).
    expect(warnings).toEqual([]);
    expect(elsewhere()).toEqual([]);
    await page.close();
  });
});
