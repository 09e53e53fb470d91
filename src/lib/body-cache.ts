import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deployment } from './deployment.ts';

/**
 * Rendered Markdown bodies live beside Astro's content store, one file per entry digest, instead
 * of inside it. The store is then a few kilobytes of data per entry instead of its whole HTML:
 * for an office of 10,000 notices that keeps a 60 MB module out of Astro's bundle and memory.
 * A body is sanitised once, when its file changes, not on every build.
 */
export function bodyCacheDir(collection: string, env: Record<string, string | undefined> = process.env): string {
  return resolve(deployment(env).cacheDir, 'bodies', collection);
}

function bodyFile(dir: string, digest: string | number): string {
  return join(dir, `${digest}.html`);
}

/** MDX bodies are compiled code, rendered by Astro; every other body is served from the cache. */
export function isCompiledBody(entry: { filePath?: string }): boolean {
  return entry.filePath?.endsWith('.mdx') ?? false;
}

export function hasBody(dir: string, digest: string | number | undefined): boolean {
  return digest !== undefined && existsSync(bodyFile(dir, digest));
}

export function writeBody(dir: string, digest: string | number, html: string): void {
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed, so a build reading the cache never sees half a body.
  const partial = `${bodyFile(dir, digest)}.${process.pid}.partial`;
  writeFileSync(partial, html);
  renameSync(partial, bodyFile(dir, digest));
}

/** Removes the bodies of entries since edited or deleted: every file whose digest is not among `digests`. */
export function pruneBodies(dir: string, digests: Iterable<string | number>): void {
  if (!existsSync(dir)) return;
  const kept = new Set(Array.from(digests, (digest) => `${digest}.html`));
  for (const file of readdirSync(dir)) if (!kept.has(file)) rmSync(join(dir, file), { force: true });
}

export function readBody(dir: string, entry: { digest?: string | number; filePath?: string }): string {
  try {
    return readFileSync(bodyFile(dir, entry.digest ?? ''), 'utf8');
  } catch {
    throw new Error(`The rendered body of ${entry.filePath ?? 'an entry'} is missing from ${dir}. Delete ${resolve(dir, '../..')} and build again.`);
  }
}
