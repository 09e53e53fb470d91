// Builds the selected office's site: checks the content, builds into a staging folder,
// and only then replaces dist/, so a failed build never leaves a half-built site behind.
// Usage: npm run build [-- --as-of 2024-03-31] [-- --full]   (OFFICE=examples/nottinghamshire npm run build; BASE_PATH=/sub/ for a sub-path)
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isLargeOffice, officeDir } from '../src/lib/deployment.ts';
import { commandOptions } from './lib/command-line.ts';

const started = performance.now();
const values = commandOptions({ out: { type: 'string', default: 'dist' }, 'as-of': { type: 'string' }, full: { type: 'boolean', default: false } }, 'npm run build [-- --as-of 2024-03-31] [-- --full] [-- --out dist]');
// The build date every page is computed against; Astro's pages read it from the environment.
if (values['as-of']) process.env.AS_OF = values['as-of'];
const dir = officeDir();
if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`The site was not built: there is no office folder at ${dir} (OFFICE names the office's folder; the sample office is content/).`);
  process.exit(2);
}

// Astro's process is started first, as it takes seconds to start (loading Astro alone takes a
// second), and waits while this one loads the rest of the build and prepares it (see astro-build.ts).
// Node's default heap of about 4 GB is too small for Astro to build a large office (100,000 notices need about 8 GB).
const heap = isLargeOffice(dir) ? ['--max-old-space-size-percentage=75'] : [];
const astro = spawn(process.execPath, [...process.execArgv, ...heap, fileURLToPath(new URL('./lib/astro-build.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
const astroEnded = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => astro.on('close', (code, signal) => done({ code, signal })));

const { buildSite } = await import('./lib/build-site.ts');
await buildSite({ dir, out: values.out, full: values.full, astro, astroEnded, started });
