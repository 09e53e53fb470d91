import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../src/build/static-server.ts';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import { connectChromium, openPage } from '../helpers/browser-session.ts';

// The shared North Wales site, in English and Welsh, with one index as its build wrote it, beside a copy
// whose index is cut into shards of 4 pages (two dates, each in both languages), as a large office's is.
let browser: Browser;
const sites: Record<'single' | 'sharded', Awaited<ReturnType<typeof serve>>> = {} as never;
const work = mkdtempSync(join(tmpdir(), 'welsh-search-'));
const sharded = join(work, 'sharded');
/** A decision in a shard older than the newest, published in both languages, that names Bodlondeb (the offices), as several pages in each language do. */
const DECISION = 'decisions/2025-01-police-precept-for-2025-26/';

beforeAll(async () => {
  cpSync(inject('northWalesSite'), sharded, { recursive: true });
  await buildSearchIndex(sharded, { pagesPerShard: 4, byPageLanguage: true });
  sites.single = await serve(inject('northWalesSite'));
  sites.sharded = await serve(sharded);
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((site) => site.close()));
  rmSync(work, { recursive: true, force: true });
});

/** A search of every record on a site's search page in a language ('' or 'cy/'): the addresses of every result (a page of them, none left for "more"), and what the page says of them. */
async function search(site: keyof typeof sites, language: '' | 'cy/', query: string): Promise<{ links: string[]; status: string }> {
  const page: Page = await openPage(browser);
  await page.goto(`${sites[site].url}/${language}search/?q=${encodeURIComponent(query)}&all=1`);
  await expect.poll(() => page.locator('#search-status').textContent()).not.toBe('');
  expect(await page.locator('#search-more').isHidden()).toBe(true);
  const links = await page.locator('#search-results li h3 a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  const status = (await page.locator('#search-status').textContent()) ?? '';
  await page.close();
  return { links, status };
}

describe('search on a site in English and Welsh', () => {
  for (const site of ['single', 'sharded'] as const) {
    it(`finds only Welsh pages from the Welsh search page, and only English ones from the English (${site} index)`, async () => {
      const [welsh, english] = [await search(site, 'cy/', 'Bodlondeb'), await search(site, '', 'Bodlondeb')];
      expect(welsh.links).toContain(`/cy/${DECISION}`);
      expect(english.links).toContain(`/${DECISION}`);
      for (const link of welsh.links) expect(link).toMatch(/^\/cy\//);
      for (const link of english.links) expect(link).not.toMatch(/^\/cy\//);
      expect(welsh.status).toMatch(/^\d+ (canlyniad|ganlyniad|chanlyniad) ar gyfer “Bodlondeb”\.$/);
      expect(english.status).toMatch(/^\d+ results? for “Bodlondeb”\.$/);
    });
  }

  it('says in Welsh which records a first search left out, and offers to search them all', async () => {
    const page: Page = await openPage(browser);
    await page.goto(`${sites.sharded.url}/cy/search/?q=${encodeURIComponent('Heddlu')}`);
    await expect.poll(() => page.locator('#search-status').textContent()).not.toBe('');
    expect(await page.locator('#search-scope-text').textContent()).toMatch(/^Ni chwiliwyd cofnodion dyddiedig cyn \d{1,2} \S+ \d{4}\.$/);
    await page.getByRole('button', { name: 'Chwilio pob cofnod' }).click();
    await expect.poll(() => page.locator('#search-scope').isHidden()).toBe(true);
    await page.close();
  });

  it('says in Welsh that nothing was found', async () => {
    expect((await search('single', 'cy/', 'zzzzqqq')).status).toBe('Dim canlyniadau ar gyfer “zzzzqqq”.');
  });
});
