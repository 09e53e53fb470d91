import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, planShards, type SearchablePage } from '../../src/build/search-index.ts';

const dated = (count: number): SearchablePage[] =>
  // Listed out of order, as files are found on disk.
  Array.from({ length: count }, (_, index) => ({ file: `decisions/${index}/index.html`, date: `20${String(10 + ((index * 7) % count)).padStart(2, '0')}-01-01` }));

describe('sharding the search index', () => {
  it('keeps a site within one shard in one index', () => {
    const pages = [...dated(5), { file: 'index.html' }];
    const shards = planShards(pages, 10);
    expect(shards).toHaveLength(1);
    expect(shards[0]!.sort()).toEqual(pages.map((page) => page.file).sort());
  });

  it('has nothing to index on a site without pages', () => {
    expect(planShards([], 10)).toEqual([]);
  });

  it('splits a larger site into shards of at most the limit, every page in exactly one', () => {
    const pages = [...dated(23), ...Array.from({ length: 4 }, (_, index) => ({ file: `list-${index}/index.html` }))];
    const shards = planShards(pages, 10);
    // 27 pages need three shards of 10; four, an even number, keep both cores busy to the end.
    expect(shards).toHaveLength(4);
    for (const shard of shards) expect(shard.length).toBeLessThanOrEqual(10);
    expect(shards.flat().sort()).toEqual(pages.map((page) => page.file).sort());
  });

  it('deals dated pages out in date order, one to each shard in turn', () => {
    const pages = dated(9);
    const dateOf = new Map(pages.map((page) => [page.file, page.date!]));
    const shards = planShards(pages, 3);
    const inDateOrder = [...pages].sort((a, b) => a.date!.localeCompare(b.date!)).map((page) => page.file);
    // The k-th page of shard s is the (k × shards + s)-th page of the site in date order.
    shards.forEach((shard, s) => shard.forEach((file, k) => expect(file).toBe(inDateOrder[k * shards.length + s])));
    for (const shard of shards) expect(shard.map((file) => dateOf.get(file))).toEqual(shard.map((file) => dateOf.get(file)).sort());
  });

  it('lets shards grow past the limit rather than pass the most a first search should load', () => {
    const shards = planShards(dated(40 * MAX_SHARDS), 10);
    expect(shards).toHaveLength(MAX_SHARDS);
    expect(shards.flat()).toHaveLength(40 * MAX_SHARDS);
  });

  it('never makes more shards than there are dated pages to sort across them', () => {
    const pages = [...dated(2), ...Array.from({ length: 30 }, (_, index) => ({ file: `list-${index}/index.html` }))];
    expect(planShards(pages, 10)).toHaveLength(2);
  });
});

describe('sharding the search index of a site in two languages', () => {
  const inLanguage = (pages: SearchablePage[], language: string, prefix: string) => pages.map((page) => ({ ...page, file: `${prefix}${page.file}`, language }));
  const english = inLanguage(dated(9), 'en-gb', '');
  const welsh = inLanguage(dated(9), 'cy-gb', 'cy/');

  it('deals each language out on its own, so that every shard holds each language, its pages in date order', () => {
    // Listed as files are found on disk: the Welsh pages (cy/…) among the English.
    const shards = planShards([...english.slice(0, 4), ...welsh, ...english.slice(4)], 5);
    expect(shards).toHaveLength(4);
    expect(shards.flat().sort()).toEqual([...english, ...welsh].map((page) => page.file).sort());
    for (const pages of [english, welsh]) {
      const inDateOrder = [...pages].sort((a, b) => a.date!.localeCompare(b.date!)).map((page) => page.file);
      const files = new Set(inDateOrder);
      // Within a language, the k-th page of shard s is its (k × shards + s)-th page in date order.
      shards.forEach((shard, s) => shard.filter((file) => files.has(file)).forEach((file, k) => expect(file).toBe(inDateOrder[k * shards.length + s])));
    }
  });
});
