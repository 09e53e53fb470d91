import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index over the finished site, through Pagefind's Node API.
 * Any indexing error fails the build, so a site is never published with a broken search.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`could not start the search indexer: ${errors.join('; ')}`);
          const indexed = await index.addDirectory({ path: site });
          if (indexed.errors.length) throw new Error(`the search index could not be built: ${indexed.errors.join('; ')}`);
          if (indexed.page_count === 0) throw new Error('the search index is empty: no page is marked for indexing');
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${indexed.page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
