// The build of a site, once Astro's process is started (see src/build/commands/build.ts): checks the content,
// has Astro build into a staging folder, indexes it for search, and only then replaces the published
// site, so a failed build never leaves a half-built site behind.
import { existsSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { countBySeverity, formatText } from '../domain/check/problems.ts';
import { asOfDate } from '../domain/as-of.ts';
import { countOf } from '../domain/plural.ts';
import { deployment, siteAddress } from '../domain/deployment.ts';
import { isBilingual, pathInLanguage, siteLanguages } from '../domain/languages.ts';
import { readOffice } from '../domain/office.ts';
import { isBuildEvent, type BuildStart } from '../site/lib/build-events.ts';
import { astroFinished, type AstroProcess } from './astro-process.ts';
import { startCheck, type ContentCheck } from './content-check.ts';
import { buildRecordsDir, forgetStaleContent } from './caches.ts';
import { publisherCodeDigest } from './files-digest.ts';
import { startLinkCheck } from './link-check.ts';
import { astroList, forgetLastBuild, inputsDigest, lastLinksFile, recordLastBuild, takeLastBuild, unchangedPages } from './previous-build.ts';
import { historyWarning, writeRepositoryHistory } from './git-history.ts';
import { writeManifest } from './manifest.ts';
import { publishOfficeFiles } from './publish-files.ts';
import { moveFiles } from './hard-links.ts';
import { removeInBackground } from './remove-in-background.ts';
import { searchIndex } from './search-index.ts';
import { renderedPageFile, sitePageFiles } from './site-pages.ts';

/** What a build without the site's address says, once, as it publishes the site. */
export const NO_SITE_ADDRESS = 'No site address is set (site in office.json, or SITE_URL): this build has no sitemap or feeds, and its pages name no domain. Set one before publishing.';
export const NO_REPOSITORY = 'No repository is set (repository in office.json, the GitHub repository that holds the office\'s content, written owner/name): the editor at /admin/ has nowhere to sign in to or save to. Set it before anyone edits there.';

export interface SiteBuild {
  /** The office's folder. */
  dir: string;
  /** The site's folder, as given (dist). */
  out: string;
  /** Whether to build every page afresh, reusing nothing of the last build. */
  full: boolean;
  /** Astro's build process, waiting for the word to start. */
  astro: AstroProcess;
  /** The content check, started ahead (see content-check.ts), or started by the build. */
  check?: ContentCheck;
  /** Whether Astro's process is to stay loaded for another build (npm run watch). */
  again?: boolean;
  /** When the build started, by performance.now(): for a rebuild when watching, when the edit was seen. */
  started: number;
}

/**
 * Forgets the pages Astro's incremental build keeps, after a build that stopped or failed once it had
 * begun building them: Astro may have stored pages rendered from content the check refused under keys
 * it had not yet recorded, which a later build of the same keys as before would copy. The next build
 * renders every page. A build that stopped before (on an entry Astro's schema refuses too, as most
 * that fail the check are) left them as they were, and the next build reuses them.
 */
function forgetAstroBuild(renderingBegun: boolean): void {
  if (renderingBegun) rmSync(join(deployment().cacheDir, 'incremental-build.json'), { force: true });
}

/**
 * Under npm run watch, every page of the published site, kept in the staging folder for the next
 * build of the same site, and the build they were kept after. Astro copies a page it need not
 * render from its last build, unless the page is in its output folder already: 10,000 copies were
 * 3 to 6 s of each rebuild of a 10,000-notice office. The pages of the site a build replaces that
 * it did not render are the ones it published (Astro's list was the published build's, see
 * copiesArePublished), so they are moved into the next staging folder; the others (all of them
 * after a build that rendered every page, as a watch's first does) are copied there from the new
 * site while the watch waits for an edit, and the next build waits for the copies to be made. They
 * are copies, not links: Node's writeFile writes into an existing file, so a page Astro renders again
 * would be written into the published one.
 */
let keptForNextBuild: { staging: string; build: string; files: Set<string>; ready: Promise<boolean> } | undefined;

/** Files copied at once: enough to keep the disk busy, few enough to leave the machine to the editor. */
const COPIES_AT_ONCE = 8;

function keepPagesForNextBuild({ site, retired, staging, files, unrendered, build }: { site: string; retired: string; staging: string; files: string[]; unrendered: Set<string>; build: string }): void {
  try {
    moveFiles(retired, staging, unrendered);
  } catch {
    // A page that could not be moved (the folder changed under the build): the next build renders or copies every page.
    removeInBackground(staging, 'stale');
    return;
  }
  const limit = pLimit(COPIES_AT_ONCE);
  const copy = async (file: string) => {
    await mkdir(dirname(join(staging, file)), { recursive: true });
    await copyFile(join(site, file), join(staging, file));
  };
  // Every copy is settled before the next build may use or remove the staging folder: one that failed leaves the others running.
  const ready = Promise.allSettled(files.filter((file) => !unrendered.has(file)).map((file) => limit(() => copy(file)))).then((copies) => copies.every((copy) => copy.status === 'fulfilled'));
  keptForNextBuild = { staging, build, files: new Set(files), ready };
}

/** Removes kept page `files` from the staging folder, and their folders once empty. */
function removeUnlisted(staging: string, files: Set<string>): void {
  for (const file of files) {
    rmSync(join(staging, file), { force: true });
    try {
      rmdirSync(dirname(join(staging, file)));
    } catch {
      // The folder holds other pages.
    }
  }
}

/** A build that stopped, having said why; the published site is as it was. */
export class SiteNotBuilt extends Error {
  readonly exitCode: number;
  constructor(exitCode: number) {
    super('The site was not built.');
    this.exitCode = exitCode;
  }
}

export async function buildSite({ dir, out, full, astro, check = startCheck(dir), again = false, started }: SiteBuild): Promise<void> {
  let site: string | undefined;
  try {
    asOfDate();
    site = siteAddress();
  } catch (error) {
    astro.child.kill();
    console.error(`The site was not built: ${(error as Error).message}`);
    throw new SiteNotBuilt(2);
  }
  const outDir = resolve(out);
  const staging = `${outDir}.staging`;
  const code = publisherCodeDigest();
  forgetStaleContent(deployment().cacheDir, code);

  // A rebuild renders again only the entry pages whose entries changed (Astro copies the others from
  // its last build: see src/site/lib/page-reuse.ts), and indexes again only the search shards holding
  // a page that is not the published site's. --full builds every page afresh (its caches are gone).
  const inputs = inputsDigest(dir, code);
  // An office whose configuration is not valid fails the check, which the build waits for.
  const { office } = readOffice(dir);
  const languages = office ? siteLanguages(office) : [];
  const records = buildRecordsDir(outDir);
  const last = full ? undefined : takeLastBuild(records, outDir);
  /** Whether the pages Astro copies are the published site's: it has not built since it built them. */
  const copiesArePublished = last?.astroList !== undefined && last.astroList === astroList();
  // The pages the last build left in the staging folder (see keepPagesForNextBuild) are the published site's, while Astro's list is the published build's.
  const kept = keptForNextBuild;
  keptForNextBuild = undefined;
  // The copies still being made go into the staging folder this build is about to use or remove.
  const keptPages = kept && (await kept.ready) && kept.staging === staging && kept.build === last?.id && copiesArePublished ? kept.files : undefined;
  if (!keptPages) removeInBackground(staging, 'stale');
  // The pages date what the content does not from the repository's history, read before they are rendered.
  const history = writeRepositoryHistory(dir, deployment().cacheDir);
  astro.child.send({ type: 'start', outDir: staging, inputs, again } satisfies BuildStart);
  const astroDone = astroFinished(astro);

  // The check and Astro's build of the pages run side by side, one on each core. Astro's output is held
  // back until the check has passed, so content that fails the check shows only the check's report.
  const heldOutput: [NodeJS.WriteStream, Buffer][] = [];
  let holdingOutput = true;
  // What this build listens to on Astro's process stops with the build: a watched office's next build listens afresh.
  const stopRelaying = ([[astro.child.stdout!, process.stdout], [astro.child.stderr!, process.stderr]] as const).map(([from, to]) => {
    const relay = (chunk: Buffer) => (holdingOutput ? heldOutput.push([to, chunk]) : to.write(chunk));
    from.on('data', relay);
    return () => from.off('data', relay);
  });

  const bilingual = office !== null && isBilingual(office);
  const search = searchIndex(staging, { previous: last, byPageLanguage: bilingual });
  const links = startLinkCheck(staging, deployment().base);
  /**
   * A build from nothing begins the search index while Astro renders (see shardsAhead); a rebuild
   * renders few pages, and reuses the shards of the rest. A large office's does not: its Astro
   * process needs more memory than Node gives by default, and Pagefind's beside it would add to the peak.
   * Nor does an office in two languages': Astro renders the pages in the other language after all the
   * others, and a shard holds both languages' pages of its dates, so none would be complete in time.
   */
  const indexEarly = !last && !astro.large && !bilingual;
  let builtPages: { paths: string[]; rendered: string[]; copied: number } | undefined;
  let renderingBegun = false;
  const onEvent = (event: unknown) => {
    if (!isBuildEvent(event)) return;
    if (event.type === 'rendering') renderingBegun = true;
    if (event.type === 'pages') builtPages = event;
    if (event.type === 'listed' && indexEarly) search.expect(event.count);
    if (event.type !== 'rendered') return;
    // Pages are read as Astro writes them only into an empty staging folder (a page kept there from the
    // last build, the size of its new rendering, could be read before Astro wrote over it), and not for
    // a large office, whose pages' links would be held in memory beside Astro's.
    if (!keptPages && !astro.large) links.readAhead(event.pages);
    if (indexEarly) for (const { path, date, bytes } of event.pages) if (date !== undefined && path.endsWith('/')) search.rendered({ file: `${path}index.html`, date, bytes });
  };
  astro.child.on('message', onEvent);

  try {
    const { problems, filesChecked, publishedFiles } = await check.run();
    if (countBySeverity(problems).error > 0) {
      search.abandon();
      console.error(formatText(problems, filesChecked));
      console.error(`\nThe site was not built: fix the errors above. ${existsSync(outDir) ? `${out}/ is unchanged.` : ''}`);
      // Under npm run watch, Astro's process finishes its build, unpublished, so that it stays
      // loaded and what its incremental build keeps stays whole; a build that is not watched stops it.
      const finished = again && (await astroDone).code === 0;
      if (!finished) {
        astro.child.kill();
        // Its last messages, whether it had begun the pages among them, come before it has ended.
        await astro.ended;
        forgetAstroBuild(renderingBegun);
      }
      removeInBackground(staging, 'failed');
      throw new SiteNotBuilt(1);
    }
    if (problems.length) console.warn(formatText(problems, filesChecked));
    holdingOutput = false;
    for (const [to, chunk] of heldOutput) to.write(chunk);

    /** Nothing half-built is published: the staging folder goes, and the site already published stays. */
    const notBuilt = (reason?: string): never => {
      search.abandon();
      removeInBackground(staging, 'failed');
      if (reason) console.error(`\nThe site was not built: ${reason}`);
      if (existsSync(outDir)) console.error(`${out}/ is unchanged.`);
      throw new SiteNotBuilt(1);
    };

    // Astro's process explains its own failures; a signal means it was stopped from outside.
    const { code, signal } = await astroDone;
    if (code !== 0) {
      forgetAstroBuild(renderingBegun);
      notBuilt(signal ? `the page build was stopped (${signal}); for a very large office this usually means the machine ran out of memory.` : undefined);
    }
    // The editor is published once, at /admin/: Astro renders every page again in the other language, the editor's too.
    for (const language of languages) if (!language.isDefault) rmSync(join(staging, pathInLanguage('admin/', language)), { recursive: true, force: true });
    // The office's papers that published entries link to go in beside the pages, before their links are checked.
    publishOfficeFiles(dir, staging, publishedFiles);
    // With them, every download is in place: the manifest of their sizes and digests, which /data/ links to, can be written.
    writeManifest(staging, { base: deployment().base, generated: asOfDate(), languages });

    // Pagefind runs in processes of its own over the finished pages; one that fails or is stopped
    // (for want of memory, say) fails the build with its explanation. The pages need not be looked
    // for: Astro said which it built. Those that are the published site's need not be read again for
    // the search index or the link check: those Astro copied, when its copies are the published
    // pages, else those that are byte for byte the same.
    const explained = (error: unknown) => notBuilt(error instanceof Error ? error.message : String(error));
    const pageFiles = (paths: string[]) => paths.flatMap((path) => renderedPageFile(staging, path) ?? []);
    const files = builtPages ? pageFiles(builtPages.paths) : sitePageFiles(staging);
    // A page kept from the last site that Astro no longer lists (its notice was deleted) goes with it.
    if (keptPages) removeUnlisted(staging, keptPages.difference(new Set(files)));
    // Astro may render again pages that come out the same (every page, when a notice is removed): a
    // page it rendered is reused once compared, byte for byte, with the published one.
    const rendered = builtPages ? pageFiles(builtPages.rendered) : [];
    /** The pages Astro copied (or found in place) rather than rendered. */
    const unrendered = builtPages ? new Set(files).difference(new Set(rendered)) : undefined;
    const reused = !last
      ? new Set<string>()
      : unrendered && copiesArePublished
        ? unrendered.union(unchangedPages(staging, last.site, rendered))
        : unchangedPages(staging, last.site, files);
    const sitePages = { files, reused };
    // Every internal link, anchor and asset of the staged site must resolve, checked beside the
    // search index, and begun before it, as the check is what ends a build from nothing; a broken
    // link fails the build, each listed with its page.
    const checkingLinks = links.check({
      files: sitePages.files,
      ...(last && { reused: { files: [...reused], record: lastLinksFile(records), build: last.id } }),
    });
    // Awaited below, once the search index has begun.
    checkingLinks.catch(() => {});
    const indexing = search.finish(sitePages);
    // Awaited once the links have been checked.
    indexing.catch(() => {});
    /** Stops the search index, and lets it finish with the staging folder, before the build fails. */
    const stopIndexing = async () => {
      search.abandon();
      await indexing.catch(() => {});
    };

    const checked = await checkingLinks.catch(async (error: unknown) => {
      await stopIndexing();
      return explained(error);
    });
    if (process.env.ASTRO_LOG_LEVEL === 'info') console.log(`Checked ${checked.links} links of ${checked.pages} pages in ${checked.seconds.toFixed(1)} s once the site was built (${checked.processorSeconds.toFixed(1)} s of processor time in all), reading ${checked.read} of them, ${checked.readAhead} as Astro wrote them (the others reused, their links as the last build recorded them).`);
    if (checked.broken.length) {
      console.error(checked.broken.join('\n'));
      await stopIndexing();
      notBuilt(`fix the ${countOf(checked.broken.length, 'broken link')} above (each line names a page, and a link on it that leads nowhere on the site).`);
    }

    const index = await indexing.catch(explained);
    if (process.env.ASTRO_LOG_LEVEL === 'info') console.log(`Built the search index over ${index.pages} pages, indexing ${index.indexed} of its ${index.shards.length} shards${index.early ? `, ${index.early} of them begun while the pages were rendered` : ''}.`);

    // Two renames put the new site in place. The old one (tens of thousands of files for a large office,
    // seconds to delete) is removed by a detached process, so the build does not wait for it.
    forgetLastBuild(records);
    // Under npm run watch, the published site's pages stay for the next build (see keepPagesForNextBuild): those
    // Astro copied rather than rendered were the published site's, and are moved from it.
    const replacing = existsSync(outDir);
    const movable = copiesArePublished && replacing && unrendered ? unrendered : new Set<string>();
    const retired = `${outDir}.retired-${Date.now()}`;
    if (replacing) renameSync(outDir, retired);
    renameSync(staging, outDir);
    const id = recordLastBuild(records, { site: outDir, shards: index.shards, searchable: index.searchable, everyPage: index.everyPage, astroList: astroList() }, checked.record);
    if (!site) console.warn(NO_SITE_ADDRESS);
    if (office && !office.repository) console.warn(NO_REPOSITORY);
    const incompleteHistory = historyWarning(history);
    if (incompleteHistory) console.warn(incompleteHistory);
    console.log(`Built the site from ${dir.replace(/\/?$/, '/')} into ${out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s${builtPages?.copied ? `, reusing ${builtPages.copied.toLocaleString('en-GB')} unchanged pages of the last build` : ''}.`);
    if (again) keepPagesForNextBuild({ site: outDir, retired, staging, files, unrendered: movable, build: id });
    removeInBackground(retired, 'gone');
  } finally {
    for (const stop of stopRelaying) stop();
    astro.child.off('message', onEvent);
    links.stop();
    // A build that stopped before the index was finished leaves no shard being indexed (finishing abandons it too).
    search.abandon();
  }
}
