import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileState } from '../../src/domain/content-files.ts';
import { cachedBodies, entryCacheDir, isCompiledBody, pruneBodies, readBody, readEntryData, withCachedData, writeBody, writeEntryData } from '../../src/site/lib/entry-cache.ts';

let root: string | undefined;
let dir: string;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));
/** A collection's folder in a temporary entry cache. */
const freshDir = () => (dir = join((root = mkdtempSync(join(tmpdir(), 'entries-'))), 'decisions'));

describe('entry cache', () => {
  it('gives back the body written under an entry digest', () => {
    freshDir();
    writeBody(dir, 'a1b2', '<p>Approved.</p>');
    expect(cachedBodies(dir)).toEqual(new Set(['a1b2']));
    expect(readBody(dir, { digest: 'a1b2', filePath: 'content/decisions/41-2020.md' })).toBe('<p>Approved.</p>');
    expect(readdirSync(dir)).toEqual(['a1b2.html']);
  });

  it('tells the editor which entry has lost its body and what to delete', () => {
    freshDir();
    expect(cachedBodies(dir).has('ffff')).toBe(false);
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
    writeEntryData(dir, new Map([['41-2020', { digest: 'a1b2', stat: '10:20:30:40', json: JSON.stringify({ title: 'Community Safety Partnership\tand\n"partners"' }) }]]));
    expect(readEntryData(dir).get('41-2020')).toEqual({ digest: 'a1b2', stat: '10:20:30:40', json: JSON.stringify({ title: 'Community Safety Partnership\tand\n"partners"' }) });
    const [entry] = withCachedData(dir, [{ id: '41-2020', digest: 'a1b2', filePath: 'content/decisions/41-2020.md', data: {} }]);
    expect(entry!.data).toEqual({ title: 'Community Safety Partnership\tand\n"partners"' });
  });

  it('refuses an entry whose cached data is missing or from another version of its file', () => {
    freshDir();
    writeEntryData(dir, new Map([['41-2020', { digest: 'a1b2', stat: '', json: '{}' }]]));
    expect(() => withCachedData(dir, [{ id: '41-2020', digest: 'c3d4', filePath: 'content/decisions/41-2020.md', data: {} }])).toThrow(
      /The data of content\/decisions\/41-2020\.md is missing from .*decisions\. Delete .* and build again\./,
    );
    expect(() => withCachedData(dir, [{ id: '42-2020', digest: 'a1b2', filePath: 'content/decisions/42-2020.md', data: {} }])).toThrow(/The data of content\/decisions\/42-2020\.md is missing/);
  });

  it('sees the data written after it was last read', () => {
    freshDir();
    const entries = [{ id: '41-2020', digest: 'a1b2', data: {} }];
    writeEntryData(dir, new Map([['41-2020', { digest: 'a1b2', stat: '', json: '{"title":"First"}' }]]));
    expect(withCachedData(dir, entries)[0]!.data).toEqual({ title: 'First' });
    writeEntryData(dir, new Map([['41-2020', { digest: 'a1b2', stat: '', json: '{"title":"Second, as edited"}' }]]));
    expect(withCachedData(dir, entries)[0]!.data).toEqual({ title: 'Second, as edited' });
  });

  it('keeps the data of the entries that did not change when it reads the file again', () => {
    freshDir();
    const entries = [
      { id: '41-2020', digest: 'a1b2', data: {} },
      { id: '42-2020', digest: 'c3d4', data: {} },
    ];
    const written = (second: string) =>
      writeEntryData(dir, new Map([['41-2020', { digest: 'a1b2', stat: '', json: '{"title":"First"}' }], ['42-2020', { digest: 'c3d4', stat: '', json: JSON.stringify({ title: second }) }]]));
    written('Second');
    const [first, second] = withCachedData(dir, entries);
    written('Second, as edited');
    const [firstAgain, secondAgain] = withCachedData(dir, entries);
    expect(firstAgain!.data).toBe(first!.data);
    expect(secondAgain!.data).not.toBe(second!.data);
    expect(secondAgain!.data).toEqual({ title: 'Second, as edited' });
  });

  it('tells a file whose text may have changed by its state on disk, without reading it', () => {
    freshDir();
    writeBody(dir, 'a1b2', '<p>Approved.</p>');
    const file = join(dir, 'a1b2.html');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(file, anHourAgo, anHourAgo);
    // Looked at a minute later, when the file is no longer fresh.
    const later = () => Date.now() + 60_000;
    const before = fileState(file, later());
    expect(before).not.toBe('');
    expect(fileState(file, later())).toBe(before);
    // Rewritten in place at the same size, it is known only by its times.
    writeFileSync(file, '<p>Rejected.</p>');
    expect(fileState(file, later())).not.toBe(before);
  });

  it('vouches for no file changed in the last moments, which could change again unseen', () => {
    freshDir();
    writeBody(dir, 'a1b2', '<p>Approved.</p>');
    expect(fileState(join(dir, 'a1b2.html'))).toBe('');
  });

  it('keeps each office and collection apart', () => {
    expect(entryCacheDir('decisions', { OFFICE: 'content' })).not.toBe(entryCacheDir('decisions', { OFFICE: 'examples/nottinghamshire' }));
    expect(entryCacheDir('decisions', { OFFICE: 'content' })).not.toBe(entryCacheDir('plans', { OFFICE: 'content' }));
  });

  it('leaves MDX bodies, which are compiled code, to Astro', () => {
    expect(isCompiledBody({ filePath: 'content/pages/about.mdx' })).toBe(true);
    expect(isCompiledBody({ filePath: 'content/pages/about.md' })).toBe(false);
    expect(isCompiledBody({})).toBe(false);
  });
});
