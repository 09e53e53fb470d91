import { describe, expect, it } from 'vitest';
import { summariseShards } from '../../src/build/search-index.ts';
import { AHEAD_MARGIN, MAX_SHARDS, inDateOrder, planShards, shardsAhead, type RenderedPage, type SearchablePage } from '../../src/build/search-plan.ts';

/** Dated decision pages, one a day from 1 January 2010, listed out of order, as files are found on disk. */
const dated = (count: number, prefix = '', language?: string): SearchablePage[] =>
  Array.from({ length: count }, (_, index) => (index * 7) % count).map((day) => ({
    file: `${prefix}decisions/${day}/index.html`,
    date: new Date(Date.UTC(2010, 0, 1 + day)).toISOString().slice(0, 10),
    ...(language && { language }),
  }));
const undated = (count: number): SearchablePage[] => Array.from({ length: count }, (_, index) => ({ file: `plans/${index}/index.html` }));
const dateOf = (pages: SearchablePage[]) => new Map(pages.map((page) => [page.file, page.date]));

describe('sharding the search index', () => {
  it('keeps a site of fewer than one and a half shards of dated pages in one index, with every undated page', () => {
    const pages = [...dated(14), ...undated(30)];
    const shards = planShards(pages, 10);
    expect(shards).toHaveLength(1);
    expect(shards[0]!.sort()).toEqual(pages.map((page) => page.file).sort());
    expect(planShards(dated(15), 10)).toHaveLength(2);
  });

  it('has nothing to index on a site without pages', () => {
    expect(planShards([], 10)).toEqual([]);
  });

  it('puts the newest dated pages and every undated one first, and older runs of the limit after, every page once', () => {
    const pages = [...dated(47), ...undated(4)];
    const dates = dateOf(pages);
    const [newest, ...older] = planShards(pages, 10);
    // 47 dated pages: four older shards of 10, from the oldest, leave 7 (at least half a shard) for the newest.
    expect(older.map((shard) => shard.length)).toEqual([10, 10, 10, 10]);
    expect(newest!.filter((file) => dates.get(file) !== undefined)).toHaveLength(7);
    expect(newest).toEqual(expect.arrayContaining(undated(4).map((page) => page.file)));
    expect([newest!, ...older].flat().sort()).toEqual(pages.map((page) => page.file).sort());
    // Older shards are numbered from the oldest, each a run in date order; the newest holds the newest.
    const runs = older.map((shard) => shard.map((file) => dates.get(file)!));
    for (const run of runs) expect(run).toEqual([...run].sort());
    for (let shard = 1; shard < runs.length; shard++) expect(runs[shard]![0]! > runs[shard - 1]!.at(-1)!).toBe(true);
    expect(newest!.flatMap((file) => dates.get(file) ?? []).every((date) => date > runs.at(-1)!.at(-1)!)).toBe(true);
  });

  it('changes only the newest shard for a new page', () => {
    const before = planShards(dated(43), 10);
    const withNewer = planShards(dated(44), 10);
    expect(withNewer.slice(1)).toEqual(before.slice(1));
    expect(withNewer[0]).toHaveLength(before[0]!.length + 1);
  });

  it('cuts one more shard, the others kept, once the newest outgrows one and a half shards', () => {
    const before = planShards(dated(44), 10);
    const withNewer = planShards(dated(45), 10);
    // 44 dated pages: 3 older shards and 14 newest; at 45, 4 older shards and 5 newest.
    expect([before.length, withNewer.length]).toEqual([4, 5]);
    expect(withNewer.slice(1, 4)).toEqual(before.slice(1));
  });

  it('lets older shards double rather than pass the most a build starts', () => {
    const shards = planShards(dated(30 * MAX_SHARDS), 10);
    expect(shards.length).toBeLessThanOrEqual(MAX_SHARDS);
    expect(shards[1]).toHaveLength(40);
    expect(shards[0]!.length).toBeLessThanOrEqual(15);
    expect(shards.flat()).toHaveLength(30 * MAX_SHARDS);
  });
});

