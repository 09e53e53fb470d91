import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TempOffice } from '../helpers/office.ts';

/** A fictional office whose newest entry is dated 2013/14, built on 31 March 2025 with office.json changed by `settings`. */
const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const AS_OF = '2025-03-31';
const work = mkdtempSync(join(tmpdir(), 'site-currency-'));

function buildWith(name: string, settings: Record<string, unknown>): string {
  const office = new TempOffice(EXAMPLESHIRE);
  try {
    office.configure(settings);
    const out = join(work, name);
    execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', out], { env: { ...process.env, OFFICE: office.dir, AS_OF }, stdio: 'pipe' });
    return out;
  } finally {
    office.remove();
  }
}

/** Every page of a built site the layout renders (the editor at /admin/ is Sveltia's), with its HTML. */
function sitePages(site: string): [string, string][] {
  return (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin'))
    .map((file) => [file, readFileSync(join(site, file), 'utf8')]);
}

const PAGE_TYPES = ['index.html', '404.html', 'accessibility/index.html', 'search/index.html', 'about/index.html', 'decisions/index.html', 'decisions/2013-14-003/index.html', 'services/victims-advice-line/index.html', 'transparency/index.html', 'data/index.html'];

// Exampleshire marked an archive since 1 April 2014 (tests/setup/shared-sites.ts), as of 31 March 2025; a mayor's office too, for another test.
const archive = inject('exampleshireMayorsArchiveSite');
let recent: string;
beforeAll(() => {
  recent = buildWith('recent', { staleAfterMonths: 240 });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a site's age, told on every page", () => {
  it('says a site office.json marks an archive is one, at the top of every page, with the date it stopped, its newest entry and the office\'s note', () => {
    const pages = sitePages(archive);
    expect(pages.map(([file]) => file)).toEqual(expect.arrayContaining(PAGE_TYPES));
    for (const [file, html] of pages) {
      const notice = /<div class="currency-notice" id="currency-notice">([\s\S]*?)<\/div>/.exec(html);
      expect(notice, file).not.toBeNull();
      expect(notice!.index, file).toBeLessThan(html.indexOf('<main'));
      expect(notice![1]).toContain('<strong>This site is an archive: it has not been updated since 1 April 2014.</strong> Its newest entry is dated 2013/14.');
      expect(notice![1]).toContain('<p>The office now publishes at www.exampleshire-pcc.example.</p>');
      expect(html, file).not.toContain('has not been updated for some time');
    }
  });

  it('says nothing of age while the newest entry is within the office\'s threshold', () => {
    const pages = sitePages(recent);
    expect(pages.map(([file]) => file)).toEqual(expect.arrayContaining(PAGE_TYPES));
    for (const [file, html] of pages) expect(html, file).not.toContain('currency-notice');
    const home = readFileSync(join(recent, 'index.html'), 'utf8');
    expect(home).toContain('The commissioner is Alex Example, in office since 22 November 2012.</p>');
    expect(home).not.toContain('These are the newest decisions published here');
  });
});
