import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRecordsDir } from '../../src/build/caches.ts';
import { PUBLISHER_CODE } from '../../src/build/files-digest.ts';
import { writeSyntheticOffice } from '../../bench/synthetic-office.ts';
import type { CheckCache } from '../../src/domain/check/index.ts';
import { deployment } from '../../src/domain/deployment.ts';
import { digests } from '../helpers/digests.ts';
import { NOTTINGHAMSHIRE } from '../helpers/office.ts';

// The publisher's code is changed in a copy of it, never in the project: other tests build from the project's own.
const work = mkdtempSync(join(tmpdir(), 'caches-'));
const publisher = join(work, 'publisher');
for (const path of PUBLISHER_CODE) cpSync(path, join(publisher, path), { recursive: true });
symlinkSync(resolve('node_modules'), join(publisher, 'node_modules'));
const office = writeSyntheticOffice(NOTTINGHAMSHIRE, join(work, 'office'), 12);
const env = { ...process.env, OFFICE: office };
// The copy's caches are kept under the project's node_modules/, which it links to.
const cacheDir = resolve(deployment(env).cacheDir);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

/** Builds the office with the copy of the publisher into `out`; gives what it printed. */
function build(out: string, ...options: string[]): string {
  const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', join(work, out), '--as-of', '2026-01-01', ...options], { cwd: publisher, env, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout + result.stderr;
}

const read = (out: string, page: string) => readFileSync(join(work, out, page), 'utf8');
const changeCode = (path: string, from: string, to: string) => {
  const text = readFileSync(join(publisher, path), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(publisher, path), text.replace(from, to));
};

const OLD_BODY = 'A body rendered by the old code';
const OLD_FINDING = 'a finding of the old code';

/** Leaves in the caches what older code would have: every rendered body replaced, and a finding the check no longer makes. */
function leaveOldCodesCaches(): void {
  const entries = join(cacheDir, 'entries');
  for (const collection of readdirSync(entries)) {
    for (const file of readdirSync(join(entries, collection))) if (file.endsWith('.html')) writeFileSync(join(entries, collection, file), `<p>${OLD_BODY}</p>`);
  }
  const findings = JSON.parse(readFileSync(join(cacheDir, 'check.json'), 'utf8')) as CheckCache;
  const [file, checked] = Object.entries(findings.files)[0]!;
  checked.problems.push({ severity: 'warning', file, line: 1, field: '', rule: 'old', message: OLD_FINDING });
  writeFileSync(join(cacheDir, 'check.json'), JSON.stringify(findings));
}

// Each test starts from the site the test before it left, rather than build it again.
// Up to three builds a test, each of which a busy machine can take a minute or more over: the limit only stops a build that hangs.
describe("the caches of a build, when the publisher's code changes", { timeout: 900_000 }, () => {
  it('are not used once a dependency changes (package-lock.json): no page of the rebuilt site has a body from them', () => {
    build('site');
    leaveOldCodesCaches();
    // While the code is unchanged, a rebuild publishes what the caches hold: the about page is rendered in every build, from its cached body.
    let printed = build('site');
    expect(read('site', 'about/index.html')).toContain(OLD_BODY);
    expect(printed).toContain(OLD_FINDING);

    appendFileSync(join(publisher, 'package-lock.json'), '\n');
    printed = build('site');
    expect(printed).not.toContain(OLD_FINDING);
    expect(printed).not.toContain('reusing');
    // Every body in the caches was the old code's: none is on any page. (A full build is compared with a rebuild below.)
    const pages = readdirSync(join(work, 'site'), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((page) => read('site', page).includes(OLD_BODY))).toEqual([]);
  });

  it("are not used once the sanitiser's code changes: a tighter allowlist reaches every rebuilt page", () => {
    // The site the test before left, built with the code as it now stands.
    const notice = `decisions/${readdirSync(join(work, 'site', 'decisions')).find((name) => /^\d+-\d{4}$/.test(name))}/index.html`;
    // The notice's own table, from its body (the page has another, its checklist).
    const bodyTable = /<table>\s*<thead>\s*<tr>\s*<th[^>]*>Item<\/th>/;
    expect(read('site', notice)).toMatch(bodyTable);
    changeCode('src/site/lib/sanitize.ts', 'allowedTags: [...SAFE_ELEMENTS, ...MARKDOWN_ELEMENTS],', "allowedTags: [...SAFE_ELEMENTS, ...MARKDOWN_ELEMENTS].filter((tag) => tag !== 'table'),");
    build('site');
    expect(read('site', notice)).not.toMatch(bodyTable);
    expect(read('site', notice)).toMatch(/<thead>\s*<tr>\s*<th[^>]*>Item<\/th>/);
    // The full build of the code as it now stands, the reference for this rebuild, is the next test's.
  });
});

describe('npm run build -- --full', () => {
  it('discards every cache the build would read before anything reads it, keeping only the records of builds into other sites', () => {
    // The caches the tests above left, and the office and the code the site the test above rebuilt was built from.
    leaveOldCodesCaches();
    const otherSites = join(cacheDir, 'builds', 'another-site');
    mkdirSync(otherSites);
    const [planted, plantedInOwnRecords, plantedInOthers] = [join(cacheDir, 'planted'), join(resolve(buildRecordsDir(join(work, 'fresh'), env)), 'planted'), join(otherSites, 'planted')];
    for (const file of [planted, plantedInOwnRecords, plantedInOthers]) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, '');
    }
    const printed = build('fresh', '--full');
    expect(printed).not.toContain(OLD_FINDING);
    expect(read('fresh', 'about/index.html')).not.toContain(OLD_BODY);
    expect(existsSync(planted)).toBe(false);
    expect(existsSync(plantedInOwnRecords)).toBe(false);
    expect(existsSync(plantedInOthers)).toBe(true);
    // The caches are made afresh.
    expect(existsSync(join(cacheDir, 'check.json'))).toBe(true);
    // The site the test above rebuilt once the sanitiser's code changed is the one this full build publishes.
    expect(digests(join(work, 'site'))).toEqual(digests(join(work, 'fresh')));
  });
});
