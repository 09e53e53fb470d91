import { rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { tell } from '../lib/build-events.ts';
import { pageFile, pathsInEachLanguage, readBuiltPages, type PageLanguages } from '../lib/page-reuse.ts';

/**
 * The order @astrojs/sitemap sorts every address in. It compares them with localeCompare and its
 * options, which makes a collator for every comparison (0.8 s for 10,000 addresses); handed pages
 * already in order, its sort makes one pass over them.
 */
const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare;

/** A site path without the slashes around it, as both Astro's paths and the page records can be compared. */
const bare = (path: string) => path.replace(/^\/+|\/+$/g, '');

/**
 * The pages not reported in the other language: the editor, published once, at /admin/ (the build
 * removes Astro's page of it in the other language), and the status pages, which the sitemap lists
 * in no language (and whose language switcher leads to /404/, where the default language's is 404.html).
 */
const ONCE_ONLY = /^(404|500|admin)\//;

/**
 * Astro's part in a rebuild (see src/site/lib/page-reuse.ts), given the folder of page records the build
 * named in PAGE_RECORDS:
 * - the entry pages rendered afresh are rendered first, and each is written for the search index
 *   too; once they are, src/build/commands/build.ts starts the search index on them, and links the reused
 *   pages into the new site, while Astro renders the rest (see build-events.ts);
 * - the reused pages' addresses are added to `sitemapPages`, the sitemap's custom pages (the
 *   sitemap only sees the pages Astro rendered), so it must come before the sitemap among the
 *   integrations.
 * An office in two `languages` has every page in each: a reusable page is recorded by its path in
 * the default language, and rendered or reused in both. Astro does not report the pages it renders
 * again in the other language (its i18n fallback), so they are added to what it reports, and to the
 * sitemap's pages.
 */
export function incrementalBuild(sitemapPages: string[], languages: PageLanguages): AstroIntegration {
  const records = process.env.PAGE_RECORDS;
  let base = '/';
  let outDir: string;
  /** Whether Astro keeps what the output folder holds (src/build/commands/build.ts prepares it with the last site's pages). */
  let outDirKept = false;
  /** The site's address with its base, when the build has one (and so a sitemap). */
  let siteUrl: URL | undefined;

  /** The paths of the entry pages to render afresh, when this is a rebuild; the reused ones go to the sitemap. */
  function freshPages(): Set<string> {
    const fresh = new Set<string>();
    const reused: string[] = [];
    for (const { pages } of Object.values(readBuiltPages(records!))) {
      for (const page of Object.values(pages)) {
        const paths = pathsInEachLanguage(page.path, languages);
        if (page.reused) reused.push(...paths);
        else for (const path of paths) fresh.add(bare(path));
      }
    }
    if (siteUrl) sitemapPages.push(...reused.map((path) => new URL(path, siteUrl).href));
    // A page prepared in the output folder is a hard link to the published site's file: it is
    // removed before Astro writes the page afresh, or writing would change the published page too.
    if (outDirKept) for (const path of fresh) rmSync(join(outDir, pageFile(`${path}/`)), { force: true });
    // A full build indexes its pages once they are all written; only a rebuild starts early.
    return reused.length ? fresh : new Set();
  }

  /** The other languages' paths of the pages (not files: "decisions/", not "feed.xml") Astro reports rendering in the default language. */
  function inOtherLanguages(paths: string[]): string[] {
    if (languages.length < 2) return [];
    const prefixes = languages.filter((language) => !language.isDefault).map((language) => `${language.code}/`);
    const inDefault = paths.filter((path) => (path === '' || path.endsWith('/')) && !ONCE_ONLY.test(path) && !prefixes.some((prefix) => path.startsWith(prefix)));
    return inDefault.flatMap((path) => pathsInEachLanguage(path, languages).slice(1));
  }

  function prerenderer(astro: AstroPrerenderer): AstroPrerenderer {
    let fresh = new Set<string>();
    const forSearch = join(records!, 'rendered');
    const written: string[] = [];
    return {
      name: 'incremental-build',
      setup: () => astro.setup?.() ?? Promise.resolve(),
      teardown: () => astro.teardown?.() ?? Promise.resolve(),
      ...(astro.collectStaticImages && { collectStaticImages: () => astro.collectStaticImages!() }),
      async getStaticPaths() {
        // In the sitemap's order, which it then sorts in one pass (see sitemapOrder).
        const paths = (await astro.getStaticPaths()).sort((a, b) => sitemapOrder(a.pathname, b.pathname));
        fresh = freshPages();
        if (fresh.size === 0) tell({ type: 'entry-pages', folder: forSearch, files: [] });
        const first = (path: { pathname: string }) => fresh.has(bare(path.pathname));
        return [...paths.filter(first), ...paths.filter((path) => !first(path))];
      },
      async render(request, options) {
        const rendered = await astro.render(request, options);
        const path = bare(decodeURIComponent(new URL(request.url).pathname).slice(base.length - 1));
        if (fresh.has(path)) {
          const file = pageFile(`${path}/`);
          const response = rendered instanceof Response ? rendered : rendered.response;
          await mkdir(dirname(join(forSearch, file)), { recursive: true });
          await writeFile(join(forSearch, file), await response.clone().text());
          written.push(file);
          if (written.length === fresh.size) tell({ type: 'entry-pages', folder: forSearch, files: written });
        }
        return rendered;
      },
    };
  }

  return {
    name: 'incremental-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
        outDirKept = config.vite.build?.emptyOutDir === false;
        siteUrl = config.site ? new URL(config.base, config.site) : undefined;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (records) setPrerenderer(prerenderer);
      },
      'astro:build:done': ({ pages }) => {
        const paths = pages.map(({ pathname }) => pathname);
        const others = inOtherLanguages(paths);
        if (siteUrl) sitemapPages.push(...others.map((path) => new URL(path, siteUrl).href));
        sitemapPages.sort(sitemapOrder);
        tell({ type: 'pages', paths: [...paths, ...others] });
      },
    },
  };
}
