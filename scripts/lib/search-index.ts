import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { linkFiles } from '../../src/lib/hard-links.ts';
import { sitePageFiles } from './site-pages.ts';

export const INDEXER_STOPPED = 'the search indexer stopped before it finished; for a very large office this usually means the machine ran out of memory.';

/**
 * Pagefind holds every page it indexes in memory until it writes the index (about 0.3 GB per 1,000
 * decision notices), so a large site is indexed in shards of at most this many pages, each by a
 * Pagefind of its own, and the search page merges them. Shards also use both cores.
 */
export const PAGES_PER_SHARD = 2500;
/**
 * Each shard adds its own chunk of every word searched for to a reader's first search, so past
 * 20,000 pages the shards grow instead of multiplying: a national site keeps a first search of a
 * couple of megabytes, at the cost of more memory for its build.
 */
export const MAX_SHARDS = 8;
/** Shards indexed at once: the build's peak memory is this many shards' worth. */
const SHARDS_AT_ONCE = Math.min(2, availableParallelism());

/** The file in the site's Pagefind bundle that lists the shards after the first, for the search page to merge. */
const SHARD_LIST = 'shards.json';
/** Where a shard's index lives inside the site's Pagefind bundle; the first shard is the bundle itself. */
const shardFolder = (shard: number) => (shard === 0 ? '' : `shards/${shard}/`);

export interface SearchablePage {
  /** The page's file, relative to the site. */
  file: string;
  /** The value it is sorted by in date order, when it has one. */
  date?: string;
}

/** The pages Pagefind indexes: those with a `data-pagefind-body`, or every page if none has one (Pagefind's own rule). The editor's page is not one. */
function searchablePages(site: string): SearchablePage[] {
  const pages = sitePageFiles(site).map((file) => ({ file, html: readFileSync(join(site, file), 'utf8') }));
  const withBody = pages.filter(({ html }) => html.includes('data-pagefind-body'));
  return (withBody.length ? withBody : pages).map(({ file, html }) => {
    const date = /data-pagefind-sort="date:([^"]*)"/.exec(html)?.[1];
    return date === undefined ? { file } : { file, date };
  });
}

/**
 * Splits the pages into shards of at most `pagesPerShard`, or into MAX_SHARDS. Pages with a date
 * are dealt out in date order, one to each shard in turn, so that every shard is a fair sample of
 * the site (its search scores compare with the others') and the k-th page of every shard in date
 * order sits together in the site's date order: that is what lets the search page merge
 * date-sorted results exactly.
 */
export function planShards(pages: SearchablePage[], pagesPerShard = PAGES_PER_SHARD): string[][] {
  if (pages.length === 0) return [];
  const byFile = (a: SearchablePage, b: SearchablePage) => a.file.localeCompare(b.file);
  const dated = pages.filter((page) => page.date !== undefined).sort((a, b) => a.date!.localeCompare(b.date!) || byFile(a, b));
  const undated = pages.filter((page) => page.date === undefined).sort(byFile);
  // An even number of shards, so that neither core is left indexing the last one alone.
  const wanted = pages.length > pagesPerShard ? Math.min(MAX_SHARDS, 2 * Math.ceil(pages.length / pagesPerShard / 2)) : 1;
  const count = Math.max(1, dated.length ? Math.min(wanted, dated.length) : wanted);
  const shards = Array.from({ length: count }, (): string[] => []);
  dated.forEach((page, rank) => shards[rank % count]!.push(page.file));
  undated.forEach((page, index) => shards[index % count]!.push(page.file));
  return shards;
}

const SHARD_SCRIPT = fileURLToPath(new URL('./search-shard.ts', import.meta.url));
/** What a shard's bundle needs beyond the first: its entry, metadata and chunks; Pagefind's scripts come from the first. */
const SHARD_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/** Runs Pagefind over one shard's pages in a process of its own; resolves to the number of pages it read. */
function indexShard(pages: string, bundle: string, running: Set<ChildProcess>): Promise<number> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [SHARD_SCRIPT, '--pages', pages, '--out', bundle], { stdio: ['ignore', 'pipe', 'ignore'] });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', () => {
      running.delete(child);
      // A shard that reports nothing was stopped from outside: killed for want of memory, usually.
      const report = /^\{.*\}$/m.exec(output);
      const { pages: count, error } = (report ? JSON.parse(report[0]) : { error: INDEXER_STOPPED }) as { pages?: number; error?: string };
      if (count !== undefined && !error) done(count);
      else failed(new Error(error));
    });
  });
}

