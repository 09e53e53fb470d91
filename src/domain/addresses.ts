import type { BudgetData } from './schemas/budgets.ts';
import { budgetFileId } from './budgets.ts';
import type { DecisionData } from './schemas/decisions.ts';
import type { Office } from './schemas/office.ts';
import { registerCollections, type CollectionName } from './collections.ts';
import { decisionPath } from './decision-references.ts';
import type { ServiceData } from './schemas/services.ts';
import { serviceHasPage } from './services.ts';

/**
 * Where every entry is published: the one definition the pages, the content check, the register, the
 * feeds and the downloads share. A page address is an entry's identity on the site, so the check
 * refuses two entries at one address, and any entry at an address the site keeps for itself.
 */

/** Collections whose entries are published at an address made from their file's name (their id). */
const ADDRESSED_BY_ID = {
  plans: (id: string) => `plans/${id}/`,
  services: (id: string) => `services/${id}/`,
  transparency: (id: string) => `transparency/${id}/`,
  pages: (id: string) => `${id}/`,
} as const;


/** Whether an entry's address is made from its file's name, and whether that name may hold folders. */
export function idInAddress(collection: CollectionName): 'one-segment' | 'segments' | undefined {
  if (collection in ADDRESSED_BY_ID) return 'one-segment';
  return (registerCollections as readonly string[]).includes(collection) ? 'segments' : undefined;
}

type Entry = { id: string; data: unknown };
type Numbering = Pick<Office, 'decisionReference' | 'financialYearStart'>;

/** The site path of an entry's own page ("decisions/41-2020/"), or undefined for an entry shown only on other pages (a collection without pages, or a service that is only a row of a list). */
export function entryPath(collection: CollectionName, entry: Entry, office: Numbering): string | undefined {
  if (collection === 'decisions') return decisionPath(entry.data as DecisionData, office);
  if (collection === 'budgets') return `budgets/${budgetFileId(entry.data as BudgetData)}/`;
  if (collection === 'services' && !serviceHasPage(entry.data as ServiceData)) return undefined;
  if (collection in ADDRESSED_BY_ID) return ADDRESSED_BY_ID[collection as keyof typeof ADDRESSED_BY_ID](entry.id);
  if ((registerCollections as readonly string[]).includes(collection)) return `${collection}/${entry.id}/`;
  return undefined;
}

/** Addresses the site keeps for its own pages, listings, feeds and downloads, each with what is there. */
const SITE_PAGES: Record<string, string> = {
  '': 'the home page',
  'search/': 'the search page',
  'accessibility/': 'the accessibility statement',
  'updates/': 'the latest updates',
  '404/': 'the page-not-found page',
  'decisions/': 'the list of decisions',
  'budgets/': 'the list of budgets',
  'plans/': 'the list of plans',
  'plans/kinds/': 'the lists of plans by kind',
  'services/': 'the list of commissioned services',
  'services/themes/': 'the lists of services by theme',
  'services/locations/': 'the lists of services by place',
  'services/providers/': 'the lists of services by provider',
  'transparency/': 'the register of what the law requires',
  ...Object.fromEntries(registerCollections.map((collection) => [`${collection}/`, `the list of ${collection}`])),
};

/** Folders whose every address the site keeps: the downloads, the office's files, the search index, the editor, scripts and styles. */
const SITE_FOLDERS: Record<string, string> = {
  'data/': 'the open data downloads',
  'files/': "the office's published files",
  'pagefind/': 'the search index',
  'admin/': 'the content editor',
  '_astro/': "the site's scripts and styles",
};

/** What the site itself keeps at a path, if anything: "the listing of decisions in 2024". */
export function siteOwnedAddress(path: string): string | undefined {
  if (path in SITE_PAGES) return SITE_PAGES[path];
  const year = /^decisions\/(\d{4})\//.exec(path);
  if (year) return `the list of decisions in ${year[1]}`;
  const folder = Object.keys(SITE_FOLDERS).find((prefix) => path.startsWith(prefix));
  return folder && SITE_FOLDERS[folder];
}
