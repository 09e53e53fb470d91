import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file or link at `path`, or every file and link under it if it is a folder, in a stable order.
 * A link is not followed: one that leads round a loop in an office's folders (which the content
 * check reports) would be listed without end.
 */
function filesAt(path: string): { path: string; link: boolean }[] {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats?.isDirectory()) return stats ? [{ path, link: stats.isSymbolicLink() }] : [];
  return readdirSync(path).sort().flatMap((name) => filesAt(join(path, name)));
}

/** A digest of the files at `paths` (folders stand for every file under them), their names and contents both, after `settings`; a link stands for where it leads. */
export function filesDigest(paths: string[], settings = ''): string {
  const digest = createHash('sha256').update(settings);
  for (const { path, link } of paths.flatMap(filesAt)) digest.update(`${path}\0`).update(link ? `-> ${readlinkSync(path)}` : readFileSync(path)).update('\0');
  return digest.digest('hex');
}

/** Where the check keeps its findings between runs, and the digest of the code that makes them (see CheckOptions in src/lib/check/index.ts). */
export function checkCache(cacheDir: string): { file: string; codeDigest: string } {
  mkdirSync(cacheDir, { recursive: true });
  return { file: join(cacheDir, 'check.json'), codeDigest: filesDigest(['src', 'data']) };
}
