import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { reusedPages } from './src/integrations/reused-pages.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { deployment, isLargeOffice } from './src/lib/deployment.ts';

const { site, base, office, cacheDir } = deployment();
/** The pages a rebuild reuses from the last build, which Astro did not render, for the sitemap to list too. */
const reusedPageUrls: string[] = [];

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The search index is built after Astro, over the finished pages, by scripts/build.ts.
  integrations: [mdx(), reusedPages(reusedPageUrls), sitemap({ filter: (page) => !page.includes('/admin/'), customPages: reusedPageUrls }), siteFiles()],
  devToolbar: { enabled: false },
  experimental: { collectionStorage: isLargeOffice(office) ? 'chunked' : 'single-file' },
  // Every script is a file of its own, never inlined, so the Content-Security-Policy needs no 'unsafe-inline' for scripts.
  vite: { build: { assetsInlineLimit: 0 } },
});
