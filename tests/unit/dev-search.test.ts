import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_INDEX_MESSAGE, pagefindMiddleware } from '../../src/site/integrations/dev-search.ts';
import { middlewareAnswer } from '../helpers/middleware.ts';

const work = mkdtempSync(join(tmpdir(), 'dev-search-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The development server's answer to `path`, with `folder` as the last build's search index. */
const get = (folder: string, path: string, prefix = '/pagefind/') => middlewareAnswer(pagefindMiddleware(prefix, folder), path);

describe('the search index on the development server', () => {
  const built = join(work, 'dist', 'pagefind');
  mkdirSync(join(built, 'fragment'), { recursive: true });
  writeFileSync(join(built, 'pagefind.js'), 'export const search = () => {};');
  writeFileSync(join(built, 'shards.json'), '[]');
  writeFileSync(join(built, 'fragment', 'en_1a2b.pf_fragment'), 'fragment');
  writeFileSync(join(work, 'dist', 'secret.txt'), 'not in the index');

  it("serves the last build's index, as the built site would", async () => {
    expect(await get(built, '/pagefind/pagefind.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', body: 'export const search = () => {};' });
    expect(await get(built, '/pagefind/shards.json')).toMatchObject({ status: 200, type: 'application/json', body: '[]' });
    expect(await get(built, '/pagefind/fragment/en_1a2b.pf_fragment')).toMatchObject({ status: 200, type: 'application/octet-stream', body: 'fragment' });
    expect(await get(built, '/transparency/pagefind/shards.json', '/transparency/pagefind/')).toMatchObject({ status: 200, body: '[]' });
  });

  it('passes on what is not in the index, and everything else, to the rest of the server', async () => {
    for (const path of ['/pagefind/missing.js', '/pagefind/', '/pagefind/fragment', '/search/', '/pagefind-not/x.js']) expect((await get(built, path)).body).toBe('next');
  });

  it('serves nothing outside the index, whatever the address asks for', async () => {
    for (const path of ['/pagefind/../secret.txt', '/pagefind/%2e%2e/secret.txt', '/pagefind/fragment/%2E%2E/%2E%2E/secret.txt', '/pagefind/..%2Fsecret.txt', '/pagefind/%E0%A4%A']) {
      expect((await get(built, path)).body).not.toContain('not in the index');
    }
  });

  it('with no build, answers pagefind.js with a module that tells the search page to say so, and anything else with the same words', async () => {
    const none = join(work, 'never-built', 'pagefind');
    const standIn = await get(none, '/pagefind/pagefind.js');
    expect(standIn).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    const module = (await import(`data:text/javascript,${encodeURIComponent(standIn.body)}`)) as { unavailable: string };
    expect(module.unavailable).toBe(NO_INDEX_MESSAGE);
    expect(NO_INDEX_MESSAGE).toContain('npm run build');
    expect(await get(none, '/pagefind/pagefind-entry.json')).toEqual({ status: 404, type: 'text/plain; charset=utf-8', body: `${NO_INDEX_MESSAGE}\n` });
  });
});
