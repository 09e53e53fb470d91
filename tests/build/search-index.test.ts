import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';

const sites: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  sites.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
afterEach(() => sites.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the search index', () => {
  it('reads every page marked for search and writes the index into it', async () => {
    const dir = site({
      'decisions/41-2020/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Community Safety Partnership funding</h1></main></body></html>',
      'about/index.html': '<html lang="en"><body><h1>About the office</h1></body></html>',
    });
    // The about page has no data-pagefind-body, so it is left out, as Pagefind itself would.
    expect(await buildSearchIndex(dir)).toBe(1);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8')).toBe('[]\n');
  });

  it('writes a site beyond the shard size as shards, each with its own entry and the scripts only once', async () => {
    const dir = site(
      Object.fromEntries(
        Array.from({ length: 5 }, (_, index) => [
          `decisions/${index}-2020/index.html`,
          `<html lang="en"><body><main data-pagefind-body><h1>Decision ${index}</h1><span data-pagefind-sort="date:2020-0${index + 1}-01"></span></main></body></html>`,
        ]),
      ),
    );
    expect(await buildSearchIndex(dir, 2)).toBe(5);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8'))).toEqual(['shards/1/', 'shards/2/', 'shards/3/']);
    for (const shard of ['shards/1', 'shards/2', 'shards/3']) {
      expect(existsSync(join(dir, 'pagefind', shard, 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(join(dir, 'pagefind', shard, 'pagefind.js'))).toBe(false);
    }
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(`${dir}.search`)).toBe(false);
  });

  it('fails rather than publish an empty index', async () => {
    await expect(buildSearchIndex(site({}))).rejects.toThrow('the search index is empty');
  });
});
