import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { isCompiledBody } from './entry-cache.ts';
import { pathInLanguage, type SiteLanguage } from '../../domain/languages.ts';

/** The languages a site's pages are published in (siteLanguages in src/domain/languages.ts), as far as their addresses go. */
export type PageLanguages = readonly Pick<SiteLanguage, 'code' | 'isDefault'>[];

/**
 * Rebuilding a large office after one edit need not render its 10,000 notice pages again, nor the
 * hundreds of pages that list them by year. A page that reads nothing but what its digest covers
 * and what the build's inputs digest covers (the code, the configuration and the office's other
 * content: see src/build/previous-build.ts) is the same as last time while its digest is, so it
 * is taken from the site published last time. Other pages (the home page, feeds, downloads) are
 * always rendered.
 */
export const REUSABLE_COLLECTIONS = ['decisions'] as const;

/** The sets of reusable pages: each is recorded in a file of its own. */
export type PageSet = (typeof REUSABLE_COLLECTIONS)[number] | 'decision-years';

/** One reusable page, as a build records it. */
export interface RecordedPage {
  /** A digest of everything the page shows beyond what the build's inputs digest covers. */
  digest: string;
  /** The page's site path: "decisions/41-2020/". */
  path: string;
}

/** What a build of the pages records of one set of reusable pages. */
export interface BuiltPages {
  /** The site the reused pages are taken from, when any are. */
  reusedFrom?: string;
  /** Each page, by a key that stays with it from build to build (an entry's id, a listing's path). */
  pages: Record<string, RecordedPage & { reused: boolean }>;
}

export type BuiltSets = Partial<Record<PageSet, BuiltPages>>;

/** The last build, as the next build's pages are handed it. */
export interface PreviousPages {
  site: string;
  pages: Partial<Record<PageSet, Record<string, RecordedPage>>>;
}

/**
 * src/build/commands/build.ts names a folder of its own in PAGE_RECORDS: there the pages find the last
 * build's pages (previous.json) and leave their own, one file per set. A build without it, the
 * development server's, renders every page.
 */
const PREVIOUS_PAGES = 'previous.json';
const SET_FILE = /^([a-z-]+)\.pages\.json$/;

export function writePreviousPages(records: string, previous: PreviousPages): void {
  writeFileSync(join(records, PREVIOUS_PAGES), JSON.stringify(previous));
}

export function readBuiltPages(records: string): BuiltSets {
  const names = existsSync(records) ? readdirSync(records) : [];
  return Object.fromEntries(
    names.flatMap((name) => {
      const set = SET_FILE.exec(name)?.[1];
      return set ? [[set, JSON.parse(readFileSync(join(records, name), 'utf8')) as BuiltPages]] : [];
    }),
  );
}

/** The page file of a site path, as Astro writes it with directory-format URLs. */
export function pageFile(path: string): string {
  return `${path}index.html`;
}

/**
 * A reusable page's site path in each of the site's languages: "decisions/41-2020/", and
 * "cy/decisions/41-2020/" for an office in two. A page is recorded once, by its path in the default
 * language: Astro renders it in every language from the same route, so its pages in each are
 * rendered, or reused, together.
 */
export function pathsInEachLanguage(path: string, languages: PageLanguages): string[] {
  return languages.map((language) => pathInLanguage(path, language));
}

/** How a route describes one of its pages to `pagesToRender`. */
export interface PageToRender {
  key: string;
  path: string;
  /** What the page shows, digested; a page without one is always rendered. */
  digest: string | undefined;
}

/**
 * The pages of a set that must be rendered: all of them, unless the build was handed the last
 * build's pages, when only those new, changed or moved to another path. The rest are recorded as
 * reused, for the build to link in from the last site.
 */
export function pagesToRender<T>(set: PageSet, items: T[], describe: (item: T) => PageToRender, env: Record<string, string | undefined> = process.env): T[] {
  const records = env.PAGE_RECORDS;
  if (!records) return items;
  const previousFile = join(records, PREVIOUS_PAGES);
  const previous = existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as PreviousPages) : undefined;
  const before = previous?.pages[set] ?? {};
  const built: BuiltPages = { ...(previous && { reusedFrom: previous.site }), pages: {} };
  const toRender = items.filter((item) => {
    const { key, path, digest } = describe(item);
    const last = before[key];
    const reused = digest !== undefined && last?.digest === digest && last.path === path;
    built.pages[key] = { digest: digest ?? '', path, reused };
    return !reused;
  });
  writeFileSync(join(records, `${set}.pages.json`), JSON.stringify(built));
  return toRender;
}

/**
 * The entries whose pages must be rendered (see `pagesToRender`). An MDX entry is always
 * rendered: it may import files its digest does not cover. `shown` is what else an entry's page
 * shows that its entry's digest does not cover (the size of a paper it links to, say).
 */
export function entriesToRender<E extends { id: string; digest?: string | number; filePath?: string }>(
  collection: (typeof REUSABLE_COLLECTIONS)[number],
  entries: E[],
  pathOf: (entry: E) => string,
  shown: (entry: E) => string = () => '',
  env: Record<string, string | undefined> = process.env,
): E[] {
  const digestOf = (entry: E) => {
    if (isCompiledBody(entry) || entry.digest === undefined) return undefined;
    const also = shown(entry);
    return also ? `${entry.digest}\0${also}` : String(entry.digest);
  };
  return pagesToRender(collection, entries, (entry) => ({ key: entry.id, path: pathOf(entry), digest: digestOf(entry) }), env);
}

/** A digest of the entries a page lists, with anything else it shows: for a listing page's `PageToRender`. */
export function listingDigest(entries: { id: string; digest?: string | number }[], ...shown: unknown[]): string {
  const digest = createHash('sha256').update(JSON.stringify(shown));
  for (const { id, digest: entry } of entries) digest.update(`\0${id}\0${entry ?? ''}`);
  return digest.digest('hex');
}
