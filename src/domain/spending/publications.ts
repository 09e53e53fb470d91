// Where the monthly files are published on the site, and what they count for on the register: each
// month's spending file meets 3g for that month, each month's grants file 3f, and each month's fire and
// rescue spending file (a PFCC's, from spending/fire/) fire-3g.
import { formatDate } from '../dates.ts';
import { endOfMonth, type Publication } from '../sio-timing.ts';
import type { MonthFile } from './totals.ts';
import type { OfficeSpending } from './files.ts';

export const spendingPaths = {
  index: 'spending/',
  month: (month: string) => `spending/${month}/`,
  suppliers: 'spending/suppliers/',
  supplier: (slug: string) => `spending/suppliers/${slug}/`,
  grants: 'spending/grants/',
  fireMonth: (month: string) => `spending/fire/${month}/`,
  /** The downloads: every month in one file, and each month's own. */
  download: (kind: 'spending' | 'grants', month?: string) => `data/${kind}${month ? `-${month}` : ''}.csv`,
};

/** A publication the register counts for a requirement, from something other than an entry. */
export interface RequirementPublication {
  requirement: string;
  publication: Publication;
}

export type MonthlyKind = 'spending' | 'grants' | 'fire';

const englishTitles: Record<MonthlyKind, string> = { spending: 'Spending over £500', grants: 'Crime and disorder reduction grants', fire: 'Fire and rescue spending over £500' };

/** Each monthly file, newest first, as the register counts it: for its month, published on the month's last day unless office.json says when. */
export function monthlyPublications(
  { spending, grants, fire }: Pick<OfficeSpending, 'spending' | 'grants' | 'fire'>,
  /** A month's file's title ("Spending over £500, November 2013"): in English unless given. */
  titled: (kind: MonthlyKind, month: string) => string = (kind, month) => `${englishTitles[kind]}, ${formatDate(month)}`,
): RequirementPublication[] {
  const newestFirst = <T extends MonthFile>(files: T[]) => files.toSorted((a, b) => b.month.localeCompare(a.month));
  const dates = (file: MonthFile) => ({ published: file.published, periodEnd: endOfMonth(`${file.month}-01`) });
  return [
    ...newestFirst(spending).map((file) => ({ requirement: '3g', publication: { title: titled('spending', file.month), path: spendingPaths.month(file.month), ...dates(file) } })),
    ...newestFirst(grants).map((file) => ({ requirement: '3f', publication: { title: titled('grants', file.month), path: `${spendingPaths.grants}#month-${file.month}`, ...dates(file) } })),
    ...newestFirst(fire).map((file) => ({ requirement: 'fire-3g', publication: { title: titled('fire', file.month), path: spendingPaths.fireMonth(file.month), ...dates(file) } })),
  ];
}
