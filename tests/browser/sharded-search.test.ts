import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/build/static-server.ts';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import { writeSyntheticOffice } from '../../bench/synthetic-office.ts';
import { deployment } from '../../src/domain/deployment.ts';
import { connectChromium, openPage } from '../helpers/browser-session.ts';

// An office of 120 generated decision notices, ten a year, its site built with one index as usual, beside
// a copy whose index is cut into shards of 30 pages, as a large office's is. In the copy, one notice of
// 2013 has two words of its own, which only a search of the older shards finds: one with no beginning in
// common with any other page's words, and one that begins with a word many pages have.
let browser: Browser;
const sites: Record<'single' | 'sharded', Awaited<ReturnType<typeof serve>>> = {} as never;
const work = mkdtempSync(join(tmpdir(), 'sharded-search-'));
const [office, single, sharded] = ['office', 'single', 'sharded'].map((name) => join(work, name)) as [string, string, string];
const OLD_NOTICE = 'decisions/2-2013';
const OLD_WORD = 'quillwort';
const OLD_LONGER_WORD = 'victimhood';

beforeAll(async () => {
  writeSyntheticOffice('content', office, 120);
  execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', single, '--as-of', '2026-01-01'], { env: { ...process.env, OFFICE: office }, stdio: 'pipe' });
  cpSync(single, sharded, { recursive: true });
  const oldNotice = join(sharded, OLD_NOTICE, 'index.html');
  writeFileSync(oldNotice, readFileSync(oldNotice, 'utf8').replace('</h1>', ` ${OLD_WORD} ${OLD_LONGER_WORD}</h1>`));
  await buildSearchIndex(sharded, { pagesPerShard: 30 });
  sites.single = await serve(single);
  sites.sharded = await serve(sharded);
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((site) => site.close()));
  rmSync(work, { recursive: true, force: true });
  rmSync(deployment({ OFFICE: office }).cacheDir, { recursive: true, force: true });
});

type Result = { href: string; date: string };

/**
 * Every result of the search a page has made, with the date each shows: "more" is pressed in the page
 * itself until it is gone, each press once the last one's results are shown (the first test presses it
 * as a reader does).
 */
function everyResult(page: Page): Promise<Result[]> {
  return page.evaluate(async () => {
    const list = document.querySelector('#search-results')!;
    const more = document.querySelector<HTMLButtonElement>('#search-more')!;
    while (!more.hidden) {
      const shown = list.children.length;
      const grown = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => list.children.length > shown && (observer.disconnect(), resolve()));
        observer.observe(list, { childList: true });
      });
      more.click();
      await grown;
    }
    return [...list.querySelectorAll('li')].map((item) => ({
      href: item.querySelector('a')!.getAttribute('href')!,
      date: item.querySelector('.muted')!.textContent!.match(/(\d{1,2} )?[A-Z][a-z]+ \d{4}/)?.[0] ?? '',
    }));
  });
}

/** Each site's search page of every record, opened once: its search form makes each search there in turn. */
const everyRecordPages = new Map<keyof typeof sites, Promise<Page>>();
function everyRecordPage(site: keyof typeof sites): Promise<Page> {
  if (!everyRecordPages.has(site))
    everyRecordPages.set(site, (async () => {
      const page = await openPage(browser);
      await page.goto(`${sites[site].url}/search/?all=1`);
      // The note that search needs JavaScript goes once the form searches on the page.
      await page.locator('#search-needs-js').waitFor({ state: 'detached' });
      return page;
    })());
  return everyRecordPages.get(site)!;
}

const searched = new Map<string, Promise<Result[]>>();
/**
 * Every result of a search on the search page (of every record, unless `newest`), with the date each shows.
 * Each search is made once, for every test that makes it: the sites do not change. The tests make one
 * search at a time, as each page of every record makes them in turn.
 */
function allResults(site: keyof typeof sites, query: string, sort = '', { newest = false } = {}): Promise<Result[]> {
  const key = JSON.stringify([site, query, sort, newest]);
  if (!searched.has(key)) searched.set(key, newest ? searchNewest(site, query, sort) : searchEveryRecord(site, query, sort));
  return searched.get(key)!;
}

/** A search as a first search is made, from the page's address: the newest shard first. */
async function searchNewest(site: keyof typeof sites, query: string, sort: string): Promise<Result[]> {
  const page: Page = await openPage(browser);
  await page.goto(`${sites[site].url}/search/?q=${encodeURIComponent(query)}${sort ? `&sort=${sort}` : ''}`);
  await expect.poll(() => page.locator('#search-status').textContent()).not.toBe('');
  const results = await everyResult(page);
  await page.close();
  return results;
}

