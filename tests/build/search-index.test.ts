import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex, searchIndex, type SearchIndexBuilt } from '../../src/build/search-index.ts';
import { AHEAD_MARGIN } from '../../src/build/search-plan.ts';
import { indexShard } from '../../src/build/search-shard.ts';
import { digests } from '../helpers/digests.ts';

const decisionPage = (index: number, title: string) =>
  `<html lang="en"><body><main data-pagefind-body><h1>${title}</h1><span data-pagefind-sort="date:2020-0${index + 1}-01"></span></main></body></html>`;
/** Five dated decision pages, with any titles given by their number. */
const fivePages = (titles: Record<number, string> = {}) =>
  Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`decisions/${index}-2020/index.html`, decisionPage(index, titles[index] ?? `Decision ${index}`)]));

function writeSite(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
/** A site of `pages` for one test, removed after it. */
const sites: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = writeSite(pages);
  sites.push(dir);
  return dir;
}
afterEach(() => sites.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let fiveIndexed: Promise<{ dir: string; built: SearchIndexBuilt }> | undefined;
/** The five pages, indexed in shards of two, as the tests of a rebuild start from: indexed once, by the first test that asks, as no test changes them. */
function fivePagesIndexed(): Promise<{ dir: string; built: SearchIndexBuilt }> {
  fiveIndexed ??= (async () => {
    const dir = writeSite(fivePages());
    return { dir, built: await buildSearchIndex(dir, { pagesPerShard: 2 }) };
  })();
  return fiveIndexed;
}
afterAll(async () => fiveIndexed && rmSync((await fiveIndexed).dir, { recursive: true, force: true }));

/** Expects the index of `rebuilt` to be, byte for byte, the index a fresh build of `pages` writes. */
async function expectFreshIndex(rebuilt: string, pages: Record<string, string>) {
  const fresh = site(pages);
  await buildSearchIndex(fresh, { pagesPerShard: 2 });
  expect(digests(join(rebuilt, 'pagefind'))).toEqual(digests(join(fresh, 'pagefind')));
}

describe('the search index', () => {
  it('reads every page marked for search and writes the index into it', async () => {
    const dir = site({
      'decisions/41-2020/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Community Safety Partnership funding</h1></main></body></html>',
      'about/index.html': '<html lang="en"><body><h1>About the office</h1></body></html>',
    });
    // The about page has no data-pagefind-body, so it is left out, as Pagefind itself would.
    expect((await buildSearchIndex(dir)).pages).toBe(1);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8'))).toEqual([{ path: '', languages: ['en'] }]);
  });

  it('writes a site beyond the shard size as shards, each with its own entry and the scripts only once', async () => {
    const { dir, built } = await fivePagesIndexed();
    // The newest page alone (at least half a shard), then the oldest two, then the two after them.
    expect(built).toMatchObject({ pages: 5, indexed: 3 });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8'))).toEqual([
      { path: '', from: '2020-05-01', to: '2020-05-01', languages: ['en'] },
      { path: 'shards/2/', from: '2020-03-01', to: '2020-04-01', languages: ['en'] },
      { path: 'shards/1/', from: '2020-01-01', to: '2020-02-01', languages: ['en'] },
    ]);
    for (const shard of ['shards/1', 'shards/2']) {
      expect(existsSync(join(dir, 'pagefind', shard, 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(join(dir, 'pagefind', shard, 'pagefind.js'))).toBe(false);
    }
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(`${dir}.search`)).toBe(false);
  });

  it('indexes again only the shards holding a changed page, and writes the index a fresh build would', async () => {
    const { dir: before, built: { shards } } = await fivePagesIndexed();
    const changed = fivePages({ 3: 'Revised decision 3' });
    const rebuilt = site(changed);
    const rebuild = await buildSearchIndex(rebuilt, { pagesPerShard: 2, previous: { site: before, shards } });
    expect(rebuild).toMatchObject({ pages: 5, indexed: 1, shards });
    await expectFreshIndex(rebuilt, changed);
  });

  it('indexes again only the shard a new page is dealt to, and writes the index a fresh build would', async () => {
    const { dir: before, built: { shards } } = await fivePagesIndexed();
    // The newest page joins the newest shard; every other shard keeps its pages.
    const withNewest = { ...fivePages(), 'decisions/5-2020/index.html': decisionPage(5, 'Decision 5') };
    const rebuilt = site(withNewest);
    const rebuild = await buildSearchIndex(rebuilt, { pagesPerShard: 2, previous: { site: before, shards } });
    expect(rebuild.indexed).toBe(1);
    expect(rebuild.shards.filter((files, shard) => files.join() !== shards[shard]!.join())).toEqual([['decisions/4-2020/index.html', 'decisions/5-2020/index.html']]);
    await expectFreshIndex(rebuilt, withNewest);
  });

  it('indexes every shard again when the pages are dealt out afresh', async () => {
    const { dir: before, built: { shards } } = await fivePagesIndexed();
    // An oldest page moves every other page along, into the next shard.
    const rebuilt = site({ ...fivePages(), 'decisions/0-2019/index.html': decisionPage(0, 'Decision 0 of 2019').replace('2020-01-01', '2019-12-01') });
    expect((await buildSearchIndex(rebuilt, { pagesPerShard: 2, previous: { site: before, shards } })).indexed).toBe(3);
  });

  /** Dated decision pages, one a day from 1 January 2020, as many as the shards begun early need: a shard of two, after the margin. */
  const manyPages = (titles: Record<number, string> = {}) =>
    Object.fromEntries(
      Array.from({ length: AHEAD_MARGIN + 10 }, (_, index) => {
        const date = new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10);
        return [`decisions/${index}-2020/index.html`, `<html lang="en"><body><main data-pagefind-body><h1>${titles[index] ?? `Decision ${index}`}</h1><span data-pagefind-sort="date:${date}"></span></main></body></html>`];
      }),
    );
  /** Tells the index of each page of `pages` (but those `unreported`) as Astro would as it renders them, the oldest first, and finishes it once the pages are `written`. */
  async function indexedAsRendered(dir: string, pages: Record<string, string>, { written, unreported = [] }: { written?: Promise<void>; unreported?: string[] } = {}): Promise<SearchIndexBuilt> {
    const search = searchIndex(dir, { pagesPerShard: 2 });
    search.expect(Object.keys(pages).length);
    for (const [file, html] of Object.entries(pages)) if (!unreported.includes(file)) search.rendered({ file, date: /date:([^"]*)/.exec(html)![1]!, bytes: Buffer.byteLength(html) });
    await written;
    return search.finish();
  }

  it('begins the older shards as their pages are rendered, and writes the index a fresh build would', async () => {
    const pages = manyPages();
    const dir = site(pages);
    const built = await indexedAsRendered(dir, pages);
    // Every older shard but those the last pages rendered, fewer than the margin, left unforeseen.
    expect(built).toMatchObject({ pages: AHEAD_MARGIN + 10, early: 5 });
    expect(built.indexed).toBe(built.shards.length);
    await expectFreshIndex(dir, pages);
  });

  it('waits for a page rendered early to be written whole before indexing it', async () => {
    const pages = manyPages({ 0: 'Decision on the first day of the year' });
    const first = 'decisions/0-2020/index.html';
    // Astro has rendered the oldest page and written half of it.
    const dir = site({ ...pages, [first]: pages[first]!.slice(0, 60) });
    // Written whole beside it and renamed into place, as a new file: a shard that linked the half-written one would keep it.
    const writtenLater = new Promise<void>((done) =>
      setTimeout(() => {
        writeFileSync(join(dir, `${first}.whole`), pages[first]!);
        done(renameSync(join(dir, `${first}.whole`), join(dir, first)));
      }, 300),
    );
    const built = await indexedAsRendered(dir, pages, { written: writtenLater });
    // Its shard was indexed once it was written, not found wanting and indexed again.
    expect(built.early).toBe(5);
    await expectFreshIndex(dir, pages);
  });

  it('uses no shard begun early whose pages are not those planned for it', async () => {
    const pages = manyPages();
    const dir = site(pages);
    // A page the build was not told of: the shard foreseen in its place holds the next page instead, and every later one is a page along.
    const built = await indexedAsRendered(dir, pages, { unreported: ['decisions/5-2020/index.html'] });
    expect(built.early).toBe(2);
    expect(built.indexed).toBe(built.shards.length);
    await expectFreshIndex(dir, pages);
  });

  it('fails rather than publish an empty index', async () => {
    await expect(buildSearchIndex(site({}))).rejects.toThrow('the search index is empty');
  });

  it("indexes as the build sets Pagefind, whatever PAGEFIND_ settings the caller's environment holds", async () => {
    const dir = site(fivePages());
    // Each would leave the index without these pages.
    const settings = { PAGEFIND_GLOB: 'elsewhere/**/*.html', PAGEFIND_ROOT_SELECTOR: 'nav', PAGEFIND_EXCLUDE_SELECTORS: '["h1"]' };
    Object.assign(process.env, settings);
    try {
      expect((await buildSearchIndex(dir)).pages).toBe(5);
    } finally {
      for (const name of Object.keys(settings)) delete process.env[name];
    }
  });

  it("fails, naming the page, when Pagefind indexes fewer of a shard's pages than it was given", async () => {
    const dir = site({ 'decisions/1-2020/index.html': decisionPage(0, 'Decision 1') });
    // A folder where a page should be: Pagefind cannot read it, says so, and indexes the rest.
    mkdirSync(join(dir, 'decisions', '2-2020', 'index.html'), { recursive: true });
    // Given as the build's own folders may be, relative to where it runs.
    const indexed = indexShard({ pages: relative(process.cwd(), dir), count: 2, bundle: relative(process.cwd(), join(dir, 'pagefind')), byPageLanguage: false, settings: {}, stop: new AbortController().signal });
    await expect(indexed).rejects.toThrow(/^the search index holds 1 of the 2 pages it was given: Failed to read decisions\/2-2020\/index\.html: .+$/);
  });

  it('indexes nothing for a shard stopped before it began', async () => {
    const dir = site(fivePages());
    const stop = new AbortController();
    stop.abort();
    await expect(indexShard({ pages: dir, count: 5, bundle: join(dir, 'pagefind'), byPageLanguage: false, settings: {}, stop: stop.signal })).rejects.toThrow('stopped');
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
  });
});

describe("a built site's search index", () => {
  it('keeps apart the words of a term and its description, where Pagefind would run them together', () => {
    // Pagefind stores a page's words as it indexed them in the page's fragment, gzipped JSON after a signature.
    const fragments = join(inject('exampleshireSite'), 'pagefind', 'fragment');
    const pages = readdirSync(fragments).map((file) => {
      const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
    const service = pages.find((page) => page.url === '/services/victims-advice-line/')!;
    expect(service.content).toContain('Where Exampletown, serving Exampleshire How to get help Ring');
  });
});
