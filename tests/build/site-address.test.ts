import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { filesUnder } from '../../src/build/hard-links.ts';
import { checkLinks } from '../../src/build/links.ts';
import { NO_SITE_ADDRESS } from '../../src/build/build-site.ts';
import { NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';
import { NOTTINGHAMSHIRE_AS_OF } from '../setup/shared-sites.ts';

const outputs = mkdtempSync(join(tmpdir(), 'site-address-'));
const office = new TempOffice(NOTTINGHAMSHIRE);
afterAll(() => {
  rmSync(outputs, { recursive: true, force: true });
  office.remove();
});

/** Every domain each file of a built site names in a web address (https://host, or //host), by file. */
function domainsNamed(site: string): Map<string, Set<string>> {
  return new Map(filesUnder(site).map((file) => [file, new Set(Array.from(readFileSync(join(site, file), 'latin1').matchAll(/(?:[a-z][a-z0-9+.-]*:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi), ([, host]) => host!.toLowerCase()))]));
}

const OFFICE_SITE = 'https://nottinghamshire.sample.test';
const VARIABLE_SITE = 'https://transparency.sample.test';
const OFFICE_DOMAIN = new URL(OFFICE_SITE).hostname;
const VARIABLE_DOMAIN = new URL(VARIABLE_SITE).hostname;

// Which address wins, office.json's or SITE_URL's, is siteAddress's decision, checked for each case in
// tests/unit/text-and-urls.test.ts; one build here, with both set, checks that the site is built for it.
describe("the site's address", () => {
  // The shared Nottinghamshire site, built without an address.
  const without = { out: inject('nottinghamshireSite'), printed: inject('sharedSitesPrinted').nottinghamshireSite };
  let withBoth: { out: string; printed: string };
  beforeAll(() => {
    office.edit('office.json', '"language": "en-GB",', `"language": "en-GB",\n  "site": "${OFFICE_SITE}",`);
    const out = join(outputs, 'with-both');
    const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', out, '--as-of', NOTTINGHAMSHIRE_AS_OF], { env: { ...process.env, OFFICE: office.dir, SITE_URL: VARIABLE_SITE }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    withBoth = { out, printed: result.stdout + result.stderr };
  });

  it("is named nowhere in a build without one, which says so once, has no sitemap or feeds, and links to none", () => {
    expect(without.printed.split(NO_SITE_ADDRESS).length - 1).toBe(1);
    for (const file of ['sitemap-index.xml', 'feed.xml', 'decisions/feed.xml']) expect(existsSync(join(without.out, file)), file).toBe(false);
    const home = readFileSync(join(without.out, 'index.html'), 'utf8');
    expect(home).not.toMatch(/rel="canonical"|og:url|sitemap|feed\.xml/);
    // Each file names exactly the domains it names in a build for an address, but that address.
    const named = domainsNamed(without.out);
    const namedWithAddress = domainsNamed(withBoth.out);
    for (const [file, domains] of named) {
      expect(namedWithAddress.has(file), file).toBe(true);
      expect([...domains].sort(), file).toEqual([...namedWithAddress.get(file)!].filter((domain) => domain !== VARIABLE_DOMAIN).sort());
    }
    // The downloads and the structured data name the site's pages by their paths.
    expect(readFileSync(join(without.out, 'data/plans.csv'), 'utf8')).toMatch(/,\/plans\/[a-z0-9-]+\/,/);
    expect(checkLinks(without.out).broken).toEqual([]);
  });

  it('is the SITE_URL variable when it is set, over office.json: for canonical links, the sitemap, the feeds and the downloads', () => {
    expect(withBoth.printed).not.toContain(NO_SITE_ADDRESS);
    expect(readFileSync(join(withBoth.out, 'plans/index.html'), 'utf8')).toContain(`<link rel="canonical" href="${VARIABLE_SITE}/plans/">`);
    expect(readFileSync(join(withBoth.out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${VARIABLE_SITE}/plans/</loc>`);
    expect(readFileSync(join(withBoth.out, 'feed.xml'), 'utf8')).toContain(`<link>${VARIABLE_SITE}/</link>`);
    expect(readFileSync(join(withBoth.out, 'data/plans.csv'), 'utf8')).toContain(`,${VARIABLE_SITE}/plans/`);
    expect([...domainsNamed(withBoth.out)].filter(([, domains]) => domains.has(OFFICE_DOMAIN)).map(([file]) => file)).toEqual([]);
  });

  it('is refused from SITE_URL unless it is a web address starting https://', () => {
    const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', join(outputs, 'refused')], { env: { ...process.env, OFFICE: office.dir, SITE_URL: 'www.example-pcc.gov.uk' }, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('The site was not built: SITE_URL should be the site\'s public address, a web address starting https://; found "www.example-pcc.gov.uk".');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(outputs, 'refused'))).toBe(false);
  });
});
