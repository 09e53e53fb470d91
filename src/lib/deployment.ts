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
 * An office is large when its content files pass 150 MB (about 30,000 decision notices): Astro's
 * build then gets more than Node's default heap of about 4 GB.
 */
const LARGE_OFFICE_BYTES = 150 * 2 ** 20;

export function isLargeOffice(dir: string, limit = LARGE_OFFICE_BYTES): boolean {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (bytes > limit) return true;
  }
  return false;
}
