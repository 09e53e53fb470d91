import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/links.ts';

describe('links in the built site', () => {
  it('resolves every internal link, anchor and asset, and lists external links without fetching them', () => {
    const report = checkLinks(inject('norfolkSite'));
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThan(100);
    expect(report.links).toBeGreaterThan(1000);
    mkdirSync('.cache', { recursive: true });
    writeFileSync('.cache/external-links.txt', `${report.external.join('\n')}\n`);
    expect(report.external).toContain('https://www.norfolk-pcc.gov.uk');
  });
});
