import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployment } from '../../src/domain/deployment.ts';

// What readers see of an entry's provenance, built from an office in a git repository of its own: the
// day each file was first committed dates what the content does not, and each entry's history shows
// its noted changes and its withdrawal, on its page, on /updates/ and in its feed.

const work = mkdtempSync(join(tmpdir(), 'provenance-'));
const office = join(work, 'office');
const out = join(work, 'site');
const env = { ...process.env, OFFICE: office, SITE_URL: 'https://example.org', AS_OF: '2024-07-01' };

/** Commits everything in the office's repository on a given day. */
function commitAll(day: string, message: string): void {
  const dated = { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` };
  execFileSync('git', ['add', '-A'], { cwd: office, stdio: 'pipe' });
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: office, env: dated, stdio: 'pipe' });
}

/** Adds lines to the front matter of one of the office's files, in the file's own line endings (some fixtures have CRLF). */
function addToFrontMatter(path: string, lines: string[]): void {
  const file = join(office, path);
  const text = readFileSync(file, 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  writeFileSync(file, text.replace(/^---\r?\n/, `---${eol}${lines.join(eol)}${eol}`));
}

function edit(path: string, from: string, to: string): void {
  const file = join(office, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not found in ${path}`);
  writeFileSync(file, text.replace(from, to));
}

const read = (path: string) => readFileSync(join(out, path), 'utf8');
/** The text of some HTML, without its tags and with its spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const main = (path: string) => {
  const html = read(path);
  return text(html.slice(html.indexOf('<main'), html.indexOf('</main>')));
};

beforeAll(() => {
  cpSync('tests/fixtures/offices/exampleshire', office, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: office, stdio: 'pipe' });
  execFileSync('git', ['config', 'user.name', 'Provenance Test'], { cwd: office });
  execFileSync('git', ['config', 'user.email', 'provenance@example.org'], { cwd: office });
  execFileSync('git', ['config', 'commit.gpgsign', 'false'], { cwd: office });
  commitAll('2024-01-15', 'The office as first published');

  // A noted change, a minor correction, and a withdrawal.
  edit('decisions/2013-14-003.md', 'amount: 16128', 'amount: 16200');
  addToFrontMatter('decisions/2013-14-003.md', ['changes:', '  - date: 2024-06-10', '    note: "Corrected the amount granted to £16,200."']);
  edit('decisions/2013-14-004.md', 'purchase of specialist equipment for the police.', 'purchase of specialist equipment for the police force.');
  addToFrontMatter('decisions/2013-14-004.md', ['changes:', '  - date: 2024-06-11', '    minor: true']);
  addToFrontMatter('decisions/2012-13-003.md', ['withdrawn:', '  date: 2024-06-12', '  reason: "Replaced by the register of gifts and hospitality the office keeps since 2013."']);
  commitAll('2024-06-12', 'A noted change, a minor correction and a withdrawal');

  execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', out], { env, stdio: 'pipe' });
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(deployment(env).cacheDir, { recursive: true, force: true });
});

describe('an entry with a noted change', () => {
  it('shows its note in its history and says when it was last updated', () => {
    const page = main('decisions/2013-14-003/index.html');
    expect(page).toContain('Last updated 10 June 2024 — See all updates');
    expect(page).toContain('History 10 June 2024 Corrected the amount granted to £16,200. May 2013 First published.');
    expect(read('decisions/2013-14-003/index.html')).toContain('<a href="#full-history">See all updates</a>');
  });

  it('is on the updates page and in the updates feed', () => {
    expect(main('updates/index.html')).toContain('10 June 2024 · Updated Decision 003 of 2013/14: Victims&#39; advice line for 2013/14 Corrected the amount granted to £16,200.');
    const feed = read('updates/feed.xml');
    expect(feed).toContain('<title>Updated: Decision 003 of 2013/14: Victims&apos; advice line for 2013/14</title>');
    expect(feed).toContain('<description>Corrected the amount granted to £16,200.</description>');
    expect(read('updates/index.html')).toContain('<link rel="alternate" type="application/rss+xml" title="Latest updates from the Office of the Police and Crime Commissioner for Exampleshire" href="/updates/feed.xml">');
  });
});

describe('an entry with a minor correction', () => {
  it('shows no last update, and nothing new on the updates page or in the feed', () => {
    const page = main('decisions/2013-14-004/index.html');
    expect(page).toContain('purchase of specialist equipment for the police force.');
    expect(page).not.toContain('Last updated');
    expect(page).toContain('History 23 October 2013 First published.');
    expect(read('updates/feed.xml')).not.toContain('Updated: Decision 004');
    expect(read('updates/feed.xml')).not.toContain('2024-06-11');
    expect(main('updates/index.html')).not.toMatch(/June 2024 · Updated Decision 004/);
  });
});

describe('a withdrawn entry', () => {
  it('keeps its page, which says when it was withdrawn and why, and is titled withdrawn', () => {
    const html = read('decisions/2012-13-003/index.html');
    expect(text(html)).toContain('This decision notice was withdrawn on 12 June 2024 Replaced by the register of gifts and hospitality the office keeps since 2013.');
    expect(html).toMatch(/<title>\[Withdrawn\] [^<]*Register of gifts and hospitality 2012/);
  });

  it('is marked withdrawn in the lists of decisions, and listed as withdrawn among the updates', () => {
    expect(text(read('decisions/2012/index.html'))).toMatch(/Register of gifts and hospitality 2012 [^]*?· Withdrawn/);
    expect(main('updates/index.html')).toContain('12 June 2024 · Withdrawn Decision 003 of 2012/13: Register of gifts and hospitality 2012 Replaced by the register');
    expect(read('updates/feed.xml')).toContain('<title>Withdrawn: Decision 003 of 2012/13: Register of gifts and hospitality 2012</title>');
  });
});

describe('an entry that states no date of its own', () => {
  it('is dated from the day its file was first committed', () => {
    const page = main('boards/index.html');
    expect(page).toContain('Published 15 January 2024');
    expect(page).toContain('History 15 January 2024 First published.');
    expect(main('updates/index.html')).toContain('15 January 2024 · Published Boards the commissioner sits on');
  });
});
