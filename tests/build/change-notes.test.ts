import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { historyProblems } from '../../src/build/changes-since.ts';
import { runCheck } from '../../src/build/check-command.ts';
import { readOffice } from '../../src/domain/office.ts';
import { NORFOLK, NORTH_WALES, TempOffice } from '../helpers/office.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const AS_OF = '2025-03-31';
const DECISION = 'decisions/2013-14-001.md';

// Exampleshire in a repository of its own, all of it committed: its entries are published.
let office: TempOffice;
let published: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: office.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

beforeAll(() => {
  office = new TempOffice(EXAMPLESHIRE);
  git('init', '--quiet');
  git('config', 'user.name', 'Exampleshire editor');
  git('config', 'user.email', 'editor@exampleshire.example');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'Exampleshire as published');
  published = git('rev-parse', 'HEAD');
});
// Each test starts from the office as published, whatever it changed or committed.
afterEach(() => {
  git('reset', '--quiet', '--hard', published);
  git('clean', '--quiet', '-d', '--force');
});
afterAll(() => office.remove());

/** The environment of a command run over the office: CHANGES_SINCE only when the test gives it. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const { CHANGES_SINCE: _fromOutside, ...inherited } = process.env;
  return { ...inherited, OFFICE: office.dir, ...env };
}

/** The check as npm run check runs it, in this process. */
function check(args: string[] = [], env: Record<string, string> = {}) {
  return runCheck(['--as-of', AS_OF, ...args], environment(env));
}

const changeNoteLines = (output: string) => output.split('\n').filter((line) => line.includes('change note') || line.includes('withdrawn'));
const correctDecision = () => office.edit(DECISION, 'Set how the budget is monitored during the year.', 'Set how the budget is monitored each month.');
/** Adds lines at the end of the decision's front matter, in the file's own line endings (Windows', CRLF). */
const addToFrontMatter = (lines: string) => office.edit(DECISION, /(\r?\n)---\r?\n?$/, `$1${lines.replace(/\n/g, '$1')}$1---$1`);

describe('the check, over an office in a repository', () => {
  it('fails an edit of a published decision without a change note, naming the file and the field', () => {
    correctDecision();
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/decisions\/2013-14-001\.md:7 {2}changes {2}this published entry has changed since the last commit/);
    expect(result.stdout).toMatch(/expected a new change note in changes.*found no change notes/);
  });

  it('reports it in its JSON too', () => {
    correctDecision();
    const result = check(['--format', 'json']);
    expect(result.status).toBe(1);
    const { problems } = JSON.parse(result.stdout) as { problems: { file: string; field: string; rule: string }[] };
    expect(problems.filter(({ rule }) => rule === 'change-notes')).toEqual([expect.objectContaining({ file: expect.stringMatching(/decisions\/2013-14-001\.md$/), field: 'changes' })]);
  });

  it('passes the edit with a change note', () => {
    correctDecision();
    addToFrontMatter('changes:\n  - date: 2025-03-01\n    note: Corrected how often the budget is monitored.');
    const result = check();
    expect(changeNoteLines(result.stdout)).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('passes a minor correction marked minor', () => {
    office.edit(DECISION, 'during the year', 'during  the year');
    office.edit(DECISION, 'Budget monitoring arrangements', 'Budget-monitoring arrangements');
    addToFrontMatter('changes:\n  - date: 2025-03-01\n    minor: true');
    expect(check().status).toBe(0);
  });

  it('fails a published decision deleted, and passes it withdrawn instead', () => {
    rmSync(join(office.dir, DECISION));
    const deleted = check();
    expect(deleted.status).toBe(1);
    expect(deleted.stdout).toMatch(/decisions\/2013-14-001\.md:1 {2}withdrawn {2}.*expected the entry kept and withdrawn.*found the file removed/);

    git('checkout', '--', DECISION);
    addToFrontMatter('withdrawn:\n  date: 2025-03-01\n  reason: Replaced by new monitoring arrangements.');
    const withdrawn = check();
    expect(changeNoteLines(withdrawn.stdout)).toEqual([]);
    expect(withdrawn.status).toBe(0);
  });

  it('fails a published decision renamed, naming the new file', () => {
    git('mv', DECISION, 'decisions/2013-14-001-budget-monitoring.md');
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/decisions\/2013-14-001\.md:1 {2}withdrawn {2}.*found the file renamed to \S*decisions\/2013-14-001-budget-monitoring\.md/);
  });

  it('takes a file renamed with its page at the same address (the letter case of its name, say) for the same entry', () => {
    git('mv', DECISION, 'decisions/2013-14-001.MD');
    office.edit('decisions/2013-14-001.MD', 'Set how the budget is monitored during the year.', 'Set how the budget is monitored each month.');
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/decisions\/2013-14-001\.MD:7 {2}changes {2}this published entry has changed/);
    expect(result.stdout).not.toMatch(/ {2}withdrawn {2}/);
  });

  it('compares committed edits with the revision CHANGES_SINCE or --since names', () => {
    correctDecision();
    git('commit', '--quiet', '--all', '--message', 'Correct a decision');
    expect(check().status).toBe(0);
    for (const result of [check([], { CHANGES_SINCE: published }), check(['--since', published])]) {
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(new RegExp(`2013-14-001\\.md:7 {2}changes {2}this published entry has changed since commit ${published.slice(0, 12)}`));
    }
    // --since is the command line's, over the environment's.
    expect(check(['--since', 'HEAD'], { CHANGES_SINCE: published }).status).toBe(0);
  });

  it('warns, and does not fail, when the revision cannot be found', () => {
    correctDecision();
    for (const base of ['no-such-branch', '0000000000000000000000000000000000000000']) {
      const result = check(['--since', base]);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`warning: the changes to published entries could not be compared with ${base}, so no change notes were checked`);
    }
  });

  it('fails the build of an un-noted change, which publishes nothing', () => {
    correctDecision();
    const site = join(office.dir, '..', `${office.dir.split('/').pop()}-site`);
    try {
      const result = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', site, '--as-of', AS_OF], { env: environment({ SITE_URL: 'https://exampleshire.test' }), encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/decisions\/2013-14-001\.md:7 {2}changes {2}this published entry has changed since the last commit/);
      expect(result.stderr).toContain('The site was not built');
      expect(existsSync(site)).toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe("the publisher's own offices, as committed", () => {
  it.each([NORFOLK, NORTH_WALES, EXAMPLESHIRE])('%s has no change to a published entry unnoted', (dir) => {
    expect(historyProblems(dir, readOffice(dir).office, { asOf: AS_OF })).toEqual([]);
  });
});