/** A search of every record, made with the form of the site's page of every record, once the page says it has finished. */
async function searchEveryRecord(site: keyof typeof sites, query: string, sort: string): Promise<Result[]> {
  const page = await everyRecordPage(site);
  await page.evaluate(([query, sort]) => {
    document.querySelector<HTMLInputElement>('#search-input')!.value = query!;
    document.querySelector<HTMLSelectElement>('#search-sort')!.value = sort!;
    document.querySelector('#search-status')!.textContent = '';
    document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
  }, [query, sort]);
  await expect.poll(() => page.locator('#search-status').textContent()).not.toBe('');
  return everyResult(page);
}

/** The first day a result's date may be (a register entry dated by its month, "March 2016", sorts as its first day). */
const day = (date: string) => Date.parse(`${/^\d/.test(date) ? date : `1 ${date}`} UTC`);

describe('a search index in shards, in Chromium', () => {
  it('is cut into several shards, listed for the search page', () => {
    expect(JSON.parse(readFileSync(join(sharded, 'pagefind', 'shards.json'), 'utf8')).length).toBeGreaterThan(2);
  });

  it('searches the newest shard first, says which records it left out, searches them all when asked, and shows every one as "more" is pressed', async () => {
    const page: Page = await openPage(browser);
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${sites.sharded.url}/search/?q=victims`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/results? for/);
    expect(loaded.filter((path) => path.startsWith('/pagefind/shards/'))).toEqual([]);
    const newest = JSON.parse(readFileSync(join(sharded, 'pagefind', 'shards.json'), 'utf8'))[0].from as string;
    const since = new Date(`${newest}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await page.locator('#search-scope').textContent()).toContain(`Records dated before ${since} were not searched.`);
    await page.getByRole('button', { name: 'Search all records' }).click();
    await expect.poll(() => page.locator('#search-scope').isHidden()).toBe(true);
    expect(loaded.some((path) => path.startsWith('/pagefind/shards/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('all')).toBe('1');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    const count = Number((await page.locator('#search-status').textContent())!.match(/\d+/)![0]);
    expect(count).toBe((await allResults('single', 'victims')).length);
    // Ten at a time: each press shows the next and moves the focus to the first of them, until there are no more.
    for (let shown = 10; shown < count; shown += 10) {
      expect(await page.locator('#search-results li').count()).toBe(shown);
      await page.locator('#search-more').click();
      await expect.poll(() => page.locator('#search-results li').count()).toBe(Math.min(shown + 10, count));
      expect(await page.evaluate(() => [...document.querySelectorAll('#search-results li')].findIndex((item) => item.contains(document.activeElement)))).toBe(shown);
    }
    expect(await page.locator('#search-results li').count()).toBe(count);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    await page.close();
  });

  it('searches the older shards too when the newest finds nothing, or the search names an older year', async () => {
    expect((await allResults('sharded', OLD_WORD, '', { newest: true })).map((result) => result.href)).toEqual([`/${OLD_NOTICE}/`]);
    // "2/2013" names 2013: the shards of 2013 are searched beside the newest, and the note says so.
    const page: Page = await openPage(browser);
    await page.goto(`${sites.sharded.url}/search/?q=${encodeURIComponent('2/2013')}`);
    await expect.poll(() => page.locator('#search-results li a').first().getAttribute('href')).toBe(`/${OLD_NOTICE}/`);
    expect(await page.locator('#search-scope').textContent()).toMatch(/were searched only for 2013\./);
    await page.close();
  });

  it('finds a word that only an older shard has, though newer shards have its beginning, as one index would', async () => {
    // Pagefind answers a word an index lacks with the longest shorter word it has (Pagefind #315), so each
    // shard without "victimhood" would answer with its pages of "victim".
    for (const newest of [true, false]) expect((await allResults('sharded', OLD_LONGER_WORD, '', { newest })).map((result) => result.href)).toEqual([`/${OLD_NOTICE}/`]);
    // A site of one index, without the word, keeps Pagefind's answer: its pages with the shorter word.
    const shorter = await allResults('single', OLD_LONGER_WORD);
    expect(shorter.length).toBeGreaterThan(10);
    for (const result of shorter) expect(readFileSync(join(single, result.href, 'index.html'), 'utf8')).toMatch(/victim/i);
  });

  it('shows the last search made, though an earlier one finishes after it', async () => {
    const page: Page = await openPage(browser);
    await page.goto(`${sites.sharded.url}/search/`);
    await page.locator('#search-needs-js').waitFor({ state: 'detached' });
    // The first search, for a word only an older shard has, is held at its one result's page, in that
    // shard, until the second has shown its results.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = '';
    await page.route('**/pagefind/shards/**/fragment/**', async (route) => {
      if (!holding) {
        holding = route.request().url();
        await held;
      }
      await route.continue();
    });
    const searchFor = (word: string) =>
      page.evaluate((word) => {
        document.querySelector<HTMLInputElement>('#search-input')!.value = word;
        document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
      }, word);
    await searchFor(OLD_WORD);
    await expect.poll(() => holding).not.toBe('');
    // A word the held page does not have, so that its search needs nothing held.
    expect(readFileSync(join(sharded, OLD_NOTICE, 'index.html'), 'utf8')).not.toMatch(/burglar/i);
    await searchFor('burglary');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/results? for “burglary”/);
    const shown = await page.locator('#search-results li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const answered = page.waitForResponse(holding);
    release();
    await answered;
    // The page's own work on the answer, then a task after it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    expect(await page.locator('#search-status').textContent()).toMatch(/results? for “burglary”/);
    expect(await page.locator('#search-results li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(shown);
    await page.close();
  });

  it('puts the newest records first from the newest shard alone, as the whole index would', async () => {
    const [single, newest] = [await allResults('single', 'victims', 'date:desc'), await allResults('sharded', 'victims', 'date:desc', { newest: true })];
    expect(newest.length).toBeGreaterThan(5);
    expect(newest.length).toBeLessThan(single.length);
    expect(newest.map((result) => result.date)).toEqual(single.slice(0, newest.length).map((result) => result.date));
  });

  it('finds the same pages as one index, the best match still first', async () => {
    // "budg", as a reader may leave a word half typed, finds the pages with words that begin with it.
    for (const query of ['victims', 'partnership', 'budget', 'budg']) {
      const [oneIndex, shards] = [await allResults('single', query), await allResults('sharded', query)];
      // Pagefind matches each word of a query as a prefix too ("budget" finds "budgetary"), but only
      // among the words of the index chunk it loads for the query; the shards load a chunk from each
      // shard, cut at other words, so they may find a prefix match one index misses. Every page one index
      // finds, the shards find; any other they find has a word starting with the query.
      const found = shards.map((result) => result.href);
      expect(found).toEqual(expect.arrayContaining(oneIndex.map((result) => result.href)));
      for (const extra of found.filter((href) => !oneIndex.some((result) => result.href === href)))
        expect(readFileSync(join(single, extra, 'index.html'), 'utf8')).toMatch(new RegExp(`\\b${query}\\w+`, 'i'));
      expect(shards.length).toBeGreaterThan(10);
    }
    // A word no index can have (the index keeps letters, digits and emoji) is left out, as Pagefind leaves it,
    // and does not send a first search to the older shards to look for it.
    for (const newest of [false, true]) {
      const victims = (await allResults('sharded', 'victims', '', { newest })).map((result) => result.href).sort();
      expect((await allResults('sharded', 'victims >£1m', '', { newest })).map((result) => result.href).sort()).toEqual(victims);
    }
    // A notice's own title finds that notice first, whichever shard holds it.
    for (const file of ['2015-0003.md', '2019-0008.md', '2024-0010.md']) {
      const title = /^title: "(.*)"$/m.exec(readFileSync(join(office, 'decisions', file), 'utf8'))![1]!;
      const reference = /\((\d+)\/(\d{4})\)$/.exec(title)!;
      expect((await allResults('sharded', title))[0]?.href).toBe(`/decisions/${reference[1]}-${reference[2]}/`);
    }
  });

  it('finds the records of any of the values ticked in a filter, shard by shard', async () => {
    const count = async (query: string) => {
      const page: Page = await openPage(browser);
      await page.goto(`${sites.sharded.url}/search/?${query}`);
      await expect.poll(() => page.locator('#search-status').textContent()).not.toBe('');
      const status = (await page.locator('#search-status').textContent())!;
      await page.close();
      return Number(/^(\d+) results? for/.exec(status)?.[1] ?? 0);
    };
    const [of2015, of2016, ofEither] = [await count('q=victims&year=2015'), await count('q=victims&year=2016'), await count('q=victims&year=2015&year=2016')];
    expect(of2015).toBeGreaterThan(0);
    expect(of2016).toBeGreaterThan(0);
    expect(ofEither).toBe(of2015 + of2016);
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
