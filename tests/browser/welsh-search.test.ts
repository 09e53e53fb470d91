import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/build/browser.ts';
import { serve } from '../../src/build/static-server.ts';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import { deployment } from '../../src/domain/deployment.ts';
import { openPage } from '../helpers/browser-session.ts';
import { CLEVELAND } from '../helpers/office.ts';

// Cleveland in English and Welsh, its site built with one index as usual, beside a copy whose index is
// cut into shards of 10 pages, as a large office's is.
let browser: Browser;
const sites: Record<'single' | 'sharded', Awaited<ReturnType<typeof serve>>> = {} as never;
const work = mkdtempSync(join(tmpdir(), 'welsh-search-'));
const [office, single, sharded] = ['office', 'single', 'sharded'].map((name) => join(work, name)) as [string, string, string];

beforeAll(async () => {
  cpSync(CLEVELAND, office, { recursive: true });
  const config = JSON.parse(readFileSync(join(office, 'office.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(office, 'office.json'), JSON.stringify({ ...config, translation: { language: 'cy-GB', name: 'Swyddfa Comisiynydd Heddlu a Throseddu Cleveland' } }));
  execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', single, '--as-of', '2026-01-01'], { env: { ...process.env, OFFICE: office }, stdio: 'pipe' });
  cpSync(single, sharded, { recursive: true });
  await buildSearchIndex(sharded, { pagesPerShard: 10, byPageLanguage: true });
  sites.single = await serve(single);
  sites.sharded = await serve(sharded);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((site) => site.close()));
  rmSync(work, { recursive: true, force: true });
  rmSync(deployment({ OFFICE: office }).cacheDir, { recursive: true, force: true });
});

/** A search of every record on a site's search page in a language ('' or 'cy/'): the addresses of every result, and what the page says of them. */
async function search(site: keyof typeof sites, language: '' | 'cy/', query: string): Promise<{ links: string[]; status: string }> {
  const page: Page = await openPage(browser);
  await page.goto(`${sites[site].url}/${language}search/?q=${encodeURIComponent(query)}&all=1`);
  await expect.poll(() => page.locator('#search-status').textContent()).not.toBe('');
  while (await page.locator('#search-more').isVisible()) {
    const count = await page.locator('#search-results li').count();
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(count);
  }
  const links = await page.locator('#search-results li h3 a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  const status = (await page.locator('#search-status').textContent()) ?? '';
  await page.close();
  return { links, status };
}

describe('search on a site in English and Welsh', () => {
  for (const site of ['single', 'sharded'] as const) {
    it(`finds only Welsh pages from the Welsh search page, and only English ones from the English (${site} index)`, async () => {
      const [welsh, english] = [await search(site, 'cy/', 'Mountain Rescue'), await search(site, '', 'Mountain Rescue')];
      expect(welsh.links).toContain('/cy/decisions/20-2016/');
      expect(english.links).toContain('/decisions/20-2016/');
      for (const link of welsh.links) expect(link).toMatch(/^\/cy\//);
      for (const link of english.links) expect(link).not.toMatch(/^\/cy\//);
      expect(welsh.status).toMatch(/^\d+ (canlyniad|ganlyniad|chanlyniad) ar gyfer “Mountain Rescue”\.$/);
      expect(english.status).toMatch(/^\d+ results? for “Mountain Rescue”\.$/);
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
