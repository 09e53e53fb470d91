// An entry's history as readers see it: when it was first published, when it was last updated, the
// changes noted since, and whether it has been withdrawn (GOV.UK's "Published", "Last updated", "Show
// all updates" and withdrawn patterns). Pure: the repository's dates come in as data (see
// src/build/git-history.ts).
import type { ChangeNote } from './schemas/common.ts';

/** The fields every entry has for its history (historyFields in schemas/common.ts), and the dates some collections state. */
export interface HistoryData {
  firstPublished?: string;
  changes?: ChangeNote[];
  withdrawn?: { date: string; reason: string };
  /** When the entry was published, as a decision, a plan, a transparency item or a register entry states it. */
  published?: string;
  /** A decision's date: a notice is published when it is made unless it says otherwise. */
  date?: string;
  /** A budget is published when it is approved. */
  approved?: string;
}

/** A change a reader is told of: its date and what changed. */
export interface NotedChange {
  date: string;
  note: string;
}

export interface EntryHistory {
  /** When the entry was first published (YYYY-MM-DD, YYYY-MM, or a financial year such as 2013/14 where an old decision knows no better): as it states, else as the repository's history says; unknown without either. */
  firstPublished?: string;
  /** Where that date came from. */
  firstPublishedFrom?: 'entry' | 'repository';
  /** The date of the newest noted change, when there is one. */
  lastUpdated?: string;
  /** The noted changes, newest first; minor ones are left out. */
  changes: NotedChange[];
  withdrawn?: { date: string; reason: string };
}

/** The date an entry states it was first published, if it states one. */
export function statedPublication(collection: string, data: HistoryData): string | undefined {
  if (data.firstPublished) return data.firstPublished;
  if (collection === 'decisions') return data.published ?? data.date;
  if (collection === 'budgets') return data.approved;
  return data.published;
}

/** Newest first; for the same day or month, the one listed later in the entry first. */
const newestFirst = <T extends { date: string }>(items: T[]) =>
  items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.date.localeCompare(a.item.date) || b.order - a.order)
    .map(({ item }) => item);

/**
 * An entry's history. `committed` is the day the repository's history says its file was first
 * committed (or the build's date, for a file not yet committed), when the build could read a full
 * history: it dates an entry that states no date of its own.
 */
export function entryHistory(collection: string, data: HistoryData, committed?: string): EntryHistory {
  const stated = statedPublication(collection, data);
  const firstPublished = stated ?? committed;
  const changes = newestFirst((data.changes ?? []).flatMap((change) => (change.minor || change.note === undefined ? [] : [{ date: change.date, note: change.note }])));
  return {
    ...(firstPublished !== undefined && { firstPublished, firstPublishedFrom: stated !== undefined ? ('entry' as const) : ('repository' as const) }),
    ...(changes.length > 0 && { lastUpdated: changes[0]!.date }),
    changes,
    ...(data.withdrawn && { withdrawn: data.withdrawn }),
  };
}

/** The fields that are not an entry's substance: its own history (a date of first publication stated later corrects no fact), and the note to editors, which is never published. */
const NOT_SUBSTANCE = new Set(['firstPublished', 'changes', 'withdrawn', 'editorsNote']);

/** A value with object keys in one order and dates as their ISO text, so that YAML's formatting makes no difference. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/**
 * What a reader relies on in an entry: its front matter's data (but for its history and the note to
 * editors) and its body's words. Quoting, key order, line wrapping and spacing are formatting, not
 * substance: two versions with the same substance read the same.
 */
export function substanceOf(frontMatter: Record<string, unknown>, body: string): string {
  const data = Object.fromEntries(Object.entries(frontMatter).filter(([key]) => !NOT_SUBSTANCE.has(key)));
  return JSON.stringify([canonical(data), body.replace(/\s+/g, ' ').trim()]);
}

/** What the build could read of the history of the repository that holds the office's folder. */
export interface RepositoryHistory {
  /** full: every commit; shallow: a clone cut short, whose first commit is no entry's first publication; none: no repository (or no git). */
  state: 'full' | 'shallow' | 'none';
  /** The commit the history was read at. */
  head?: string;
  /** The day (YYYY-MM-DD) each file of the office was first committed, by its path in the office's folder ("decisions/41-2020.md"); empty unless the history is full. */
  committed: Record<string, string>;
}

/** Where a build keeps the repository's history for the pages to read, in the office's cache. */
export const REPOSITORY_HISTORY_FILE = 'repository-history.json';
