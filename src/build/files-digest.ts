import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files at `path`, or under it if it is a folder, in a stable order, following links: what a
 * link leads to is what the site is built from. A folder reached twice (a loop, which the content
 * check reports) is listed once; a link that leads nowhere is left out.
 */
function filesAt(path: string, seen = new Set<string>()): string[] {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return [];
  }
  if (!statSync(real).isDirectory()) return [path];
  if (seen.has(real)) return [];
  seen.add(real);
  return readdirSync(path).sort().flatMap((name) => filesAt(join(path, name), seen));
}

/**
 * A digest of the files at `paths` (folders stand for every file under them), their names and
 * contents both, after `settings`. Paths are taken from `root`, and named relative to it.
 */
export function filesDigest(paths: string[], settings = '', root = '.'): string {
  const digest = createHash('sha256').update(settings);
  for (const file of paths.flatMap((path) => filesAt(resolve(root, path)))) digest.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  return digest.digest('hex');
}

/**
 * The publisher's own files, relative to its folder: its code (src/: the domain, the site and the
 * build; not bench/, which no build runs), its dependencies (as package-lock.json records them),
 * its settings, and the catalogues in data/ and the files in public/ that every site is built
 * from. Every cache a build keeps is keyed on them as well as on the content, so that nothing made
 * by other code (a body sanitised by an older sanitiser, say) outlives it.
 */
export const PUBLISHER_CODE = ['src', 'data', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The folder of the publisher whose code is running. */
const PUBLISHER_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A digest of the publisher's code (PUBLISHER_CODE) in `root`, by default the running code's own: about 1.3 MB read, a few milliseconds. */
export function publisherCodeDigest(root = PUBLISHER_ROOT): string {
  return filesDigest(PUBLISHER_CODE, '', root);
}

/** Where the check keeps its findings between runs, and the digest of the code that makes them (see CheckOptions in src/domain/check/index.ts). */
export function checkCache(cacheDir: string): { file: string; codeDigest: string } {
  mkdirSync(cacheDir, { recursive: true });
  return { file: join(cacheDir, 'check.json'), codeDigest: publisherCodeDigest() };
}
