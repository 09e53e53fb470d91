import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentTypeOf } from '../lib/content-types.ts';
import { requestedName } from './dev-requests.ts';
import en from '../strings/en.json' with { type: 'json' };

/** What the search page says on the development server when no build has made a search index (see src/site/browser/search.ts), in its own language there. */
export const NO_INDEX_MESSAGE = en.search.noIndex;

/**
 * Serves the search index under `prefix` (/pagefind/ under the site's base) from `folder`, the last
 * build's; with no index there, pagefind.js is a stand-in module that exports `unavailable`, the
 * message the search page shows instead of searching, and anything else under `prefix` is a 404
 * that says the same. Nothing outside `folder` is served, whatever the address asks for.
 */
export function pagefindMiddleware(prefix: string, folder: string) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const name = requestedName(request, prefix);
    if (name === undefined) return next();
    if (!existsSync(join(folder, 'pagefind.js'))) {
      if (name === 'pagefind.js') {
        response.writeHead(200, { 'Content-Type': contentTypeOf(name), 'Cache-Control': 'no-store' });
        response.end(`// No search index: the development server's stand-in (src/integrations/dev-search.ts).\nexport const unavailable = ${JSON.stringify(NO_INDEX_MESSAGE)};\n`);
      } else {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(`${NO_INDEX_MESSAGE}\n`);
      }
      return;
    }
    const file = join(folder, name);
    if (!name || !statSync(file, { throwIfNoEntry: false })?.isFile()) return next();
    // The index changes with every build, under the same names for some of its files.
    response.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(response);
  };
}

/**
 * Search on the development server. The search index is written by `npm run build` after Astro has
 * built the pages (src/build/search-index.ts), so `astro dev` has none of its own: it serves the
 * last build's, from the build's output folder (dist/pagefind/), and the search page says plainly
 * when there is none.
 */
export function devSearch(): AstroIntegration {
  let outDir = 'dist';
  return {
    name: 'dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(pagefindMiddleware(`${server.config.base.replace(/\/?$/, '/')}pagefind/`, join(outDir, 'pagefind')));
      },
    },
  };
}
