import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type DataStore, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { bodyCacheDir, hasBody, isCompiledBody, pruneBodies, writeBody } from './lib/body-cache.ts';
import { collections as definitions, ENTRY_PATTERN } from './lib/collections.ts';
import { officeDir } from './lib/office.ts';
import { sanitizeBody } from './lib/sanitize.ts';

const office = officeDir();

/** The store the glob loader writes into, with each rendered body sanitised and moved to the body cache. */
function withBodiesCached(store: DataStore, bodies: string): DataStore {
  return {
    ...store,
    set: ({ rendered, ...entry }) => {
      if (rendered && entry.digest !== undefined) writeBody(bodies, entry.digest, sanitizeBody(rendered.html));
      return store.set(entry);
    },
  };
}

/** The glob loader over one folder of the office; an office without that folder has no entries in it. */
function officeFolder(folder: string): Loader {
  const base = resolve(office, folder);
  const files = glob({
    pattern: ENTRY_PATTERN,
    base,
    // The id is the file's path without its extension, as the check reports it.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    // Pages show the rendered body, from the body cache; the raw Markdown need not be kept in the content store.
    retainBody: false,
  });
  return {
    name: 'office-folder',
    load: async (context) => {
      const bodies = bodyCacheDir(context.collection);
      // An entry whose body is missing from the cache is forgotten, so that the loader renders it again.
      for (const entry of context.store.values()) if (!isCompiledBody(entry) && !hasBody(bodies, entry.digest)) context.store.delete(entry.id);
      if (existsSync(base)) await files.load({ ...context, store: withBodiesCached(context.store, bodies) });
      pruneBodies(bodies, context.store.values().flatMap((entry) => (entry.digest === undefined ? [] : [entry.digest])));
    },
  };
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
