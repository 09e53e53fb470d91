import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { collections as definitions, ENTRY_PATTERN, type CollectionName } from './lib/collections.ts';
import { officeDir } from './lib/office.ts';

const office = officeDir();

/** The glob loader over one folder of the office; an office without that folder has no entries in it. */
function officeFolder(folder: string): Loader {
  const base = `./${office}/${folder}`;
  const files = glob({
    pattern: ENTRY_PATTERN,
    base,
    // The id is the file's path without its extension, as the check reports it.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return { name: 'office-folder', load: async (context) => (existsSync(base) ? files.load(context) : undefined) };
}

function collectionFor(name: CollectionName) {
  const { folder, schema } = definitions[name];
  return defineCollection({ loader: officeFolder(folder), schema });
}

export const collections = {
  plans: collectionFor('plans'),
  decisions: collectionFor('decisions'),
  budgets: collectionFor('budgets'),
  services: collectionFor('services'),
  commissioning: collectionFor('commissioning'),
  transparency: collectionFor('transparency'),
  pages: collectionFor('pages'),
};
