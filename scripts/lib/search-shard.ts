// Pagefind over one shard of a site's pages (a folder holding just those pages), writing the shard's
// index into --out. Run by search-index.ts, one process per shard, so that each Pagefind's memory is
// returned when its shard is done. Reports one line of JSON: {"pages": n} or {"error": "..."}.
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { INDEXER_STOPPED } from './search-index.ts';

const { values } = parseArgs({ options: { pages: { type: 'string' }, out: { type: 'string' } } });
const report = (result: { pages: number } | { error: string }) => console.log(JSON.stringify(result));
try {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`could not start the search indexer: ${errors.join('; ')}`);
  const indexed = await index.addDirectory({ path: values.pages! });
  if (indexed.errors.length) throw new Error(`the search index could not be built: ${indexed.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: values.out! });
  if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
  report({ pages: indexed.page_count });
} catch (error) {
  // "Pagefind backend closed" is what Pagefind's Node API reports when its process has gone.
  const message = error instanceof Error ? error.message : String(error);
  report({ error: message === 'Pagefind backend closed' ? INDEXER_STOPPED : message });
} finally {
  await pagefind.close();
}
