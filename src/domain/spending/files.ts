// The office's monthly spending and grants files, found and read for the check and the site alike
// (as office-files.ts and content-files.ts are for entries), so that the site publishes exactly the
// rows the check passed.
import { readdirSync, readFileSync, realpathSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../check/problems.ts';
import { decodeText, fileState, shownPath } from '../content-files.ts';
import { followLink, isSystemFile, kindOf, unreadableMessage, type Kind } from '../office-files.ts';
import type { Office } from '../schemas/office.ts';
import { defaultSpendingMapping, type SpendingMapping } from '../schemas/spending.ts';
import { endOfMonth } from '../sio-timing.ts';
import { officeConfigPath, officeFieldLine } from '../office.ts';
import { kindsBetween } from '../office-kinds.ts';
import { parseMonthFile, type MonthlyKind } from './rows.ts';
import type { MonthFile } from './totals.ts';

/** The folders of monthly files, in the office folder: the fire and rescue authority's spending is in a folder of its own inside spending/. */
const MONTHLY_FOLDERS = ['spending', 'grants', 'spending/fire'];

/** The folder, inside spending/, of the fire and rescue authority's spending over £500 (a PFCC's, which meets fire-3g). */
const FIRE_FOLDER = 'fire';

const MONTH_FILE = /^(\d{4}-(?:0[1-9]|1[0-2]))\.csv$/;

export interface OfficeSpending {
  spending: MonthFile<'spending'>[];
  grants: MonthFile<'grants'>[];
  /** The fire and rescue authority's spending, from spending/fire/. */
  fire: MonthFile<'spending'>[];
  problems: Problem[];
  /** How many files were read. */
  filesRead: number;
}

/**
 * What the check keeps of each monthly file from one check to the next, by path: its state on disk
 * (see fileState), its problems, and whether it could be read as text at all (one that could not is
 * not published). A file whose state is unchanged is not read again; the check needs its month and
 * problems, not its rows.
 */
export type MonthlyCheckCache = Record<string, { state: string; problems: Problem[]; readable: boolean }>;

export interface MonthlyCache {
  kept?: MonthlyCheckCache;
  /** Filled in as the files are read, for the next check. */
  next: MonthlyCheckCache;
}

export function spendingMapping(office: Pick<Office, 'spending'> | null): SpendingMapping {
  return office?.spending ?? defaultSpendingMapping;
}

/** Every monthly file in one of the office's folders (spending/, spending/fire/ or grants/), oldest month first. */
function readFolder<K extends MonthlyKind>(officeDir: string, kind: K, mapping: SpendingMapping, cache?: MonthlyCache, fire = false): { files: MonthFile<K>[]; problems: Problem[]; read: number; present: string[] } {
  const folderName = fire ? `${kind}/${FIRE_FOLDER}` : kind;
  const folder = join(officeDir, folderName);
  const problems: Problem[] = [];
  const files: MonthFile<K>[] = [];
  const report = (path: string, line: number, message: string): Problem => {
    const problem: Problem = { severity: 'error', file: shownPath(path), line, field: '', rule: 'spending', message };
    problems.push(problem);
    return problem;
  };
  let names: Dirent[];
  try {
    names = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') report(folder, 1, unreadableMessage(error));
    return { files, problems, read: 0, present: [] };
  }
  let read = 0;
  /** Each month's file found, whether or not it could be read: one that could not is reported as such, not as missing. */
  const present: string[] = [];
  for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const { name } = entry;
    if (isSystemFile(name)) continue;
    const path = join(folder, name);
    const found = entryKind(officeDir, path, entry);
    if (typeof found !== 'string') {
      report(path, 1, found.message);
      continue;
    }
    // Read on its own, as the fire and rescue authority's.
    if (kind === 'spending' && !fire && name === FIRE_FOLDER && found === 'folder') continue;
    const month = MONTH_FILE.exec(name)?.[1];
    if (found === 'file' && SPREADSHEET.test(name)) {
      report(path, 1, `this is a spreadsheet, which the site cannot read: open it in Excel or LibreOffice and save it as CSV UTF-8, named for its month like ${folderName}/2024-03.csv`);
      continue;
    }
    if (found !== 'file' || !month) {
      report(path, 1, `expected one CSV file for each month, named for it like ${folderName}/2024-03.csv, found ${FOUND[found](name)}: rename it, or move it out of the ${folderName} folder`);
      continue;
    }
    read++;
    const relativePath = `${folderName}/${name}`;
    present.push(relativePath);
    const file: MonthFile<K> = { kind, month, path: relativePath, published: mapping.published[relativePath] ?? endOfMonth(`${month}-01`), rows: [], ...(fire ? { function: 'fire' as const } : {}) };
    const state = cache ? fileState(path) : '';
    const last = cache?.kept?.[path];
    if (cache && state && last?.state === state) {
      problems.push(...last.problems);
      cache.next[path] = last;
      if (last.readable) files.push(file);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      report(path, 1, unreadableMessage(error));
      continue;
    }
    // A workbook renamed .csv is a zip archive (.xlsx, .ods) or an OLE file (.xls), not text.
    if (bytes.subarray(0, 4).equals(ZIP_SIGNATURE) || bytes.subarray(0, 4).equals(OLE_SIGNATURE)) {
      const renamed = report(path, 1, 'this is a spreadsheet renamed .csv, not a CSV file: open it in Excel or LibreOffice and save it as CSV UTF-8');
      if (cache && state) cache.next[path] = { state, problems: [renamed], readable: false };
      continue;
    }
    const text = decodeText(bytes);
    const parsed = typeof text === 'string'
      ? parseMonthFile(kind, shownPath(path), month, text, mapping)
      : { rows: [], problems: [{ severity: 'error' as const, file: shownPath(path), line: text.line, field: '', rule: 'spending', message: text.message }] };
    problems.push(...parsed.problems);
    if (cache && state) cache.next[path] = { state, problems: parsed.problems, readable: typeof text === 'string' };
    if (typeof text === 'string') files.push({ ...file, rows: parsed.rows });
  }
  return { files, problems, read, present };
}

