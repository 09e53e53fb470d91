// The dates an office's repository knows and its content does not state: the day each file was first
// committed. Read once per build, with one `git log` over the office's folder, and written beside the
// office's cache for the pages (src/site/lib/history.ts), where the next build starts from it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { REPOSITORY_HISTORY_FILE, type RepositoryHistory } from '../domain/history.ts';

/** Git's answer, or undefined when git is missing or the folder is in no repository. */
export function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
  } catch {
    return undefined;
  }
}

/** The folder of the repository holding `dir`, if any. */
export function repositoryRoot(dir: string): string | undefined {
  return git(dir, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/** Whether the repository holding `dir` is a shallow clone, whose history is cut short. */
export function isShallowClone(dir: string): boolean {
  return git(dir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
}

const COMMIT = '\u0001';

/**
 * Follows each file of the office from its first commit through renames to its name now, oldest
 * commit first: a file's date is that of the commit that added it, under whatever name. `known` is
 * what an earlier read of the history found, for a log of the commits since.
 */
export function firstCommitted(log: string, officePrefix: string, known: Record<string, string> = {}): Record<string, string> {
  const added = new Map(Object.entries(known).map(([path, day]) => [`${officePrefix}${path}`, day]));
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith(COMMIT)) {
      date = line.slice(1).trim();
      continue;
    }
    const [status, first, second] = line.split('\t');
    if (!status || first === undefined) continue;
    if (status.startsWith('R')) {
      const since = added.get(first) ?? date;
      added.delete(first);
      if (second !== undefined) added.set(second, since);
    } else if (status === 'D') added.delete(first);
    else if (!added.has(first)) added.set(first, date);
  }
  const inOffice: Record<string, string> = {};
  for (const [path, day] of added) if (path.startsWith(officePrefix)) inOffice[path.slice(officePrefix.length)] = day;
  return inOffice;
}

/**
 * What the repository holding the office's folder says of its files' history. Reading the whole log
 * takes seconds for years of commits over thousands of files, so a read builds on the last one
 * (`previous`) when its commit is an ancestor of this one: only the commits since are read.
 */
export function repositoryHistory(officeDir: string, previous?: RepositoryHistory): RepositoryHistory {
  const dir = resolve(officeDir);
  const root = repositoryRoot(dir);
  if (!root) return { state: 'none', committed: {} };
  if (isShallowClone(dir)) return { state: 'shallow', committed: {} };
  const head = git(dir, ['rev-parse', '--verify', '-q', 'HEAD'])?.trim();
  if (!head) return { state: 'full', committed: {} };
  if (previous?.state === 'full' && previous.head === head) return previous;
  const since = previous?.state === 'full' && previous.head !== undefined && git(dir, ['merge-base', '--is-ancestor', previous.head, head]) !== undefined ? previous : undefined;
  const inRepository = relative(root, dir).split(sep).join('/');
  const prefix = inRepository ? `${inRepository}/` : '';
  const range = since ? [`${since.head}..${head}`] : [head];
  const log = git(root, ['log', '--reverse', '-M', '--diff-filter=ADR', '--name-status', `--format=${COMMIT}%cs`, ...range, ...(inRepository ? ['--', inRepository] : [])]) ?? '';
  return { state: 'full', head, committed: firstCommitted(log, prefix, since?.committed) };
}

/** What a build without the full history says, once: dates the content does not state are then left unknown, not guessed. */
export function historyWarning(history: RepositoryHistory): string | undefined {
  if (history.state !== 'shallow') return undefined;
  return 'This repository is a shallow clone: its history is cut short, so the build dates no entry from it, and entries that state no date of their own show none. Fetch the full history (git fetch --unshallow; with actions/checkout, fetch-depth: 0).';
}

/** Reads the repository's history and writes it for the pages to read. */
export function writeRepositoryHistory(officeDir: string, cacheDir: string): RepositoryHistory {
  const file = join(cacheDir, REPOSITORY_HISTORY_FILE);
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RepositoryHistory) : undefined;
  const history = repositoryHistory(officeDir, previous);
  if (history === previous) return history;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(history));
  return history;
}
