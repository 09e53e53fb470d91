import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCompiledBody } from './entry-cache.ts';

/**
 * Rebuilding a large office after one edit need not render its 10,000 notice pages again. A page
 * of one entry that reads nothing but its entry and what the build's inputs digest covers (the
 * code, the configuration and the office's other content: see scripts/lib/previous-build.ts) is
 * the same as last time while its entry's digest is, so it is taken from the site published last
 * time. Pages over many entries (listings, feeds, downloads) are always rendered.
 */
export const REUSABLE_COLLECTIONS = ['decisions'] as const;
export type ReusableCollection = (typeof REUSABLE_COLLECTIONS)[number];

/** One entry's page, as a build records it. */
export interface EntryPage {
  digest: string;
  /** The page's site path: "decisions/41-2020/". */
  path: string;
}

/** What a build of the pages records of one reusable collection's pages. */
export interface BuiltPages {
  /** The site the reused pages are taken from, when any are. */
  reusedFrom?: string;
  /** Entry id → its page. */
  pages: Record<string, EntryPage & { reused: boolean }>;
}

/** The last build, as the next build's pages are handed it. */
export interface PreviousPages {
  site: string;
  pages: Partial<Record<ReusableCollection, Record<string, EntryPage>>>;
}

/**
 * scripts/build.ts names a folder of its own in PAGE_RECORDS: there the pages find the last
 * build's pages (previous.json) and leave their own, one file per collection. A build without it,
 * the development server's, renders every page.
 */
const PREVIOUS_PAGES = 'previous.json';

export function writePreviousPages(records: string, previous: PreviousPages): void {
  writeFileSync(join(records, PREVIOUS_PAGES), JSON.stringify(previous));
}

export function readBuiltPages(records: string): Partial<Record<ReusableCollection, BuiltPages>> {
  const files = REUSABLE_COLLECTIONS.map((collection) => [collection, join(records, `${collection}.json`)] as const).filter(([, file]) => existsSync(file));
  return Object.fromEntries(files.map(([collection, file]) => [collection, JSON.parse(readFileSync(file, 'utf8')) as BuiltPages]));
}

/** The page file of a site path, as Astro writes it with directory-format URLs. */
export function pageFile(path: string): string {
  return `${path}index.html`;
}

/**
 * The entries whose pages must be rendered: all of them, unless the build was handed the last
 * build's pages, when only those new, edited or moved to another path. The pages of the rest
 * are recorded as reused, for the reused-pages integration to copy in. An MDX entry is always
 * rendered: it may import files its digest does not cover.
 */
export function entriesToRender<E extends { id: string; digest?: string | number; filePath?: string }>(
  collection: ReusableCollection,
  entries: E[],
  pathOf: (entry: E) => string,
  env: Record<string, string | undefined> = process.env,
): E[] {
  const records = env.PAGE_RECORDS;
  if (!records) return entries;
  const previousFile = join(records, PREVIOUS_PAGES);
  const previous = existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as PreviousPages) : undefined;
  const before = previous?.pages[collection] ?? {};
  const built: BuiltPages = { ...(previous && { reusedFrom: previous.site }), pages: {} };
  const toRender = entries.filter((entry) => {
    const page = { digest: String(entry.digest), path: pathOf(entry) };
    const last = before[entry.id];
    const reused = !isCompiledBody(entry) && entry.digest !== undefined && last?.digest === page.digest && last.path === page.path;
    built.pages[entry.id] = { ...page, reused };
    return !reused;
  });
  writeFileSync(join(records, `${collection}.json`), JSON.stringify(built));
  return toRender;
}
