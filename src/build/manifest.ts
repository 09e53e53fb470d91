import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { FILES_FOLDER } from '../domain/documents.ts';
import { pathInLanguage, type SiteLanguage } from '../domain/languages.ts';
import { filesUnder } from './hard-links.ts';

/** Where the manifest is published, in the site's folder: beside the downloads it lists. */
export const MANIFEST_FILE = 'data/manifest.json';

/** One file a reader can download, as the manifest lists it. */
export interface ManifestFile {
  /** Its address on the site, as a reader fetches it: after the site's base path, each name encoded as the pages link it. */
  path: string;
  bytes: number;
  /** Its SHA-256, in lower-case hexadecimal, as sha256sum prints it. */
  sha256: string;
}

export interface Manifest {
  algorithm: 'SHA-256';
  /** The date the site was built as of. */
  generated: string;
  /** Sorted by path. */
  files: ManifestFile[];
}

/**
 * The files of a built site that a reader downloads: the open data under /data/ in each language
 * (its pages aside), and the office's papers under /files/. Relative to the site's folder.
 */
export function downloadFiles(site: string, languages: Pick<SiteLanguage, 'code' | 'isDefault'>[]): string[] {
  const openData = languages.flatMap((language) => filesIn(site, pathInLanguage('data/', language))).filter((file) => !file.endsWith('.html') && file !== MANIFEST_FILE);
  return [...openData, ...filesIn(site, `${FILES_FOLDER}/`)];
}

/** The files under a folder of the site, relative to the site, named with forward slashes; none if it has no such folder. */
function filesIn(site: string, folder: string): string[] {
  return existsSync(join(site, folder)) ? filesUnder(join(site, folder)).map((file) => `${folder}${file.split(sep).join('/')}`) : [];
}

/**
 * Writes the manifest of a built site's downloads (see downloadFiles): each file's address, size and
 * SHA-256, for a reader to check that a file they hold is the one published. Written once the
 * office's papers are in place, and before the links are checked, as /data/ links to it.
 */
export function writeManifest(site: string, { base, generated, languages }: { base: string; generated: string; languages: Pick<SiteLanguage, 'code' | 'isDefault'>[] }): Manifest {
  // One buffer for every file: a file is read a piece at a time, however large, and nothing is allocated for each.
  const buffer = Buffer.allocUnsafe(1 << 20);
  const files = downloadFiles(site, languages)
    .map((file) => ({ path: `${base}${file.split('/').map(encodeURIComponent).join('/')}`, ...sha256Of(join(site, file), buffer) }))
    .sort((a, b) => byCodeUnits(a.path, b.path));
  const manifest: Manifest = { algorithm: 'SHA-256', generated, files };
  writeFileSync(join(site, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function sha256Of(file: string, buffer: Buffer): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  const descriptor = openSync(file, 'r');
  try {
    let bytes = 0;
    for (let read; (read = readSync(descriptor, buffer, 0, buffer.length, null)) > 0; bytes += read) hash.update(buffer.subarray(0, read));
    return { bytes, sha256: hash.digest('hex') };
  } finally {
    closeSync(descriptor);
  }
}

/** The same order on every machine, whatever its locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
