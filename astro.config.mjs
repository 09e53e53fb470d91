// @ts-check
// A JavaScript file, which Node loads as it is, rather than TypeScript, which Astro loads through a
// Vite server of its own: half a second of every build. The modules it imports are TypeScript all the
// same, as Node 22 strips their types.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { devSearch } from './src/site/integrations/dev-search.ts';
import { editor } from './src/site/integrations/editor.ts';
import { developmentServer } from './src/site/integrations/development-server.ts';
import { feeds } from './src/site/integrations/feeds.ts';
import { officeComponents } from './src/site/integrations/office-components.ts';
import { officeFiles } from './src/site/integrations/office-files.ts';
import { inSitemapOrder, renderedPages } from './src/site/integrations/rendered-pages.ts';
import { siteFiles } from './src/site/integrations/site-files.ts';
import { deployment, officeDir, siteAddress } from './src/domain/deployment.ts';
import { astroI18n, siteLanguages, sitemapI18n } from './src/domain/languages.ts';
import { readOffice } from './src/domain/office.ts';

// Astro reports every build, check and preview, with a description of the project, to its makers'
// server unless told not to. A publisher for public bodies makes no request its office did not ask for.
// Astro reads the setting when it reports, which is once this file is loaded.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Nor does the development server ask npm whether Astro has a newer version: the publisher pins the
// Astro its tests ran with, and an office upgrades Astro by upgrading the publisher.
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';

const { base, cacheDir } = deployment();
const site = siteAddress();
/** @type {string[]} Pages Astro does not report rendering, for the sitemap to list too: those of the second language. */
const unreportedPageUrls = [];
// An office that publishes in two languages has every page at a second address (/cy/…): see src/domain/languages.ts.
// One whose configuration is not valid has none: the check, which runs before the build, reports it.
const { office } = readOffice(officeDir());
const i18n = office ? astroI18n(office) : undefined;
const languages = office ? siteLanguages(office) : [];

// The configuration is a plain object, typed here, rather than given to defineConfig, which only types
// it: importing astro/config loads Astro's SVG optimiser and font providers too (280 modules, 0.4 s of
// processor time in every build, which uses neither).
/** @type {import('astro').AstroUserConfig} */
export default {
  site,
  base,
  cacheDir,
  // What Astro renders: pages, components, layouts, styles, the content collections, the browser's scripts.
  srcDir: './src/site',
  trailingSlash: 'always',
  // Pages are rendered a few at a time, so that one page's rendering fills the wait for another's file to be written.
  build: { format: 'directory', concurrency: 4 },
  // A rebuild copies the pages whose code and cacheKey are unchanged from Astro's last build (see
  // src/site/lib/page-reuse.ts). Astro 7.3.5 keeps this with a concurrency above 1.
  experimental: { incrementalBuild: true },
  // The search index is built after Astro, over the finished pages, by src/build/commands/build.ts; the
  // development server serves the last build's (devSearch).
  // The sitemap and the feeds need the site's address: a build without one has neither.
  integrations: [mdx(), developmentServer(), officeComponents(), renderedPages(unreportedPageUrls, languages), ...(site ? [inSitemapOrder(sitemap({ filter: (page) => !page.includes('/admin/'), customPages: unreportedPageUrls, i18n: office ? sitemapI18n(office) : undefined })), feeds(languages)] : []), siteFiles(), officeFiles(), devSearch(), editor()],
  ...(i18n && { i18n }),
  devToolbar: { enabled: false },
  // Every script is a file of its own, never inlined, so the Content-Security-Policy needs no 'unsafe-inline' for scripts.
  // Astro builds into a staging folder of its own (see src/build/build-site.ts), which it must not empty:
  // under npm run watch it holds the last site's unchanged pages, which Astro then need not copy.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
};
