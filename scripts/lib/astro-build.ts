// Astro's build of the selected office's pages. scripts/build.ts runs it as a process of its own, so
// that all the memory Astro holds is returned before Pagefind indexes the pages: each needs gigabytes
// for a large office, and together they would not fit. It is started before the build is prepared,
// as loading Astro takes a second, and builds once told where to and where the page records are.
import { build } from 'astro';
import { isBuildStart, type BuildStart } from '../../src/lib/build-events.ts';

// A build that ends before saying so (its content failed the check, say) takes this process with it.
const buildGone = () => process.exit(1);
process.once('disconnect', buildGone);
const start = await new Promise<BuildStart>((done) => {
  // Listening keeps the IPC channel open, and this process alive, until the listener goes.
  const listener = (message: unknown) => {
    if (!isBuildStart(message)) return;
    process.off('message', listener);
    done(message);
  };
  process.on('message', listener);
});
process.off('disconnect', buildGone);
process.env.PAGE_RECORDS = start.records;
try {
  await build({ outDir: start.outDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
} catch (error) {
  console.error(`\nThe site was not built: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
