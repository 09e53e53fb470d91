// npm run watch: builds the office's site, then builds it again after every edit to the office's
// files, for an editor to see their changes in the site as it will be published. Astro's process
// stays loaded from one build to the next (see astro-build.ts), which takes a third off each rebuild.
// Between edits, the next check loads.
// The site in --out is always the last one that passed the check: an edit that fails it is reported,
// and the next edit is built as usual.
import { startAstro, type AstroProcess } from './astro-process.ts';
import { buildSite, SiteNotBuilt } from './build-site.ts';
import { startCheck, type ContentCheck } from './content-check.ts';
import { publisherCodeDigest, PUBLISHER_CODE } from './files-digest.ts';
import { watchFolders } from './folder-watch.ts';

/** Edits that come together (a save that writes a file in steps, or a pull of several) make one build. */
const SETTLE_MS = 100;

export interface Watch {
  dir: string;
  out: string;
  /** Whether the first build renders every page afresh. */
  full: boolean;
  /** Astro's build process, loaded or loading, for the first build. */
  astro: AstroProcess;
  /** The content check, loaded or loading, for the first build. */
  check: ContentCheck;
  /** When the command started, by performance.now(). */
  started: number;
}

const running = ({ child }: AstroProcess) => child.exitCode === null && child.signalCode === null;

export async function watchOffice({ dir, out, full, astro, check, started }: Watch): Promise<void> {
  // The publisher's own code is loaded once: a site built after it changed would be neither the old code's nor the new's.
  const code = publisherCodeDigest();
  let building = false;
  /** When the first edit not yet built was seen. */
  let editSeen: number | undefined;
  let settling: NodeJS.Timeout | undefined;

  async function build(since: number, fullBuild: boolean): Promise<void> {
    building = true;
    if (!running(astro)) astro = startAstro(dir);
    try {
      await buildSite({ dir, out, full: fullBuild, astro, check, again: true, started: since });
    } catch (error) {
      if (!(error instanceof SiteNotBuilt)) throw error;
      // A build date that cannot be read fails every build alike.
      if (error.exitCode === 2) process.exit(2);
    }
    // A process stopped with its build, or grown too large to keep, makes way for a fresh one, loaded before the next edit, as the next check is.
    if (!running(astro)) astro = startAstro(dir);
    check = startCheck(dir);
    building = false;
    // Edits made during the build are built next.
    if (editSeen !== undefined) settling = setTimeout(buildEdits, SETTLE_MS);
  }

  async function buildEdits(): Promise<void> {
    if (building || editSeen === undefined) return;
    if (publisherCodeDigest() !== code) {
      console.error(`\nThe publisher's own files (${PUBLISHER_CODE.join(', ')}) have changed since npm run watch started. Start it again to build with them.`);
      process.exit(1);
    }
    const since = editSeen;
    editSeen = undefined;
    console.log('\nAn edit: building the site again.');
    await build(since, false);
  }

  // Watching starts before the first build, so that edits made during it are built after it. Editors'
  // swap, lock and backup files, and hidden folders (.git), are not the office's content.
  watchFolders(dir, {
    ignored: (name) => /^\.|~$/.test(name),
    changed: () => {
      editSeen ??= performance.now();
      clearTimeout(settling);
      settling = setTimeout(buildEdits, SETTLE_MS);
    },
    failed: (error) => {
      console.error(`\nnpm run watch cannot follow the edits to ${dir}: ${error.message}. Start it again, or build with npm run build.`);
      process.exit(1);
    },
  });
  await build(started, full);
  console.log(`\nWatching ${dir} for edits: the site in ${out}/ is built again after each. Ctrl-C stops.`);
}
