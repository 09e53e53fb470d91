import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { collections as definitions, type CollectionName } from '../domain/collections.ts';
import { officeDir } from '../domain/deployment.ts';
import { officeFolderLoader } from './lib/office-loader.ts';

const office = officeDir();

function collectionFor<S extends z.ZodType>(name: CollectionName, { schema }: { schema: S }) {
  return defineCollection({ loader: officeFolderLoader(name, office), schema });
}

export const collections = {
  plans: collectionFor('plans', definitions.plans),
  decisions: collectionFor('decisions', definitions.decisions),
  budgets: collectionFor('budgets', definitions.budgets),
  services: collectionFor('services', definitions.services),
  commissioning: collectionFor('commissioning', definitions.commissioning),
  transparency: collectionFor('transparency', definitions.transparency),
  pages: collectionFor('pages', definitions.pages),
  people: collectionFor('people', definitions.people),
  interests: collectionFor('interests', definitions.interests),
  gifts: collectionFor('gifts', definitions.gifts),
  meetings: collectionFor('meetings', definitions.meetings),
  inspections: collectionFor('inspections', definitions.inspections),
  performance: collectionFor('performance', definitions.performance),
  complaints: collectionFor('complaints', definitions.complaints),
  policies: collectionFor('policies', definitions.policies),
  contracts: collectionFor('contracts', definitions.contracts),
  foi: collectionFor('foi', definitions.foi),
};
