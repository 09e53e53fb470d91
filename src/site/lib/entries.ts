import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { collections } from '../../domain/collections.ts';
import { currentEntryData, entryCacheDir, withCachedData } from './entry-cache.ts';
import { officeDir } from '../../domain/deployment.ts';
import { byDateDescending } from '../../domain/dates.ts';
import { PERSON_ROLE_RANK, type PersonData } from '../../domain/schemas/people.ts';
import { office } from './this-office.ts';
import { startYearOf } from '../../domain/financial-year.ts';
import type { RecordCollection } from './record-views.ts';
import { isDevelopmentServer } from '../integrations/development-server.ts';

/** Drafts are checked but only shown on the development server. */
const showDrafts = isDevelopmentServer();

function isPublic(status: string | undefined): boolean {
  return showDrafts || status !== 'draft';
}

/**
 * The published entries of a collection, with their data (kept beside the content store: see
 * entry-cache.ts). An office need not keep every collection: a missing folder, or one with no
 * entries, is an empty collection, not a warning (Astro warns of a collection it holds nothing of).
 */
async function published<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  if (!existsSync(join(officeDir(), collections[name].folder)) || currentEntryData(entryCacheDir(name)).size === 0) return [];
  const all = withCachedData(entryCacheDir(name), await getCollection(name));
  return all.filter((entry) => isPublic((entry.data as { status?: string }).status));
}

export async function decisions(): Promise<CollectionEntry<'decisions'>[]> {
  return (await published('decisions')).sort(byDateDescending((entry) => entry.data.date, office.financialYearStart));
}

export async function plans(): Promise<CollectionEntry<'plans'>[]> {
  return (await published('plans')).sort((a, b) => startYearOf(b.data.period.from) - startYearOf(a.data.period.from) || a.data.title.localeCompare(b.data.title));
}

export async function budgets(): Promise<CollectionEntry<'budgets'>[]> {
  return (await published('budgets')).sort((a, b) => startYearOf(b.data.financialYear) - startYearOf(a.data.financialYear));
}

export async function services(): Promise<CollectionEntry<'services'>[]> {
  return (await published('services')).sort((a, b) => a.data.theme.localeCompare(b.data.theme) || (a.data.listing?.position ?? 0) - (b.data.listing?.position ?? 0) || a.data.service.localeCompare(b.data.service));
}

export async function commissioningStatements(): Promise<CollectionEntry<'commissioning'>[]> {
  return published('commissioning');
}

export async function transparencyItems(): Promise<CollectionEntry<'transparency'>[]> {
  return (await published('transparency')).sort(byDateDescending((entry) => entry.data.published));
}

export async function pages(): Promise<CollectionEntry<'pages'>[]> {
  return published('pages');
}

/** The published entries of one of the register's collections, newest first; people published the same day by their role (PERSON_ROLE_RANK). */
export async function registerEntries<C extends RecordCollection>(name: C): Promise<CollectionEntry<C>[]> {
  const newestFirst = byDateDescending((entry: CollectionEntry<C>) => (entry.data as { published: string }).published);
  const roleRank = (entry: CollectionEntry<C>) => (name === 'people' ? PERSON_ROLE_RANK[(entry.data as PersonData).role] : 0);
  return (await published(name)).sort((a, b) => newestFirst(a, b) || roleRank(a) - roleRank(b));
}
