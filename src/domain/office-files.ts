// Finding an office's entry files, for the check and the site's loader alike: each collection
// folder is listed, with its subfolders, and whatever in it will not be read is reported, so that
// nothing an editor put there is left out without a word.
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { collections, type CollectionName } from './collections.ts';
import { entryId, isEntryFile, shownPath, translationCode, type EntryFileLocation, type TranslationFileLocation } from './content-files.ts';
import { translationLanguages } from './languages.ts';
import type { Problem } from './check/problems.ts';
import { within } from './paths.ts';
import { FILES_FOLDER } from './documents.ts';
import { didYouMean } from './check/suggest.ts';

/** Entry files, in a stable order, their translation files, and what could not be read as either, and why. */
export interface FoundFiles {
  files: EntryFileLocation[];
  /** Files named for an entry and a language (41-2020.cy.md): never entries of their own. */
  translations: TranslationFileLocation[];
  problems: Problem[];
}

/**
 * Every entry file of every collection in an office folder. `defaultLanguage` is the code of the
 * office's default language: a file named with any other language's code is a translation.
 */
export function officeFiles(officeDir: string, defaultLanguage = 'en'): FoundFiles {
  const found = (Object.keys(collections) as CollectionName[]).map((collection) => collectionFiles(officeDir, collection, defaultLanguage));
  const files = found.flatMap(({ files }) => files);
  return { files, translations: found.flatMap(({ translations }) => translations), problems: [...strayProblems(officeDir, files), ...found.flatMap(({ problems }) => problems)] };
}

/** The folders of the office folder that hold what is published: each collection's, its papers' and its monthly files'. (A function, as documents.ts, which names the papers' folder, imports this module.) */
const publishedFolders = () => [...new Set([...Object.values(collections).map(({ folder }) => folder), FILES_FOLDER, 'spending', 'grants'])];

/**
 * What an editor put where nothing is read, and so would never be published without a word: a folder
 * named nearly as one that is read ("decision", "Decisions"), and an entry (a Markdown file with
 * front matter) in the office folder itself that no link in a content folder leads to.
 */
function strayProblems(officeDir: string, read: EntryFileLocation[]): Problem[] {
  let names: Dirent[];
  try {
    names = readdirSync(officeDir, { withFileTypes: true }).sort(byName);
  } catch {
    return [];
  }
  const published = publishedFolders();
  const warn = (name: string, message: string): Problem => ({ severity: 'warning', file: shownPath(join(officeDir, name)), line: 1, field: '', rule: 'stray-file', message });
  return names.flatMap((entry) => {
    if (isSystemFile(entry.name)) return [];
    if (entry.isDirectory() && !published.includes(entry.name)) {
      const named = published.find((folder) => folder === entry.name.toLowerCase());
      if (named) return [warn(entry.name, `the folder read is "${named}", in small letters: the servers that build the site tell "${entry.name}" from it, so nothing in it would be published. Rename it "${named}"`)];
      const meant = didYouMean(entry.name, published);
      return meant ? [warn(entry.name, `nothing in this folder is read, so nothing in it is published${meant}: move what is in it into that folder`)] : [];
    }
    if (entry.isFile() && isEntryFile(entry.name) && /^(?:\uFEFF)?---\r?\n/.test(readStart(join(officeDir, entry.name))) && !linkedTo(join(officeDir, entry.name), read)) {
      return [warn(entry.name, `this entry is in the office folder itself, where no entry is read, so it is not published: move it into the folder of its kind, such as ${collections.decisions.folder}/ or ${collections.pages.folder}/`)];
    }
    return [];
  });
}

/** Whether an entry file read through a link is `path`. */
function linkedTo(path: string, read: EntryFileLocation[]): boolean {
  const real = realpathSync(path);
  return read.some((file) => {
    try {
      return lstatSync(file.path).isSymbolicLink() && realpathSync(file.path) === real;
    } catch {
      return false;
    }
  });
}

/** The first bytes of a file, as text: enough to see whether it starts with front matter. */
function readStart(path: string): string {
  try {
    return readFileSync(path, { encoding: 'utf8' }).slice(0, 8);
  } catch {
    return '';
  }
}

/**
 * Files that the system and editors make for themselves, never entries: hidden files (Finder's
 * .DS_Store, git's .gitkeep, the ._ copies macOS leaves on shared drives, editors' lock and swap
 * files) and backups ending ~. They are passed over without a word, as the editor did not make them.
 */
export function isSystemFile(name: string): boolean {
  return /^\.|~$/.test(name);
}

export type Kind = 'folder' | 'file' | 'other';

