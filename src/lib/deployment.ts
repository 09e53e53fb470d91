import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const DEFAULT_OFFICE_DIR = 'content';

/** The office folder chosen for this build: OFFICE=examples/nottinghamshire, else the default. */
export function officeDir(env: Record<string, string | undefined> = process.env): string {
  return env.OFFICE?.trim() || DEFAULT_OFFICE_DIR;
}

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
 * An office is large when it keeps more than 30,000 entries (some 150 MB of decision notices):
 * Astro's build then gets more than Node's default heap of about 4 GB. Entries are counted by the
 * names in each of the office's folders, which takes one look at each, not one at every file.
 */
const LARGE_OFFICE_ENTRIES = 30_000;

export function isLargeOffice(dir: string, limit = LARGE_OFFICE_ENTRIES): boolean {
  let entries = 0;
  for (const name of namesIn(dir)) {
    entries += namesIn(join(dir, name)).length;
    if (entries > limit) return true;
  }
  return false;
}

/** The names in a folder; none in a file, or in a folder that cannot be listed (a link that leads nowhere, say: the check reports it). */
function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
