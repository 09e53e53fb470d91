import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/build/links.ts';

const site = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the link checker', () => {
  it('reports missing pages, assets and anchors, and lists external links without fetching them', () => {
    mkdirSync(join(site, 'about'));
    writeFileSync(join(site, 'about', 'index.html'), '<h1 id="top">About</h1>');
    writeFileSync(join(site, 'style.css'), '');
    writeFileSync(join(site, 'index.html'), '<link rel="stylesheet" href="/style.css"><a href="/about/#top">ok</a><a href="/about/#missing">bad anchor</a><a href="/gone/">gone</a><img src="/logo.png"><a href="https://www.gov.uk/">GOV.UK</a><a href="mailto:a@b.org">mail</a>');
    const report = checkLinks(site);
    expect(report.broken).toEqual(['/ links to /about/#missing: no element with that id', '/ links to /gone/: no such file', '/ links to /logo.png: no such file']);
    expect(report.external).toEqual(['https://www.gov.uk/']);
    expect(report.pages).toBe(2);
  });
});
