import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  it('reads every page of the site and writes the index into it', async () => {
    const dir = site({
      'decisions/41-2020/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Community Safety Partnership funding</h1></main></body></html>',
      'about/index.html': '<html lang="en"><body><h1>About the office</h1></body></html>',
    });
    expect(await buildSearchIndex(dir)).toBe(2);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('fails rather than publish an empty index', async () => {
    await expect(buildSearchIndex(site({}))).rejects.toThrow('the search index is empty');
  });
});
