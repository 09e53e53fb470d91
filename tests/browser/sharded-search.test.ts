import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/build/browser.ts';
import { serve } from '../../src/build/static-server.ts';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import { writeSyntheticOffice } from '../../bench/synthetic-office.ts';
import { deployment } from '../../src/domain/deployment.ts';
import { openPage } from '../helpers/browser-session.ts';

// An office of 300 generated decision notices, its site built with one index as usual, beside a copy
// whose index is cut into shards of 60 pages, as a large office's is.
let browser: Browser;
const sites: Record<'single' | 'sharded', Awaited<ReturnType<typeof serve>>> = {} as never;
const work = mkdtempSync(join(tmpdir(), 'sharded-search-'));
const [office, single, sharded] = ['office', 'single', 'sharded'].map((name) => join(work, name)) as [string, string, string];

beforeAll(async () => {
  writeSyntheticOffice('content', office, 300);
  execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', single, '--as-of', '2026-01-01'], { env: { ...process.env, OFFICE: office }, stdio: 'pipe' });
  cpSync(single, sharded, { recursive: true });
  await buildSearchIndex(sharded, { pagesPerShard: 60 });
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

/** Every result of a search on the search page, with the date each shows, fetching more until there are no more. */
async function allResults(site: keyof typeof sites, query: string, sort = ''): Promise<{ href: string; date: string }[]> {
  const page: Page = await openPage(browser);
  await page.goto(`${sites[site].url}/search/?q=${encodeURIComponent(query)}${sort ? `&sort=${sort}` : ''}`);
  await page.waitForSelector('#search-results li');
  while (await page.locator('#search-more').isVisible()) {
    const shown = await page.locator('#search-results li').count();
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(shown);
  }
  const results = await page.locator('#search-results li').evaluateAll((items) =>
    items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, date: item.querySelector('.muted')!.textContent!.match(/(\d{1,2} )?[A-Z][a-z]+ \d{4}/)?.[0] ?? '' })),
  );
  await page.close();
  return results;
}

/** The first day a result's date may be (a register entry dated by its month, "March 2016", sorts as its first day). */
const day = (date: string) => Date.parse(`${/^\d/.test(date) ? date : `1 ${date}`} UTC`);

describe('a search index in shards, in Chromium', () => {
  it('is cut into several shards, listed for the search page', () => {
    expect(JSON.parse(readFileSync(join(sharded, 'pagefind', 'shards.json'), 'utf8')).length).toBeGreaterThan(2);
  });

  it('finds the same pages as one index, the best match still first', async () => {
    for (const query of ['victims', 'partnership', 'budget']) {
      const [oneIndex, shards] = [await allResults('single', query), await allResults('sharded', query)];
      // Pagefind matches the last word of a query as a prefix too ("budget" finds "budgetary"), but only
      // among the words of the index chunk it loads for the query; the shards load a chunk from each
      // shard, cut at other words, so they may find a prefix match one index misses. Every page one index
      // finds, the shards find; any other they find has a word starting with the query.
      const found = shards.map((result) => result.href);
      expect(found).toEqual(expect.arrayContaining(oneIndex.map((result) => result.href)));
      for (const extra of found.filter((href) => !oneIndex.some((result) => result.href === href)))
        expect(readFileSync(join(single, extra, 'index.html'), 'utf8')).toMatch(new RegExp(`\\b${query}\\w+`, 'i'));
      expect(shards.length).toBeGreaterThan(10);
    }
    // A notice's own title finds that notice first, whichever shard holds it.
    for (const file of ['2015-0003.md', '2019-0020.md', '2024-0025.md']) {
      const title = /^title: "(.*)"$/m.exec(readFileSync(join(office, 'decisions', file), 'utf8'))![1]!;
      const reference = /\((\d+)\/(\d{4})\)$/.exec(title)!;
      expect((await allResults('sharded', title))[0]?.href).toBe(`/decisions/${reference[1]}-${reference[2]}/`);
    }
  });

  it.each(['date:desc', 'date:asc'])('puts results in exact date order across the shards (%s)', async (sort) => {
    const [single, sharded] = [await allResults('single', 'victims', sort), await allResults('sharded', 'victims', sort)];
    const days = sharded.map((result) => day(result.date));
    expect(days.every(Number.isFinite)).toBe(true);
    expect(days).toEqual([...days].sort((a, b) => (sort === 'date:desc' ? b - a : a - b)));
    expect(sharded.map((result) => result.date)).toEqual(single.map((result) => result.date));
    expect(sharded.length).toBeGreaterThan(20);
  });
});
