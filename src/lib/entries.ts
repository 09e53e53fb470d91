import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { collections } from './collections.ts';
import { officeDir } from './office.ts';
import { byDateDescending } from './dates.ts';
import { startYearOf } from './financial-year.ts';
import type { RecordCollection } from './record-views.ts';

/** Drafts are checked but only shown on the development server. */
const showDrafts = import.meta.env.DEV;

function isPublic(status: string | undefined): boolean {
  return showDrafts || status !== 'draft';
}

/** An office need not keep every collection: a missing folder is an empty collection, not a warning. */
function hasFolder(name: keyof typeof collections): boolean {
  return existsSync(join(officeDir(), collections[name].folder));
}

export async function decisions(): Promise<CollectionEntry<'decisions'>[]> {
  if (!hasFolder('decisions')) return [];
  const all = await getCollection('decisions', (entry) => isPublic(entry.data.status));
  return all.sort(byDateDescending((entry) => entry.data.date));
}

export async function plans(): Promise<CollectionEntry<'plans'>[]> {
  if (!hasFolder('plans')) return [];
  const all = await getCollection('plans', (entry) => isPublic(entry.data.status));
  return all.sort((a, b) => startYearOf(b.data.period.from) - startYearOf(a.data.period.from) || a.data.title.localeCompare(b.data.title));
}

export async function budgets(): Promise<CollectionEntry<'budgets'>[]> {
  if (!hasFolder('budgets')) return [];
  const all = await getCollection('budgets', (entry) => isPublic(entry.data.status));
  return all.sort((a, b) => startYearOf(b.data.financialYear) - startYearOf(a.data.financialYear));
}

export async function services(): Promise<CollectionEntry<'services'>[]> {
  if (!hasFolder('services')) return [];
  const all = await getCollection('services', (entry) => isPublic(entry.data.status));
  return all.sort((a, b) => a.data.theme.localeCompare(b.data.theme) || (a.data.listing?.position ?? 0) - (b.data.listing?.position ?? 0) || a.data.service.localeCompare(b.data.service));
}

export async function commissioningStatements(): Promise<CollectionEntry<'commissioning'>[]> {
  return hasFolder('commissioning') ? getCollection('commissioning', (entry) => isPublic(entry.data.status)) : [];
}

export async function transparencyItems(): Promise<CollectionEntry<'transparency'>[]> {
  if (!hasFolder('transparency')) return [];
  const all = await getCollection('transparency', (entry) => isPublic(entry.data.status));
  return all.sort(byDateDescending((entry) => entry.data.published));
}

export async function pages(): Promise<CollectionEntry<'pages'>[]> {
  return hasFolder('pages') ? getCollection('pages', (entry) => isPublic(entry.data.status)) : [];
}

/** The published entries of one of the register's collections, newest first. */
export async function registerEntries<C extends RecordCollection>(name: C): Promise<CollectionEntry<C>[]> {
  if (!hasFolder(name)) return [];
  const all = (await getCollection(name)) as CollectionEntry<C>[];
  return all.filter((entry) => isPublic((entry.data as { status?: string }).status)).sort(byDateDescending((entry) => (entry.data as { published: string }).published));
}
