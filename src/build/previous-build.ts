// What a build leaves for the next one, so that a rebuild after an edit reuses the search shards
// and the link check's findings of the pages the edit did not change. Astro reuses the pages
// themselves (see src/site/lib/page-reuse.ts).
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { asOfDate } from '../domain/as-of.ts';
import { FILES_FOLDER } from '../domain/documents.ts';
import { filesDigest } from './files-digest.ts';
import { samePage } from './hard-links.ts';
import { collections } from '../domain/collections.ts';
import { deployment, siteAddress } from '../domain/deployment.ts';
import type { SearchedPages } from './search-index.ts';

export interface LastBuild extends SearchedPages {
  /** Names this build among all others, for its link record to be known for its own. */
  id: string;
  /** The published site, as an absolute path. */
  site: string;
  /** Astro's list of the pages it keeps once it had built them (see astroList). */
  astroList?: string;
}

/** The collections whose entries each key only their own pages (see entryCacheKey in src/site/lib/page-reuse.ts). */
const KEYED_COLLECTIONS = ['decisions'] as const;

/**
 * The digest of everything a site is built from except the entries of the collections whose pages
 * are keyed on their entries, and the office's papers: the publisher's `code` (see
 * publisherCodeDigest), Node, the build's settings, and every other file of the office. Every
 * page's cacheKey covers it. A paper is shown only on the pages that link to it, whose own keys
 * cover it (its size), so uploading one does not make every page new.
 */
export function inputsDigest(office: string, code: string, env: Record<string, string | undefined> = process.env): string {
  const { base } = deployment(env);
  const site = siteAddress(env);
  const keyedFolders = new Set<string>([...KEYED_COLLECTIONS.map((name) => collections[name].folder), FILES_FOLDER]);
  const officePaths = readdirSync(office).filter((name) => !keyedFolders.has(name)).sort().map((name) => join(office, name));
  return filesDigest(officePaths, JSON.stringify({ code, node: process.version, site, base, asOf: asOfDate(env), office: resolve(office) }));
}

const LAST_BUILD = 'last-build.json';
/** The links of the last build's pages (a LinkRecord: see links.ts), under that build's id: a file of its own, read only by the link check. */
const LAST_LINKS = 'last-links.json';

/** Where the records keep the links of the last build's pages. */
export const lastLinksFile = (records: string) => join(records, LAST_LINKS);

/**
 * The last build into `site`, if its site is still there. Until a build puts a new site in place
 * (see forgetLastBuild), the published site is still the one the records describe, so a build that
 * fails (an edit that fails the check, say) leaves the next one to build on it too.
 */
export function takeLastBuild(records: string, site: string): LastBuild | undefined {
  const file = join(records, LAST_BUILD);
  if (!existsSync(file)) return undefined;
  const last = JSON.parse(readFileSync(file, 'utf8')) as LastBuild;
  return last.site === site && existsSync(site) ? last : undefined;
}

/** Removes the last build's records as its site is about to be replaced: should the build stop before it records its own, the next one reuses nothing. */
export function forgetLastBuild(records: string): void {
  rmSync(join(records, LAST_BUILD), { force: true });
  rmSync(lastLinksFile(records), { force: true });
}

/** Leaves the records of a build that has been published, for the next build into the same site: the build, and its pages' `links` (a LinkRecord as JSON). Gives the build's id. */
export function recordLastBuild(records: string, build: Omit<LastBuild, 'id'>, links: string): string {
  const id = randomUUID();
  mkdirSync(records, { recursive: true });
  writeFileSync(lastLinksFile(records), `{"build":${JSON.stringify(id)},"links":${links}}`);
  writeFileSync(join(records, LAST_BUILD), JSON.stringify({ id, ...build } satisfies LastBuild));
  return id;
}

/**
 * A digest of Astro's list of the pages its incremental build keeps, in the office's cache: while it
 * is the one the last published build left, every page Astro copies rather than renders is the
 * published site's page.
 */
export function astroList(): string | undefined {
  const file = join(deployment().cacheDir, 'incremental-build.json');
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : undefined;
}

/** The page `files` of `site` that are byte for byte those of the same name in `lastSite`. */
export function unchangedPages(site: string, lastSite: string, files: string[]): Set<string> {
  return new Set(files.filter((file) => samePage(join(site, file), join(lastSite, file))));
}
