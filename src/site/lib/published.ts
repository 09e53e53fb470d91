import { asOfDate } from '../../domain/as-of.ts';
import { siteAddress } from '../../domain/deployment.ts';
import { budgets, commissioningStatements, decisions, plans, registerEntries, services, transparencyItems } from './entries.ts';
import { registerRows, type RegisterEntry } from '../../domain/register.ts';
import type { Provenance, PublishedContent } from './open-data.ts';
import { dutySets } from '../../domain/duty-sets.ts';
import { dutySetsOn } from '../../domain/office-kinds.ts';
import { registerCollections } from '../../domain/collections.ts';
import { href, office } from './site.ts';
import { publishedSpending } from './spending.ts';
import { monthlyPublications } from '../../domain/spending/publications.ts';


/** Everything this build publishes, as plain data: the one input of every download. */
export async function publishedContent(): Promise<PublishedContent> {
  return {
    office,
    decisions: (await decisions()).map((entry) => entry.data),
    plans: (await plans()).map(({ id, data }) => ({ id, data })),
    budgets: (await budgets()).map((entry) => entry.data),
    services: (await services()).map(({ id, data }) => ({ id, data })),
    commissioning: (await commissioningStatements()).map(({ id, data }) => ({ id, data })),
    transparency: (await transparencyItems()).map(({ id, data }) => ({ id, data })),
    requirements: dutySetsOn(office, asOfDate()).flatMap(({ set }) => dutySets[set].requirements),
    records: Object.fromEntries(await Promise.all(registerCollections.map(async (name) => [name, (await registerEntries(name)).map(({ id, data }) => ({ id, data }))] as const))),
  };
}

const site = siteAddress();

/**
 * The address of a path of the published site, for downloads, structured data, feeds and the
 * editor: absolute when the build knows the site's address, else site-relative (with the base path),
 * never on a domain that is not the office's.
 */
export function publishedUrl(path: string): string {
  return site ? new URL(href(path), site).href : href(path);
}

export function provenance(): Provenance {
  return { publisher: office.name, licence: office.licence, buildDate: asOfDate(), siteUrl: publishedUrl('') };
}

/** Every published entry, as the transparency register reads them. */
async function registerInput(): Promise<RegisterEntry[]> {
  const named = async <T extends { id: string; data: object }>(collection: string, entries: Promise<T[]>) =>
    (await entries).map(({ id, data }) => ({ collection, id, data: data as Record<string, unknown> }));
  const groups = await Promise.all([
    named('decisions', decisions()),
    named('plans', plans()),
    named('budgets', budgets()),
    named('services', services()),
    named('transparency', transparencyItems()),
    ...registerCollections.map((collection) => named(collection, registerEntries(collection))),
  ]);
  return groups.flat();
}

/** The Specified Information Order register on this build's date. */
export async function register() {
  const { spending, grants, fire } = publishedSpending();
  return registerRows(await registerInput(), asOfDate(), office, monthlyPublications({ spending, grants, fire }));
}
