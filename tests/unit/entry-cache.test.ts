import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entryCacheDir, hasBody, isCompiledBody, pruneBodies, readBody, readEntryData, withCachedData, writeBody, writeEntryData } from '../../src/lib/entry-cache.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const freshDir = () => (dir = join(mkdtempSync(join(tmpdir(), 'entries-')), 'decisions'));

describe('entry cache', () => {
  it('gives back the body written under an entry digest', () => {
    freshDir();
    writeBody(dir, 'a1b2', '<p>Approved.</p>');
    expect(hasBody(dir, 'a1b2')).toBe(true);
    expect(readBody(dir, { digest: 'a1b2', filePath: 'content/decisions/41-2020.md' })).toBe('<p>Approved.</p>');
    expect(readdirSync(dir)).toEqual(['a1b2.html']);
  });

  it('tells the editor which entry has lost its body and what to delete', () => {
    freshDir();
    expect(hasBody(dir, 'ffff')).toBe(false);
    expect(hasBody(dir, undefined)).toBe(false);
    expect(() => readBody(dir, { digest: 'ffff', filePath: 'content/decisions/41-2020.md' })).toThrow(
      /The rendered body of content\/decisions\/41-2020\.md is missing from .*decisions\. Delete .* and build again\./,
    );
  });

  it('prunes the bodies of entries since edited or deleted, keeping the rest', () => {
    freshDir();
    for (const digest of ['kept', 'edited', 'deleted']) writeBody(dir, digest, `<p>${digest}</p>`);
    pruneBodies(dir, ['kept', 'new']);
    expect(readdirSync(dir)).toEqual(['kept.html']);
    pruneBodies(join(dir, 'never-written'), []);
    expect(existsSync(join(dir, 'never-written'))).toBe(false);
  });

  it('gives back each entry with the data cached under its digest', () => {
    freshDir();
    writeEntryData(dir, new Map([['41-2020', { digest: 'a1b2', data: { title: 'Community Safety Partnership' } }]]));
    expect(readEntryData(dir).get('41-2020')).toEqual({ digest: 'a1b2', data: { title: 'Community Safety Partnership' } });
    const [entry] = withCachedData(dir, [{ id: '41-2020', digest: 'a1b2', filePath: 'content/decisions/41-2020.md', data: {} }]);
    expect(entry!.data).toEqual({ title: 'Community Safety Partnership' });
  });

  it('refuses an entry whose cached data is missing or from another version of its file', () => {
    freshDir();
    writeEntryData(dir, new Map([['41-2020', { digest: 'a1b2', data: {} }]]));
    expect(() => withCachedData(dir, [{ id: '41-2020', digest: 'c3d4', filePath: 'content/decisions/41-2020.md', data: {} }])).toThrow(
      /The data of content\/decisions\/41-2020\.md is missing from .*decisions\. Delete .* and build again\./,
    );
    expect(() => withCachedData(dir, [{ id: '42-2020', digest: 'a1b2', filePath: 'content/decisions/42-2020.md', data: {} }])).toThrow(/The data of content\/decisions\/42-2020\.md is missing/);
  });

  it('sees the data written after it was last read', () => {
    freshDir();
    const entries = [{ id: '41-2020', digest: 'a1b2', data: {} }];
    writeEntryData(dir, new Map([['41-2020', { digest: 'a1b2', data: { title: 'First' } }]]));
    expect(withCachedData(dir, entries)[0]!.data).toEqual({ title: 'First' });
    writeEntryData(dir, new Map([['41-2020', { digest: 'a1b2', data: { title: 'Second, as edited' } }]]));
    expect(withCachedData(dir, entries)[0]!.data).toEqual({ title: 'Second, as edited' });
  });

  it('keeps each office and collection apart', () => {
    dir = mkdtempSync(join(tmpdir(), 'entries-'));
    expect(entryCacheDir('decisions', { OFFICE: 'content' })).not.toBe(entryCacheDir('decisions', { OFFICE: 'examples/nottinghamshire' }));
    expect(entryCacheDir('decisions', { OFFICE: 'content' })).not.toBe(entryCacheDir('plans', { OFFICE: 'content' }));
  });

  it('leaves MDX bodies, which are compiled code, to Astro', () => {
    dir = mkdtempSync(join(tmpdir(), 'entries-'));
    expect(isCompiledBody({ filePath: 'content/pages/about.mdx' })).toBe(true);
    expect(isCompiledBody({ filePath: 'content/pages/about.md' })).toBe(false);
    expect(isCompiledBody({})).toBe(false);
  });
});
