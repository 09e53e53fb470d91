import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';
import { linkFiles, linkFilesInWorker, samePage, type Links } from './hard-links.ts';
import { removeInBackground } from './remove-in-background.ts';
import { indexShard } from './search-shard.ts';
import { isWrittenWhole, sitePageFiles } from './site-pages.ts';
import { PAGES_PER_SHARD, planShards, shardsAhead, type RenderedPage, type SearchablePage } from './search-plan.ts';
import { SORT_DATE } from '../site/lib/search-record.ts';

/**
 * The size Pagefind cuts its word index to, in bytes before compression (its default is larger): a
 * search loads the chunk of each word it looks for, so smaller chunks make a lighter first search
 * (135 kB against 162 kB in the median at 10,000 notices), for more chunks in the index's metadata.
 * Pagefind reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, a setting it marks unstable: should a
 * later Pagefind drop it, searches only weigh what they did without it.
 */
const INDEX_CHUNK_SIZE = 6000;
/** How many times, a tenth of a second apart, a shard begun early waits for its pages to be written whole. */
const MAX_WAITS_FOR_PAGES = 50;
/** Shards indexed at once: the build's peak memory is this many shards' worth. */
const SHARDS_AT_ONCE = Math.min(2, availableParallelism());

/** The file in the site's Pagefind bundle that lists its shards, for the search page to merge those a search needs. */
const SHARD_LIST = 'shards.json';
/** The folder in the site's Pagefind bundle that holds the shards after the first. */
const OTHER_SHARDS_FOLDER = 'shards';
/** Where a shard's index lives inside the site's Pagefind bundle; the first shard is the bundle itself. */
const shardFolder = (shard: number) => (shard === 0 ? '' : `${OTHER_SHARDS_FOLDER}/${shard}/`);
/** The folder of a shard's index in a site; the first shard's is the site's whole index. */
const shardBundle = (site: string, shard: number) => join(site, 'pagefind', shardFolder(shard));
/** What of the first shard's bundle is not the shard's own: the list of the others, and their folders. */
const OTHER_SHARDS = /^shards(\.json$|\/)/;

/** The pages of a site Pagefind indexed, as a build records them for the next. */
export interface SearchedPages {
  /** Every page Pagefind indexed. */
  searchable: SearchablePage[];
  /** True when no page had a `data-pagefind-body`, so that Pagefind indexed every page (its own rule). */
  everyPage: boolean;
  /** The shards, as lists of page files. */
  shards: string[][];
}

/** The last build's site and what its search index held: a shard of the same pages, none of them changed, is reused from it. */
export type PreviousSearch = { site: string; shards: string[][] } & Partial<SearchedPages>;

/** What reading a page tells the index: whether it asks to be searched, and its date. */
function readPage(site: string, file: string): SearchablePage & { body: boolean } {
  const html = readFileSync(join(site, file), 'utf8');
  const date = SORT_DATE.exec(html)?.[1];
  const language = /<html[^>]* lang="([^"]*)"/.exec(html)?.[1];
  return { file, body: html.includes('data-pagefind-body'), ...(date !== undefined && { date }), ...(language !== undefined && { language }) };
}

/**
 * The pages Pagefind indexes: those with a `data-pagefind-body`, or every page if none has one
 * (Pagefind's own rule). Pages `reused` from the previous site (the same files) are as it recorded
 * them; the others are read.
 */
function searchablePages(site: string, files: string[], reused: ReadonlySet<string>, previous?: PreviousSearch): Omit<SearchedPages, 'shards'> {
  const recorded = previous?.searchable && !previous.everyPage ? new Map(previous.searchable.map((page) => [page.file, page])) : undefined;
  const pages = files.map((file): SearchablePage & { body: boolean } => {
    if (!recorded || !reused.has(file)) return readPage(site, file);
    const page = recorded.get(file);
    return page ? { ...page, body: true } : { file, body: false };
  });
  const withBody = pages.filter((page) => page.body);
  const everyPage = withBody.length === 0;
  return { everyPage, searchable: (everyPage ? pages : withBody).map(({ body: _, ...page }) => page) };
}

/** What the search page is told of a shard: its folder in the bundle, the dates of its pages, and their languages. */
export interface ShardSummary {
  /** The shard's folder, relative to the site's Pagefind bundle: empty for the newest, which is the bundle itself. */
  path: string;
  /** The first and last of its pages' dates (sort keys: a day), if it has dated pages. */
  from?: string;
  to?: string;
  /** The languages of its pages, as their `<html lang>` names them. */
  languages: string[];
}

