import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';
import { deployment } from './src/lib/deployment.ts';

const { site, base, office } = deployment();

export default defineConfig({
  site,
  base,
  // Each office keeps its own content cache, so switching OFFICE never mixes two offices' entries.
  cacheDir: `./node_modules/.astro/${office.replace(/[^a-z0-9]+/gi, '-')}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The search index is built last, over the finished pages.
  integrations: [mdx(), sitemap(), searchIndex()],
  devToolbar: { enabled: false },
});