/** The pages as Astro renders them, the oldest first, each with a size. */
const inRenderOrder = (pages: SearchablePage[]): RenderedPage[] => pages.toSorted(inDateOrder).map((page) => ({ file: page.file, date: page.date!, bytes: 100 }));
/** Each shard foreseen, with how many pages had been rendered when it was. */
function foresee(rendered: RenderedPage[], expectedPages: number, pagesPerShard: number) {
  const ahead = shardsAhead(expectedPages, pagesPerShard);
  return rendered.flatMap((page, index) => ahead.add(page).map((shard) => ({ files: shard.map((inShard) => inShard.file), after: index + 1 })));
}

describe('foreseeing the older shards while the pages are rendered', () => {
  it('foresees each older shard planShards cuts, once the margin of later pages is rendered, and never the newest', () => {
    const pages = [...dated(400), ...undated(12)];
    const [, ...older] = planShards(pages, 20);
    const foreseen = foresee(inRenderOrder(dated(400)), pages.length, 20);
    // The last older shards are not foreseen: fewer than the margin of pages are rendered after them.
    expect(foreseen.map((shard) => shard.files)).toEqual(older.slice(0, foreseen.length));
    expect(foreseen.length).toBe(Math.floor((400 - AHEAD_MARGIN) / 20));
    for (const [index, shard] of foreseen.entries()) expect(shard.after).toBe((index + 1) * 20 + AHEAD_MARGIN);
  });

  it('foresees the same shards when pages rendered side by side come a little out of order', () => {
    const inOrder = inRenderOrder(dated(300));
    // Astro renders a few pages at a time: each run of four is reported last first.
    const jostled = Array.from({ length: 75 }, (_, run) => inOrder.slice(run * 4, run * 4 + 4).reverse()).flat();
    expect(foresee(jostled, 300, 20).map((shard) => shard.files)).toEqual(foresee(inOrder, 300, 20).map((shard) => shard.files));
  });

  it('foresees no more once a page is rendered that belongs in a shard already foreseen', () => {
    const [late, ...rest] = inRenderOrder(dated(300));
    const foreseen = foresee([...rest, late!], 300, 20);
    expect(foreseen.length).toBeGreaterThan(0);
    // The late page ends foresight: nothing after it, and what was foreseen lacks it, so the build indexes those shards afresh.
    const ahead = shardsAhead(300, 20);
    for (const page of rest.slice(0, 200)) ahead.add(page);
    expect(ahead.add(late!)).toEqual([]);
    for (const page of rest.slice(200)) expect(ahead.add(page)).toEqual([]);
  });

  it('foresees shards of the doubled size planShards cuts for a very large office', () => {
    const pages = dated(30 * MAX_SHARDS);
    const [, ...older] = planShards(pages, 10);
    const foreseen = foresee(inRenderOrder(pages), pages.length, 10);
    expect(foreseen[0]!.files).toHaveLength(40);
    expect(foreseen.map((shard) => shard.files)).toEqual(older.slice(0, foreseen.length));
  });
});

describe('the list of shards for the search page', () => {
  it('lists each shard newest first, with its folder, the dates of its pages and their languages', () => {
    const pages = [...dated(30, '', 'en-GB'), ...dated(30, 'cy/', 'cy'), ...undated(2)];
    const shards = planShards(pages, 20);
    expect(shards).toHaveLength(3);
    expect(summariseShards(shards, pages)).toEqual([
      { path: '', from: '2010-01-21', to: '2010-01-30', languages: ['cy', 'en-GB'] },
      { path: 'shards/2/', from: '2010-01-11', to: '2010-01-20', languages: ['cy', 'en-GB'] },
      { path: 'shards/1/', from: '2010-01-01', to: '2010-01-10', languages: ['cy', 'en-GB'] },
    ]);
  });

  it('keeps a page and its translation, of the same date, in the same shard', () => {
    const pages = [...dated(30, '', 'en-GB'), ...dated(30, 'cy/', 'cy')];
    for (const shard of planShards(pages, 20)) {
      const english = shard.filter((file) => !file.startsWith('cy/'));
      expect(shard.filter((file) => file.startsWith('cy/')).sort()).toEqual(english.map((file) => `cy/${file}`).sort());
    }
  });
});
