// Astro's build of the selected office's pages. src/build/commands/build.ts runs it as a process of its own, so
// that all the memory Astro holds is returned before Pagefind indexes the pages: each needs gigabytes
// for a large office, and together they would not fit. It is started before the build is prepared,
// as loading Astro takes a second, and builds once told where to and what its pages are keyed on.
// Told to build `again` (npm run watch), it stays loaded after the build and waits for the next:
// Astro builds an office again in about two thirds of the time it took the first time in a process.
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { isBuildStart, tell, type BuildStart } from '../site/lib/build-events.ts';
import { buildFailure } from './build-failure.ts';

/**
 * Astro keeps some of every build's memory, so a process that has grown past this ends after its
 * build rather than wait for another, and a fresh one is started in its place: beside it, Pagefind
 * and the build must stay within 2 GB. The fresh process's first build is the slow one (an edit at
 * 10,000 notices: about 13 s against 9 s).
 */
/** The publisher's own folder, which holds its Astro project: in an office's repository, node_modules/pcc-transparency-publisher. */
const PUBLISHER_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const KEEP_LOADED_BELOW = 1.25 * 2 ** 30;

/**
 * Whether this process is small enough to build again. Much of its growth from one build to the
 * next is garbage not yet collected, so one that seems too large is collected first: a third of a
 * second, once in ten builds or so, which keeps it for several more (at 10,000 notices, 1.32 GB
 * came down to 1.10 GB). The process is started with --expose-gc for this.
 */
function smallEnoughToKeep(): boolean {
  if (process.memoryUsage().rss < KEEP_LOADED_BELOW) return true;
  globalThis.gc?.();
  return process.memoryUsage().rss < KEEP_LOADED_BELOW;
}

// The build that started this process ending (its content failed the check, say, or the watch was stopped) ends this one.
const buildGone = () => process.exit(1);

/** Waits for the word to build; listening keeps the IPC channel open, and this process alive, until the word comes. */
function nextStart(): Promise<BuildStart> {
  process.once('disconnect', buildGone);
  return new Promise((done) => {
    const listener = (message: unknown) => {
      if (!isBuildStart(message)) return;
      process.off('message', listener);
      process.off('disconnect', buildGone);
      done(message);
    };
    process.on('message', listener);
  });
}

for (let again = true; again; ) {
  const start = await nextStart();
  process.env.BUILD_INPUTS = start.inputs;
  try {
    await build({ root: PUBLISHER_ROOT, outDir: start.outDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
  } catch (error) {
    console.error(`\nThe site was not built: ${buildFailure(error)}`);
    process.exit(1);
  }
  again = start.again && smallEnoughToKeep();
  if (again) tell({ type: 'built' });
}
