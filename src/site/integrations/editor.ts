import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { build, type InlineConfig } from 'vite';
import { contentTypeOf } from '../lib/content-types.ts';
import { EDITOR_FOLDER, EDITOR_SCRIPT } from '../lib/editor-script.ts';
import { requestedName } from './dev-requests.ts';

const ENTRY = fileURLToPath(new URL('../browser/editor.ts', import.meta.url));
/** The installed version of a package, from the package.json nearest the module it exports (Sveltia exports no package.json). */
function packageVersion(name: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve(name))); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const found = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (found.name === name && found.version) return found.version;
    }
  }
  throw new Error(`The version of ${name} was not found.`);
}

/**
 * How the editor is bundled: its code, fonts and WebAssembly as files of their own (the site's
 * policy allows no data: fonts), every address relative to the script, so that it works under any base.
 */
const bundleOptions = (outDir: string): InlineConfig => ({
  configFile: false,
  logLevel: 'warn',
  mode: 'production',
  base: './',
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // Sveltia CMS is one chunk of some 2.2 MB, loaded only by /admin/.
    chunkSizeWarningLimit: 2500,
    rolldownOptions: { input: ENTRY, output: { entryFileNames: EDITOR_SCRIPT }, checks: { pluginTimings: false } },
  },
});

/**
 * The bundled editor's folder, bundled first if it is not there. Bundling Sveltia CMS (some 300 files,
 * 16 MB, mostly code-highlighting grammars) took 6 to 7 s of every build when Astro did it; the bundle
 * depends on nothing of the office's, only on Sveltia's and Vite's versions and on this file and the
 * entry, which name its folder. Two builds bundling at once each write a folder of their own, and the
 * first to finish keeps its one.
 */
export async function editorBundle(cacheRoot = resolve('node_modules/.astro')): Promise<string> {
  const key = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(ENTRY))
    .digest('hex')
    .slice(0, 12);
  const folder = join(cacheRoot, `editor-${packageVersion('@sveltia/cms')}-vite-${packageVersion('vite')}-${key}`);
  if (existsSync(join(folder, EDITOR_SCRIPT))) return folder;
  const bundling = `${folder}.bundling-${process.pid}`;
  await build(bundleOptions(bundling));
  try {
    renameSync(bundling, folder);
  } catch (error) {
    rmSync(bundling, { recursive: true, force: true });
    if (!existsSync(join(folder, EDITOR_SCRIPT))) throw error;
  }
  // Bundles of other versions are not used again.
  for (const name of readdirSync(cacheRoot)) if (/^editor-.*-[0-9a-f]{12}$/.test(name) && join(cacheRoot, name) !== folder) rmSync(join(cacheRoot, name), { recursive: true, force: true });
  return folder;
}

/** Serves the bundled editor's files under `prefix` on the development server, bundling it first if it must; nothing outside the bundle's folder. */
export function editorMiddleware(prefix: string, bundled: () => Promise<string>) {
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void => {
    const name = requestedName(request, prefix);
    if (name === undefined) return next();
    bundled().then((folder) => {
      const file = join(folder, name);
      if (!name || !statSync(file, { throwIfNoEntry: false })?.isFile()) return next();
      response.writeHead(200, { 'Content-Type': contentTypeOf(file) });
      createReadStream(file).pipe(response);
    }, next);
  };
}

/**
 * Publishes the content editor at /admin/${EDITOR_FOLDER}/, beside its page (src/site/pages/admin/):
 * copied into each build from the bundle made once, and served from it by the development server.
 */
export function editor(): AstroIntegration {
  let bundle: Promise<string> | undefined;
  const bundled = () => (bundle ??= editorBundle());
  return {
    name: 'editor',
    hooks: {
      // Bundled, when it must be, while Astro renders the pages.
      'astro:build:start': () => {
        void bundled().catch(() => {});
      },
      'astro:build:done': async ({ dir }) => {
        cpSync(await bundled(), join(fileURLToPath(dir), 'admin', EDITOR_FOLDER), { recursive: true });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(editorMiddleware(`${server.config.base.replace(/\/?$/, '/')}admin/${EDITOR_FOLDER}/`, bundled));
      },
    },
  };
}
