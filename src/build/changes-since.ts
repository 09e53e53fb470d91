// What has changed in an office's entry files since an earlier revision of its repository, for the
// check's rule on change notes (src/domain/check/history.ts): one `git diff` against the working tree,
// so that an editor's edits not yet committed count, and one `git cat-file --batch` for the earlier
// versions of the entry files it lists, whatever the office's size. The diff is git's raw one, which
// names each earlier version's blob: looking a file up by its path instead takes git a search of its
// folder's thousands of files for each.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { collections, type CollectionName } from '../domain/collections.ts';
import { decodeText, parseSourceFile, readSourceFile, shownPath, type SourceFile } from '../domain/content-files.ts';
import { changeNoteProblems, entryCollection, type ChangedEntry, type EntryVersion } from '../domain/check/history.ts';
import type { Problem } from '../domain/check/problems.ts';
import { languageCode, translationLanguages } from '../domain/languages.ts';
import type { Office } from '../domain/schemas/office.ts';
import { git, isShallowClone, repositoryRoot } from './git-history.ts';

/** The revision compared with when none is given: the last commit, so that what an editor has changed since is checked. */
export const DEFAULT_BASE = 'HEAD';

export type ChangesSince =
  /** No repository holds the office's folder (or there is no git): nothing to compare with. */
  | { state: 'none' }
  /** The revision given is not one this repository holds, and why. */
  | { state: 'unresolved'; reason: string }
  | { state: 'compared'; changed: ChangedEntry[] };

interface Change {
  collection: CollectionName;
  /** Its blob then. */
  baseBlob: string;
  /** Its path in the office's folder then. */
  baseInOffice: string;
  /** Its path in the office's folder now, when it is still there. */
  currentInOffice?: string;
  renamed: boolean;
}

/** An entry's page address comes from its path without the extension, whatever its letter case: a rename that keeps it keeps the page. */
const address = (path: string) => path.replace(/\.(?:md|markdown|mdx)$/i, '').toLowerCase();

/** `git diff --raw -z` read: each entry file of the office there was then, and what became of it. */
function changesIn(diff: string, officePrefix: string, translationCodes: readonly string[]): Change[] {
  const fields = diff.split('\0');
  const inOffice = (path: string | undefined) => (path?.startsWith(officePrefix) ? path.slice(officePrefix.length) : undefined);
  const changes: Change[] = [];
  for (let at = 0; at < fields.length && fields[at] !== ''; ) {
    // ":100644 100644 <blob then> <blob now, or zeros when not yet hashed> <status>"
    const [, , baseBlob = '', , status = ''] = fields[at]!.split(' ');
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const [first, second] = [fields[at + 1], twoPaths ? fields[at + 2] : undefined];
    at += twoPaths ? 3 : 2;
    const baseInOffice = inOffice(first);
    const collection = baseInOffice === undefined ? undefined : entryCollection(baseInOffice, translationCodes);
    // A copy or an addition leaves every entry there was as it was; an unmerged file is git's to settle first.
    if (first === undefined || baseInOffice === undefined || collection === undefined || !/^[MTDR]/.test(status)) continue;
    if (status.startsWith('D')) changes.push({ collection, baseBlob, baseInOffice, renamed: false });
    else if (status.startsWith('R')) {
      const currentInOffice = inOffice(second);
      const samePage = currentInOffice !== undefined && address(currentInOffice) === address(baseInOffice);
      changes.push({ collection, baseBlob, baseInOffice, ...(currentInOffice !== undefined && { currentInOffice }), renamed: !samePage });
    } else changes.push({ collection, baseBlob, baseInOffice, currentInOffice: baseInOffice, renamed: false });
  }
  return changes;
}

/** The content of each blob, or undefined for one git does not have; one process for them all. */
function blobTexts(root: string, blobs: string[]): (Buffer | undefined)[] {
  if (blobs.length === 0) return [];
  const output = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: blobs.map((blob) => `${blob}\n`).join(''), maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
  const texts: (Buffer | undefined)[] = [];
  let at = 0;
  for (let index = 0; index < blobs.length; index++) {
    const headerEnd = output.indexOf(0x0a, at);
    const header = output.toString('utf8', at, headerEnd).split(' ');
    at = headerEnd + 1;
    if (header[1] !== 'blob') {
      texts.push(undefined);
      continue;
    }
    const size = Number(header[2]);
    texts.push(output.subarray(at, at + size));
    at += size + 1;
  }
  return texts;
}

/** An entry file's earlier version, parsed as the check parses the file now; undefined when git has none, or it was not UTF-8. */
function versionOf(bytes: Buffer | undefined, collection: CollectionName, inOffice: string, officeDir: string): EntryVersion | undefined {
  if (!bytes) return undefined;
  const text = decodeText(bytes);
  if (typeof text !== 'string') return undefined;
  const { frontMatter, body } = parseSourceFile(collection, join(officeDir, collections[collection].folder), join(officeDir, inOffice), text);
  return { frontMatter, body };
}

