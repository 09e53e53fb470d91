// The caches a build keeps for an office in node_modules/.astro/<office>/ (see docs/architecture.md, "How
// a build works"): the entries' data and rendered bodies beside Astro's data store, the content
// check's findings (check.json), and the records of the last build, for a rebuild to reuse its
// pages (builds/). Each is keyed on the publisher's code (publisherCodeDigest) as well as on the
// content: the entry cache here, the check's findings by their key (see checkCache), and the
// build records by their inputs (see inputsDigest in previous-build.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployment } from '../domain/deployment.ts';
import { removeInBackground } from './remove-in-background.ts';

/** The file in an office's cache that names the code its entries were read, validated and rendered by. */
const CODE_MARKER = 'code.sha256';

/**
 * The entry cache keeps entries as they were parsed, validated and rendered, and Astro's data store
 * their digests: neither notices when the code that made them changes (a new field's default would
 * be missing, or a body would have gone through an old sanitiser). Both are dropped whenever the
 * publisher's `code` is not the code that wrote them.
 */
export function forgetStaleContent(cacheDir: string, code: string): void {
  const marker = join(cacheDir, CODE_MARKER);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === code) return;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  rmSync(join(cacheDir, 'data-store'), { recursive: true, force: true });
  rmSync(join(cacheDir, 'entries'), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(marker, code);
}

/** The folder of an office's cache that keeps the records of its builds, one folder for each site built. */
const BUILD_RECORDS = 'builds';

/** The folder where the builds of an office into one `site` (an absolute path) keep their records (PAGE_RECORDS: see src/site/lib/page-reuse.ts). */
export function buildRecordsDir(site: string, env: Record<string, string | undefined> = process.env): string {
  return join(deployment(env).cacheDir, BUILD_RECORDS, createHash('sha256').update(site).digest('hex').slice(0, 16));
}

/**
 * Discards every cache a build of the office into `site` would read (npm run build -- --full): all
 * of the office's but the records of its builds into other sites, which it does not read (and which
 * are keyed on the code and content like the rest). It is called before Astro's process and the
 * check's worker are started, as the worker reads the check's findings as it starts. The caches are
 * moved aside at once and deleted in the background (ten thousand bodies take seconds).
 */
export function discardCaches(site: string, env: Record<string, string | undefined> = process.env): void {
  const { cacheDir } = deployment(env);
  if (!existsSync(cacheDir)) return;
  const aside = `${cacheDir}.discarded-${process.pid}`;
  rmSync(aside, { recursive: true, force: true });
  mkdirSync(aside);
  for (const name of readdirSync(cacheDir)) if (name !== BUILD_RECORDS) renameSync(join(cacheDir, name), join(aside, name));
  const records = buildRecordsDir(site, env);
  if (existsSync(records)) renameSync(records, join(aside, 'records'));
  removeInBackground(aside, 'gone');
}
