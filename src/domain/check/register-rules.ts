import type { Office } from '../schemas/office.ts';
import { shownPath } from '../content-files.ts';
import { formatDate } from '../dates.ts';
import { officeConfigPath } from '../office.ts';
import { registerRows } from '../register.ts';
import type { ValidEntry } from './entries.ts';
import type { Problem } from './problems.ts';

/** Requirements of the Specified Information Order that are overdue or missing, as the office chose to have them reported. */
export function registerProblems(officeDir: string, office: Office, entries: ValidEntry[], asOf: string): Problem[] {
  const published = entries
    .filter(({ data }) => (data as { status?: string }).status !== 'draft')
    .map(({ file, data }) => ({ collection: file.collection, id: file.id, data }));
  const path = officeConfigPath(officeDir);
  return registerRows(published, asOf, office)
    .filter(({ assessment }) => assessment.status === 'overdue' || assessment.status === 'missing')
    .map(({ requirement, assessment }) => ({
      severity: office.registerReport === 'error' ? ('error' as const) : ('warning' as const),
      file: shownPath(path),
      line: 1,
      field: `register.${requirement.id}`,
      rule: 'register',
      message:
        assessment.status === 'missing'
          ? `nothing published meets paragraph ${requirement.id} (${requirement.title}): ${requirement.timingText.toLowerCase()}`
          : `paragraph ${requirement.id} (${requirement.title}) is overdue: it was due by ${formatDate(assessment.nextDue!)}. ${assessment.note}`,
    }));
}
