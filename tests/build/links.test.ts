import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../src/build/links.ts';
import { noticePath, writeSyntheticOffice } from '../../bench/synthetic-office.ts';
import { deployment } from '../../src/domain/deployment.ts';
import { digests } from '../helpers/digests.ts';
import { NOTTINGHAMSHIRE } from '../helpers/office.ts';

const work = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds `office` into `out` (under the work folder); gives the build's exit code and what it printed. */
function build(office: string, out: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', join(work, out), '--as-of', '2026-01-01'], { env: { ...process.env, OFFICE: office, ...env }, encoding: 'utf8' });
  return { status: result.status, printed: result.stdout + result.stderr };
}

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

// The second test starts from the site the first left, rather than build it again.
describe('every build checks its links', () => {
  const office = writeSyntheticOffice(NOTTINGHAMSHIRE, join(work, 'office'), 6);
  afterAll(() => rmSync(deployment({ OFFICE: office }).cacheDir, { recursive: true, force: true }));
  const decisions = join(office, 'decisions');
  const [linking, linked, withBrokenLink] = readdirSync(decisions).sort();
  const pageOf = (file: string) => `/${noticePath(office, join(decisions, file))}`;
  // A link from one notice to another, for the last test: the first build publishes it, and no later one changes the linking notice.
  appendFileSync(join(decisions, linking!), `\nSee [the decision before](${pageOf(linked!)}).\n`);

  it('of an office without an about page: its pages link to no such page, and none is broken', () => {
    rmSync(join(office, 'pages', 'about.md'));
    const { status, printed } = build(office, 'site', { ASTRO_LOG_LEVEL: 'info' });
    expect(status, printed).toBe(0);
    // A build from nothing reads its pages for the check as Astro writes them, not all once the site is built.
    const [, read, readAhead] = /reading (\d+) of them, (\d+) as Astro wrote them/.exec(printed)!;
    expect(Number(readAhead)).toBeGreaterThan(0);
    expect(Number(readAhead)).toBeLessThanOrEqual(Number(read));
    const site = join(work, 'site');
    expect(checkLinks(site).broken).toEqual([]);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toContain('href="/about/"');
    expect(readFileSync(join(work, 'site', pageOf(linking!), 'index.html'), 'utf8')).toContain(`href="${pageOf(linked!)}"`);
  });

  it('and publishes nothing with a broken one: a Markdown link in a decision to a page the site does not have, and one on a page reused unchanged from the last build to a page that has gone, each named with its page', () => {
    // The site is still the first test's, built with the link from one notice to the other.
    const [linkingPage, linkedPage] = [pageOf(linking!), pageOf(linked!)];
    const published = digests(join(work, 'site'));
    appendFileSync(join(decisions, withBrokenLink!), '\nSee [the estates strategy](/plans/estates-strategy/).\n');
    rmSync(join(decisions, linked!));
    const { status, printed } = build(office, 'site', { ASTRO_LOG_LEVEL: 'info' });
    expect(status).toBe(1);
    expect(printed).toContain(`${pageOf(withBrokenLink!)} links to /plans/estates-strategy/: no such file`);
    expect(printed).toContain(`${linkingPage} links to ${linkedPage}: no such file`);
    expect(printed).toContain('The site was not built: fix the 2 broken links above');
    expect(printed).not.toMatch(/^\s+at /m);
    expect(digests(join(work, 'site'))).toEqual(published);
    expect(existsSync(join(work, 'site.staging'))).toBe(false);
    // The linking page was reused, not read again: the build checked it by the links the last build recorded.
    const [, pages, read] = /of (\d+) pages in .*, reading (\d+) of them/.exec(printed)!;
    expect(Number(read)).toBeLessThan(Number(pages));
  });
});
