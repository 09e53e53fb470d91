import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteFiles } from './src/integrations/site-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { deployment } from './src/lib/deployment.ts';

const { site, base, cacheDir } = deployment();

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The search index is built last, over the finished pages.
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/admin/') }), siteFiles(), searchIndex()],
  devToolbar: { enabled: false },
  // Every script is a file of its own, never inlined, so the Content-Security-Policy needs no 'unsafe-inline' for scripts.
  vite: { build: { assetsInlineLimit: 0 } },
});
