import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DEFAULT_OFFICE_DIR = 'content';

/** The office folder chosen for this build: OFFICE=examples/nottinghamshire, else the default. */
export function officeDir(env: Record<string, string | undefined> = process.env): string {
  return env.OFFICE?.trim() || DEFAULT_OFFICE_DIR;
}

/**
 * Where the built site will live, from the environment of the build: BASE_PATH is the sub-path
 * when the site is not at the domain root (/transparency/, or /repo/ on GitHub Pages), else the
 * path of the site's address (https://example.github.io/repo/), else the root. Its address is
 * siteAddress's.
 */
export function deployment(env: Record<string, string | undefined> = process.env) {
  const office = officeDir(env);
  return {
    /** Worked out when asked for: it may read office.json, which most callers (for the cache folder, say) need not. */
    get base() {
      const rawBase = env.BASE_PATH?.trim() || sitePath(env) || '/';
      return `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    },
    office,
    // Each office keeps its own content cache, so switching OFFICE never mixes two offices' entries. It is
    // in the folder the build runs in (an office's repository), not the publisher's, which Astro's root may be.
    cacheDir: resolve('node_modules/.astro', office.replace(/[^a-z0-9]+/gi, '-')),
  };
}

/**
 * The public address of the site (https://www.example-pcc.gov.uk), set once: `site` in the office's
 * office.json, or the SITE_URL environment variable, which overrides it. A build without one names
 * no domain: its pages have no canonical address, its downloads and structured data give
 * site-relative addresses, and it has no sitemap or feeds, which need absolute ones. The check
 * validates office.json's; SITE_URL is refused here if it is not a web address starting https://.
 */
export function siteAddress(env: Record<string, string | undefined> = process.env): string | undefined {
  const fromEnvironment = env.SITE_URL?.trim();
  if (fromEnvironment) {
    if (!URL.canParse(fromEnvironment) || new URL(fromEnvironment).protocol !== 'https:') throw new Error(`SITE_URL should be the site's public address, a web address starting https://; found "${fromEnvironment}".`);
    return fromEnvironment;
  }
  try {
    const { site } = JSON.parse(readFileSync(join(officeDir(env), 'office.json'), 'utf8').replace(/^\uFEFF/, '')) as { site?: unknown };
    return typeof site === 'string' && site.trim() ? site.trim() : undefined;
  } catch {
    // No office.json, or not JSON: the check says so, and the build stops there.
    return undefined;
  }
}

/** The path of the site's address, when it is not at a domain's root; none when the address is not set, or not valid (the check or the build says so). */
function sitePath(env: Record<string, string | undefined>): string | undefined {
  try {
    const site = siteAddress(env);
    return site === undefined ? undefined : new URL(site).pathname;
  } catch {
    return undefined;
  }
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
