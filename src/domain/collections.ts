import { z } from 'astro/zod';
import { fieldsOf, metaOf, schemaAt } from './schema-walk.ts';
import type { FieldMeta } from './schemas/common.ts';
import { budgetSchema } from './schemas/budgets.ts';
import { decisionSchema } from './schemas/decisions.ts';
import { pageSchema } from './schemas/pages.ts';
import { planSchema } from './schemas/plans.ts';
import { commissioningSchema, serviceSchema } from './schemas/services.ts';
import { transparencySchema } from './schemas/transparency.ts';
import { personSchema } from './schemas/people.ts';
import { interestsSchema } from './schemas/interests.ts';
import { giftSchema } from './schemas/gifts.ts';
import { meetingSchema } from './schemas/meetings.ts';
import { inspectionSchema } from './schemas/inspections.ts';
import { performanceSchema } from './schemas/performance.ts';
import { complaintsSchema } from './schemas/complaints.ts';
import { policySchema } from './schemas/policies.ts';
import { contractSchema } from './schemas/contracts.ts';
import { foiSchema } from './schemas/foi.ts';

export interface CollectionDefinition {
  /** Folder inside the office folder that holds the entries. */
  folder: string;
  /** What one entry is, for messages and headings. */
  noun: string;
  schema: z.ZodType;
}

/** Every content collection an office keeps: the one list the site, the check and the downloads share. */
export const collections = {
  plans: { folder: 'plans', noun: 'plan', schema: planSchema },
  decisions: { folder: 'decisions', noun: 'decision notice', schema: decisionSchema },
  budgets: { folder: 'budgets', noun: 'budget', schema: budgetSchema },
  services: { folder: 'services', noun: 'commissioned service', schema: serviceSchema },
  commissioning: { folder: 'commissioning', noun: 'commissioning statement', schema: commissioningSchema },
  transparency: { folder: 'transparency', noun: 'transparency item', schema: transparencySchema },
  pages: { folder: 'pages', noun: 'page', schema: pageSchema },
  people: { folder: 'people', noun: 'person', schema: personSchema },
  interests: { folder: 'interests', noun: 'register of interests', schema: interestsSchema },
  gifts: { folder: 'gifts', noun: 'gift or hospitality', schema: giftSchema },
  meetings: { folder: 'meetings', noun: 'meeting', schema: meetingSchema },
  inspections: { folder: 'inspections', noun: 'inspection', schema: inspectionSchema },
  performance: { folder: 'performance', noun: 'performance statement', schema: performanceSchema },
  complaints: { folder: 'complaints', noun: 'complaints information', schema: complaintsSchema },
  policies: { folder: 'policies', noun: 'policy', schema: policySchema },
  contracts: { folder: 'contracts', noun: 'contract', schema: contractSchema },
  foi: { folder: 'foi', noun: 'FOI response', schema: foiSchema },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collections;

/** The register's collections (what the Specified Information Order asks for), each published as a listing (/people/) and a page per entry. */
export const registerCollections = ['people', 'interests', 'gifts', 'meetings', 'inspections', 'performance', 'complaints', 'policies', 'contracts', 'foi'] as const satisfies readonly CollectionName[];

export type RegisterCollection = (typeof registerCollections)[number];

const draftable = new Set(
  Object.entries(collections).filter(([, { schema }]) => schemaAt(schema, ['status'])?.safeParse('draft').success).map(([name]) => name),
);

/** Whether a collection's entries can be drafts (their status accepts "draft"): checked, but not published. */
export function hasDrafts(collection: string): boolean {
  return draftable.has(collection);
}

/** The fields of a collection written in each of the office's languages (their schema's metadata says `translated`): what its translation files hold. */
export function translatedFields(collection: CollectionName): string[] {
  return Object.entries(fieldsOf(collections[collection].schema) ?? {}).flatMap(([name, field]) => ((metaOf(field) as FieldMeta).translated ? [name] : []));
}

const translationSchemas = new Map<CollectionName, z.ZodType>();

/** A field as a translation holds it: one the entry's schema gives a default is left out when the translation does not give it, so that the entry's shows. */
function withoutDefault(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType).optional() : field;
}

/** What a translation file of a collection may hold: its translated fields, each as the entry's schema has it (required where the entry's is, and never filled in by a default). */
export function translationSchema(collection: CollectionName): z.ZodType {
  let schema = translationSchemas.get(collection);
  if (!schema) {
    const fields = fieldsOf(collections[collection].schema)!;
    schema = z.strictObject(Object.fromEntries(translatedFields(collection).map((name) => [name, withoutDefault(fields[name]!)])));
    translationSchemas.set(collection, schema);
  }
  return schema;
}

/**
 * The fields of each item of a translated list whose items are objects (a plan's pillars): those
 * written in words, which its translation gives in its own language. The items' other fields (ids,
 * numbers, links) are the entry's, and the translation repeats them unchanged. Empty for a field
 * that is no such list.
 */
export function translatedItemFields(collection: CollectionName, field: string): string[] {
  const item = schemaAt(collections[collection].schema, [field, 0]);
  return Object.entries((item && fieldsOf(item)) ?? {}).flatMap(([name, schema]) => ((metaOf(schema) as FieldMeta).translated ? [name] : []));
}
