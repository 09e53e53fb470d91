import { deployment } from './deployment.ts';
import { loadOffice } from './office.ts';
import { decisionPath, type DecisionIdentity } from './decision-references.ts';
import { withBase } from './urls.ts';

/** The office this build publishes (already validated by the check before the build starts). */
export const office = loadOffice();

const { base } = deployment();

/** A path inside the site, with the deployment's base path. */
export function href(path: string): string {
  return withBase(base, path);
}

/** The link to a decision notice's page. */
export function decisionHref(decision: DecisionIdentity): string {
  return href(decisionPath(decision, office));
}

export const sections = [
  { path: 'decisions/', label: 'Decisions' },
  { path: 'budgets/', label: 'Budgets' },
  { path: 'services/', label: 'Commissioned services' },
  { path: 'plans/', label: 'Plans' },
  { path: 'transparency/', label: 'Transparency' },
  { path: 'data/', label: 'Open data' },
  { path: 'about/', label: 'About' },
] as const;