/** The list of shards the search page reads (shards.json), in date order, the newest first. */
export function summariseShards(shards: string[][], searchable: SearchablePage[]): ShardSummary[] {
  const pages = new Map(searchable.map((page) => [page.file, page]));
  const summaries = shards.map((files, shard): ShardSummary => {
    const inShard = files.map((file) => pages.get(file)!);
    const dates = inShard.flatMap((page) => (page.date === undefined ? [] : [page.date])).sort();
    const languages = [...new Set(inShard.flatMap((page) => (page.language === undefined ? [] : [page.language])))].sort();
    return { path: shardFolder(shard), ...(dates.length && { from: dates[0], to: dates.at(-1) }), languages };
  });
  return [summaries[0]!, ...summaries.slice(1).reverse()];
}

/** What a shard's bundle needs beyond the first: its entry, metadata and chunks; Pagefind's scripts come from the first. */
const SHARD_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/** Moves a folder's files into `target`: the folder itself if there is nothing there yet (the first shard's holds the others). */
function moveInto(folder: string, target: string): void {
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    renameSync(folder, target);
  } else for (const name of readdirSync(folder)) renameSync(join(folder, name), join(target, name));
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((file, index) => file === b[index]);

export interface SearchIndexBuilt extends SearchedPages {
  /** Pages in the index. */
  pages: number;
  /** How many of the shards were indexed, not reused. */
  indexed: number;
  /** How many of those were begun while Astro rendered (see shardsAhead), and used. */
  early: number;
}

export interface SearchIndexOptions {
  pagesPerShard?: number;
  previous?: PreviousSearch;
  /**
   * Whether the site is in two languages: Pagefind then indexes each language apart, by its pages'
   * `<html lang>`, and the search page searches its own language's. A site in one is indexed as
   * English, whatever its pages' tag (en-GB).
   */
  byPageLanguage?: boolean;
}

/** What the build knows of the finished site's pages without looking. */
export interface SitePages {
  /** Every page file of the site. */
  files: string[];
  /** The pages that are byte for byte the previous site's, which need not be read or compared. */
  reused: ReadonlySet<string>;
}

/** One shard's index, being or having been written by Pagefind into a folder of its own. */
interface ShardJob {
  /** The shard's pages, in the order Pagefind was given them. */
  files: string[];
  bundle: string;
  /** Settles with the number of pages indexed. */
  done: Promise<number>;
  stop: AbortController;
}

/**
 * The search index of a site being built, over its finished pages. Pagefind runs in processes of
 * its own, at most SHARDS_AT_ONCE at a time; any indexing error is thrown from `finish`, so a site
 * is never published with a broken search. Told of the pages as Astro renders them (`expect`,
 * `rendered`), it begins the older shards before the site is finished, one at a time, as Astro
 * renders on one core and leaves the other mostly idle.
 */
