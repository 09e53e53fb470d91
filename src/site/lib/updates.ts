import type { CollectionEntry } from 'astro:content';
import { entryPath } from '../../domain/addresses.ts';
import { firstDay } from '../../domain/dates.ts';
import { registerCollections, type CollectionName } from '../../domain/collections.ts';
import type { BudgetData } from '../../domain/schemas/budgets.ts';
import type { DecisionData } from '../../domain/schemas/decisions.ts';
import { budgetTitleIn } from './budget-figures.ts';
import { budgets, decisions, pages, plans, registerEntries, services, transparencyItems } from './entries.ts';
import { decisionLabelIn } from './entry-words.ts';
import { historyOf } from './history.ts';
import type { PageLanguage } from './language.ts';
import { recordViewsIn, type RecordCollection } from './record-views.ts';
import { office } from './site.ts';
import { translatedAll, untranslated } from './translations.ts';

/** One thing that happened to an entry with a page: published, changed (with a note), or withdrawn (with the reason). */
export interface Update {
  kind: 'published' | 'changed' | 'withdrawn';
  /** YYYY-MM-DD; YYYY-MM where only the month is known; 2013/14 where a decision gives only its financial year. */
  date: string;
  /** What the entry is, in the page's language, before its title, where its title does not say: "Decision 41/2020". */
  label?: string;
  /** The entry's title, in the page's language once translated. */
  title: string;
  /** The language of the entry's words, where it is not the page's (an entry not yet translated). */
  lang?: string | undefined;
  /** The site path of the entry's page, in the default language ("decisions/41-2020/"). */
  path: string;
  /** What changed, or why it was withdrawn. */
  note?: string;
}

/** How many updates the updates page lists: the rest are in each section's lists and the downloads. */
export const UPDATES_SHOWN = 100;

type Shown = { id: string; collection: string; filePath?: string; data: unknown; lang?: string };

/** An entry's title as the updates name it, in the page's language once translated. */
function titleOf(collection: CollectionName, entry: Shown, language: PageLanguage): string {
  const data = entry.data as Record<string, unknown>;
  if (collection === 'decisions') return String(data.title);
  if (collection === 'budgets') return budgetTitleIn(data as BudgetData, language);
  if (collection === 'services') return String(data.service);
  if ((registerCollections as readonly string[]).includes(collection)) return recordViewsIn(language)[collection as RecordCollection].heading(data as never);
  return String(data.title);
}

/** What happened to one entry, each thing with its date: those with no known date are left out. */
function updatesOf(collection: CollectionName, entry: Shown, language: PageLanguage): Update[] {
  const path = entryPath(collection, { id: entry.id, data: untranslated(entry.data) }, office);
  if (path === undefined) return [];
  const history = historyOf(entry);
  const label = collection === 'decisions' ? decisionLabelIn(entry.data as DecisionData, language) : undefined;
  const about = { ...(label && { label }), title: titleOf(collection, entry, language), lang: entry.lang, path };
  return [
    ...(history.withdrawn ? [{ ...about, kind: 'withdrawn' as const, date: history.withdrawn.date, note: history.withdrawn.reason }] : []),
    ...history.changes.map((change) => ({ ...about, kind: 'changed' as const, date: change.date, note: change.note })),
    ...(history.firstPublished ? [{ ...about, kind: 'published' as const, date: history.firstPublished }] : []),
  ];
}

/** Every collection whose entries have pages, with its published entries. */
async function entriesWithPages(): Promise<[CollectionName, Shown[]][]> {
  const lists: [CollectionName, Promise<CollectionEntry<CollectionName>[]>][] = [
    ['decisions', decisions()],
    ['plans', plans()],
    ['budgets', budgets()],
    ['services', services()],
    ['transparency', transparencyItems()],
    ['pages', pages()],
    ...registerCollections.map((collection): [CollectionName, Promise<CollectionEntry<CollectionName>[]>] => [collection, registerEntries(collection)]),
  ];
  return Promise.all(lists.map(async ([collection, entries]) => [collection, await entries] as [CollectionName, Shown[]]));
}

/**
 * Everything that happened to the site's entries, newest first: each entry's first publication, its
 * noted changes and its withdrawal, in the page's language. A month (2016-03) or a financial year
 * (2013/14, a decision's date as an old record gives it) counts from its first day, so it never looks
 * more recent than it was.
 */
export async function latestUpdates(language: PageLanguage): Promise<Update[]> {
  const all: Update[] = [];
  for (const [collection, entries] of await entriesWithPages()) {
    for (const entry of await translatedAll(entries as CollectionEntry<CollectionName>[], language)) all.push(...updatesOf(collection, entry as Shown, language));
  }
  return all
    .map((update, order) => ({ update, order, day: firstDay(update.date, office.financialYearStart) }))
    .sort((a, b) => b.day.localeCompare(a.day) || a.order - b.order)
    .map(({ update }) => update);
}
