// Which of a site's pages go in which shard of its search index: pure planning, no Pagefind (search-index.ts runs it).

/**
 * Pagefind holds every page it indexes in memory until it writes the index (about 0.27 GB per 1,000
 * decision notices as it writes), so a large site is indexed in shards, each by a Pagefind of its
 * own. The shards are runs of pages in date order, newest first, and a reader's first search loads
 * only the newest: its weight is that shard's, whatever the size of the site. Older shards load
 * when a search needs them (src/site/browser/search.ts says when). An older shard holds this many
 * dated pages; the newest between half and one and a half times as many, and every page without a
 * date. An edit indexes its shard again, which takes Pagefind a time that grows with its pages: 625
 * takes a watched edit at 10,000 notices from about 9.5 s to 8.5 s, and a first search weighs about
 * what it did with 1,250 (its median lighter, its worst a little heavier). Measured at 10,000 notices in docs/performance.md ("A first search").
 */
export const PAGES_PER_SHARD = 625;
/**
 * Past this many shards the older ones grow, doubling, instead of multiplying, so that a large office's
 * build starts at most this many Pagefinds, and a search of every record loads at most this many indexes.
 */
export const MAX_SHARDS = 40;

export interface SearchablePage {
  /** The page's file, relative to the site. */
  file: string;
  /** The value it is sorted by in date order, when it has one. */
  date?: string;
  /** Its language, as its `<html lang>` names it: Pagefind indexes each language apart. */
  language?: string;
}

/**
 * Splits the pages into shards, the newest first: runs of dated pages in date order, cut from the
 * oldest so that a new page changes only the newest shard (and, once in `pagesPerShard` pages, the
 * one before it); the newest also holds every page without a date. See PAGES_PER_SHARD. A site in
 * two languages is cut as one: a page and its translation share a date, and so a shard.
 */
export function planShards(pages: SearchablePage[], pagesPerShard = PAGES_PER_SHARD): string[][] {
  if (pages.length === 0) return [];
  const dated = pages.filter((page) => page.date !== undefined).sort(inDateOrder);
  const undated = pages.filter((page) => page.date === undefined).sort(byFile);
  const { olderPages, olderShardSize } = shardSizes(dated.length, pagesPerShard);
  const older: string[][] = [];
  for (let start = 0; start < olderPages; start += olderShardSize) older.push(dated.slice(start, Math.min(start + olderShardSize, olderPages)).map((page) => page.file));
  const newest = [...dated.slice(olderPages), ...undated].map((page) => page.file);
  // The older shards from the oldest, so that a shard cut when the newest outgrows itself takes the next number and the others keep theirs (and their folders, which a rebuild reuses).
  return [newest, ...older];
}

const byFile = (a: SearchablePage, b: SearchablePage) => a.file.localeCompare(b.file);
/** The order the shards are cut in: dated pages by date, the oldest first, then by file. */
export const inDateOrder = (a: SearchablePage, b: SearchablePage) => a.date!.localeCompare(b.date!) || byFile(a, b);

/**
 * How planShards cuts `dated` pages: the older shards hold the first `olderPages` of them in date
 * order, `olderShardSize` a shard (the last may hold fewer); the newest the rest.
 */
export function shardSizes(dated: number, pagesPerShard = PAGES_PER_SHARD): { olderPages: number; olderShardSize: number } {
  // The newest shard keeps at least half a shard of dated pages, so that a first search never covers only a few days.
  const olderPages = Math.max(0, Math.floor((dated - pagesPerShard / 2) / pagesPerShard)) * pagesPerShard;
  let olderShardSize = pagesPerShard;
  while (Math.ceil(olderPages / olderShardSize) > MAX_SHARDS - 1) olderShardSize *= 2;
  return { olderPages, olderShardSize };
}

/**
 * Pages Astro rendered since the last call, in any order, a little behind their rendering: how far
 * behind is AHEAD_MARGIN. A shard is cut only once this many later pages have been rendered, as Astro
 * renders a few pages at a time and the last of a shard may be written after the next is rendered.
 */
export const AHEAD_MARGIN = 50;

/** A page as Astro renders it, for the search index to begin on: its file, its date, and its size in bytes. */
export interface RenderedPage extends Required<Pick<SearchablePage, 'file' | 'date'>> {
  bytes: number;
}

/**
 * Foresees, while Astro renders, the older shards planShards will cut from the finished site, so that
 * Pagefind can index each while the rest is rendered: Astro renders an office's notices, its pages by
 * far the most numerous, last and the oldest first (see rendered-pages.ts), and a run of the oldest
 * dated pages is a shard as soon as none rendered later can come before it. `expectedPages`, Astro's
 * count of every page it lists, stands in for the dated pages there will be, which sets how many
 * pages a shard holds and how many shards are older (shardSizes); pages that go elsewhere, or render
 * out of order, only make a foreseen shard differ from the one planned, which the build then indexes
 * as it would have.
 */
export function shardsAhead(expectedPages: number, pagesPerShard?: number) {
  const { olderPages, olderShardSize } = shardSizes(expectedPages, pagesPerShard);
  const shardsToForesee = Math.floor(olderPages / olderShardSize);
  /** Every page rendered so far, in date order. */
  const rendered: RenderedPage[] = [];
  let foreseen = 0;
  let inOrder = true;

  return {
    /** Adds a rendered page; returns the shards it completes, each in the order planShards lists its pages. */
    add(page: RenderedPage): RenderedPage[][] {
      if (!inOrder) return [];
      // A page that belongs in a shard already foreseen moves every later shard's pages by one: no more is foreseen.
      const lastForeseen = rendered[foreseen * olderShardSize - 1];
      if (lastForeseen && inDateOrder(page, lastForeseen) < 0) {
        inOrder = false;
        return [];
      }
      let at = rendered.length;
      while (at > 0 && inDateOrder(page, rendered[at - 1]!) < 0) at--;
      rendered.splice(at, 0, page);
      const shards: RenderedPage[][] = [];
      while (foreseen < shardsToForesee && rendered.length >= (foreseen + 1) * olderShardSize + AHEAD_MARGIN) {
        shards.push(rendered.slice(foreseen * olderShardSize, (foreseen + 1) * olderShardSize));
        foreseen++;
      }
      return shards;
    },
  };
}
