// The build of a site, once Astro's process is started (see src/build/commands/build.ts): checks the content,
// has Astro build into a staging folder, indexes it for search, and only then replaces the published
// site, so a failed build never leaves a half-built site behind.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countBySeverity, formatText } from '../domain/check/problems.ts';
import { asOfDate } from '../domain/as-of.ts';
import { countOf } from '../domain/plural.ts';
import { deployment, siteAddress } from '../domain/deployment.ts';
import { isBilingual, pathInLanguage, siteLanguages } from '../domain/languages.ts';
import { readOffice } from '../domain/office.ts';
import { readBuiltPages, writePreviousPages, type BuiltSets } from '../site/lib/page-reuse.ts';
import { isBuildEvent, type BuildStart } from '../site/lib/build-events.ts';
import { astroFinished, type AstroProcess } from './astro-process.ts';
import { startCheck, type ContentCheck } from './content-check.ts';
import { buildRecordsDir, forgetStaleContent } from './caches.ts';
import { publisherCodeDigest } from './files-digest.ts';
import { checkLinksInWorker } from './link-check.ts';
import { forgetLastBuild, gonePages, inputsDigest, lastLinksFile, linkReusedPages, recordedPages, recordLastBuild, removeGonePages, reusedPageFiles, stageFromPrepared, takeLastBuild, type PreparedPages } from './previous-build.ts';
import { historyWarning, writeRepositoryHistory } from './git-history.ts';
import { writeManifest } from './manifest.ts';
import { publishOfficeFiles } from './publish-files.ts';
import { removeInBackground } from './remove-in-background.ts';
import { searchIndex } from './search-index.ts';
import { renderedPageFile, sitePageFiles } from './site-pages.ts';

/** What a build without the site's address says, once, as it publishes the site. */
export const NO_SITE_ADDRESS = 'No site address is set (site in office.json, or SITE_URL): this build has no sitemap or feeds, and its pages name no domain. Set one before publishing.';

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
  /** The last site's reusable pages, linked for this build between edits (npm run watch). */
  prepared?: PreparedPages;
}

/** A build that stopped, having said why; the published site is as it was. */
export class SiteNotBuilt extends Error {
  readonly exitCode: number;
  constructor(exitCode: number) {
    super('The site was not built.');
    this.exitCode = exitCode;
  }
}

