import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, writeManifest } from '../../src/build/manifest.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const ENGLISH_AND_WELSH = [
  { code: 'en', isDefault: true },
  { code: 'cy', isDefault: false },
] as const;

/** A built site of the given files (path → contents) in a folder of its own. */
function siteOf(files: Record<string, string | Buffer>): string {
  const site = mkdtempSync(join(tmpdir(), 'manifest-'));
  folders.push(site);
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), contents);
  }
  return site;
}

const sha256 = (contents: string | Buffer) => createHash('sha256').update(contents).digest('hex');

describe('the manifest of downloads', () => {
  it("lists the open data of each language and the office's papers, with their addresses under the base path, sizes and SHA-256, and no page", () => {
    // Larger than the piece the manifest reads at a time, so that a file read in several pieces is hashed whole.
    const large = Buffer.alloc(3 * 2 ** 20 + 17, 'a');
    const site = siteOf({
      'index.html': '<h1>Home</h1>',
      'data/index.html': '<h1>Open data</h1>',
      'data/decisions.csv': 'reference,title\n',
      'data/decisions.json': '{"data":[]}',
      'cy/data/index.html': '<h1>Data agored</h1>',
      'cy/data/penderfyniadau.csv': 'cyfeirnod\n',
      'files/minutes/june 2024.pdf': '%PDF-1.4',
      'files/budget.xlsx': large,
      'decisions/1-2024/index.html': '<h1>A decision</h1>',
    });
    const manifest = writeManifest(site, { base: '/transparency/', generated: '2024-03-31', languages: [...ENGLISH_AND_WELSH] });
    expect(manifest).toEqual({
      algorithm: 'SHA-256',
      generated: '2024-03-31',
      files: [
        { path: '/transparency/cy/data/penderfyniadau.csv', bytes: 10, sha256: sha256('cyfeirnod\n') },
        { path: '/transparency/data/decisions.csv', bytes: 16, sha256: sha256('reference,title\n') },
        { path: '/transparency/data/decisions.json', bytes: 11, sha256: sha256('{"data":[]}') },
        { path: '/transparency/files/budget.xlsx', bytes: large.length, sha256: sha256(large) },
        // Named as the pages link it, each part of its name encoded.
        { path: '/transparency/files/minutes/june%202024.pdf', bytes: 8, sha256: sha256('%PDF-1.4') },
      ],
    });
    expect(JSON.parse(readFileSync(join(site, MANIFEST_FILE), 'utf8'))).toEqual(manifest);
  });

  it('does not list itself when written again, and lists no files folder a site does not have', () => {
    const site = siteOf({ 'data/index.html': '<h1>Open data</h1>', 'data/decisions.csv': 'reference\n' });
    const options = { base: '/', generated: '2024-03-31', languages: [ENGLISH_AND_WELSH[0]] };
    const first = writeManifest(site, options);
    const again = readFileSync(join(site, MANIFEST_FILE), 'utf8');
    expect(writeManifest(site, options)).toEqual(first);
    expect(first.files.map((file) => file.path)).toEqual(['/data/decisions.csv']);
    expect(readFileSync(join(site, MANIFEST_FILE), 'utf8')).toBe(again);
  });
});
