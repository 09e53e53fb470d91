// What a build leaves for the next one, so that a rebuild after an edit reuses the pages and
// search shards the edit did not touch (see src/site/lib/page-reuse.ts). It is kept in the office's
// content cache, and trusted only while everything else the site is built from is unchanged.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { asOfDate } from '../domain/as-of.ts';
import { buildRecordsDir } from './caches.ts';
import { FILES_FOLDER } from '../domain/documents.ts';
import { filesDigest } from './files-digest.ts';
import { linkFilesInWorker } from './hard-links.ts';
import { removeInBackground } from './remove-in-background.ts';
import { collections } from '../domain/collections.ts';
import { deployment, siteAddress } from '../domain/deployment.ts';
import { pageFile, pathsInEachLanguage, REUSABLE_COLLECTIONS, type BuiltSets, type PageLanguages, type PreviousPages } from '../site/lib/page-reuse.ts';
import type { SearchedPages } from './search-index.ts';

export interface LastBuild extends SearchedPages {
  /** Names this build among all others, for the pages prepared from its site to be known for its own. */
  id: string;
  /** The digest of everything the site was built from but the reusable collections' entries. */
  inputs: string;
  /** The published site, as an absolute path. */
  site: string;
  pages: PreviousPages['pages'];
  /** The languages its pages are in: each reusable page has a file in each. */
  languages: PageLanguages;
}

/**
 * The digest of everything a site is built from except the entries of the reusable collections and
 * the office's papers: the publisher's `code` (see publisherCodeDigest), Node, the build's settings,
 * and every other file of the office. A paper is shown only on the pages that link to it, whose own
 * digests cover it (its size), so uploading one does not make every page new.
 */
export function inputsDigest(office: string, code: string, env: Record<string, string | undefined> = process.env): string {
  const { base } = deployment(env);
  const site = siteAddress(env);
  const reusableFolders = new Set<string>([...REUSABLE_COLLECTIONS.map((name) => collections[name].folder), FILES_FOLDER]);
  const officePaths = readdirSync(office).filter((name) => !reusableFolders.has(name)).sort().map((name) => join(office, name));
  return filesDigest(officePaths, JSON.stringify({ code, node: process.version, site, base, asOf: asOfDate(env), office: resolve(office) }));
}

const LAST_BUILD = 'last-build.json';
/** The links of the last build's pages (a LinkRecord: see links.ts), under that build's id: a file of its own, read only by the link check. */
const LAST_LINKS = 'last-links.json';

/** Where the records keep the links of the last build's pages. */
export const lastLinksFile = (records: string) => join(records, LAST_LINKS);

/** The files of a reusable page, one in each language. */
const filesOfPage = (path: string, languages: PageLanguages) => pathsInEachLanguage(path, languages).map(pageFile);

/** The files of every reusable page a build published. */
const pageFiles = ({ pages, languages }: LastBuild) => Object.values(pages).flatMap((bySet) => Object.values(bySet ?? {}).flatMap(({ path }) => filesOfPage(path, languages)));

/**
 * The last build into `site`, if it can be built on: same inputs, and its pages all still there.
 * The records folder is emptied for this build but for that build's records: until a build puts a
 * new site in place (see forgetLastBuild), the published site is still the one they describe, so a
 * build that fails (an edit that fails the check, say) leaves the next one to build on it too.
 */
export function takeLastBuild(records: string, site: string, inputs: string): LastBuild | undefined {
  mkdirSync(records, { recursive: true });
  for (const name of readdirSync(records)) if (name !== LAST_BUILD && name !== LAST_LINKS) rmSync(join(records, name), { recursive: true, force: true });
  const file = join(records, LAST_BUILD);
  if (!existsSync(file)) return undefined;
  const last = JSON.parse(readFileSync(file, 'utf8')) as LastBuild;
  if (last.inputs !== inputs || last.site !== site) return undefined;
  return pageFiles(last).every((file) => existsSync(join(site, file))) ? last : undefined;
}

/** Removes the last build's records as its site is about to be replaced: should the build stop before it records its own, the next is a full one. */
export function forgetLastBuild(records: string): void {
  rmSync(join(records, LAST_BUILD), { force: true });
  rmSync(lastLinksFile(records), { force: true });
}

