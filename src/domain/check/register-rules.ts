import type { Office } from '../schemas/office.ts';
import { shownPath } from '../content-files.ts';
import { formatDate } from '../dates.ts';
import { countOf } from '../plural.ts';
import { officeConfigPath, officeFieldLine } from '../office.ts';
import { publishedElsewhere, reviewIntervalMonths } from '../published-elsewhere.ts';
import { registerRows } from '../register.ts';
import type { RequirementPublication } from '../spending/publications.ts';
import { requirementsById } from '../requirements.ts';
import type { ValidEntry } from './entries.ts';
import type { Problem } from './problems.ts';

/**
 * Requirements of the Specified Information Order that are overdue or missing on the build date, as
 * the office chose to have them reported. An item outside its requirement's timing (see sio-timing.ts)
 * does not meet it: the message then says why the earlier items no longer count.
 */
export function registerProblems(officeDir: string, office: Office, entries: ValidEntry[], asOf: string, others: RequirementPublication[] = []): Problem[] {
  const published = entries
    .filter(({ data }) => (data as { status?: string }).status !== 'draft')
    .map(({ file, data }) => ({ collection: file.collection, id: file.id, data }));
  const path = officeConfigPath(officeDir);
  return registerRows(published, asOf, office, others)
    .filter(({ assessment }) => assessment.status === 'overdue' || assessment.status === 'missing')
    .map(({ requirement, assessment, history }) => ({
      severity: office.registerReport === 'error' ? ('error' as const) : ('warning' as const),
      file: shownPath(path),
      line: 1,
      field: `register.${requirement.id}`,
      rule: 'register',
      // A duty that something once met is left on a line of its own: its message says since when nothing has.
      ...(assessment.status === 'missing' && history.length === 0 && { group: 'missing-duty' as const }),
      message:
        assessment.status === 'missing'
          ? `nothing published meets paragraph ${requirement.id} (${requirement.title}): ${requirement.timingText.toLowerCase()}${history.length > 0 ? `. ${assessment.note}` : ''}`
          : `paragraph ${requirement.id} (${requirement.title}) is overdue: it was due by ${formatDate(assessment.nextDue!)}. ${assessment.note}`,
    }));
}

/**
 * Requirements office.json says are met on another website, whose page was last checked longer
 * ago than the requirement's review interval (see published-elsewhere.ts), or after the build date.
 */
export function elsewhereProblems(officeDir: string, office: Office, asOf: string): Problem[] {
  const file = shownPath(officeConfigPath(officeDir));
  return Object.entries(office.register).flatMap(([id, statement]) => {
    const requirement = requirementsById.get(id);
    if (!requirement || !statement.elsewhere) return [];
    const { checked } = statement.elsewhere;
    const at = (message: string): Problem[] => [
      { severity: 'warning', file, line: officeFieldLine(officeDir, ['register', id, 'elsewhere', 'checked']), field: `register.${id}.elsewhere.checked`, rule: 'elsewhere-checked', message },
    ];
    if (checked > asOf) return at(`expected the day paragraph ${id} (${requirement.title}) was last checked on its other website, on or before the build date ${asOf}, found ${checked}: the register leaves it out until then`);
    const elsewhere = publishedElsewhere(statement, requirement.timing, asOf)!;
    if (!elsewhere.stale) return [];
    const interval = countOf(reviewIntervalMonths(requirement.timing), 'month');
    return at(
      `paragraph ${id} (${requirement.title}) is met on another website, but was last checked more than ${interval} (its review interval) before the build date, ${formatDate(asOf)}: expected a check within ${interval} of it, found ${checked} (good until ${formatDate(elsewhere.checkDue)}). Check that ${statement.elsewhere.url} still meets it, then change the date`,
    );
  });
}
