// The office's monthly spending and grants files, found and read for the check and the site alike
// (as office-files.ts and content-files.ts are for entries), so that the site publishes exactly the
// rows the check passed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../check/problems.ts';
import { decodeText, fileState, shownPath } from '../content-files.ts';
import { isSystemFile, unreadableMessage } from '../office-files.ts';
import type { Office } from '../schemas/office.ts';
import { defaultSpendingMapping, type SpendingMapping } from '../schemas/spending.ts';
import { endOfMonth } from '../sio-timing.ts';
import { officeConfigPath, officeFieldLine } from '../office.ts';
import { parseMonthFile, type MonthlyKind } from './rows.ts';
import type { MonthFile } from './totals.ts';

export const MONTHLY_FOLDERS: MonthlyKind[] = ['spending', 'grants'];

const MONTH_FILE = /^(\d{4}-(?:0[1-9]|1[0-2]))\.csv$/;

export interface OfficeSpending {
  spending: MonthFile<'spending'>[];
  grants: MonthFile<'grants'>[];
  problems: Problem[];
  /** How many files were read. */
  filesRead: number;
}

/**
 * What the check keeps of each monthly file from one check to the next, by path: its state on disk
 * (see fileState) and its problems. A file whose state is unchanged is not read again; the check
 * needs its month and problems, not its rows.
 */
export type MonthlyCheckCache = Record<string, { state: string; problems: Problem[] }>;

export interface MonthlyCache {
  kept?: MonthlyCheckCache;
  /** Filled in as the files are read, for the next check. */
  next: MonthlyCheckCache;
}

export function spendingMapping(office: Pick<Office, 'spending'> | null): SpendingMapping {
  return office?.spending ?? defaultSpendingMapping;
}

/** Every monthly file in one of the office's folders (spending/ or grants/), oldest month first. */
function readFolder<K extends MonthlyKind>(officeDir: string, kind: K, mapping: SpendingMapping, cache?: MonthlyCache): { files: MonthFile<K>[]; problems: Problem[]; read: number } {
  const folder = join(officeDir, kind);
  const problems: Problem[] = [];
  const files: MonthFile<K>[] = [];
  const report = (path: string, line: number, message: string) => problems.push({ severity: 'error', file: shownPath(path), line, field: '', rule: 'spending', message });
  let names: { name: string; isFile: boolean }[];
  try {
    names = readdirSync(folder, { withFileTypes: true }).map((entry) => ({ name: entry.name, isFile: entry.isFile() }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') report(folder, 1, unreadableMessage(error));
    return { files, problems, read: 0 };
  }
  let read = 0;
  for (const { name, isFile } of names.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (isSystemFile(name)) continue;
    const path = join(folder, name);
    const month = MONTH_FILE.exec(name)?.[1];
    if (!isFile || !month) {
      report(path, 1, `expected one CSV file for each month, named for it like ${kind}/2024-03.csv, found ${isFile ? `a file named "${name}"` : 'a folder'}: rename it, or move it out of the ${kind} folder`);
      continue;
    }
    read++;
    const relativePath = `${kind}/${name}`;
    const file: MonthFile<K> = { kind, month, path: relativePath, published: mapping.published[relativePath] ?? endOfMonth(`${month}-01`), rows: [] };
    const state = cache ? fileState(path) : '';
    const last = cache?.kept?.[path];
    if (cache && state && last?.state === state) {
      problems.push(...last.problems);
      cache.next[path] = last;
      files.push(file);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      report(path, 1, unreadableMessage(error));
      continue;
    }
    const text = decodeText(bytes);
    const parsed = typeof text === 'string'
      ? parseMonthFile(kind, shownPath(path), month, text, mapping)
      : { rows: [], problems: [{ severity: 'error' as const, file: shownPath(path), line: text.line, field: '', rule: 'spending', message: text.message }] };
    problems.push(...parsed.problems);
    if (cache && state) cache.next[path] = { state, problems: parsed.problems };
    if (typeof text === 'string') files.push({ ...file, rows: parsed.rows });
  }
  return { files, problems, read };
}

/** Whether the office has any monthly spending or grants file, without reading one. */
export function hasMonthlyFiles(officeDir: string): boolean {
  return MONTHLY_FOLDERS.some((kind) => {
    try {
      return readdirSync(join(officeDir, kind)).some((name) => MONTH_FILE.test(name));
    } catch {
      return false;
    }
  });
}

/**
 * The office's spending and grants, with every problem found reading them. With a cache (the
 * check's), a file unchanged since the last check is not read: its rows are left empty.
 */
export function readOfficeSpending(officeDir: string, office: Pick<Office, 'spending'> | null, cache?: MonthlyCache): OfficeSpending {
  const mapping = spendingMapping(office);
  const spending = readFolder(officeDir, 'spending', mapping, cache);
  const grants = readFolder(officeDir, 'grants', mapping, cache);
  const read = new Set([...spending.files, ...grants.files].map((file) => file.path));
  const strays: Problem[] = Object.keys(mapping.published).filter((path) => !read.has(path)).map((path) => ({
    severity: 'error', file: shownPath(officeConfigPath(officeDir)), line: officeFieldLine(officeDir, ['spending', 'published', path]), field: `spending.published.${path}`, rule: 'spending',
    message: `expected a file ${path} in the office folder, as this date is for it, found none: correct the file's name here, or add the file`,
  }));
  return { spending: spending.files, grants: grants.files, problems: [...spending.problems, ...grants.problems, ...strays], filesRead: spending.read + grants.read };
}
