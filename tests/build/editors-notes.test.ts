import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { filesUnder } from '../../src/build/hard-links.ts';

/** The words of the note to editors in Exampleshire's people/sam-example.md. */
const EDITORS_NOTE = 'UNPUBLISHED-EXAMPLESHIRE-NOTE';
const site = inject('exampleshireSite');

/** Every file of a built site as text, the search index's compressed files unpacked. */
function publishedTexts(root: string): { file: string; text: string }[] {
  return filesUnder(root).map((file) => {
    const bytes = readFileSync(join(root, file));
    return { file, text: (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8') };
  });
}

describe('a note to the public and a note to editors', () => {
  it("shows the public note on the entry's page, with the job title that says more than the role", () => {
    const page = readFileSync(join(site, 'people/sam-example/index.html'), 'utf8');
    expect(page).toContain('<h2 id="public-note-heading">Note</h2><p>The office publishes this post&#39;s pay as a band');
    expect(page).toContain('<dt>Role</dt> <dd>Chief Finance Officer</dd>');
    expect(page).toContain('<dt>Job title</dt> <dd>Treasurer and Chief Finance Officer</dd>');
  });

  it('never publishes the note to editors: not on a page, in a download, a feed, the sitemap or the search index', () => {
    const texts = publishedTexts(site);
    expect(texts.some(({ file }) => file.startsWith('pagefind/'))).toBe(true);
    expect(texts.some(({ file }) => file === 'data/people.csv')).toBe(true);
    expect(texts.filter(({ text }) => text.includes(EDITORS_NOTE)).map(({ file }) => file)).toEqual([]);
    // Only the editor's own configuration names the field, so that editors can fill it in.
    expect(texts.filter(({ text }) => text.includes('editorsNote')).map(({ file }) => file)).toEqual(['admin/config.yml']);
    const csv = texts.find(({ file }) => file === 'data/people.csv')!.text;
    expect(csv.split('\n')[0]).toContain('publicNote');
  });

  it("keeps the sample's notes to editors off its site, and shows a role once when the job title only repeats it", () => {
    const texts = publishedTexts(inject('norfolkSite'));
    for (const words of ["Editor's note", 'The source documents do not', 'drafting error; the correct date']) {
      expect(texts.filter(({ text }) => text.includes(words)).map(({ file }) => file)).toEqual([]);
    }
    const stokes = readFileSync(join(inject('norfolkSite'), 'people/mark-stokes/index.html'), 'utf8');
    expect(stokes).toContain('<dt>Role</dt> <dd>Chief Executive and Monitoring Officer</dd>');
    expect(stokes).not.toContain('Job title');
  });
});
