import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { tell } from '../lib/build-events.ts';
import { pathInLanguage } from '../../domain/languages.ts';
import type { PageLanguages } from '../lib/page-reuse.ts';

/**
 * The order @astrojs/sitemap sorts every address in. It compares them with localeCompare and its
 * options, which makes a collator for every comparison (0.8 s for 10,000 addresses); handed pages
 * already in order, its sort makes one pass over them.
 */
const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare;

/** How many pages Astro listed in a build, and how many of them it rendered: it copies the others from its last build (see page-reuse.ts). */
interface PageCounts {
  listed: number;
  rendered: number;
}

/** Astro's prerenderer, listing its pages in the sitemap's order, which Astro reports them in, and counting them in `counts`. */
function counted(astro: AstroPrerenderer, counts: PageCounts): AstroPrerenderer {
  return {
    name: 'rendered-pages',
    setup: () => astro.setup?.() ?? Promise.resolve(),
    teardown: () => astro.teardown?.() ?? Promise.resolve(),
    ...(astro.collectStaticImages && { collectStaticImages: () => astro.collectStaticImages!() }),
    async getStaticPaths() {
      const paths = (await astro.getStaticPaths()).sort((a, b) => sitemapOrder(a.pathname, b.pathname));
      Object.assign(counts, { listed: paths.length, rendered: 0 });
      return paths;
    },
    render(request, options) {
      counts.rendered++;
      return astro.render(request, options);
    },
  };
}

/**
 * The pages not reported in the other language: the editor, published once, at /admin/ (the build
 * removes Astro's page of it in the other language), and the status pages, which the sitemap lists
 * in no language (and whose language switcher leads to /404/, where the default language's is 404.html).
 */
const ONCE_ONLY = /^(404|500|admin)\//;

/**
 * Tells the build every page Astro built, so that it need not look for them, and how many Astro
 * copied from its last build rather than render (see src/site/lib/page-reuse.ts). An office in two `languages` has
 * every page in each: Astro does not report the pages it renders again in the other language (its
 * i18n fallback), so they are added to what it reports, and to `sitemapPages`, the sitemap's custom
 * pages; this integration must therefore come before the sitemap's.
 */
export function renderedPages(sitemapPages: string[], languages: PageLanguages): AstroIntegration {
  /** The site's address with its base, when the build has one (and so a sitemap). */
  let siteUrl: URL | undefined;
  const counts: PageCounts = { listed: 0, rendered: 0 };

  /** The other languages' paths of the pages (not files: "decisions/", not "feed.xml") Astro reports rendering in the default language. */
  function inOtherLanguages(paths: string[]): string[] {
    if (languages.length < 2) return [];
    const prefixes = languages.filter((language) => !language.isDefault).map((language) => `${language.code}/`);
    const inDefault = paths.filter((path) => (path === '' || path.endsWith('/')) && !ONCE_ONLY.test(path) && !prefixes.some((prefix) => path.startsWith(prefix)));
    return inDefault.flatMap((path) => languages.filter((language) => !language.isDefault).map((language) => pathInLanguage(path, language)));
  }

  return {
    name: 'rendered-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ? new URL(config.base, config.site) : undefined;
      },
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer((astro) => counted(astro, counts)),
      'astro:build:done': ({ pages }) => {
        const paths = pages.map(({ pathname }) => pathname);
        const others = inOtherLanguages(paths);
        if (siteUrl) sitemapPages.push(...others.map((path) => new URL(path, siteUrl).href));
        sitemapPages.sort(sitemapOrder);
        tell({ type: 'pages', paths: [...paths, ...others], copied: counts.listed - counts.rendered });
      },
    },
  };
}
