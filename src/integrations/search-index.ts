import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes the finished pages under `site` and writes the index into `site/pagefind/`; returns the number of pages read. */
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
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind search index over the finished pages, through Pagefind's Node API. Pagefind
 * runs in a process of its own, so it starts as soon as the pages are written and indexes on
 * another core while the other integrations finish the site (sitemap, editor files, headers).
 * Any indexing error fails the build, so a site is never published with a broken search.
 */
export function searchIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = buildSearchIndex(fileURLToPath(dir));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        logger.info(`Built the search index over ${await indexing} pages.`);
      },
    },
  };
}
