import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { officeDir } from './office.ts';

/**
 * Where the built site will live, from the environment of the build:
 * SITE_URL is the public origin (https://www.example.gov.uk) and BASE_PATH the sub-path
 * when the site is not at the domain root (/transparency/, or /repo/ on GitHub Pages).
 */
export function deployment(env: Record<string, string | undefined> = process.env) {
  const rawBase = env.BASE_PATH?.trim() || '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const office = officeDir(env);
  return {
    site: env.SITE_URL?.trim() || 'https://example.org',
    base,
    office,
    // Each office keeps its own content cache, so switching OFFICE never mixes two offices' entries.
    cacheDir: `./node_modules/.astro/${office.replace(/[^a-z0-9]+/gi, '-')}`,
  };
}

/**
 * Astro keeps an office's content store in one JSON string unless told to split it, and a V8 string
 * stops at about 512 MB: some 80,000 decision notices. Writing the split store is much slower, so
 * only an office whose content files pass this size (a third of the limit, as rendered HTML is larger
 * than its Markdown) uses it.
 */
export const SPLIT_CONTENT_STORE_ABOVE_BYTES = 150 * 2 ** 20;

/** How Astro should store the content of the office in `dir`: in one file, or split into chunks. */
export function contentStorage(dir: string, limit = SPLIT_CONTENT_STORE_ABOVE_BYTES): 'single-file' | 'chunked' {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (bytes > limit) return 'chunked';
  }
  return 'single-file';
}