function currentFile(officeDir: string, collection: CollectionName, inOffice: string): SourceFile | undefined {
  try {
    return readSourceFile({ collection, folder: join(officeDir, collections[collection].folder), path: join(officeDir, inOffice) });
  } catch {
    // Gone or unreadable since git looked: the check's own reading of the folder says so.
    return undefined;
  }
}

/** Why a revision cannot be compared with. */
function unresolvedReason(root: string, base: string): string {
  if (/^0+$/.test(base)) return 'it is no commit (GitHub gives a row of zeros as the commit before the first push of a branch)';
  if (isShallowClone(root)) return 'this repository is a shallow clone, whose history may not reach it: fetch the full history (git fetch --unshallow; with actions/checkout, fetch-depth: 0)';
  return 'this repository has no commit of that name';
}

/**
 * The entry files of the office that differ from the revision `base`: their versions then, and
 * now. `given`: whether the revision was asked for; the default, the last commit, is none in a
 * repository with no commits yet, and then there is nothing published to compare with.
 */
export function changesSince(officeDir: string, base: string, translationCodes: readonly string[], given: boolean): ChangesSince {
  let realDir: string;
  try {
    realDir = realpathSync(officeDir);
  } catch {
    // No office folder: the check of the office's configuration says so.
    return { state: 'none' };
  }
  const root = repositoryRoot(realDir);
  if (!root) return { state: 'none' };
  const commit = base.startsWith('-') ? undefined : git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`])?.trim();
  if (!commit) return given ? { state: 'unresolved', reason: unresolvedReason(root, base) } : { state: 'none' };
  const inRepository = relative(root, realDir).split(sep).join('/');
  const diff = git(root, ['diff', '--no-color', '--raw', '--no-abbrev', '-z', '-M', commit, '--', inRepository || '.']);
  if (diff === undefined) return { state: 'unresolved', reason: 'git could not compare the office folder with it' };
  const changes = changesIn(diff, inRepository ? `${inRepository}/` : '', translationCodes);
  let texts: (Buffer | undefined)[];
  try {
    texts = blobTexts(root, changes.map(({ baseBlob }) => baseBlob));
  } catch (error) {
    return { state: 'unresolved', reason: `git could not read the files' earlier versions (${(error as Error).message.split('\n')[0]})` };
  }
  return {
    state: 'compared',
    changed: changes.map((change, index) => {
      const baseVersion = versionOf(texts[index], change.collection, change.baseInOffice, officeDir);
      const current = !change.renamed && change.currentInOffice !== undefined ? currentFile(officeDir, change.collection, change.currentInOffice) : undefined;
      return {
        path: change.baseInOffice,
        shownPath: shownPath(join(officeDir, change.currentInOffice !== undefined && !change.renamed ? change.currentInOffice : change.baseInOffice)),
        ...(baseVersion && { base: baseVersion }),
        ...(current && { current }),
        ...(change.renamed && change.currentInOffice !== undefined && { renamedTo: shownPath(join(officeDir, change.currentInOffice)) }),
      };
    }),
  };
}

export interface HistoryCheckOptions {
  /** The revision to compare with, as given (--since, CHANGES_SINCE); the last commit when none is. */
  since?: string;
  asOf: string;
}

/**
 * The check's rule on change notes, over the office's entries changed since the revision given:
 * nothing when the office is in no repository, and a warning when the revision cannot be read.
 * Run beside the check, not in it: its findings depend on the repository, which the check's cache
 * of each file's findings knows nothing of.
 */
export function historyProblems(officeDir: string, office: Office | null, { since, asOf }: HistoryCheckOptions): Problem[] {
  const given = since?.trim() || undefined;
  const base = given ?? DEFAULT_BASE;
  const translationCodes = translationLanguages(languageCode(office?.language ?? 'en'));
  const changes = changesSince(officeDir, base, translationCodes, given !== undefined);
  if (changes.state === 'none') return [];
  if (changes.state === 'unresolved') {
    return [{ severity: 'warning', file: shownPath(officeDir), line: 1, field: '', rule: 'change-notes', message: `the changes to published entries could not be compared with ${base}, so no change notes were checked: ${changes.reason}` }];
  }
  const comparedWith = given === undefined || given === DEFAULT_BASE ? 'the last commit' : /^[0-9a-f]{40}$/i.test(given) ? `commit ${given.slice(0, 12)}` : given;
  return changeNoteProblems(changes.changed, { translationCodes, asOf, comparedWith, ...(office && { numbering: office }) });
}
