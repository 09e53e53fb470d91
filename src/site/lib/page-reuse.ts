import { createHash } from 'node:crypto';
import { isCompiledBody } from './entry-cache.ts';
import type { SiteLanguage } from '../../domain/languages.ts';

/** The languages a site's pages are published in (siteLanguages in src/domain/languages.ts), as far as their addresses go. */
export type PageLanguages = readonly Pick<SiteLanguage, 'code' | 'isDefault'>[];

/**
 * Rebuilding a large office after one edit need not render its 10,000 notice pages again, nor the
 * hundreds of pages that list them by year. Astro's incremental build (experimental.incrementalBuild
 * in astro.config.mjs) copies a page from its own last build when the page's code (its module
 * graph) and the `cacheKey` its getStaticPaths gave are unchanged. The key digests everything
 * else the page shows: what the build names in BUILD_INPUTS (the publisher's code and catalogues,
 * Node, the settings, the build date and every other file of the office: see inputsDigest in
 * src/build/previous-build.ts), and what the page alone shows (`shown`). A build without
 * BUILD_INPUTS (the development server's, a bare `astro build`) keys no page, and renders them all.
 */
export function cacheKey(shown: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const inputs = env.BUILD_INPUTS;
  return inputs ? createHash('sha256').update(`${inputs}\0${shown}`).digest('hex') : undefined;
}

/**
 * The cacheKey of an entry's page. An MDX entry has none, and is always rendered: it may import
 * files its digest does not cover. `shown` is what else the page shows that the entry's digest does
 * not cover (the size of a paper it links to, say).
 */
export function entryCacheKey(entry: { id: string; digest?: string | number; filePath?: string }, shown = '', env: Record<string, string | undefined> = process.env): string | undefined {
  if (isCompiledBody(entry) || entry.digest === undefined) return undefined;
  return cacheKey(`${entry.id}\0${entry.digest}\0${shown}`, env);
}

/** The cacheKey of a page listing `entries`, with anything else it shows. */
export function listingCacheKey(entries: { id: string; digest?: string | number }[], shown: unknown[], env: Record<string, string | undefined> = process.env): string | undefined {
  return cacheKey([JSON.stringify(shown), ...entries.map(({ id, digest }) => `${id}\0${digest ?? ''}`)].join('\0'), env);
}
