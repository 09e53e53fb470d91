import { describe, expect, it } from 'vitest';
import { cacheKey, entryCacheKey, listingCacheKey } from '../../src/site/lib/page-reuse.ts';

const build = { BUILD_INPUTS: 'inputs of a build' };
const notice = (id: string, digest: string, filePath = `decisions/${id}.md`) => ({ id, digest, filePath });

describe("a page's cacheKey", () => {
  it('is none outside a build that names its inputs (the development server), so that every page is rendered', () => {
    expect(cacheKey('shown', {})).toBeUndefined();
    expect(entryCacheKey(notice('1-2020', 'a'), '', {})).toBeUndefined();
    expect(listingCacheKey([notice('1-2020', 'a')], [1], {})).toBeUndefined();
  });

  it("changes with the build's inputs, as every page shows what they cover", () => {
    expect(entryCacheKey(notice('1-2020', 'a'), '', build)).not.toBe(entryCacheKey(notice('1-2020', 'a'), '', { BUILD_INPUTS: 'other inputs' }));
  });

  it("changes with the entry's digest, and with anything else its page shows (a paper's size)", () => {
    const key = entryCacheKey(notice('1-2020', 'a'), 'PDF, 12 KB', build);
    expect(entryCacheKey(notice('1-2020', 'a'), 'PDF, 12 KB', build)).toBe(key);
    expect(entryCacheKey(notice('1-2020', 'b'), 'PDF, 12 KB', build)).not.toBe(key);
    expect(entryCacheKey(notice('1-2020', 'a'), 'PDF, 14 KB', build)).not.toBe(key);
  });

  it('is none for an MDX entry, which may import files its digest does not cover', () => {
    expect(entryCacheKey(notice('1-2020', 'a', 'decisions/1-2020.mdx'), '', build)).toBeUndefined();
  });

  it('of a listing changes with the entries it lists, their order, and what else it shows', () => {
    const [a, b] = [notice('1-2020', 'a'), notice('2-2020', 'b')];
    const key = listingCacheKey([a, b], [2], build);
    expect(listingCacheKey([a, b], [2], build)).toBe(key);
    expect(listingCacheKey([b, a], [2], build)).not.toBe(key);
    expect(listingCacheKey([a, notice('2-2020', 'B')], [2], build)).not.toBe(key);
    expect(listingCacheKey([a], [2], build)).not.toBe(key);
    expect(listingCacheKey([a, b], [3], build)).not.toBe(key);
  });
});
