import { deployment, officeDir } from '../../domain/deployment.ts';
import { pages } from './entries.ts';
import { holder, holderNoun, office } from './this-office.ts';
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

/** Where a link the office configured leads: a web address as it is, a path of the site with the deployment's base. */
export function linkHref(path: string): string {
  return path.startsWith('https://') ? path : href(path);
}

/** The link to a decision notice's page. */
export function decisionHref(decision: DecisionIdentity): string {
  return href(decisionPath(decision, office));
}

/** The link to an entry's own page, where its address is made (src/domain/addresses.ts). */
export function entryHref(collection: CollectionName, entry: { id: string; data: unknown }): string {
  return href(entryPath(collection, entry, office)!);
}

/** The sections every site has. */
export const sections = [
  { path: 'decisions/', label: 'Decisions' },
  { path: 'budgets/', label: 'Budgets' },
  { path: 'services/', label: 'Commissioned services' },
  { path: 'plans/', label: 'Plans' },
  { path: 'transparency/', label: 'Transparency' },
  { path: 'data/', label: 'Open data' },
] as const;

/** Spending over £500 and grants, a section of the sites whose office publishes monthly spending or grants files. */
export const spendingSection = { path: 'spending/', label: 'Spending' } as const;

let spendingPublished: boolean | undefined;

/** The header's sections: every site's, with spending after budgets when the office publishes it (asked once a build, at every page of the development server). */
export function siteSections(): { path: string; label: string }[] {
  const hasSpending = isDevelopmentServer() ? hasMonthlyFiles(officeDir()) : (spendingPublished ??= hasMonthlyFiles(officeDir()));
  if (!hasSpending) return [...sections];
  const at = sections.findIndex((section) => section.path === 'budgets/') + 1;
  return [...sections.slice(0, at), spendingSection, ...sections.slice(at)];
}

/** The office's about page (pages/about.md), which the site links to only when the office publishes one. */
export const about = { path: 'about/', label: 'About' } as const;

let aboutPublished: Promise<boolean> | undefined;

/** Whether the office publishes its about page: asked once a build (Astro warns of an empty collection each time), and at every page of the development server, where it may change. */
export function hasAboutPage(): Promise<boolean> {
  const ask = () => pages().then((published) => published.some((page) => page.id === 'about'));
  if (isDevelopmentServer()) return ask();
  return (aboutPublished ??= ask());
}
