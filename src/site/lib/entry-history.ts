import type { EntryHistory } from '../../domain/history.ts';
import type { PageLanguage } from './language.ts';

/** The id of the history section at the foot of an entry's page, which "See all updates" links to. */
export const HISTORY_ID = 'full-history';

const OWN_WORDING = ['decisions', 'plans', 'budgets', 'services', 'transparency', 'pages'] as const;

/** How the withdrawn notice names an entry of a collection: the register's collections are all records. */
export function withdrawnKind(collection: string): (typeof OWN_WORDING)[number] | 'records' {
  return (OWN_WORDING as readonly string[]).includes(collection) ? (collection as (typeof OWN_WORDING)[number]) : 'records';
}

/** A page's title, marked "[Withdrawn]" as GOV.UK marks a withdrawn page's. */
export function titleWithHistory(title: string, history: EntryHistory, language: PageLanguage): string {
  return history.withdrawn ? language.t('history.withdrawnTitle', { title }) : title;
}
