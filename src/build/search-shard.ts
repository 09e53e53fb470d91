// Pagefind over one shard of a site's pages (a folder holding just those pages), writing the shard's
// index where it is told. Run by search-index.ts, one process per shard, so that each Pagefind's
// memory is returned when its shard is done. The process is started before it is needed, and loads
// Pagefind while it waits to be told its shard: one line of JSON on its input, {"pages": "...",
// "out": "..."}. Reports one line of JSON: {"pages": n} or {"error": "..."}. Input that ends without
// a shard (the process was not needed) ends it. Given BY_PAGE_LANGUAGE, each page is indexed in its
// own language (a site in two); else every page as English.
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import { BY_PAGE_LANGUAGE, INDEXER_STOPPED } from './search-index.ts';

const report = (result: { pages: number } | { error: string }) => console.log(JSON.stringify(result));
const created = pagefind.createIndex(process.argv.includes(BY_PAGE_LANGUAGE) ? {} : { forceLanguage: 'en' });
// Awaited once the shard is known; a Pagefind that cannot start is reported then.
created.catch(() => {});
let shard: { pages: string; out: string } | undefined;
for await (const line of createInterface({ input: process.stdin })) {
  shard = JSON.parse(line) as { pages: string; out: string };
  break;
}
try {
  if (shard) {
    const { index, errors } = await created;
    if (!index) throw new Error(`could not start the search indexer: ${errors.join('; ')}`);
    const indexed = await index.addDirectory({ path: shard.pages });
    if (indexed.errors.length) throw new Error(`the search index could not be built: ${indexed.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: shard.out });
    if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
    report({ pages: indexed.page_count });
  }
} catch (error) {
  // "Pagefind backend closed" is what Pagefind's Node API reports when its process has gone.
  const message = error instanceof Error ? error.message : String(error);
  report({ error: message === 'Pagefind backend closed' ? INDEXER_STOPPED : message });
} finally {
  await pagefind.close();
}
