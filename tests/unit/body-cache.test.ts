import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyCacheDir, hasBody, isCompiledBody, pruneBodies, readBody, writeBody } from '../../src/lib/body-cache.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const freshDir = () => (dir = join(mkdtempSync(join(tmpdir(), 'bodies-')), 'decisions'));

describe('body cache', () => {
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

  it('keeps each office and collection apart', () => {
    dir = mkdtempSync(join(tmpdir(), 'bodies-'));
    expect(bodyCacheDir('decisions', { OFFICE: 'content' })).not.toBe(bodyCacheDir('decisions', { OFFICE: 'examples/nottinghamshire' }));
    expect(bodyCacheDir('decisions', { OFFICE: 'content' })).not.toBe(bodyCacheDir('plans', { OFFICE: 'content' }));
  });

  it('leaves MDX bodies, which are compiled code, to Astro', () => {
    dir = mkdtempSync(join(tmpdir(), 'bodies-'));
    expect(isCompiledBody({ filePath: 'content/pages/about.mdx' })).toBe(true);
    expect(isCompiledBody({ filePath: 'content/pages/about.md' })).toBe(false);
    expect(isCompiledBody({})).toBe(false);
  });
});
