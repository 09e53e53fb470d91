import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLinkCheck, type PageToRead } from '../../src/build/link-check.ts';

const sites: string[] = [];
afterEach(() => sites.splice(0).forEach((site) => rmSync(site, { recursive: true, force: true })));

/** A staged site's folder, removed after the test. */
function stagedSite(): string {
  const site = mkdtempSync(join(tmpdir(), 'link-check-'));
  sites.push(site);
  return site;
}

/** Writes a page into the site, and tells of it as Astro does once it has rendered it: its site path ("about/" for about/index.html or about.html) and its size written whole. */
function writePage(site: string, file: string, html: string): PageToRead {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), html);
  return { path: file.replace(/index\.html$/, '').replace(/\.html$/, '/'), bytes: Buffer.byteLength(html) };
}

describe('the link check begun with the build', () => {
  it('reads each page Astro has written whole as it goes, leaves the others to the check, and finds the broken links of both', async () => {
    const site = stagedSite();
    const home = writePage(site, 'index.html', '<a href="/about/#team">About</a>');
    const about = writePage(site, 'about/index.html', '<h1 id="team">Tëam</h1><a href="/gone/">gone</a>');
    const notFound = writePage(site, '404.html', '<a href="/#top">Home</a>');
    // Rendered, and only half written: Astro has yet to write the rest.
    writePage(site, 'late/index.html', '<a href="/nowhere/">');
    const late = { path: 'late/', bytes: 1000 };
    const links = startLinkCheck(site, '/');
    try {
      links.readAhead([home, about, notFound, late]);
      const checked = await links.check({ files: ['index.html', 'about/index.html', '404.html', 'late/index.html'] });
      expect(checked).toMatchObject({ pages: 4, read: 4, readAhead: 3 });
      expect(checked.broken).toEqual(['/about/ links to /gone/: no such file', '/404.html links to /#top: no element with that id', '/late/ links to /nowhere/: no such file']);
    } finally {
      links.stop();
    }
  });

  it('reads nothing ahead of a page that is not there, and checks the site it is given', async () => {
    const site = stagedSite();
    writePage(site, 'index.html', '<a href="/">Home</a>');
    const links = startLinkCheck(site, '/');
    try {
      links.readAhead([{ path: 'never-written/', bytes: 10 }]);
      const checked = await links.check({ files: ['index.html'] });
      expect(checked).toMatchObject({ pages: 1, readAhead: 0, broken: [] });
    } finally {
      links.stop();
    }
  });

  it('fails the check, rather than wait for ever, once stopped', async () => {
    const links = startLinkCheck(stagedSite(), '/');
    links.stop();
    await expect(links.check({ files: [] })).rejects.toThrow('the link check stopped before it finished');
  });
});