/** Whether a page is the same in two builds: the same file (a reused page is a hard link), or the same bytes. */
function samePage(file: string, before: string): boolean {
  if (!existsSync(before)) return false;
  const [now, then] = [statSync(file), statSync(before)];
  if (now.ino === then.ino && now.dev === then.dev) return true;
  return now.size === then.size && readFileSync(file).equals(readFileSync(before));
}

/** Every file under `folder`, relative to it. */
function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

export interface SearchIndexBuilt {
  /** Pages in the index. */
  pages: number;
  /** The shards, as lists of page files, for the next build to compare with. */
  shards: string[][];
  /** How many of the shards were indexed, not reused. */
  indexed: number;
}

export interface SearchIndexOptions {
  pagesPerShard?: number;
  /** The last build's site and shards: a shard whose pages are all unchanged is reused from it. */
  previous?: { site: string; shards: string[][] };
}

/**
 * Builds the Pagefind search index over the finished pages under `site` and writes it into
 * `site/pagefind/`, with any further shards under `site/pagefind/shards/` and their list in
 * `site/pagefind/shards.json`. Any indexing error is thrown, so a site is never published with a
 * broken search.
 */
export async function buildSearchIndex(site: string, { pagesPerShard = PAGES_PER_SHARD, previous }: SearchIndexOptions = {}): Promise<SearchIndexBuilt> {
  const shards = planShards(searchablePages(site), pagesPerShard);
  if (shards.length === 0) throw new Error('the search index is empty: the site has no pages to index');
  // Pagefind writes the same index for the same pages, so a shard of the same pages, none of them changed, is reused as it is.
  const samePlan = previous !== undefined && JSON.stringify(previous.shards) === JSON.stringify(shards);
  const reusable = shards.map(
    (files, shard) =>
      samePlan && existsSync(join(previous.site, 'pagefind', shardFolder(shard), 'pagefind-entry.json')) && files.every((file) => samePage(join(site, file), join(previous.site, file))),
  );
  const work = `${site}.search`;
  rmSync(work, { recursive: true, force: true });
  const running = new Set<ChildProcess>();
  try {
    const limit = pLimit(SHARDS_AT_ONCE);
    const counts = await Promise.all(
      shards.map((files, shard) => {
        const bundle = join(work, `bundle-${shard}`);
        if (reusable[shard]) {
          const reused = join(previous!.site, 'pagefind', shardFolder(shard));
          linkFiles(reused, bundle, filesIn(reused).filter((path) => shard > 0 || !(path === SHARD_LIST || path.startsWith('shards/'))));
          return files.length;
        }
        return limit(async () => {
          // The shard's pages as hard links in a folder of their own, which Pagefind reads itself, in parallel.
          const pages = join(work, `pages-${shard}`);
          linkFiles(site, pages, files);
          const count = await indexShard(pages, bundle, running);
          rmSync(pages, { recursive: true });
          if (shard > 0) for (const name of readdirSync(bundle)) if (!SHARD_FILES.test(name)) rmSync(join(bundle, name), { recursive: true });
          return count;
        });
      }),
    );
    rmSync(join(site, 'pagefind'), { recursive: true, force: true });
    shards.forEach((_, shard) => {
      const target = join(site, 'pagefind', shardFolder(shard));
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(work, `bundle-${shard}`), target);
    });
    writeFileSync(join(site, 'pagefind', SHARD_LIST), `${JSON.stringify(shards.slice(1).map((_, index) => shardFolder(index + 1)))}\n`);
    return { pages: counts.reduce((sum, count) => sum + count, 0), shards, indexed: reusable.filter((reused) => !reused).length };
  } finally {
    for (const child of running) child.kill();
    rmSync(work, { recursive: true, force: true });
  }
}
