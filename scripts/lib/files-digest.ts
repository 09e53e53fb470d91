import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './hard-links.ts';

/** The file at `path`, or every file under it if it is a folder, in a stable order. */
function filesAt(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return filesUnder(path).map((file) => join(path, file)).sort();
}

/** A digest of the files at `paths` (folders stand for every file under them), their names and contents both, after `settings`. */
export function filesDigest(paths: string[], settings = ''): string {
  const digest = createHash('sha256').update(settings);
  for (const file of paths.flatMap(filesAt)) digest.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return digest.digest('hex');
}

/** Where the check keeps its findings between runs, and the digest of the code that makes them (see CheckOptions in src/lib/check/index.ts). */
export function checkCache(cacheDir: string): { file: string; codeDigest: string } {
  mkdirSync(cacheDir, { recursive: true });
  return { file: join(cacheDir, 'check.json'), codeDigest: filesDigest(['src', 'data']) };
}
