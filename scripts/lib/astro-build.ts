// Astro's build of the selected office's pages into --out. scripts/build.ts runs it as a process of
// its own, so that all the memory Astro holds is returned before Pagefind indexes the pages: each
// needs gigabytes for a large office, and together they would not fit.
import { parseArgs } from 'node:util';
import { build } from 'astro';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
try {
  await build({ outDir: values.out, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
} catch (error) {
  console.error(`\nThe site was not built: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