export function searchIndex(site: string, { pagesPerShard = PAGES_PER_SHARD, previous, byPageLanguage = false }: SearchIndexOptions = {}) {
  const work = `${site}.search`;
  const siteIndex = shardBundle(site, 0);
  rmSync(work, { recursive: true, force: true });
  const limit = pLimit(SHARDS_AT_ONCE);
  const all: ShardJob[] = [];

  /** Starts Pagefind on a shard of the site, once `ready` (its pages are written), in `bundle`. */
  function index(files: string[], { bundle = join(work, `bundle-${all.length}`), ready }: { bundle?: string; ready?: (stop: AbortSignal) => Promise<void> } = {}): ShardJob {
    const pages = join(work, `pages-${all.length}`);
    const stop = new AbortController();
    const done = limit(async () => {
      stop.signal.throwIfAborted();
      await ready?.(stop.signal);
      // The shard's pages as hard links in a folder of their own, which Pagefind reads itself, in parallel.
      linkFiles(site, pages, files);
      return indexShard({ pages, count: files.length, bundle, byPageLanguage, settings: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) }, stop: stop.signal });
    });
    // Awaited by `finish`, unless stopped; a shard that fails before then is not an unhandled rejection.
    done.catch(() => {});
    const job = { files, bundle, done, stop };
    all.push(job);
    return job;
  }

  /** Shards begun while Astro renders, before the site is finished (see shardsAhead). */
  let foresight: ReturnType<typeof shardsAhead> | undefined;
  const begun: ShardJob[] = [];
  /** How many of the shards begun early failed, and were indexed again. */
  let begunAgain = 0;
  /** Waits until each of the pages has been written whole: Astro writes a page after rendering it. */
  const written = (pages: RenderedPage[]) => async (stop: AbortSignal) => {
    for (let waits = 0; pages.some((page) => !isWrittenWhole(site, page.file, page.bytes)); waits++) {
      if (waits === MAX_WAITS_FOR_PAGES) throw new Error('the pages of a shard begun early were not written');
      await sleep(100, undefined, { signal: stop });
    }
  };
  /** The shard begun early with these pages, if there is one; should it fail, it is indexed again, in the same folder. */
  function begunWith(files: string[]): ShardJob | undefined {
    const at = begun.findIndex((job) => sameList(job.files, files));
    if (at === -1) return undefined;
    const [job] = begun.splice(at, 1) as [ShardJob];
    const done = job.done.catch((error: unknown) => {
      // One stopped because the build stopped stays stopped.
      if (job.stop.signal.aborted) throw error;
      begunAgain++;
      rmSync(job.bundle, { recursive: true, force: true });
      return index(files, { bundle: job.bundle }).done;
    });
    return { ...job, done };
  }

  const reusedBundle = (shard: number) => join(work, `reused-${shard}`);
  /** Links the previous index's `shards` into the work folder, all in one thread, while Pagefind indexes the others. */
  const linkReusedShards = (shards: number[]) => linkFilesInWorker(shards.map((shard): Links => ({ from: shardBundle(previous!.site, shard), to: reusedBundle(shard), ...(shard === 0 && { except: OTHER_SHARDS }) })));

  /** Once abandoned (or finished), the index begins no more shards. */
  let abandoned = false;
  /** Stops any indexing under way; what is left of the work (the shards' pages, as links) is deleted without the build waiting. */
  function abandon(): void {
    abandoned = true;
    for (const job of all) job.stop.abort();
    removeInBackground(work, 'done');
  }

  return {
    /** Told how many pages Astro lists, before it renders any: the older shards may then begin, one at a time, as their pages are rendered (see shardsAhead). */
    expect(pages: number): void {
      if (abandoned) return;
      foresight = shardsAhead(pages, pagesPerShard);
      limit.concurrency = 1;
    },

    /** A page Astro has rendered that the index sorts by date: once the pages of a foreseen shard are all rendered, Pagefind begins on it. */
    rendered(page: RenderedPage): void {
      if (abandoned) return;
      for (const shard of foresight?.add(page) ?? []) begun.push(index(shard.map((inShard) => inShard.file), { ready: written(shard) }));
    },

    /** Indexes the finished site, reusing and checking what it can, and writes the index into `site/pagefind/`. */
    async finish(sitePages: SitePages = { files: sitePageFiles(site), reused: new Set() }): Promise<SearchIndexBuilt> {
      limit.concurrency = SHARDS_AT_ONCE;
      try {
        const { searchable, everyPage } = searchablePages(site, sitePages.files, sitePages.reused, previous);
        const shards = planShards(searchable, pagesPerShard);
        if (shards.length === 0) throw new Error('the search index is empty: the site has no pages to index');
        /** Whether the finished site's page is the previous site's. */
        const unchanged = (file: string) => sitePages.reused.has(file) || samePage(join(site, file), join(previous!.site, file));
        let earlyShards = 0;
        const jobs = shards.map((files, shard): ShardJob | undefined => {
          // Pagefind writes the same index for the same pages in the same order, so a shard of the same pages, none of them changed, is reused as it is.
          const reusable = previous && sameList(previous.shards[shard], files) && existsSync(join(shardBundle(previous.site, shard), 'pagefind-entry.json'));
          if (reusable && files.every(unchanged)) return undefined;
          const early = begunWith(files);
          if (early) earlyShards++;
          return early ?? index(files);
        });
        // A shard begun early that is not one of them (its pages were cut otherwise) is not needed.
        for (const job of begun.splice(0)) job.stop.abort();
        // A reused shard is linked into place while Pagefind indexes the others.
        const bundles = jobs.map((job, shard) => job?.bundle ?? reusedBundle(shard));
        const reusedShards = jobs.flatMap((job, shard) => (job ? [] : [shard]));
        const [counts] = await Promise.all([Promise.all(jobs.map((job, shard) => job?.done ?? shards[shard]!.length)), linkReusedShards(reusedShards)]);
        rmSync(siteIndex, { recursive: true, force: true });
        bundles.forEach((bundle, shard) => {
          const target = shardBundle(site, shard);
          // A shard after the first keeps only its own index; Pagefind's scripts come from the first.
          if (shard > 0) for (const name of readdirSync(bundle)) if (!SHARD_FILES.test(name)) rmSync(join(bundle, name), { recursive: true });
          moveInto(bundle, target);
        });
        writeFileSync(join(siteIndex, SHARD_LIST), `${JSON.stringify(summariseShards(shards, searchable))}\n`);
        return { pages: counts.reduce((sum, count) => sum + count, 0), searchable, everyPage, shards, indexed: jobs.filter(Boolean).length, early: earlyShards - begunAgain };
      } finally {
        abandon();
      }
    },

    /** Stops any indexing under way and removes its work, for a build that fails before `finish`. */
    abandon,
  };
}

/** Builds the Pagefind search index over the finished pages under `site`, reusing what it can of `previous`. */
export function buildSearchIndex(site: string, options: SearchIndexOptions = {}): Promise<SearchIndexBuilt> {
  return searchIndex(site, options).finish();
}