/** A spreadsheet's own file, which must be saved as CSV to be read. */
const SPREADSHEET = /\.(?:xlsx|xlsm|xls|ods|numbers)$/i;
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const FOUND: Record<Kind, (name: string) => string> = {
  file: (name) => `a file named "${name}"`,
  folder: () => 'a folder',
  other: () => 'something that is neither a file nor a folder',
};

/** What a name in a monthly folder is: a link is followed, as entry files' are, when it leads to something inside the office folder; otherwise why it cannot be. */
function entryKind(officeDir: string, path: string, entry: Dirent): Kind | { message: string } {
  if (!entry.isSymbolicLink()) return kindOf(entry);
  let office: string;
  try {
    office = realpathSync(officeDir);
  } catch (error) {
    return { message: unreadableMessage(error) };
  }
  const target = followLink(office, path);
  return 'kind' in target ? target.kind : target;
}

/** Whether the office has any monthly spending or grants file, without reading one. */
export function hasMonthlyFiles(officeDir: string): boolean {
  return MONTHLY_FOLDERS.some((folder) => {
    try {
      return readdirSync(join(officeDir, folder)).some((name) => MONTH_FILE.test(name));
    } catch {
      return false;
    }
  });
}

/**
 * The office's spending and grants, with every problem found reading them. With a cache (the
 * check's), a file unchanged since the last check is not read: its rows are left empty.
 */
export function readOfficeSpending(officeDir: string, office: Pick<Office, 'spending' | 'commissioner' | 'kinds'> | null, cache?: MonthlyCache): OfficeSpending {
  const mapping = spendingMapping(office);
  const spending = readFolder(officeDir, 'spending', mapping, cache);
  const grants = readFolder(officeDir, 'grants', mapping, cache);
  const fire = readFolder(officeDir, 'spending', mapping, cache, true);
  // Fire spending is published for the months the office was the fire and rescue authority: no other month has a fire-3g to meet.
  const heldFire = (file: MonthFile) => !office || kindsBetween(office, `${file.month}-01`, endOfMonth(`${file.month}-01`)).some((kind) => kind.fire);
  const notFire: Problem[] = fire.files.filter((file) => !heldFire(file)).map((file) => ({
    severity: 'error', file: shownPath(join(officeDir, file.path)), line: 1, field: '', rule: 'spending',
    message: `expected the fire and rescue authority's spending only for a month the office was the fire and rescue authority (a pfcc, or a mayor or board with "fire": true, in office.json's kinds), found ${file.path}: move it out of the spending/fire folder, or correct the office's kinds`,
  }));
  const read = new Set([...spending.present, ...grants.present, ...fire.present]);
  const strays: Problem[] = Object.keys(mapping.published).filter((path) => !read.has(path)).map((path) => ({
    severity: 'error', file: shownPath(officeConfigPath(officeDir)), line: officeFieldLine(officeDir, ['spending', 'published', path]), field: `spending.published.${path}`, rule: 'spending',
    message: `expected a file ${path} in the office folder, as this date is for it, found none: correct the file's name here, or add the file`,
  }));
  return { spending: spending.files, grants: grants.files, fire: fire.files.filter(heldFire), problems: [...spending.problems, ...grants.problems, ...fire.problems, ...notFire, ...strays], filesRead: spending.read + grants.read + fire.read };
}

/**
 * The monthly files dated after the build date: a month that has not begun (a payment cannot have been
 * made in it yet, so the file is misnamed or its dates mistyped), or a day of publication, in office.json,
 * that has not come, or that is before its month began.
 */
export function monthlyDateProblems(officeDir: string, monthly: Pick<OfficeSpending, 'spending' | 'grants' | 'fire'>, office: Pick<Office, 'spending'> | null, asOf: string): Problem[] {
  const { published } = spendingMapping(office);
  const problems: Problem[] = [];
  for (const file of [...monthly.spending, ...monthly.grants, ...monthly.fire]) {
    if (file.month > asOf.slice(0, 7)) {
      problems.push({ severity: 'error', file: shownPath(join(officeDir, file.path)), line: 1, field: '', rule: 'spending', message: `expected a month that has begun by the build date, ${asOf}, found a file for ${file.month}: name the file for the month its payments were made in, like ${file.path.replace(/\d{4}-\d{2}(?=\.csv$)/, asOf.slice(0, 7))}` });
    }
    const day = published[file.path];
    if (day === undefined) continue;
    const where = { severity: 'error' as const, file: shownPath(officeConfigPath(officeDir)), line: officeFieldLine(officeDir, ['spending', 'published', file.path]), field: `spending.published.${file.path}`, rule: 'spending' };
    if (day > asOf) problems.push({ ...where, message: `expected the day ${file.path} was published, on or before the build date, ${asOf}, found ${day}, which is later` });
    else if (day < `${file.month}-01`) problems.push({ ...where, message: `expected the day ${file.path} was published, after its month began (${file.month}-01), found ${day}, which is before it` });
  }
  return problems;
}
