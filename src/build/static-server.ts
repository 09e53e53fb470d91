// Serves a built site from localhost as a static host would: for the preview, and for the browser checks.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, posix } from 'node:path';
import { contentTypeOf } from '../site/lib/content-types.ts';

/** The headers a _headers file (Netlify and Cloudflare Pages format) sets for a path. */
export function headersFor(rules: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of rules.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      applies = pattern.test(path);
    } else if (applies) {
      const [name, ...value] = line.trim().split(':');
      headers[name!.trim()] = value.join(':').trim();
    }
  }
  return headers;
}

export interface ServeOptions {
  /** The port to listen on; by default, any that is free. */
  port?: number;
  /** Files served beside the site's, by their path: the accessibility check's script (accessibilityCheckFiles in accessibility.ts). */
  files?: Record<string, string>;
  /** The base path the site was built for (deployment().base): its pages link to addresses under it, so it is served there. */
  base?: string;
}

/** The page for a missing address: the second language's own (/cy/404/) for an address in it, else the site's 404.html. */
function notFoundPage(root: string, path: string): string {
  const [first] = path.split('/').filter(Boolean);
  // A language's code is two letters (cy); the site's sections have longer names.
  const own = first === undefined || !/^[a-z]{2}$/.test(first) ? undefined : join(root, first, '404', 'index.html');
  return own !== undefined && existsSync(own) ? own : join(root, '404.html');
}

/**
 * Serves a built site from localhost, as a static host would (index.html for folders, 404.html otherwise,
 * headers from _headers), at its `base` path; the server's root leads there. `url` is the site's address
 * there, without its last slash.
 */
export async function serve(root: string, { port = 0, files = {}, base = '/' }: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = existsSync(join(root, '_headers')) ? readFileSync(join(root, '_headers'), 'utf8') : '';
  const server: Server = createServer((request, response) => {
    let requested: string;
    try {
      // An address's path, with forward slashes on every system, as the base path is written.
      requested = posix.normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    } catch {
      // A malformed escape (%E0%A4%A): no file has such a name.
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Bad request: the address is not valid.');
      return;
    }
    if (base !== '/' && (requested === '/' || `${requested}/` === base)) {
      response.writeHead(302, { Location: base });
      response.end();
      return;
    }
    // An address outside the base path is none of the site's: the site's 404 page answers it.
    const inSite = requested.startsWith(base);
    const path = inSite ? `/${requested.slice(base.length)}` : requested;
    const served = inSite ? files[path] : undefined;
    if (served !== undefined) {
      // A file the browser may keep, and so keep compiled from one page to the next.
      response.writeHead(200, { 'Content-Type': contentTypeOf(path), 'Cache-Control': 'max-age=86400' });
      response.end(served);
      return;
    }
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = inSite && existsSync(file) && file.startsWith(root);
    response.writeHead(found ? 200 : 404, { ...headersFor(rules, path), 'Content-Type': contentTypeOf(found ? file : '404.html') });
    createReadStream(found ? file : notFoundPage(root, path)).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const listening = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${listening}${base.replace(/\/$/, '')}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