export const kindOf = (entry: Dirent | Stats): Kind => (entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other');


const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Why something cannot be read, from the error that said so, and what to do. */
export const unreadableMessage = (error: unknown) => `this cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): make it readable, or move it out of the office folder`;

/**
 * Where a link leads and what is there, when it leads to something inside the office folder (`office`,
 * its real path); otherwise why it may not be followed: outside the office folder, to nothing, round a loop.
 */
export function followLink(office: string, path: string): { real: string; kind: Kind } | { rule: 'link' | 'unreadable'; message: string } {
  try {
    const real = realpathSync(path);
    if (!within(office, real)) return { rule: 'link', message: `this link leads outside the office folder, to ${real}: the site is built only from what is in the office folder, so that its repository holds everything it publishes. Copy what it links to into the office folder instead` };
    return { real, kind: kindOf(statSync(real)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { rule: 'link', message: `this link leads to ${readlinkSync(path)}, which does not exist: point it at a file in the office folder, or delete it` };
    if (code === 'ELOOP') return { rule: 'link', message: 'this link leads round a loop of links, never to a file: point it at a file in the office folder, or delete it' };
    return { rule: 'unreadable', message: unreadableMessage(error) };
  }
}

/**
 * Every entry file in one collection's folder and its subfolders. Links are followed when they lead
 * to something inside the office folder: one that leads outside it, to nothing or round in a loop is
 * reported, as is anything that is not an entry file, and a second file for the same entry.
 */
export function collectionFiles(officeDir: string, collection: CollectionName, defaultLanguage = 'en'): FoundFiles {
  const folderName = collections[collection].folder;
  const folder = join(officeDir, folderName);
  const problems: Problem[] = [];
  const translationCodes = translationLanguages(defaultLanguage);
  const translations: TranslationFileLocation[] = [];
  const report = (path: string, rule: string, message: string) => problems.push({ severity: 'error', file: shownPath(path), line: 1, field: '', rule, message });
  let office: string;
  try {
    office = realpathSync(officeDir);
  } catch {
    // No office folder: the office configuration's check says so.
    return { files: [], translations, problems };
  }

  /** A real path inside the office as it is reached from the office folder as given. */
  const inOffice = (real: string) => join(officeDir, relative(office, real));

  /** Where a link leads and what is there, or nothing when it may not be followed (having said why). */
  function follow(path: string): { real: string; kind: Kind } | undefined {
    const target = followLink(office, path);
    if ('rule' in target) report(path, target.rule, target.message);
    else return target;
    return undefined;
  }

  /** The entry files found, by id in small letters. */
  const entries = new Map<string, EntryFileLocation>();

  /** Takes an entry file; a second file for an entry already found is reported, naming the other. */
  function add(path: string, name: string): void {
    const code = translationCode(name, translationCodes);
    if (code !== undefined) {
      translations.push({ collection, folder, path, code });
      return;
    }
    const key = name.replace(/\.(?:md|markdown|mdx)$/i, '').toLowerCase();
    const first = entries.get(key)?.path;
    // Of two files for one entry, one named as entries usually are (.md or .mdx, in small letters) is read.
    const replaces = first !== undefined && !/\.mdx?$/.test(first) && /\.mdx?$/.test(path);
    if (first === undefined || replaces) entries.set(key, { collection, folder, path });
    if (first === undefined) return;
    const [read, other] = replaces ? [path, first] : [first, path];
    report(other, 'duplicate-file', `this file and ${shownPath(read)} are one entry, "${entryId(folder, read)}", as an entry is named by its file name without .md, .markdown or .mdx, and capital letters do not count (Windows and macOS take such names for one file): only one could be published. Delete one of them, or rename it`);
  }

  /**
   * Reads one thing in the folder, a link, a folder or a file: `name` is its path inside the
   * collection's folder, `location` its real path, and `inside` the real path of each folder it is
   * in, down from the office's.
   */
  function visit(path: string, name: string, entry: Dirent | Stats, location: string, inside: readonly string[]): void {
    let real = location;
    let kind = kindOf(entry);
    if (entry.isSymbolicLink()) {
      const target = follow(path);
      if (!target) return;
      ({ real, kind } = target);
      if (kind === 'folder' && inside.some((folder) => within(real, folder))) {
        // Named where it is in the office folder, not by the way round the loop that reached it.
        report(inOffice(location), 'link', `this link makes a loop: it leads to ${shownPath(inOffice(real))}, from where the folders lead back to the link itself, so they would be read without end. Point it at another folder, or delete it`);
        return;
      }
    }
    if (kind === 'folder') list(path, name, real, [...inside, real]);
    else if (kind === 'file' && isEntryFile(name)) add(path, name);
    else report(path, 'file-type', notAnEntry(basename(path), kind, path === folder ? undefined : folderName));
  }

  function list(path: string, name: string, real: string, inside: readonly string[]): void {
    let found: Dirent[];
    try {
      found = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      report(path, 'unreadable', unreadableMessage(error));
      return;
    }
    const prefix = name ? `${name}/` : '';
    for (const entry of found.sort(byName)) {
      if (isSystemFile(entry.name)) continue;
      // Most are entry files, which need no more than their names: at 100,000 notices, every step here counts.
      if (entry.isFile() && isEntryFile(entry.name)) add(join(path, entry.name), prefix + entry.name);
      else visit(join(path, entry.name), prefix + entry.name, entry, join(real, entry.name), inside);
    }
  }

  // A collection the office does not keep has no folder.
  const stats = lstatSync(folder, { throwIfNoEntry: false });
  // The office folder holds everything read: a link to it, or to a folder it is in, is a loop.
  if (stats) visit(folder, '', stats, join(office, folderName), [office]);
  return { files: [...entries.values()], translations, problems };
}

/** What to do with something in a collection folder that is not an entry file. */
function notAnEntry(name: string, kind: Kind, folderName: string | undefined): string {
  if (folderName === undefined) return `this should be the folder of the office's ${name}, but it is not a folder: move it aside, and make a folder of that name for them`;
  if (kind === 'other') return 'this is neither a file nor a folder, so it cannot be read: move it out of the office folder';
  if (/\.mdx$/i.test(name)) return `MDX is compiled only from a file whose name ends .mdx in small letters: rename it ${name.slice(0, -'.mdx'.length)}.mdx`;
  return `only files whose names end .md (or .markdown, or .mdx) are read as entries: if this is one, save it as Markdown with a name ending .md; if not, move it out of the ${folderName}/ folder`;
}
