import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collections as definitions, ENTRY_PATTERN } from './lib/collections.ts';
import { officeDir } from './lib/office.ts';

const office = officeDir();

/** The glob loader over one folder of the office; an office without that folder has no entries in it. */
function officeFolder(folder: string): Loader {
  const base = resolve(office, folder);
  const files = glob({
    pattern: ENTRY_PATTERN,
    base,
    // The id is the file's path without its extension, as the check reports it.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    // Pages show the rendered body; the raw Markdown need not be kept in the content store.
    retainBody: false,
  });
  return { name: 'office-folder', load: async (context) => (existsSync(base) ? files.load(context) : undefined) };
}

function collectionFor<S extends z.ZodType>({ folder, schema }: { folder: string; schema: S }) {
  return defineCollection({ loader: officeFolder(folder), schema });
}

export const collections = {
  plans: collectionFor(definitions.plans),
  decisions: collectionFor(definitions.decisions),
  budgets: collectionFor(definitions.budgets),
  services: collectionFor(definitions.services),
  commissioning: collectionFor(definitions.commissioning),
  transparency: collectionFor(definitions.transparency),
  pages: collectionFor(definitions.pages),
  people: collectionFor(definitions.people),
  interests: collectionFor(definitions.interests),
  gifts: collectionFor(definitions.gifts),
  meetings: collectionFor(definitions.meetings),
  inspections: collectionFor(definitions.inspections),
  performance: collectionFor(definitions.performance),
  complaints: collectionFor(definitions.complaints),
  policies: collectionFor(definitions.policies),
  contracts: collectionFor(definitions.contracts),
  foi: collectionFor(definitions.foi),
};
