// A published entry is never changed quietly nor taken down: the check compares each entry file that
// differs from an earlier revision of the repository (src/build/changes-since.ts reads them) with its
// version then. A change of substance (see substanceOf) needs a new change note, or minor: true; a
// withdrawal is its own note; and a published entry stays, withdrawn, rather than being removed.
// Pure: the versions come in as data.
import { collections, hasDrafts, type CollectionName } from '../collections.ts';
import { isEntryFile, lineOf, translationCode, type SourceFile } from '../content-files.ts';
import { decisionPath, type DecisionIdentity } from '../decision-references.ts';
import { substanceOf } from '../history.ts';
import type { Office } from '../schemas/office.ts';
import type { Problem } from './problems.ts';

/** One version of an entry file: its front matter as parsed from YAML (null when it could not be) and its body. */
export interface EntryVersion {
  frontMatter: unknown;
  body: string;
}

/** An entry file that differs from the earlier revision. */
export interface ChangedEntry {
  /** Its path in the office's folder then: "decisions/41-2020.md". */
  path: string;
  /** That path as the check names files, relative to the working directory. */
  shownPath: string;
  /** Its version in the earlier revision; absent for a file added since. */
  base?: EntryVersion;
  /** Its version now; absent for a file removed (or renamed) since. */
  current?: SourceFile;
  /** Where a renamed file is now, as the check names files. */
  renamedTo?: string;
}

export interface ChangeNoteOptions {
  /** The codes of the languages a translation file can be in (every interface language but the office's own). */
  translationCodes: readonly string[];
  /** The build date: new change notes are dated on or before it, and the examples show it. */
  asOf: string;
  /** The earlier revision, as the editor is told of it: "the last commit", "commit a1b2c3d". */
  comparedWith: string;
  /** How the office numbers its decisions, which a decision's address is made from; without it (office.json unreadable), moves are not looked for. */
  numbering?: Pick<Office, 'decisionReference' | 'financialYearStart'>;
}

const folderCollections = new Map<string, CollectionName>(Object.entries(collections).map(([name, { folder }]) => [folder, name as CollectionName]));

/** The collection of an entry file by its path in the office's folder; undefined for a translation, the office's configuration, or any other file. */
export function entryCollection(path: string, translationCodes: readonly string[]): CollectionName | undefined {
  const [folder, ...rest] = path.split('/');
  const name = rest[rest.length - 1];
  if (folder === undefined || name === undefined || rest.some((part) => /^\.|~$/.test(part))) return undefined;
  const collection = folderCollections.get(folder);
  if (collection === undefined || !isEntryFile(name) || translationCode(name, translationCodes) !== undefined) return undefined;
  return collection;
}

type FrontMatter = Record<string, unknown>;

const asFrontMatter = (value: unknown): FrontMatter | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as FrontMatter) : undefined);
const changeNotes = (frontMatter: FrontMatter): unknown[] => (Array.isArray(frontMatter.changes) ? frontMatter.changes : []);
const isDraft = (collection: CollectionName, frontMatter: FrontMatter) => hasDrafts(collection) && frontMatter.status === 'draft';
const dateOf = (note: unknown) => {
  const date = asFrontMatter(note)?.date;
  return typeof date === 'string' ? date : undefined;
};

/** A change note as an editor writes it, for the messages. */
const noteExample = (asOf: string) => `like date: ${asOf} and note: "Corrected the amount awarded."`;

/** The problems with the changes to published entries since the earlier revision. */
export function changeNoteProblems(changed: readonly ChangedEntry[], options: ChangeNoteOptions): Problem[] {
  return changed.flatMap((entry) => {
    const collection = entryCollection(entry.path, options.translationCodes);
    const base = asFrontMatter(entry.base?.frontMatter);
    if (collection === undefined || base === undefined || !entry.base || isDraft(collection, base)) return [];
    if (!entry.current) return [removed(entry, options)];
    const current = asFrontMatter(entry.current.frontMatter);
    // Front matter that cannot be read is reported by the check's other rules.
    if (current === undefined) return [];
    if (isDraft(collection, current)) return [unpublished(entry.current, options)];
    return [...unnoted(entry.current, base, entry.base.body, current, options), ...futureNotes(entry.current, base, current, options), ...movedDecision(collection, entry.current, base, current, options)];
  });
}

const problem = (severity: Problem['severity'], file: string, line: number, field: string, message: string, rule = 'change-notes'): Problem => ({ severity, file, line, field, message, rule });

