// The fire and rescue authority's spending over £500: a PFCC (or a mayor with fire duties) publishes it
// beside the policing spending, from spending/fire/, and each month's file meets fire-3g on the register
// as the policing file meets 3g.
import { formatDate } from '../dates.ts';
import type { RequirementPublication } from './publications.ts';
import type { MonthFile } from './totals.ts';

export const fireSpendingPaths = {
  month: (month: string) => `spending/fire/${month}/`,
};

/** Each fire spending file, newest first, as the register counts it: published on its month's last day, unless office.json says when. */
export function fireSpendingPublications(fire: MonthFile<'spending'>[]): RequirementPublication[] {
  return fire.toSorted((a, b) => b.month.localeCompare(a.month)).map((file) => ({
    requirement: 'fire-3g',
    publication: { title: `Fire and rescue spending over £500, ${formatDate(file.month)}`, path: fireSpendingPaths.month(file.month), published: file.published },
  }));
}