export async function buildSite({ dir, out, full, astro, check = startCheck(dir), again = false, started, prepared }: SiteBuild): Promise<void> {
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
  rmSync(staging, { recursive: true, force: true });

  // A rebuild renders again only the entry pages whose entries changed, and indexes again only the
  // search shards holding a changed page; the rest comes from the site this office last published,
  // if nothing else it was built from has changed since. --full builds every page afresh.
  const inputs = inputsDigest(dir, code);
  // An office whose configuration is not valid fails the check, which the build waits for.
  const { office } = readOffice(dir);
  const languages = office ? siteLanguages(office) : [];
  const records = buildRecordsDir(outDir);
  const last = takeLastBuild(records, outDir, inputs);
  const reuse = full ? undefined : last;
  if (reuse) writePreviousPages(records, { site: reuse.site, pages: reuse.pages });
  const fromPrepared = prepared !== undefined && (await stageFromPrepared(prepared, reuse, staging));
  // The pages date what the content does not from the repository's history, read before they are rendered.
  const history = writeRepositoryHistory(dir, deployment().cacheDir);
  astro.child.send({ type: 'start', outDir: staging, records, again, prepared: fromPrepared } satisfies BuildStart);
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

  // In a rebuild, as soon as Astro has rendered the notices that changed, the search index starts on
  // them and the notice pages that did not change are linked in from the last site (unless they were
  // prepared), while Astro renders the rest (see src/site/lib/build-events.ts). The index is finished over
  // the whole site once Astro is done.
  const search = searchIndex(staging, { previous: reuse, prepared: fromPrepared, byPageLanguage: office !== null && isBilingual(office) });
  let renderedPaths: string[] | undefined;
  let reusedPages: Promise<Set<string>> | undefined;
  // Astro records every page of the reusable sets as it lists them, before it renders any: the records read then are complete.
  let builtPages: BuiltSets | undefined;
  const onEvent = (event: unknown) => {
    if (!isBuildEvent(event)) return;
    if (event.type === 'pages') renderedPaths = event.paths;
    else if (event.type === 'entry-pages' && reuse) {
      builtPages = readBuiltPages(records);
      const gone = gonePages(reuse, builtPages);
      search.startEarly(event.folder, event.files, gone);
      if (fromPrepared) removeGonePages(staging, gone);
      reusedPages = fromPrepared ? Promise.resolve(reusedPageFiles(builtPages, languages)) : linkReusedPages(builtPages, staging, languages);
      // Awaited once Astro is done; should linking fail before then, it is not an unhandled rejection.
      reusedPages.catch(() => {});
    }
  };
  astro.child.on('message', onEvent);

  try {
    const { problems, filesChecked, publishedFiles } = await check.run();
    if (countBySeverity(problems).error > 0) {
      astro.child.kill();
      await astro.ended;
      search.abandon();
      removeInBackground(staging, 'failed');
      console.error(formatText(problems, filesChecked));
      console.error(`\nThe site was not built: fix the errors above. ${existsSync(outDir) ? `${out}/ is unchanged.` : ''}`);
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
    if (code !== 0) notBuilt(signal ? `the page build was stopped (${signal}); for a very large office this usually means the machine ran out of memory.` : undefined);
    // The editor is published once, at /admin/: Astro renders every page again in the other language, the editor's too.
    for (const language of languages) if (!language.isDefault) rmSync(join(staging, pathInLanguage('admin/', language)), { recursive: true, force: true });
    // The office's papers that published entries link to go in beside the pages, before their links are checked.
    publishOfficeFiles(dir, staging, publishedFiles);
    // With them, every download is in place: the manifest of their sizes and digests, which /data/ links to, can be written.
    writeManifest(staging, { base: deployment().base, generated: asOfDate(), languages });

    // Pagefind runs in processes of its own over the finished pages; one that fails or is stopped
    // (for want of memory, say) fails the build with its explanation. The pages Astro reused need not
    // be looked for: they are those of the last build, and Astro said which it rendered.
    const explained = (error: unknown) => notBuilt(error instanceof Error ? error.message : String(error));
    const built = builtPages ?? readBuiltPages(records);
    const reused = await (reusedPages ?? linkReusedPages(built, staging, languages)).catch(explained);
    const sitePages = renderedPaths ? { files: [...reused, ...renderedPaths.flatMap((path) => renderedPageFile(staging, path) ?? [])], reused } : { files: sitePageFiles(staging), reused: new Set<string>() };
    const indexing = search.finish(sitePages);
    // Awaited once the links have been checked.
    indexing.catch(() => {});
    /** Stops the search index, and lets it finish with the staging folder, before the build fails. */
    const stopIndexing = async () => {
      search.abandon();
      await indexing.catch(() => {});
    };

    // Every internal link, anchor and asset of the staged site must resolve, checked beside the
    // search index; a broken one fails the build, each listed with its page.
    const links = await checkLinksInWorker({
      site: staging,
      base: deployment().base,
      files: sitePages.files,
      ...(reuse && { reused: { files: [...reused], record: lastLinksFile(records), build: reuse.id } }),
    }).catch(async (error: unknown) => {
      await stopIndexing();
      return explained(error);
    });
    if (process.env.ASTRO_LOG_LEVEL === 'info') console.log(`Checked ${links.links} links of ${links.pages} pages in ${links.seconds.toFixed(1)} s (${links.processorSeconds.toFixed(1)} s of processor time), reading ${links.read} of them (the others reused, their links as the last build recorded them).`);
    if (links.broken.length) {
      console.error(links.broken.join('\n'));
      await stopIndexing();
      notBuilt(`fix the ${countOf(links.broken.length, 'broken link')} above (each line names a page, and a link on it that leads nowhere on the site).`);
    }

    const index = await indexing.catch(explained);
    if (process.env.ASTRO_LOG_LEVEL === 'info') console.log(`Built the search index over ${index.pages} pages, indexing ${index.indexed} of its ${index.shards.length} shards (${index.early} started before the pages were finished).`);

    // Two renames put the new site in place. The old one (tens of thousands of files for a large office,
    // seconds to delete) is removed by a detached process, so the build does not wait for it.
    forgetLastBuild(records);
    removeInBackground(outDir, 'retired');
    renameSync(staging, outDir);
    recordLastBuild(records, { inputs, site: outDir, pages: recordedPages(built), languages, shards: index.shards, searchable: index.searchable, everyPage: index.everyPage }, links.record);
    if (!site) console.warn(NO_SITE_ADDRESS);
    const incompleteHistory = historyWarning(history);
    if (incompleteHistory) console.warn(incompleteHistory);
    console.log(`Built the site for ${dir} into ${out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s${reused.size ? `, reusing ${reused.size.toLocaleString('en-GB')} unchanged pages of the last build` : ''}.`);
  } finally {
    for (const stop of stopRelaying) stop();
    astro.child.off('message', onEvent);
  }
}
