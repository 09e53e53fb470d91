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
import type { Publication } from '../../domain/sio-timing.ts';
import type { BudgetData } from '../../domain/schemas/budgets.ts';
import type { DecisionData } from '../../domain/schemas/decisions.ts';
import { officeLanguages, type PageLanguage } from './language.ts';
import { translationOf } from './translations.ts';
import { decisionLabelIn } from './entry-words.ts';
import { budgetTitleIn } from './budget-figures.ts';


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

/** An entry's title on the register in a language other than the default: its translation's, labelled in that language; `lang` where it has none yet. */
function titledIn(language: PageLanguage) {
  return (entry: RegisterEntry): Pick<Publication, 'title' | 'lang'> => {
    const translation = translationOf(entry, language);
    const data = { ...entry.data, ...translation?.data } as { title?: string; name?: string; service?: string; description?: string };
    const lang = translation ? undefined : officeLanguages[0]!.tag;
    if (entry.collection === 'budgets') return { title: budgetTitleIn({ ...(entry.data as BudgetData), title: undefined }, language) };
    if (entry.collection === 'decisions') return { title: `${decisionLabelIn(entry.data as DecisionData, language)}: ${data.title}`, lang };
    return { title: data.title ?? data.name ?? data.service ?? data.description ?? entry.id, lang };
  };
}

const monthlyTitles = { spending: 'spending.title', grants: 'spending.grants.title', fire: 'spending.fire.heading' } as const;

/** The Specified Information Order register on this build's date, with what meets each requirement titled in the page's language (the default's unless given). */
export async function register(language?: PageLanguage) {
  const { spending, grants, fire } = publishedSpending();
  if (!language || language.isDefault) return registerRows(await registerInput(), asOfDate(), office, monthlyPublications({ spending, grants, fire }));
  const monthly = monthlyPublications({ spending, grants, fire }, (kind, month) => language.t('spending.data.titleOfMonth', { what: language.t(monthlyTitles[kind]), month: language.date(month) }));
  return registerRows(await registerInput(), asOfDate(), office, monthly, titledIn(language));
}
