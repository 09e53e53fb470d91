import type { AstroIntegration, AstroPrerenderer, PathWithRoute } from 'astro';
import { tell, type RenderedHtml } from '../lib/build-events.ts';
import { spacedForSearch } from '../lib/html-text.ts';
import { searchDateIn } from '../lib/search-record.ts';
import { pathInLanguage } from '../../domain/languages.ts';
import type { PageLanguages } from '../lib/page-reuse.ts';

/**
 * The order @astrojs/sitemap sorts every address in. It compares them with localeCompare and its
 * options, which makes a collator for every comparison (0.8 s for 10,000 addresses); handed pages
 * already in order, its sort makes one pass over them.
 */
const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare;

/** The sitemap's integration, handed Astro's pages in the sitemap's order (see sitemapOrder), whatever order they were rendered in. */
export function inSitemapOrder(sitemap: AstroIntegration): AstroIntegration {
  const done = sitemap.hooks['astro:build:done'];
  if (!done) return sitemap;
  return { ...sitemap, hooks: { ...sitemap.hooks, 'astro:build:done': (options) => done({ ...options, pages: options.pages.toSorted((a, b) => sitemapOrder(a.pathname, b.pathname)) }) } };
}

/**
 * The order Astro renders its pages in: each route's own, the route with the most pages last. That
 * is an office's decision notices, which their route lists the oldest first, so that the build can
 * index the older ones for search while the rest are rendered (see shardsAhead in
 * src/build/search-plan.ts).
 */
function renderOrder(paths: PathWithRoute[]): PathWithRoute[] {
  const pagesOf = Map.groupBy(paths, (path) => path.route.route);
  const [largest] = [...pagesOf.entries()].reduce((most, route) => (route[1].length > most[1].length ? route : most), ['', []]);
  return [...paths.filter((path) => path.route.route !== largest), ...(pagesOf.get(largest) ?? [])];
}

/** How many pages Astro listed in a build, and the site paths of those it rendered: it copied the others from its last build (see page-reuse.ts). */
interface Listed {
  count: number;
  rendered: string[];
}

/** Rendered pages told to the build at a time: one message for each page cost a second of Astro's 10,000-notice build. */
const TOLD_TOGETHER = 32;

/**
 * Astro's prerenderer, listing its pages in renderOrder, noting in `listed` those it renders, spacing
 * their HTML for the search index (spacedForSearch), and telling the build of the HTML pages as they
 * are rendered, a few at a time, with the dates of those the search index sorts by date.
 */
function noted(astro: AstroPrerenderer, listed: Listed, base: string): AstroPrerenderer {
  let untold: RenderedHtml[] = [];
  const tellRendered = () => {
    if (untold.length > 0) tell({ type: 'rendered', pages: untold });
    untold = [];
  };
  return {
    name: 'rendered-pages',
    setup: () => astro.setup?.() ?? Promise.resolve(),
    teardown: () => {
      tellRendered();
      return astro.teardown?.() ?? Promise.resolve();
    },
    ...(astro.collectStaticImages && { collectStaticImages: () => astro.collectStaticImages!() }),
    async getStaticPaths() {
      const paths = renderOrder(await astro.getStaticPaths());
      Object.assign(listed, { count: paths.length, rendered: [] });
      tell({ type: 'listed', count: paths.length });
      return paths;
    },
    async render(request, options) {
      const path = decodeURIComponent(new URL(request.url).pathname).slice(base.length);
      listed.rendered.push(path);
      const rendered = await astro.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return rendered;
      const html = spacedForSearch(await response.text());
      const date = searchDateIn(html);
      if (untold.push({ path, bytes: Buffer.byteLength(html), ...(date !== undefined && { date }) }) >= TOLD_TOGETHER) tellRendered();
      const spaced = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return rendered instanceof Response ? spaced : { ...rendered, response: spaced };
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
 * Tells the build every page Astro built, so that it need not look for them, and which Astro
 * rendered rather than copied from its last build (see src/site/lib/page-reuse.ts). An office in two `languages` has
 * every page in each: Astro does not report the pages it renders again in the other language (its
 * i18n fallback), so they are added to what it reports, and to `sitemapPages`, the sitemap's custom
 * pages; this integration must therefore come before the sitemap's.
 */
export function renderedPages(sitemapPages: string[], languages: PageLanguages): AstroIntegration {
  /** The site's address with its base, when the build has one (and so a sitemap). */
  let siteUrl: URL | undefined;
  let base = '/';
  const listed: Listed = { count: 0, rendered: [] };

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
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteUrl = config.site ? new URL(config.base, config.site) : undefined;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        tell({ type: 'rendering' });
        setPrerenderer((astro) => noted(astro, listed, base));
      },
      'astro:build:done': ({ pages }) => {
        const paths = pages.map(({ pathname }) => pathname);
        const others = inOtherLanguages(paths);
        if (siteUrl) sitemapPages.push(...others.map((path) => new URL(path, siteUrl).href));
        sitemapPages.sort(sitemapOrder);
        tell({ type: 'pages', paths: [...paths, ...others], rendered: listed.rendered, copied: listed.count - listed.rendered.length });
      },
    },
  };
}
