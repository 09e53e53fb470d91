import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployment } from '../../src/domain/deployment.ts';
import { random, reviseOneDecision, syntheticDecision, writeSyntheticOffice } from '../../bench/synthetic-office.ts';
import { digests } from '../helpers/digests.ts';
import { configureOffice, NOTTINGHAMSHIRE } from '../helpers/office.ts';

const work = mkdtempSync(join(tmpdir(), 'rebuild-'));
// A small office's other pages (an about page, a plan, a budget): the notices, their listings and the
// rest of the site are reused or rendered again by the same rules as in the sample's hundred pages.
const office = writeSyntheticOffice(NOTTINGHAMSHIRE, join(work, 'office'), 60);
// In English and Welsh, so that each rebuild shows it reuses and renders again each page in both languages.
configureOffice(office, { translation: { language: 'cy-GB', name: 'Swyddfa Comisiynydd Heddlu a Throseddu Swydd Nottingham' } });
// A site address, for the feeds.
const env = { ...process.env, OFFICE: office, SITE_URL: 'https://many-notices.sample.test' };
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(deployment(env).cacheDir, { recursive: true, force: true });
});

/** Builds the office into `out` and returns what the build printed, with the search index's figures. */
const build = (out: string, ...options: string[]) =>
  execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', join(work, out), '--as-of', '2026-01-01', ...options], { env: { ...env, ASTRO_LOG_LEVEL: 'info' }, stdio: 'pipe' }).toString();
/** The pages Astro copied from its last build rather than render, as the build says. */
const copiedPages = (printed: string) => Number(/reusing ([\d,]+) unchanged pages of the last build/.exec(printed)?.[1]!.replaceAll(',', '') ?? 0);
const decisions = join(office, 'decisions');
const yearOf = (file: string) => /^date: (\d{4})/m.exec(readFileSync(join(decisions, file), 'utf8'))![1]!;
const years = () => new Set(readdirSync(decisions).map(yearOf));
/** A page of the site, in English and in Welsh. */
const inBothLanguages = (page: string) => [join(work, 'site', page), join(work, 'site', 'cy', page)];

// Each test starts from the site the test before it left, built from the office as it now stands, rather
// than build it again. Each comparison with a full build (into fresh/) is with a site the rebuild left
// before any later build rendered every page again, which would hide a page the rebuild got wrong.
describe('a rebuild after an edit', () => {
  it('renders no notice and indexes nothing again when nothing has changed', () => {
    expect(copiedPages(build('site'))).toBe(0);
    const printed = build('site');
    // Each notice and each year's listing (each year's notices fit on one page), in both languages.
    expect(copiedPages(printed)).toBe(2 * (readdirSync(decisions).length + years().size));
    expect(printed).toMatch(/indexing 0 of its 1 shards/);
  });

  it('renders only the notices that changed, in both languages, indexes the search again, and publishes the site a full build would', () => {
    const allYears = years();
    const [first, second] = readdirSync(decisions).sort();
    const touched = new Set([yearOf(first!), yearOf(second!)]);
    const { page, title } = reviseOneDecision(office);
    touched.add(/\/(\d{4})\)/.exec(title)![1]!);
    // Another notice moves to another year's listing, one is withdrawn and one is added; none of them is
    // newer than the newest notice, which every page names.
    writeFileSync(join(decisions, first!), readFileSync(join(decisions, first!), 'utf8').replace(/^date: \d{4}/m, 'date: 2020'));
    touched.add('2020');
    rmSync(join(decisions, second!));
    const added = syntheticDecision(60, random(7), ['community', 'safety', 'victims']);
    writeFileSync(join(decisions, added.name), added.text);
    touched.add(yearOf(added.name));

    // 57 notices, and the listing of each year none of the edits touched, in both languages.
    const untouchedYears = [...allYears].filter((year) => !touched.has(year)).length;
    const printed = build('site');
    expect(copiedPages(printed)).toBe(2 * (57 + untouchedYears));
    expect(printed).toMatch(/indexing 1 of its 1 shards/);
    for (const file of inBothLanguages(page)) expect(readFileSync(file, 'utf8')).toContain(title);
    build('fresh', '--full');
    expect(digests(join(work, 'site'))).toEqual(digests(join(work, 'fresh')));
  });

  // The sites the next three tests leave, from the same office, each compared with one full build of it after the third.
  const rebuilt: Record<string, Record<string, string>> = {};

  it('renders every notice again when a notice becomes the newest, as every page says how old the newest entry is', () => {
    const oldest = readdirSync(decisions).sort()[0]!;
    writeFileSync(join(decisions, oldest), readFileSync(join(decisions, oldest), 'utf8').replace(/^date: \d{4}-\d{2}-\d{2}/m, 'date: 2025-12-01'));
    expect(copiedPages(build('site'))).toBe(0);
    rebuilt['after a notice became the newest'] = digests(join(work, 'site'));
  });

  it('builds the whole site again when the last site has gone', () => {
    rmSync(join(work, 'site'), { recursive: true });
    build('site');
    expect(readdirSync(join(work, 'site', 'decisions')).length).toBeGreaterThan(60);
    rebuilt['after the last site had gone'] = digests(join(work, 'site'));
  });

  it('reuses every page after a build that failed the check on an entry Astro refuses too, before it built a page', () => {
    const file = join(decisions, readdirSync(decisions).sort()[0]!);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^date: .*$/m, 'date: 31 June 2024'));
    expect(() => build('site')).toThrow();
    writeFileSync(file, text);
    expect(copiedPages(build('site'))).toBe(2 * (readdirSync(decisions).length + years().size));
    rebuilt['after a failed build'] = digests(join(work, 'site'));
  });

  it('publishes, in each of the three rebuilds above, the site a full build would', () => {
    // The office is, byte for byte, the one each of the three tests above rebuilt.
    build('fresh', '--full');
    const fresh = digests(join(work, 'fresh'));
    for (const [when, site] of Object.entries(rebuilt)) expect(site, when).toEqual(fresh);
    expect(Object.keys(rebuilt)).toHaveLength(3);
  });

  it('renders every page again when anything but the notices has changed', () => {
    const plan = join(office, 'plans', readdirSync(join(office, 'plans')).sort()[0]!);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (revised)'));
    expect(copiedPages(build('site'))).toBe(0);
  });
});

describe('the feeds of an office of many notices', () => {
  it('carry only the newest notices, newest first', () => {
    // The site the tests above left, built from the office as it now stands.
    const notices = readdirSync(decisions).map((file) => Date.parse(/^date: (\S+)$/m.exec(readFileSync(join(decisions, file), 'utf8'))![1]!));
    const dates = [...readFileSync(join(work, 'site', 'decisions/feed.xml'), 'utf8').matchAll(/<pubDate>(.*?)<\/pubDate>/g)].map(([, date]) => Date.parse(date!));
    expect(dates.length).toBeGreaterThan(10);
    expect(dates.length).toBeLessThan(notices.length);
    expect(dates).toEqual(notices.sort((a, b) => b - a).slice(0, dates.length));
  });
});
