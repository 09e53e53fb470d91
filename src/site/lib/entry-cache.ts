import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deployment } from '../../domain/deployment.ts';

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

/** Where the translations of a collection's entries into a language (41-2020.cy.md) are kept: their data and bodies, as the entries' are. */
export function translationCacheDir(collection: string, code: string, env: Record<string, string | undefined> = process.env): string {
  return entryCacheDir(`${collection}.${code}`, env);
}

/** MDX bodies are compiled code, rendered by Astro; every other body is served from the cache. */
export function isCompiledBody(entry: { filePath?: string }): boolean {
  return entry.filePath?.endsWith('.mdx') ?? false;
}

/** The folders this process has made sure of: one look for a folder, not one for each of its thousands of bodies. */
const madeFolders = new Set<string>();

/** Written aside and renamed, so a build reading the cache never sees half a file. */
function writeWhole(file: string, text: string): void {
  const folder = join(file, '..');
  if (!madeFolders.has(folder)) mkdirSync(folder, { recursive: true });
  madeFolders.add(folder);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

function bodyFile(dir: string, digest: string | number): string {
  return join(dir, `${digest}.html`);
}

/** The digests of every body in the cache: one look at the folder, for a loader to check thousands of entries. */
export function cachedBodies(dir: string): Set<string> {
  return new Set(existsSync(dir) ? readdirSync(dir).flatMap((file) => (file.endsWith('.html') ? [file.slice(0, -'.html'.length)] : [])) : []);
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

/** An entry's validated data as JSON, under the digest of the file it came from and the file's state on disk then. */
export interface CachedData {
  digest: string;
  /** The file's size, inode and times when it was read: while they stay the same, so has its text. */
  stat: string;
  json: string;
}

/**
 * One line per entry: its id, digest and file state, then its data as JSON, separated by tabs. A
 * loader keeps the lines of unchanged entries as they are, without parsing their JSON; only the
 * pages read it.
 */
export const DATA_FILE = 'data.tsv';

/** The validated data of every entry of a collection, by entry id, as its loader last wrote it. */
export function readEntryData(dir: string): Map<string, CachedData> {
  const file = join(dir, DATA_FILE);
  const entries = new Map<string, CachedData>();
  if (!existsSync(file)) return entries;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [id, digest, stat] = line.split('\t', 3);
    if (stat !== undefined) entries.set(id!, { digest: digest!, stat, json: line.slice(id!.length + digest!.length + stat.length + 3) });
  }
  return entries;
}

export function writeEntryData(dir: string, entries: Map<string, CachedData>): void {
  writeWhole(join(dir, DATA_FILE), Array.from(entries, ([id, { digest, stat, json }]) => `${id}\t${digest}\t${stat}\t${json}\n`).join(''));
}

/** Each entry's data, by entry id, with the JSON it was parsed from. */
export type EntryData = Map<string, { digest: string; json: string; data: unknown }>;

/**
 * The data as last read, by collection folder: once per process, not once per module. A build's
 * pages are a bundle of their own, loaded anew by every build of a process that builds again (npm
 * run watch) and never unloaded, so a module's cache would keep every build's copy of every entry.
 */
const LAST_READ = Symbol.for('pcc-publisher.entry-data');
type LastRead = Map<string, { stamp: string; data: EntryData }>;
const lastRead: LastRead = ((globalThis as { [LAST_READ]?: LastRead })[LAST_READ] ??= new Map());

/**
 * The collection's cached data, read once per build, parsing only the entries whose data changed
 * since the last read; the development server, whose loader rewrites the file as entries are
 * edited, gets the new file on its next page.
 */
export function currentEntryData(dir: string): EntryData {
  const file = join(dir, DATA_FILE);
  const stat = existsSync(file) ? statSync(file) : undefined;
  const stamp = stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : '';
  const last = lastRead.get(dir);
  if (last?.stamp === stamp) return last.data;
  const data: EntryData = new Map(
    Array.from(readEntryData(dir), ([id, { digest, json }]) => {
      const before = last?.data.get(id);
      return [id, before?.digest === digest && before.json === json ? before : { digest, json, data: JSON.parse(json) as unknown }];
    }),
  );
  lastRead.set(dir, { stamp, data });
  return data;
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
