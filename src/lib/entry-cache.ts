import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deployment } from './deployment.ts';

/**
 * Entries live beside Astro's content store, not inside it. Astro bundles its whole store into the
 * build as one JavaScript module, so every kilobyte in it is paid for twice in every build: once
 * to bundle, once to load. The store keeps each entry's id, digest and file; its validated data
 * (one file per collection) and its rendered, sanitised body (one file per digest) are kept here,
 * written when the entry's file changes. For an office of 10,000 decision notices that keeps some
 * 60 MB of HTML and 12 MB of data out of Astro's bundle and memory.
 */
export function entryCacheDir(collection: string, env: Record<string, string | undefined> = process.env): string {
  return resolve(deployment(env).cacheDir, 'entries', collection);
}

/** MDX bodies are compiled code, rendered by Astro; every other body is served from the cache. */
export function isCompiledBody(entry: { filePath?: string }): boolean {
  return entry.filePath?.endsWith('.mdx') ?? false;
}

/** Written aside and renamed, so a build reading the cache never sees half a file. */
function writeWhole(file: string, text: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

function bodyFile(dir: string, digest: string | number): string {
  return join(dir, `${digest}.html`);
}

export function hasBody(dir: string, digest: string | number | undefined): boolean {
  return digest !== undefined && existsSync(bodyFile(dir, digest));
}

export function writeBody(dir: string, digest: string | number, html: string): void {
  writeWhole(bodyFile(dir, digest), html);
}

/** Removes the bodies of entries since edited or deleted: every file whose digest is not among `digests`. */
export function pruneBodies(dir: string, digests: Iterable<string | number>): void {
  if (!existsSync(dir)) return;
  const kept = new Set(Array.from(digests, (digest) => `${digest}.html`));
  for (const file of readdirSync(dir)) if (file.endsWith('.html') && !kept.has(file)) rmSync(join(dir, file), { force: true });
}

/** What to do when the cache and the content store disagree: the cache is only ever a copy. */
function missing(what: string, entry: { filePath?: string }, dir: string): Error {
  return new Error(`The ${what} of ${entry.filePath ?? 'an entry'} is missing from ${dir}. Delete ${resolve(dir, '../..')} and build again.`);
}

export function readBody(dir: string, entry: { digest?: string | number; filePath?: string }): string {
  try {
    return readFileSync(bodyFile(dir, entry.digest ?? ''), 'utf8');
  } catch {
    throw missing('rendered body', entry, dir);
  }
}

/** An entry's validated data, under the digest of the file it came from. */
export interface CachedData<T = Record<string, unknown>> {
  digest: string;
  data: T;
}

const DATA_FILE = 'data.json';

/** The validated data of every entry of a collection, by entry id, as its loader last wrote it. */
export function readEntryData(dir: string): Map<string, CachedData> {
  const file = join(dir, DATA_FILE);
  return new Map(existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, CachedData>) : []);
}

export function writeEntryData(dir: string, entries: Map<string, CachedData>): void {
  writeWhole(join(dir, DATA_FILE), JSON.stringify(Object.fromEntries(entries)));
}

const lastRead = new Map<string, { stamp: string; entries: Map<string, CachedData> }>();

/**
 * The collection's cached data, read once per build; the development server, whose loader
 * rewrites the file as entries are edited, gets the new file on its next page.
 */
function currentEntryData(dir: string): Map<string, CachedData> {
  const file = join(dir, DATA_FILE);
  const stat = existsSync(file) ? statSync(file) : undefined;
  const stamp = stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : '';
  const last = lastRead.get(dir);
  if (last?.stamp === stamp) return last.entries;
  const entries = readEntryData(dir);
  lastRead.set(dir, { stamp, entries });
  return entries;
}

/** Store entries with their data put back from the cache: what the pages read. */
export function withCachedData<E extends { id: string; digest?: string | number; filePath?: string; data: unknown }>(dir: string, entries: E[]): E[] {
  const cached = currentEntryData(dir);
  return entries.map((entry) => {
    const hit = cached.get(entry.id);
    if (!hit || hit.digest !== String(entry.digest)) throw missing('data', entry, dir);
    return { ...entry, data: hit.data };
  });
}
