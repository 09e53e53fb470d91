// Builds the selected office's site: checks the content, builds into a staging folder,
// and only then replaces dist/, so a failed build never leaves a half-built site behind.
// Usage: npm run build [-- --as-of 2024-03-31] [-- --full]   (OFFICE=examples/nottinghamshire npm run build; BASE_PATH=/sub/ for a sub-path)
//        npm run watch: the same, then again after every edit to the office's files (see src/build/watch.ts)
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { officeDir } from '../../domain/deployment.ts';
import { within } from '../../domain/paths.ts';
import { startAstro } from '../astro-process.ts';
import { discardCaches } from '../caches.ts';
import { commandOptions } from '../command-line.ts';
import { startCheck } from '../content-check.ts';

const started = performance.now();
const values = commandOptions(
  { out: { type: 'string', default: 'dist' }, 'as-of': { type: 'string' }, full: { type: 'boolean', default: false }, watch: { type: 'boolean', default: false } },
  'npm run build [-- --as-of 2024-03-31] [-- --full] [-- --out dist]   (npm run watch takes the same options)',
);
// The build date every page is computed against; Astro's pages read it from the environment.
if (values['as-of']) process.env.AS_OF = values['as-of'];
const dir = officeDir();
if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`The site was not built: there is no office folder at ${dir} (OFFICE names the office's folder; the sample office is content/).`);
  process.exit(2);
}
// The build reads every file of the office's folder: a site inside it would be read as the office's own.
if (within(resolve(dir), resolve(values.out))) {
  console.error(`The site was not built: its folder, ${values.out}, is inside the office's folder, ${dir}, whose every file the build reads. Build it into a folder outside the office's (--out).`);
  process.exit(2);
}

// Astro takes a folder whose path begins with the current folder's for one inside it (withastro/astro#4736
// compares the two as text), writes its own code into it, and cannot find its packages from there.
const staging = `${resolve(values.out)}.staging`;
if (staging.startsWith(process.cwd()) && !within(process.cwd(), staging)) {
  console.error(`The site was not built: its folder, ${resolve(values.out)}, is beside this folder, ${process.cwd()}, and its path begins with this folder's, which Astro mistakes for a folder inside this one: its build would fail. Build it into a folder inside this one (such as dist) or one whose name does not begin "${basename(process.cwd())}".`);
  process.exit(2);
}

// --full builds from nothing: every cache the build would read goes before anything can read it.
if (values.full) discardCaches(resolve(values.out));

// Astro's process is started first, as it takes seconds to start (loading Astro alone takes a
// second), and waits while this one loads the rest of the build and prepares it (see astro-build.ts);
// then the content check's worker, which loads its code and the last check's findings meanwhile.
const astro = startAstro(dir);
const check = startCheck(dir);
const build = { dir, out: values.out, full: values.full, astro, check, started };
if (values.watch) {
  const { watchOffice } = await import('../watch.ts');
  await watchOffice(build);
} else {
  const { buildSite, SiteNotBuilt } = await import('../build-site.ts');
  await buildSite(build).catch((error: unknown) => {
    if (error instanceof SiteNotBuilt) process.exit(error.exitCode);
    throw error;
  });
}
