import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { asOfDate } from '../../domain/as-of.ts';
import { deployment, officeDir } from '../../domain/deployment.ts';
import { entryHistory, REPOSITORY_HISTORY_FILE, type EntryHistory, type HistoryData, type RepositoryHistory } from '../../domain/history.ts';

let read: RepositoryHistory | undefined;

/**
 * The repository's history as the build read it before the pages (src/build/git-history.ts). A site
 * built without it (the development server) dates entries only as they state.
 */
export function repositoryHistory(): RepositoryHistory {
  if (!read) {
    const file = join(deployment().cacheDir, REPOSITORY_HISTORY_FILE);
    read = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RepositoryHistory) : { state: 'none', committed: {} };
  }
  return read;
}

/** The path of an entry's file in the office's folder ("decisions/41-2020.md"), from its path as Astro's store keeps it. */
function pathInOffice(filePath: string): string {
  return relative(resolve(officeDir()), resolve(filePath)).split(sep).join('/');
}

/**
 * The day an entry's file was first committed, as the repository's full history says: the build's
 * date for a file not committed yet, which is published by this build; unknown without a full history.
 */
export function committedOn(entry: { filePath?: string }): string | undefined {
  const history = repositoryHistory();
  if (history.state !== 'full' || !entry.filePath) return undefined;
  return history.committed[pathInOffice(entry.filePath)] ?? asOfDate();
}

/** An entry's history: its dates, its noted changes (in the data given, translated or not) and whether it is withdrawn. */
export function historyOf(entry: { collection: string; filePath?: string; data: unknown }): EntryHistory {
  return entryHistory(entry.collection, entry.data as HistoryData, committedOn(entry));
}
