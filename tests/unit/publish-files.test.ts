import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishOfficeFiles } from '../../src/build/publish-files.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("publishing the office's papers", () => {
  it('publishes the names it is given, at the same names, and nothing from outside the files folder or of a type a site should not serve', () => {
    const work = mkdtempSync(join(tmpdir(), 'publish-files-'));
    folders.push(work);
    const [office, site] = [join(work, 'office'), join(work, 'site')];
    mkdirSync(join(office, 'files', 'minutes'), { recursive: true });
    mkdirSync(join(office, 'decisions'));
    writeFileSync(join(office, 'files', 'minutes', 'june 2024.pdf'), '%PDF-1.4');
    writeFileSync(join(office, 'files', 'unlinked.pdf'), '%PDF-1.4');
    writeFileSync(join(office, 'files', 'page.html'), '<script>alert(1)</script>');
    writeFileSync(join(office, 'decisions', 'draft.md'), '---\ntitle: A draft\n---\n');
    symlinkSync('../decisions/draft.md', join(office, 'files', 'draft.csv'));
    symlinkSync('/etc/passwd', join(office, 'files', 'passwd.pdf'));
    const published = publishOfficeFiles(office, site, ['minutes/june 2024.pdf', 'page.html', 'draft.csv', 'passwd.pdf', 'missing.pdf']);
    expect(published).toBe(1);
    expect(readdirSync(join(site, 'files'), { recursive: true }).sort()).toEqual(['minutes', 'minutes/june 2024.pdf']);
    expect(existsSync(join(site, 'files', 'unlinked.pdf'))).toBe(false);
  });
});
