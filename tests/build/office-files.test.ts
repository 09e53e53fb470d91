import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { formatProblem } from '../../src/domain/check/problems.ts';
import { digests } from '../helpers/digests.ts';
import { NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';

const sites = mkdtempSync(join(tmpdir(), 'published-'));
afterAll(() => rmSync(sites, { recursive: true, force: true }));
let office: TempOffice;
afterEach(() => office?.remove());

function build(dir: string, out: string) {
  return spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', out], { env: { ...process.env, OFFICE: dir }, encoding: 'utf8' });
}

/** Builds an office whose links the check refuses: the build says why, with no stack trace from the check or Astro's loader, and publishes nothing. */
function refused(out: string) {
  const expected = office.check().problems;
  expect(expected.map((problem) => problem.rule)).toContain('link');
  const before = existsSync(out) ? digests(out) : undefined;
  const result = build(office.dir, out);
  expect(result.status).toBe(1);
  for (const problem of expected) expect(result.stderr).toContain(formatProblem(problem));
  expect(result.stderr).toContain('The site was not built');
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
  expect(existsSync(out) ? digests(out) : undefined).toEqual(before);
}

describe('links in the office folder', () => {
  it('that lead nowhere fail the build with the check’s messages', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    // In a folder of the office that is digested for a rebuild, and in the office folder itself.
    symlinkSync('never-written.md', join(office.dir, 'plans/gone.md'));
    symlinkSync('gone', join(office.dir, 'attachments'));
    refused(join(sites, 'nottinghamshire'));
  });

  it('that lead round a loop fail the build with the check’s messages, and leave the published site as it was', () => {
    office = new TempOffice();
    // Folders the build digests to know what a rebuild may reuse, as well as notices.
    symlinkSync('..', join(office.dir, 'services/up'));
    symlinkSync('..', join(office.dir, 'decisions/up'));
    symlinkSync('round-2.md', join(office.dir, 'services/round-1.md'));
    symlinkSync('round-1.md', join(office.dir, 'services/round-2.md'));
    const out = join(sites, 'norfolk');
    cpSync(inject('norfolkSite'), out, { recursive: true });
    refused(out);
  });

  it('that stay inside it are published, as are names ending .Markdown and text with a byte-order mark', () => {
    // Nottinghamshire with a plan linked to from outside its folder, and its About page saved as .Markdown
    // with a byte-order mark (tests/setup/shared-sites.ts); with an address, so that its build says nothing on stderr.
    const out = inject('nottinghamshireAddressedSite');
    expect(inject('sharedSitesOutput').nottinghamshireAddressedSite.stderr).toBe('');
    expect(readFileSync(join(out, 'about/index.html'), 'utf8')).toContain('<h1>The Commissioner, as saved on Windows</h1>');
    expect(existsSync(join(out, 'plans/business-plan-2014-15/index.html'))).toBe(true);
  });
});