/** Leaves the records of a build that has been published, for the next build into the same site: the build, and its pages' `links` (a LinkRecord as JSON). */
export function recordLastBuild(records: string, build: Omit<LastBuild, 'id'>, links: string): void {
  const id = randomUUID();
  writeFileSync(lastLinksFile(records), `{"build":${JSON.stringify(id)},"links":${links}}`);
  writeFileSync(join(records, LAST_BUILD), JSON.stringify({ id, ...build } satisfies LastBuild));
}

/** The reusable pages of a published site, hard-linked into a folder beside it for the next build to start from. */
export interface PreparedPages {
  folder: string;
  /** The build whose site they are. */
  build: string;
  /** Settles once every page is linked: true if they all are. */
  ready: Promise<boolean>;
}

/**
 * Between an editor's edits (npm run watch), links the reusable pages of the site last published,
 * and its search index, into `site.prepared`, so that the next build, if it builds on that site,
 * starts from them rather than linking ten thousand pages and as many files of the index while
 * Astro and Pagefind need the processor.
 */
export function preparePages(site: string, env: Record<string, string | undefined> = process.env): PreparedPages | undefined {
  const file = join(buildRecordsDir(site, env), LAST_BUILD);
  if (!existsSync(file)) return undefined;
  const last = JSON.parse(readFileSync(file, 'utf8')) as LastBuild;
  const folder = `${site}.prepared`;
  removeInBackground(folder, 'stale');
  const ready = linkFilesInWorker([
    { from: site, to: folder, files: pageFiles(last) },
    { from: join(site, 'pagefind'), to: join(folder, 'pagefind') },
  ]).then(
    () => true,
    () => false,
  );
  return { folder, build: last.id, ready };
}

/**
 * Makes `staging` of the `prepared` pages, if they are those of the `last` build's site: Astro writes
 * the pages it renders afresh in place of theirs (see src/site/integrations/incremental-build.ts), and the
 * build removes those that are gone (removeGonePages). Resolves false, leaving no staging folder, if
 * the prepared pages cannot be used.
 */
export async function stageFromPrepared(prepared: PreparedPages, last: LastBuild | undefined, staging: string): Promise<boolean> {
  if (!(await prepared.ready) || prepared.build !== last?.id) {
    removeInBackground(prepared.folder, 'stale');
    return false;
  }
  renameSync(prepared.folder, staging);
  return true;
}

/** Removes pages that are `gone` from a staging folder made from prepared pages, and each folder they leave empty. */
export function removeGonePages(staging: string, gone: ReadonlySet<string>): void {
  for (const file of gone) {
    rmSync(join(staging, file), { force: true });
    for (let folder = dirname(join(staging, file)); folder !== staging && readdirSync(folder).length === 0; folder = dirname(folder)) rmdirSync(folder);
  }
}

/** The pages a build recorded, without what it reused them from: what the next build compares against. */
export function recordedPages(built: BuiltSets): LastBuild['pages'] {
  return Object.fromEntries(Object.entries(built).map(([set, { pages }]) => [set, Object.fromEntries(Object.entries(pages).map(([key, { digest, path }]) => [key, { digest, path }]))]));
}

/** The page files the last build published and this one does not render or reuse, in each language. */
export function gonePages(last: Pick<LastBuild, 'pages' | 'languages'>, built: BuiltSets): Set<string> {
  const now = new Set(Object.values(built).flatMap(({ pages }) => Object.values(pages).map(({ path }) => path)));
  return new Set(Object.values(last.pages).flatMap((pages) => Object.values(pages ?? {}).flatMap(({ path }) => (now.has(path) ? [] : filesOfPage(path, last.languages)))));
}

/** The files of the pages the build reused, in each language, by the site they were reused from. */
function reusedPagesBySite(built: BuiltSets, languages: PageLanguages): { from: string; files: string[] }[] {
  return Object.values(built).flatMap(({ reusedFrom, pages }) => {
    const files = Object.values(pages).flatMap(({ path, reused }) => (reused ? filesOfPage(path, languages) : []));
    return reusedFrom ? [{ from: reusedFrom, files }] : [];
  });
}

/** The files of the pages the build reused, in each language. */
export const reusedPageFiles = (built: BuiltSets, languages: PageLanguages) => new Set(reusedPagesBySite(built, languages).flatMap(({ files }) => files));

/** Links the pages the build reused (in each language) into the new site from the site they were reused from; gives their files. */
export async function linkReusedPages(built: BuiltSets, site: string, languages: PageLanguages): Promise<Set<string>> {
  await linkFilesInWorker(reusedPagesBySite(built, languages).map((links) => ({ ...links, to: site })));
  return reusedPageFiles(built, languages);
}
