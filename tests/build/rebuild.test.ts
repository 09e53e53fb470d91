import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployment } from '../../src/domain/deployment.ts';
import { random, reviseOneDecision, syntheticDecision, writeSyntheticOffice } from '../../bench/synthetic-office.ts';
import { digests } from '../helpers/digests.ts';

const work = mkdtempSync(join(tmpdir(), 'rebuild-'));
const office = writeSyntheticOffice('content', join(work, 'office'), 60);
// A site address, for the feeds.
const env = { ...process.env, OFFICE: office, SITE_URL: 'https://many-notices.sample.test' };
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(deployment(env).cacheDir, { recursive: true, force: true });
});

/** Builds the office into `out` and returns what the build printed. */
const build = (out: string, ...options: string[]) =>
  execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', join(work, out), '--as-of', '2026-01-01', ...options], { env, stdio: 'pipe' }).toString();

describe('a rebuild after an edit', () => {
  it('renders only the notices that changed, and publishes the site a full build would', () => {
    expect(build('site')).not.toContain('reusing');

    const decisions = join(office, 'decisions');
    const yearOf = (file: string) => /^date: (\d{4})/m.exec(readFileSync(join(decisions, file), 'utf8'))![1]!;
    const years = new Set(readdirSync(decisions).map(yearOf));
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

    // 57 notices, and the listing of each year none of the edits touched (each year's notices fit on one page).
    const untouchedYears = [...years].filter((year) => !touched.has(year)).length;
    expect(build('site')).toContain(`reusing ${57 + untouchedYears} unchanged pages of the last build`);
    expect(readFileSync(join(work, 'site', page), 'utf8')).toContain(title);
    build('fresh', '--full');
    expect(digests(join(work, 'site'))).toEqual(digests(join(work, 'fresh')));
  });

  it('starts the search index on an edited notice before the other pages are finished, and publishes the index a full build would', () => {
    build('site');
    const { page, title } = reviseOneDecision(office);
    const printed = execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', join(work, 'site'), '--as-of', '2026-01-01'], { env: { ...env, ASTRO_LOG_LEVEL: 'info' }, stdio: 'pipe' }).toString();
    expect(printed).toMatch(/indexing 1 of its 1 shards \(1 started before the pages were finished\)/);
    expect(readFileSync(join(work, 'site', page), 'utf8')).toContain(title);
    build('fresh', '--full');
    expect(digests(join(work, 'site'))).toEqual(digests(join(work, 'fresh')));
  });

  it('renders every notice again when a notice becomes the newest, as every page says how old the newest entry is', () => {
    build('site');
    const decisions = join(office, 'decisions');
    const oldest = readdirSync(decisions).sort()[0]!;
    writeFileSync(join(decisions, oldest), readFileSync(join(decisions, oldest), 'utf8').replace(/^date: \d{4}-\d{2}-\d{2}/m, 'date: 2025-12-01'));
    expect(build('site')).not.toContain('reusing');
    build('fresh', '--full');
    expect(digests(join(work, 'site'))).toEqual(digests(join(work, 'fresh')));
  });

  it('renders every page again when anything but the notices has changed', () => {
    build('site');
    const plan = join(office, 'plans', readdirSync(join(office, 'plans')).sort()[0]!);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (revised)'));
    expect(build('site')).not.toContain('reusing');
  });

  it('builds every page again when the last site has gone', () => {
    build('site');
    rmSync(join(work, 'site'), { recursive: true });
    expect(build('site')).not.toContain('reusing');
    expect(readdirSync(join(work, 'site', 'decisions')).length).toBeGreaterThan(60);
  });
});

describe('the feeds of an office of many notices', () => {
  it('carry only the newest notices, newest first', () => {
    build('site');
    const notices = readdirSync(join(office, 'decisions')).map((file) => Date.parse(/^date: (\S+)$/m.exec(readFileSync(join(office, 'decisions', file), 'utf8'))![1]!));
    const dates = [...readFileSync(join(work, 'site', 'decisions/feed.xml'), 'utf8').matchAll(/<pubDate>(.*?)<\/pubDate>/g)].map(([, date]) => Date.parse(date!));
    expect(dates.length).toBeGreaterThan(10);
    expect(dates.length).toBeLessThan(notices.length);
    expect(dates).toEqual(notices.sort((a, b) => b - a).slice(0, dates.length));
  });
});
