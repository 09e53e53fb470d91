import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkFiles } from '../lib/hard-links.ts';
import { pageFile, readBuiltPages } from '../lib/page-reuse.ts';

/**
 * Puts the pages reused from the last build (see src/lib/page-reuse.ts) into the new site, as hard
 * links, and adds their addresses to `sitemapPages`, the sitemap's custom pages: the sitemap only
 * sees the pages Astro rendered. It must come before the sitemap among the integrations.
 */
export function reusedPages(sitemapPages: string[]): AstroIntegration {
  let siteUrl: URL;
  return {
    name: 'reused-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = new URL(config.base, config.site);
      },
      'astro:build:done': ({ dir }) => {
        const records = process.env.PAGE_RECORDS;
        if (!records) return;
        for (const { reusedFrom, pages } of Object.values(readBuiltPages(records))) {
          if (!reusedFrom) continue;
          const paths = Object.values(pages).flatMap(({ path, reused }) => (reused ? [path] : []));
          linkFiles(reusedFrom, fileURLToPath(dir), paths.map(pageFile));
          for (const path of paths) sitemapPages.push(new URL(path, siteUrl).href);
        }
      },
    },
  };
}
