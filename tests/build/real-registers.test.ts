import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/browser.ts';
import { entryPath } from '../../src/lib/addresses.ts';
import { checkOffice } from '../../src/lib/check/index.ts';

/** The fictional office whose register has the shapes real ones do: numbers that restart, notices without numbers, vague dates, papers. */
const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const work = mkdtempSync(join(tmpdir(), 'exampleshire-'));
const site = join(work, 'site');
const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.ts', '--out', site, '--as-of', '2025-03-31'], { env: { ...process.env, OFFICE: EXAMPLESHIRE }, stdio: 'pipe' });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an office whose register is kept as real ones are', () => {
  it('publishes every notice at an address of its own: 003 of 2012/13 beside 003 of 2013/14, and notices without a number', () => {
    const { office, entries } = checkOffice(EXAMPLESHIRE, { asOf: '2025-03-31' });
    const notices = entries.filter((entry) => entry.file.collection === 'decisions');
    const paths = notices.map((entry) => entryPath('decisions', { id: entry.file.id, data: entry.data }, office!)!);
    expect(new Set(paths).size).toBe(notices.length);
    for (const [index, path] of paths.entries()) expect(page(path)).toContain(`<h1>${String(notices[index]!.data.title).replace(/'/g, '&#39;')}</h1>`);
    expect(page('decisions/2012-13-003/')).toContain('Decision notice 003 of 2012/13');
    expect(page('decisions/2013-14-003/')).toContain('Decision notice 003 of 2013/14');
    expect(page('decisions/2013/')).toContain('<h1>Decisions in 2013</h1>');
  });

  it('says a notice was not numbered, and gives a date only as precisely as the record knows it', () => {
    const unnumbered = page('decisions/2013-07-code-of-corporate-governance/');
    expect(unnumbered).toMatch(/<dt>Reference<\/dt><dd>Not numbered<\/dd>/);
    expect(unnumbered).toContain('<time datetime="2013-07">July 2013</time>');
    expect(page('decisions/2013-14-funding-for-policing-a-dance-event/')).toMatch(/<dt>Date of decision<\/dt><dd>2013\/14<\/dd>/);
  });

  it('leaves out what an old record does not state, rather than showing a placeholder', () => {
    const bare = page('decisions/2013-14-001/');
    for (const absent of ['Brought forward by', 'Outcome', '<h2>Summary', '<h2>Recommendation', 'Detail of the submission', 'undefined']) expect(bare).not.toContain(absent);
  });

  it('publishes a withheld notice with its reason and nothing else of its papers', () => {
    const restricted = page('decisions/2013-14-004/');
    expect(restricted).toContain('The papers for this decision are withheld');
    expect(restricted).toContain('would prejudice operational policing');
    expect(restricted).not.toContain('Detail of the submission');
  });

  it('names who is paid, linked to the service it provides and its contract', () => {
    const grant = page('decisions/2013-14-003/');
    expect(grant).toContain('<h3>Example Victims Trust</h3>');
    expect(grant).toContain('Grant recipient · £16,128 · Registered charity 1099999');
    expect(grant).toContain('href="/services/victims-advice-line/"');
    expect(grant).toContain('href="/contracts/victims-advice-line/"');
    expect(page('services/victims-advice-line/')).toContain('href="/decisions/2013-14-003/"');
  });

  it("publishes the office's papers at the address the notice links to, with their type and size", async () => {
    const notice = page('decisions/2013-07-code-of-corporate-governance/');
    const href = /<a href="([^"]+)">Code of corporate governance<\/a>/.exec(notice)?.[1];
    expect(href).toBe('/files/code-of-corporate-governance.pdf');
    const original = readFileSync(join(EXAMPLESHIRE, 'files', 'code-of-corporate-governance.pdf'));
    expect(notice).toContain(`PDF, ${original.length} bytes`);
    const server = await serve(site);
    try {
      const response = await fetch(`${server.url}${href}`);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(original)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('gives the notices without a number no reference in the downloads, and every notice its address', () => {
    const csv = readFileSync(join(site, 'data', 'decisions.csv'), 'utf8');
    const row = csv.split('\n').find((line) => line.includes('Code of corporate governance'))!;
    expect(row.startsWith(',Code of corporate governance,2013-07,')).toBe(true);
    expect(row).toContain('/decisions/2013-07-code-of-corporate-governance/');
    expect(existsSync(join(site, 'decisions', '2013-14-003', 'index.html'))).toBe(true);
  });
});
