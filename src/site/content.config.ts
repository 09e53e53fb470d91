import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { collections as registry, type CollectionName } from '../domain/collections.ts';
import { officeDir } from '../domain/deployment.ts';
import { siteLanguages } from '../domain/languages.ts';
import { loadOffice } from '../domain/office.ts';
import { officeFolderLoader, type LoaderLanguages } from './lib/office-loader.ts';

const office = officeDir();
const [main, translation] = siteLanguages(loadOffice(office));
const languages: LoaderLanguages = { default: main!.code, ...(translation && { translation: translation.code }) };

/** One collection of the registry, read from its folder of the office, with its schema. */
function collectionFor<S extends z.ZodType>(name: CollectionName, schema: S) {
  return defineCollection({ loader: officeFolderLoader(name, office, languages), schema });
}

/** Each collection typed by its own schema, so that getCollection('decisions') knows what a decision's data is. */
type Collections = { [N in CollectionName]: CollectionOf<(typeof registry)[N]['schema']> };
type CollectionOf<S extends z.ZodType> = ReturnType<typeof collectionFor<S>>;

/** Astro's content collections: every collection of the registry (src/domain/collections.ts), none named again here. */
export const collections = Object.fromEntries((Object.keys(registry) as CollectionName[]).map((name) => [name, collectionFor(name, registry[name].schema)])) as Collections;
