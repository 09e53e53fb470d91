import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentEditor } from './src/integrations/content-editor.ts';
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
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/admin/') }), contentEditor(), searchIndex()],
  devToolbar: { enabled: false },
});
