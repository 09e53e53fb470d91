import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { filesUnder } from '../../src/build/hard-links.ts';
import { checkLinks } from '../../src/build/links.ts';
import { NO_REPOSITORY, NO_SITE_ADDRESS } from '../../src/build/build-site.ts';
import { NOTTINGHAMSHIRE } from '../helpers/office.ts';
import { NOTTINGHAMSHIRE_OFFICE_SITE as OFFICE_SITE, NOTTINGHAMSHIRE_REPOSITORY, NOTTINGHAMSHIRE_VARIABLE_SITE as VARIABLE_SITE } from '../setup/shared-sites.ts';

const outputs = mkdtempSync(join(tmpdir(), 'site-address-'));
afterAll(() => rmSync(outputs, { recursive: true, force: true }));

/**
 * Every domain each file of a built site names in a web address (https://host, or //host), by file; the
 * search index's files, gzipped and named by a digest of what they hold, together as "pagefind/".
 */
function domainsNamed(site: string): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const file of filesUnder(site)) {
    const key = file.startsWith('pagefind/') ? 'pagefind/' : file;
    const bytes = readFileSync(join(site, file));
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
    const domains = named.get(key) ?? new Set<string>();
    for (const [, host] of text.matchAll(/(?:[a-z][a-z0-9+.-]*:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) domains.add(host!.toLowerCase());
    named.set(key, domains);
  }
  return named;
}

const OFFICE_DOMAIN = new URL(OFFICE_SITE).hostname;
const VARIABLE_DOMAIN = new URL(VARIABLE_SITE).hostname;

// Which address wins, office.json's or SITE_URL's, is siteAddress's decision, checked for each case in
// tests/unit/text-and-urls.test.ts; one build with both set checks here that the site is built for the winner.
describe("the site's address", () => {
  const printed = (name: 'nottinghamshireSite' | 'nottinghamshireAddressedSite') => {
    const { stdout, stderr } = inject('sharedSitesOutput')[name];
    return stdout + stderr;
  };
  // Nottinghamshire's shared sites: one built without an address, one with an address in office.json and another in SITE_URL.
  const without = { out: inject('nottinghamshireSite'), printed: printed('nottinghamshireSite') };
  const withBoth = { out: inject('nottinghamshireAddressedSite'), printed: printed('nottinghamshireAddressedSite') };

  it("is named nowhere in a build without one, which says so once (as it says the editor has no repository), has no sitemap or feeds, and links to none", () => {
    expect(without.printed.split(NO_SITE_ADDRESS).length - 1).toBe(1);
    // Nor a repository for the editor to save to, which it says too.
    expect(without.printed.split(NO_REPOSITORY).length - 1).toBe(1);
    expect(readFileSync(join(without.out, 'admin/config.yml'), 'utf8')).toContain('repo: your-organisation/your-repository');
    for (const file of ['sitemap-index.xml', 'feed.xml', 'decisions/feed.xml']) expect(existsSync(join(without.out, file)), file).toBe(false);
    const home = readFileSync(join(without.out, 'index.html'), 'utf8');
    expect(home).not.toMatch(/rel="canonical"|og:url|sitemap|feed\.xml/);
    // Each file names exactly the domains it names in a build for an address, but that address (this one's
    // About page is titled otherwise, which changes the names of the search index's files, not what they name).
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
    expect(withBoth.printed).not.toContain(NO_REPOSITORY);
    expect(readFileSync(join(withBoth.out, 'admin/config.yml'), 'utf8')).toContain(`repo: ${NOTTINGHAMSHIRE_REPOSITORY}`);
    expect(readFileSync(join(withBoth.out, 'plans/index.html'), 'utf8')).toContain(`<link rel="canonical" href="${VARIABLE_SITE}/plans/">`);
    expect(readFileSync(join(withBoth.out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${VARIABLE_SITE}/plans/</loc>`);
    expect(readFileSync(join(withBoth.out, 'feed.xml'), 'utf8')).toContain(`<link>${VARIABLE_SITE}/</link>`);
    expect(readFileSync(join(withBoth.out, 'data/plans.csv'), 'utf8')).toContain(`,${VARIABLE_SITE}/plans/`);
    expect([...domainsNamed(withBoth.out)].filter(([, domains]) => domains.has(OFFICE_DOMAIN)).map(([file]) => file)).toEqual([]);
  });

  it('is refused from SITE_URL unless it is a web address starting https://', () => {
    const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', join(outputs, 'refused')], { env: { ...process.env, OFFICE: NOTTINGHAMSHIRE, SITE_URL: 'www.example-pcc.gov.uk' }, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('The site was not built: SITE_URL should be the site\'s public address, a web address starting https://; found "www.example-pcc.gov.uk".');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(outputs, 'refused'))).toBe(false);
  });
});
