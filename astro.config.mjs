// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * Where the site will live. SITE_URL is the public origin (https://www.example.gov.uk);
 * BASE_PATH is the sub-path when the site is not at the domain root (/transparency/).
 */
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';

/** Each office keeps its own content cache, so switching OFFICE never mixes two offices' entries. */
const office = process.env.OFFICE?.trim() || 'content';
const cacheDir = `./node_modules/.astro/${office.replace(/[^a-z0-9]+/gi, '-')}`;

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
