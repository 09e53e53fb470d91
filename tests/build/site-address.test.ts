import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/hard-links.ts';
import { checkLinks } from '../../src/build/links.ts';
import { NO_SITE_ADDRESS } from '../../src/build/build-site.ts';
import { NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';

const outputs = mkdtempSync(join(tmpdir(), 'site-address-'));
const office = new TempOffice(NOTTINGHAMSHIRE);
afterAll(() => {
  rmSync(outputs, { recursive: true, force: true });
  office.remove();
});

/** Builds the office into a folder of its own; gives the folder and what the build printed. */
function build(name: string, env: Record<string, string> = {}): { out: string; printed: string } {
  const out = join(outputs, name);
  const { SITE_URL: _, ...environment } = process.env;
  const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', out], { env: { ...environment, OFFICE: office.dir, ...env }, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return { out, printed: result.stdout + result.stderr };
}

/** Every domain each file of a built site names in a web address (https://host, or //host), by file. */
function domainsNamed(site: string): Map<string, Set<string>> {
  return new Map(filesUnder(site).map((file) => [file, new Set(Array.from(readFileSync(join(site, file), 'latin1').matchAll(/(?:[a-z][a-z0-9+.-]*:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi), ([, host]) => host!.toLowerCase()))]));
}

const OFFICE_SITE = 'https://nottinghamshire.sample.test';
const VARIABLE_SITE = 'https://transparency.sample.test';
const OFFICE_DOMAIN = new URL(OFFICE_SITE).hostname;

describe("the site's address", () => {
  let without: { out: string; printed: string };
  let withOffices: { out: string; printed: string };
  beforeAll(() => {
    without = build('without');
    office.edit('office.json', '"language": "en-GB",', `"language": "en-GB",\n  "site": "${OFFICE_SITE}",`);
    withOffices = build('with');
  });

  it("is named nowhere in a build without one, which says so once, has no sitemap or feeds, and links to none", () => {
    expect(without.printed.split(NO_SITE_ADDRESS).length - 1).toBe(1);
    for (const file of ['sitemap-index.xml', 'feed.xml', 'decisions/feed.xml']) expect(existsSync(join(without.out, file)), file).toBe(false);
    const home = readFileSync(join(without.out, 'index.html'), 'utf8');
    expect(home).not.toMatch(/rel="canonical"|og:url|sitemap|feed\.xml/);
    // Each file names exactly the domains it names in a build for the office's address, but that address.
    const named = domainsNamed(without.out);
    const namedWithAddress = domainsNamed(withOffices.out);
    for (const [file, domains] of named) {
      expect(namedWithAddress.has(file), file).toBe(true);
      expect([...domains].sort(), file).toEqual([...namedWithAddress.get(file)!].filter((domain) => domain !== OFFICE_DOMAIN).sort());
    }
    // The downloads and the structured data name the site's pages by their paths.
    expect(readFileSync(join(without.out, 'data/plans.csv'), 'utf8')).toMatch(/,\/plans\/[a-z0-9-]+\/,/);
    expect(checkLinks(without.out).broken).toEqual([]);
  });

  it('is the one in office.json when it sets one: for canonical links, the sitemap, the feeds and the downloads', () => {
    expect(withOffices.printed).not.toContain(NO_SITE_ADDRESS);
    expect(readFileSync(join(withOffices.out, 'plans/index.html'), 'utf8')).toContain(`<link rel="canonical" href="${OFFICE_SITE}/plans/">`);
    expect(readFileSync(join(withOffices.out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${OFFICE_SITE}/plans/</loc>`);
    expect(readFileSync(join(withOffices.out, 'feed.xml'), 'utf8')).toContain(`<link>${OFFICE_SITE}/</link>`);
    expect(readFileSync(join(withOffices.out, 'data/plans.csv'), 'utf8')).toContain(`,${OFFICE_SITE}/plans/`);
  });

  it('is the SITE_URL variable when it is set, over office.json', () => {
    const { out, printed } = build('variable', { SITE_URL: VARIABLE_SITE });
    expect(printed).not.toContain(NO_SITE_ADDRESS);
    expect(readFileSync(join(out, 'plans/index.html'), 'utf8')).toContain(`<link rel="canonical" href="${VARIABLE_SITE}/plans/">`);
    expect([...domainsNamed(out)].filter(([, domains]) => domains.has(OFFICE_DOMAIN)).map(([file]) => file)).toEqual([]);
  });

  it('is refused from SITE_URL unless it is a web address starting https://', () => {
    const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', join(outputs, 'refused')], { env: { ...process.env, OFFICE: office.dir, SITE_URL: 'www.example-pcc.gov.uk' }, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('The site was not built: SITE_URL should be the site\'s public address, a web address starting https://; found "www.example-pcc.gov.uk".');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(outputs, 'refused'))).toBe(false);
  });
});
