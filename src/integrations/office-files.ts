import { copyFileSync, createReadStream, existsSync, linkSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { officeDir } from '../lib/deployment.ts';
import { extensionOf, FILE_TYPES, FILES_FOLDER } from '../lib/documents.ts';

/** Whether a link leads to a file: not to a folder, nowhere, or round a loop, which the check refuses. */
function isLinkToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Every file under `folder`, a link to a file among them (the content check makes sure it stays in the
 * office's folder, and refuses a link to a folder, which could lead round in a loop).
 */
function filesUnder(folder: string, under = ''): string[] {
  return readdirSync(join(folder, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return filesUnder(folder, path);
    return entry.isFile() || isLinkToFile(join(folder, path)) ? [path] : [];
  });
}

/**
 * The office's files folder, published at /files/ as it is: each file hard-linked into the built site
 * (copied where the two are on different disks), so that a large folder costs no time or space.
 */
export function publishOfficeFiles(office: string, site: string): number {
  const source = join(office, FILES_FOLDER);
  const target = join(site, FILES_FOLDER);
  rmSync(target, { recursive: true, force: true });
  if (!existsSync(source)) return 0;
  const files = filesUnder(source);
  for (const name of files) {
    const from = realpathSync(join(source, name));
    const to = join(target, name);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
  return files.length;
}

/** Publishes the office's files with the built site, and serves them from the development server as they are edited. */
export function officeFiles(): AstroIntegration {
  return {
    name: 'office-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        publishOfficeFiles(officeDir(), fileURLToPath(dir));
      },
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.replace(/\/?$/, '/');
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          const prefix = `${base}${FILES_FOLDER}/`;
          const type = FILE_TYPES[extensionOf(path)];
          if (!path.startsWith(prefix) || !type) return next();
          const root = join(officeDir(), FILES_FOLDER);
          const file = join(root, ...path.slice(prefix.length).split('/'));
          // Nothing outside the office's own files, whatever the address asks for.
          if (!existsSync(file) || !realpathSync(file).startsWith(`${realpathSync(officeDir())}${sep}`) || !statSync(file).isFile()) return next();
          response.writeHead(200, { 'Content-Type': type.mediaType });
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
