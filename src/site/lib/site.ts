import { deployment, officeDir } from '../../domain/deployment.ts';
import { pages } from './entries.ts';
import { holder, holderNoun, kindToday, office } from './this-office.ts';
import { OPEN_GOVERNMENT_LICENCE, type Office } from '../../domain/schemas/office.ts';
import type { PageLanguage } from './language.ts';
import { untranslated } from './translations.ts';
import { entryPath } from '../../domain/addresses.ts';
import type { CollectionName } from '../../domain/collections.ts';
import { decisionPath, type DecisionIdentity } from '../../domain/decision-references.ts';
import { withBase } from '../../domain/urls.ts';
import { hasMonthlyFiles } from '../../domain/spending/files.ts';
import { isDevelopmentServer } from '../integrations/development-server.ts';

export { holder, holderNoun, office };

const { base } = deployment();

/** A path inside the site, with the deployment's base path. */
export function href(path: string): string {
  return withBase(base, path);
}

/** Where a link the office configured leads: a web address as it is, a path of the site with the deployment's base (in the page's language). */
export function linkHref(path: string, language?: PageLanguage): string {
  if (path.startsWith('https://')) return path;
  return language ? language.href(path) : href(path);
}

/** The office as a page in a language names it: the translation's name, area, force, description, postal address, complaints routes' names and licence's name on its pages, where office.json gives them. */
export function officeIn(language: PageLanguage): Office {
  const translated = office.translation;
  if (language.isDefault || !translated) return office;
  return {
    ...office,
    name: translated.name ?? office.name,
    shortName: translated.shortName ?? office.shortName,
    policeArea: translated.policeArea ?? office.policeArea,
    force: translated.force ?? office.force,
    description: translated.description ?? office.description,
    contact: { ...office.contact, address: translated.address ?? office.contact.address },
    complaints: Object.fromEntries(Object.entries(office.complaints).map(([route, contact]) => [route, contact && { ...contact, name: translated.complaints?.[route as keyof Office['complaints']]?.name ?? contact.name }])),
    licence: { ...office.licence, name: translated.licence?.name ?? (office.licence.url === OPEN_GOVERNMENT_LICENCE.url ? language.t('layout.openGovernmentLicence') : office.licence.name) },
  };
}

/** The office holder with the area, in a language: "Police and Crime Commissioner for Dyfed-Powys", "Comisiynydd Heddlu a Throseddu Dyfed-Powys". */
export function holderIn(language: PageLanguage): string {
  if (language.code === 'en') return holder;
  return language.t(`holders.${kindToday.kind}.title`, { area: officeIn(language).policeArea });
}

/** The link to a decision notice's page: in the page's language when given, else the default language's. */
export function decisionHref(decision: DecisionIdentity, language?: PageLanguage): string {
  const path = decisionPath(untranslated(decision), office);
  return language ? language.href(path) : href(path);
}

/** The link to an entry's own page, where its address is made (src/domain/addresses.ts): in the page's language when given, else the default language's. */
export function entryHref(collection: CollectionName, entry: { id: string; data: unknown }, language?: PageLanguage): string {
  const path = entryPath(collection, { id: entry.id, data: untranslated(entry.data) }, office)!;
  return language ? language.href(path) : href(path);
}

/** The sections every site has, by their key in the interface's strings (sections.<key>). */
const sections = ['decisions', 'budgets', 'services', 'plans', 'transparency', 'data'] as const;

type Section = { path: string; label: string };

const section = (key: (typeof sections)[number] | 'spending' | 'about', language: PageLanguage): Section => ({ path: `${key}/`, label: language.t(`sections.${key}`) });

let spendingPublished: boolean | undefined;

/** The header's sections, in a language: every site's, with spending (over £500, and grants) after budgets when the office publishes monthly files (asked once a build, at every page of the development server). */
export function siteSections(language: PageLanguage): Section[] {
  const hasSpending = isDevelopmentServer() ? hasMonthlyFiles(officeDir()) : (spendingPublished ??= hasMonthlyFiles(officeDir()));
  const at = sections.indexOf('budgets') + 1;
  const keys = hasSpending ? [...sections.slice(0, at), 'spending' as const, ...sections.slice(at)] : sections;
  return keys.map((key) => section(key, language));
}

/** The office's about page (pages/about.md), which the site links to only when the office publishes one. */
export function about(language: PageLanguage): Section {
  return section('about', language);
}

let aboutPublished: Promise<boolean> | undefined;

/** Whether the office publishes its about page: asked once a build (Astro warns of an empty collection each time), and at every page of the development server, where it may change. */
export function hasAboutPage(): Promise<boolean> {
  const ask = () => pages().then((published) => published.some((page) => page.id === 'about'));
  if (isDevelopmentServer()) return ask();
  return (aboutPublished ??= ask());
}
