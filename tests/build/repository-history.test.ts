import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyWarning, repositoryHistory } from '../../src/build/git-history.ts';
import { deployment } from '../../src/domain/deployment.ts';
import { TempOffice } from '../helpers/office.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const scratch = mkdtempSync(join(tmpdir(), 'repository-history-'));
const office = new TempOffice(EXAMPLESHIRE);
const shallow = join(scratch, 'shallow');
afterAll(() => {
  office.remove();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(deployment({ OFFICE: shallow }).cacheDir, { recursive: true, force: true });
});

const git = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' });

/** Commits everything in the office's folder, on a given day. */
const commitAll = (day: string, message: string) => {
  git(office.dir, ['add', '-A']);
  git(office.dir, ['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` });
};

describe("the repository's history", () => {
  it('is none for an office in no repository: nothing is dated from it, and the build says nothing of it', () => {
    const history = repositoryHistory(office.dir);
    expect(history).toEqual({ state: 'none', committed: {} });
    expect(historyWarning(history)).toBeUndefined();
  });

  it('dates each file by the day of the commit that added it, and a file not yet committed not at all', () => {
    git(office.dir, ['init', '-q']);
    commitAll('2024-05-01', 'The office');
    office.write('pages/added-later.md', '---\ntitle: Added later\ndescription: A page added in a later commit.\n---\n\nText.\n');
    commitAll('2025-02-14', 'A page');
    office.write('pages/not-committed.md', '---\ntitle: Not committed\ndescription: A page not yet committed.\n---\n\nText.\n');
    const history = repositoryHistory(office.dir);
    expect(history.state).toBe('full');
    expect(history.committed['office.json']).toBe('2024-05-01');
    expect(history.committed['pages/added-later.md']).toBe('2025-02-14');
    expect(history.committed['pages/not-committed.md']).toBeUndefined();
    rmSync(join(office.dir, 'pages/not-committed.md'));
  });

  it('reads only the commits since its last read, and finds what a whole read finds; a rewritten history is read whole', () => {
    const before = repositoryHistory(office.dir);
    git(office.dir, ['mv', 'pages/added-later.md', 'pages/renamed.md']);
    office.write('pages/third.md', '---\ntitle: Third\ndescription: A third page.\n---\n\nText.\n');
    commitAll('2025-06-30', 'A rename and a page');
    const after = repositoryHistory(office.dir, before);
    expect(after.head).not.toBe(before.head);
    expect(after).toEqual(repositoryHistory(office.dir));
    expect(after.committed['pages/renamed.md']).toBe('2025-02-14');
    expect(after.committed['pages/third.md']).toBe('2025-06-30');
    expect(after.committed['pages/added-later.md']).toBeUndefined();
    expect(repositoryHistory(office.dir, { ...before, head: '0'.repeat(40), committed: { 'pages/invented.md': '1999-01-01' } })).toEqual(after);
  });

  it('is shallow for a shallow clone, which dates nothing; its build says so once, and still publishes', () => {
    git(scratch, ['clone', '-q', '--depth', '1', `file://${office.dir}`, shallow]);
    const history = repositoryHistory(shallow);
    expect(history).toEqual({ state: 'shallow', committed: {} });
    const warning = historyWarning(history)!;
    const out = join(scratch, 'site');
    const { SITE_URL: _, ...environment } = process.env;
    const build = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', out], { env: { ...environment, OFFICE: shallow, AS_OF: '2025-03-01' }, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    expect((build.stdout + build.stderr).split(warning).length - 1).toBe(1);
  });
});
