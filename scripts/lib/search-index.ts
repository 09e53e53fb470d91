import * as pagefind from 'pagefind';

export const INDEXER_STOPPED = 'the search indexer stopped before it finished; for a very large office this usually means the machine ran out of memory.';

/**
 * Builds the Pagefind search index over the finished pages under `site`, through Pagefind's Node
 * API, and writes it into `site/pagefind/`; returns the number of pages read. Any indexing error
 * is thrown, so a site is never published with a broken search.
 */
export async function buildSearchIndex(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`could not start the search indexer: ${errors.join('; ')}`);
    const indexed = await index.addDirectory({ path: site });
    if (indexed.errors.length) throw new Error(`the search index could not be built: ${indexed.errors.join('; ')}`);
    if (indexed.page_count === 0) throw new Error('the search index is empty: the site has no pages to index');
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
    return indexed.page_count;
  } catch (error) {
    // What Pagefind's Node API reports when its process has gone.
    if (error instanceof Error && error.message === 'Pagefind backend closed') throw new Error(INDEXER_STOPPED);
    throw error;
  } finally {
    await pagefind.close();
  }
}
