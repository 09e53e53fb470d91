import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatProblem } from '../../src/domain/check/problems.ts';
import { digests } from '../helpers/digests.ts';
import { NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';

const out = join(mkdtempSync(join(tmpdir(), 'published-')), 'dist');
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

function build(office: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', out], { env: { ...process.env, OFFICE: office, ...env }, encoding: 'utf8' });
}

/** One broken entry in each collection, each breaking a rule of its own. */
const brokenEntries: Record<string, (office: TempOffice) => void> = {
  plans: (o) => o.edit('plans/police-crime-and-community-safety-plan-2022-24.md', /^kind: .*$/m, 'kind: police-plan'),
  decisions: (o) => o.edit('decisions/2020-41.md', /^date: .*$/m, 'date: 9th Nov 2020'),
  budgets: (o) => o.edit('budgets/2016-17.md', /values: \[15943, 9228, 2636, 2347\]/, 'values: [15953, 9228, 2636, 2347]'),
  services: (o) => o.edit('services/restorative-justice-hub.md', /^theme: .*$/m, 'theme: victims'),
  commissioning: (o) => o.edit('commissioning/annex-f-2016.md', /total: 571326/, 'total: -571326'),
  transparency: (o) => o.write('transparency/custody-visiting.md', '---\ntitle: Custody visiting\nrequirements: ["8"]\npublished: 2019-02-30\nsummary: How the scheme works.\n---\n'),
  pages: (o) => o.edit('pages/about.md', /^title: .*$/m, 'title: What the commissioner does [photo to be added]'),
};

// The broken entries are in one office, built once: each is reported, by the check's own words. A broken
// office configuration is built on its own, as the check reads the entries by it.
const breakages: [string, (office: TempOffice) => void, string[]][] = [
  ['an entry in each collection', (office) => Object.values(brokenEntries).forEach((breakIt) => breakIt(office)), Object.keys(brokenEntries)],
  ['the office configuration', (o) => o.edit('office.json', '"shortName": "OPCCN"', '"shortName": 7'), []],
];

describe('a broken entry fails the build and publishes nothing', () => {
  let before: Record<string, string>;
  beforeAll(() => {
    cpSync(inject('norfolkSite'), out, { recursive: true });
    before = digests(out);
  });

  it.each(breakages)('in %s', (_broken, breakIt, collections) => {
    const office = new TempOffice();
    try {
      breakIt(office);
      const expected = office.check().problems.filter((p) => p.severity === 'error');
      expect(expected.length).toBeGreaterThan(0);
      for (const collection of collections) expect(expected.some((problem) => problem.file.includes(`/${collection}/`)), collection).toBe(true);

      const result = build(office.dir);
      expect(result.status).toBe(1);
      // The build prints the check's own message for each, not a stack trace.
      for (const problem of expected) expect(result.stderr).toContain(formatProblem(problem));
      expect(result.stderr).toContain('The site was not built');
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(digests(out)).toEqual(before);
    } finally {
      office.remove();
    }
  });
});

describe('an office folder that is not there', () => {
  it('fails the build with an explanation and publishes nothing', () => {
    if (!existsSync(out)) cpSync(inject('norfolkSite'), out, { recursive: true });
    const before = digests(out);
    const missing = join(out, '..', 'no-such-office');
    const result = build(missing);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`The site was not built: there is no office folder at ${missing}`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(digests(out)).toEqual(before);
  });
});

describe('a site folder inside the office folder', () => {
  it("fails the build with an explanation, as the build would read the site as the office's files", () => {
    const office = new TempOffice(NOTTINGHAMSHIRE);
    try {
      const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', join(office.dir, 'site')], { env: { ...process.env, OFFICE: office.dir }, encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`is inside the office's folder, ${office.dir}`);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(join(office.dir, 'site'))).toBe(false);
    } finally {
      office.remove();
    }
  });
});

describe('a site folder beside this one whose name begins with its name', () => {
  it('fails the build with an explanation before Astro mistakes it for a folder inside this one', () => {
    const beside = `${process.cwd()}-site`;
    const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', beside], { env: { ...process.env, OFFICE: NOTTINGHAMSHIRE }, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`The site was not built: its folder, ${beside}, is beside this folder, ${process.cwd()}, and its path begins with this folder's`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(beside)).toBe(false);
    expect(existsSync(`${beside}.staging`)).toBe(false);
  });
});

describe('a search indexer that stops', () => {
  const stub = join(out, '..', 'dying-indexer');
  // A copy, whose content cache is its own: the shared Nottinghamshire site's cache is emptied and refilled by reproducible.test.ts.
  const office = new TempOffice(NOTTINGHAMSHIRE);
  afterAll(() => office.remove());
  beforeAll(() => {
    if (!existsSync(out)) cpSync(inject('norfolkSite'), out, { recursive: true });
    // Ends by a signal, as an indexer killed for want of memory does.
    writeFileSync(stub, '#!/bin/sh\nkill -KILL $$\n', { mode: 0o755 });
  });

  // The build runs the Pagefind program this variable names, as Pagefind's Node API would.
  it.each([
    ['ended without an index', '/bin/false', 'the search indexer ended without writing an index (exit code 1).'],
    ['killed', stub, 'the search indexer stopped before it finished; for a very large office this usually means the machine ran out of memory.'],
  ])('one %s fails the build with an explanation and publishes nothing', (_when, binary, explanation) => {
    const before = digests(out);
    // A small office reaches the indexer sooner than the sample, whose site it would replace.
    const result = build(office.dir, { PAGEFIND_EXTENDED_BINARY_PATH: binary });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`The site was not built: ${explanation}`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(`${out}.staging`)).toBe(false);
    expect(digests(out)).toEqual(before);
  });
});