function removed({ shownPath, renamedTo }: ChangedEntry, { asOf, comparedWith }: ChangeNoteOptions): Problem {
  const found = renamedTo ? `the file renamed to ${renamedTo}, which moves its page to a new address` : 'the file removed';
  const fix = renamedTo ? `Rename it back, and add` : 'Put it back, and add';
  return problem(
    'error',
    shownPath,
    1,
    'withdrawn',
    `this entry was published at ${comparedWith}, and its page's address stops working when its file goes: expected the entry kept and withdrawn, so that its page stays, marked withdrawn with the date and the reason; found ${found}. ${fix} withdrawn: {date: ${asOf}, reason: "…"} to its front matter`,
  );
}

/** A published entry made a draft again comes off the site as surely as one removed. */
function unpublished(file: SourceFile, { asOf, comparedWith }: ChangeNoteOptions): Problem {
  return problem(
    'error',
    file.path,
    lineOf(file, ['status']),
    'status',
    `this entry was published at ${comparedWith}, and a draft is taken off the site: expected it kept published, and withdrawn if it should no longer stand (withdrawn: {date: ${asOf}, reason: "…"}); found status: draft`,
  );
}

function unnoted(file: SourceFile, base: FrontMatter, baseBody: string, current: FrontMatter, { asOf, comparedWith }: ChangeNoteOptions): Problem[] {
  if (current.withdrawn !== undefined && base.withdrawn === undefined) return [];
  if (changeNotes(current).length > changeNotes(base).length) return [];
  if (substanceOf(base, baseBody) === substanceOf(current, file.body)) return [];
  const dates = changeNotes(current).flatMap((note) => dateOf(note) ?? []);
  const newest = dates.reduce<string | undefined>((latest, date) => (latest === undefined || date > latest ? date : latest), undefined);
  const found = newest === undefined ? 'no change notes' : `none new (the newest is dated ${newest})`;
  const line = 'changes' in current ? lineOf(file, ['changes']) : file.bodyLine - 1;
  return [
    problem(
      'error',
      file.path,
      line,
      'changes',
      `this published entry has changed since ${comparedWith} (its data or its text, not only their formatting), and readers are told what changed: expected a new change note in changes, with the date and a note saying what changed, for the public (${noteExample(asOf)}), or minor: true in place of the note for a correction that changes nothing a reader relies on (a typo); found ${found}`,
    ),
  ];
}

/** The fields a decision's address is made from, as its schema reads them; undefined where one is not valid (the schema's rules report it). */
function decisionIdentity(frontMatter: FrontMatter): DecisionIdentity | undefined {
  const { shape } = collections.decisions.schema;
  const { reference, title, date } = frontMatter;
  const valid = (reference === undefined || shape.reference.safeParse(reference).success) && shape.title.safeParse(title).success && shape.date.safeParse(date).success;
  return valid ? { ...(reference !== undefined && { reference: reference as string }), title: title as string, date: date as string } : undefined;
}

/**
 * A published decision's address is made from its reference, or from its date and title where it has none:
 * correcting one moves its page, and links to the old address (from other sites, the press, bookmarks) stop
 * working. The editor is told, so that a change that need not be made is not.
 */
function movedDecision(collection: CollectionName, file: SourceFile, base: FrontMatter, current: FrontMatter, { numbering, comparedWith }: ChangeNoteOptions): Problem[] {
  if (collection !== 'decisions' || !numbering) return [];
  const [before, after] = [base, current].map(decisionIdentity);
  if (!before || !after) return [];
  const [from, to] = [before, after].map((identity) => decisionPath(identity, numbering));
  if (from === to) return [];
  const field = (['reference', 'date', 'title'] as const).find((key) => before[key] !== after[key]) ?? 'reference';
  const madeFrom = before.reference === undefined ? 'date and title' : numbering.decisionReference.restarts === 'never' ? 'reference' : 'reference and the year of its date';
  const message = `this change moves the notice's page from /${from} to /${to}, as its address is made from its ${madeFrom}: links to the old address, published at ${comparedWith}, will stop working. Keep the ${field} as published unless the correction is needed`;
  return [problem('warning', file.path, lineOf(file, [field]), field, message, 'moved-page')];
}

/** A change note is dated when its change is published: a later date is a slip. */
function futureNotes(file: SourceFile, base: FrontMatter, current: FrontMatter, { asOf }: ChangeNoteOptions): Problem[] {
  return changeNotes(current).flatMap((note, index) => {
    const date = dateOf(note);
    // A date that is not one is the schema's to report.
    if (index < changeNotes(base).length || date === undefined || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(date) || date.localeCompare(asOf.slice(0, date.length)) <= 0) return [];
    return [problem('warning', file.path, lineOf(file, ['changes', index, 'date']), `changes.${index}.date`, `expected a new change note dated when the change is published, on or before the build date (${asOf}); found ${date}, which is later`)];
  });
}
