import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { browserSession, requestsElsewhere } from '../helpers/browser-session.ts';
import { KNOWN_REFUSALS, knownRefusal } from '../helpers/editor-refusals.ts';
import { NORFOLK, TempOffice } from '../helpers/office.ts';

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
    expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/^\/admin\/editor\/assets\/material-symbols-outlined-.*\.woff2$/), expect.stringMatching(/^\/admin\/editor\/assets\/source-sans-3-.*\.woff2$/)]));
    // Each known refusal is seen (the status check may come after the sign-in screen), and nothing else.
    await expect.poll(() => [...new Set(errors.map(knownRefusal).filter(Boolean))].sort()).toEqual(Object.keys(KNOWN_REFUSALS).sort());
    expect(errors.filter((error) => !knownRefusal(error))).toEqual([]);
    // Sveltia warns of a configuration option it does not support (it did of Decap's `locale`).
    expect(warnings).toEqual([]);
    expect(elsewhere()).toEqual([]);
    await page.close();
  });
});

/** The decision notices Sveltia's test backend has saved, by file name. */
function savedDecisions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    try {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
      const folder = await (await root.getDirectoryHandle('content')).getDirectoryHandle('decisions');
      const texts: Record<string, string> = {};
      for await (const [name, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'file') texts[name] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
      return texts;
    } catch {
      return {};
    }
  });
}

describe("what the content editor saves (Sveltia's test backend, which keeps its files in the browser)", () => {
  it('a new decision notice with only its required fields and a reference: nothing left empty, numbered, and passing the check', async () => {
    const page = await session.newPage();
    // The site's own configuration, but for its backend: the test backend needs no GitHub.
    await page.route('**/admin/config.yml*', async (route) => {
      const config = parse(await (await route.fetch()).text()) as Record<string, unknown>;
      await route.fulfill({ contentType: 'text/yaml', body: stringify({ ...config, backend: { name: 'test-repo' } }) });
    });
    await page.goto(session.url('/admin/'), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Work with Test Repository' }).click();
    await page.getByText('Collections').first().waitFor();
    await page.goto(session.url('/admin/#/collections/decisions/new'));
    await page.getByLabel('Reference', { exact: true }).fill('42/2020');
    await page.getByLabel('Title', { exact: true }).fill('Funding for the Norfolk Community Safety Partnership');
    await page.getByLabel('Date', { exact: true }).fill('2020-12-01');
    await page.getByLabel('Police and Crime Commissioner', { exact: true }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    // The test backend writes the entry into the browser's private file system, under the office's folder:
    // the file is made, then written, and a read while it is written sees it empty or not at all.
    let saved: [string, string][] = [];
    await expect.poll(async () => (saved = Object.entries(await savedDecisions(page)))).toEqual([[expect.any(String), expect.stringMatching(/\S/)]]);
    const [[name, text]] = saved as [[string, string]];
    expect(text).toMatch(/^numbered: true$/m);
    // Optional fields left empty are left out, not written empty (output.omit_empty_optional_fields).
    expect(text).not.toMatch(/: *(''|""|null|\[\]|\{\})? *$/m);
    const office = new TempOffice(NORFOLK);
    try {
      office.write(`decisions/${name}`, text);
      expect(office.check().problems.filter((p) => p.file.endsWith(name) && p.severity === 'error')).toEqual([]);
    } finally {
      office.remove();
    }
    await page.close();
  });
});
