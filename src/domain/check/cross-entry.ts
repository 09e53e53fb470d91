import type { BudgetData, BudgetTable } from '../schemas/budgets.ts';
import type { DecisionData } from '../schemas/decisions.ts';
import type { Office } from '../schemas/office.ts';
import type { PlanData } from '../schemas/plans.ts';
import type { CommissioningData, ServiceData } from '../schemas/services.ts';
import { entryPath, idInAddress, siteOwnedAddress } from '../addresses.ts';
import { budgetFileId, isFireBudget } from '../budgets.ts';
import { slug } from '../schemas/common.ts';
import { collections } from '../collections.ts';
import { lineOf } from '../content-files.ts';
import { decisionIndex, decisionSlug, displayReference, referenceText } from '../decision-references.ts';
import { slugify } from '../urls.ts';
import { financialYearStarting, startYearOf } from '../financial-year.ts';
import { figureWithUnit, formatPounds, formatTableValue, toPence } from '../money.ts';
import { reconcileTable, reconcileThemeTotals, staleDiscrepancies, tableFaults } from '../reconcile.ts';
import { serviceHasPage, servicePageFields } from '../services.ts';
import { unknownRequirementMessage } from '../requirements.ts';
import { entriesOf, type ValidEntry } from './entries.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

type Path = (string | number)[];

function problemAt(entry: ValidEntry<unknown>, path: Path, rule: string, message: string): Problem {
  return { severity: 'error', file: entry.file.path, line: lineOf(entry.file, path), field: path.join('.'), message, rule };
}

function decisionRules(office: Office, decisions: ValidEntry<DecisionData>[], plans: ValidEntry<PlanData>[]): Problem[] {
  const problems: Problem[] = [];
  const pattern = new RegExp(office.decisionReference.pattern);
  const pillars = new Set(plans.flatMap((plan) => plan.data.pillars.map((pillar) => `${plan.file.id}#${pillar.id}`)));
  for (const entry of decisions) {
    const { reference } = entry.data;
    if (reference !== undefined && !pattern.test(displayReference(reference))) {
      problems.push(problemAt(entry, ['reference'], 'reference-format', `expected a reference in this office's format, like "${office.decisionReference.example}", found "${reference}"`));
    }
    entry.data.pillars.forEach((pillar, index) => {
      if (!pillars.has(pillar)) {
        const hint = didYouMean(pillar, [...pillars]) || ` (expected plan-id#pillar-id of a plan in plans/, such as ${[...pillars].slice(0, 1).map((p) => `"${p}"`).join('') || 'a pillar of a plan; there are none yet'})`;
        problems.push(problemAt(entry, ['pillars', index], 'reference', `no plan pillar "${pillar}"${hint}`));
      }
    });
    if (entry.data.restricted && entry.file.body.trim() !== '') {
      problems.push({
        severity: 'error',
        file: entry.file.path,
        line: entry.file.bodyLine + (entry.file.body.match(/^\s*\n/)?.[0].split('\n').length ?? 1) - 1,
        field: 'body',
        rule: 'restricted',
        message: 'the text below the front matter of a restricted decision is not published: remove the withheld text from it',
      });
    }
  }
  return problems;
}

const isDraft = (entry: ValidEntry) => (entry.data as { status?: string }).status === 'draft';

/** The field an entry's address is made from, for pointing at it. */
function addressField(entry: ValidEntry): Path {
  switch (entry.file.collection) {
    case 'decisions': return [(entry.data as DecisionData).reference === undefined ? 'title' : 'reference'];
    case 'budgets': return ['financialYear'];
    default: return [];
  }
}

/** How an entry is named in a message about its address: its reference as written, or its file. */
function addressSource(entry: ValidEntry): string {
  const { reference } = entry.data as { reference?: string };
  return entry.file.collection === 'decisions' && reference !== undefined ? ` (reference "${reference}")` : '';
}

/**
 * A page address is an entry's identity: two entries at one address would publish one page, the other
 * lost, whatever their text; and no entry may take an address the site keeps for a listing, feed or
 * download. A file name that becomes an address must be one a reader can type.
 */
function addressRules(office: Office, entries: ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const taken = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const { collection, id } = entry.file;
    const segments = idInAddress(collection);
    if (segments) {
      const parts = id.split('/');
      const badPart = parts.find((part) => !slug.safeParse(part).success);
      if (badPart !== undefined || (segments === 'one-segment' && parts.length > 1)) {
        const name = id.split('/').at(-1)!;
        const suggestion = `${slugify(name) || 'a-name'}.md`;
        const why = badPart !== undefined ? `use lower-case letters, digits and hyphens, like ${suggestion}` : `move it out of its sub-folder, into ${collections[collection].folder}/`;
        problems.push({ ...problemAt(entry, [], 'file-name', `the file's name becomes the address of its page (${id}): ${why}`), field: '(file name)' });
        continue;
      }
    }
    const path = entryPath(collection, { id, data: entry.data }, office);
    if (path === undefined) continue;
    const severity = isDraft(entry) ? 'warning' : 'error';
    const owner = siteOwnedAddress(path);
    if (owner) {
      problems.push({ ...problemAt(entry, addressField(entry), 'unique-address', `this would be published at /${path}, the address of ${owner}: ${collection === 'pages' ? 'rename the file' : 'change it'} so that it does not take that address`), severity });
      continue;
    }
    const first = taken.get(path);
    // Two budgets for one year are reported as such, by the budget rules.
    if (!first || (collection === 'budgets' && first.file.collection === 'budgets')) {
      taken.set(path, entry);
      continue;
    }
    const sameReference = collection === 'decisions' && first.file.collection === 'decisions' && (entry.data as DecisionData).reference !== undefined
      && displayReference((entry.data as DecisionData).reference!) === displayReference((first.data as DecisionData).reference ?? '');
    const message = sameReference
      ? `the reference "${referenceText(entry.data as DecisionData, office)}" is already used by ${first.file.path}`
      : `this would be published at /${path}, where ${first.file.path}${addressSource(first)} is published: two entries cannot share a page, so one would be lost. Give each its own ${collection === 'decisions' ? 'reference (or, without one, its own title or date)' : 'file name'}`;
    problems.push({ ...problemAt(entry, addressField(entry), sameReference ? 'unique-reference' : 'unique-address', message), severity: isDraft(entry) || isDraft(first) ? 'warning' : 'error' });
  }
  return problems;
}

function planRules(plans: ValidEntry<PlanData>[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(plans.map((plan) => plan.file.id));
  for (const plan of plans) {
    const { supersedes } = plan.data;
    if (supersedes === plan.file.id) problems.push(problemAt(plan, ['supersedes'], 'reference', 'a plan cannot supersede itself'));
    else if (supersedes && !ids.has(supersedes)) {
      problems.push(problemAt(plan, ['supersedes'], 'reference', `no plan "${supersedes}" in plans/: expected the file name (without .md) of the plan this one replaces${didYouMean(supersedes, [...ids])}`));
    }
    const duplicateIn = (values: string[], path: string, field: string, noun: string) => {
      const seen = new Set<string>();
      values.forEach((value, index) => {
        if (seen.has(value)) problems.push(problemAt(plan, [path, index, field], 'unique-id', `the ${noun} "${value}" is used twice in this plan`));
        seen.add(value);
      });
    };
    duplicateIn(plan.data.pillars.map((p) => p.id), 'pillars', 'id', 'pillar id');
    duplicateIn(plan.data.actions.map((a) => a.ref), 'actions', 'ref', 'action ref');
  }
  return problems;
}

function tableProblems(entry: ValidEntry<unknown>, table: BudgetTable, path: Path): Problem[] {
  const faults = tableFaults(table).map((fault) => problemAt(entry, [...path, ...fault.path], 'table', fault.message));
  if (faults.length) return faults;
  const unit = table.unit;
  const mismatches = reconcileTable(table)
    .filter((m) => !m.acknowledged)
    .map((m) => {
      const lines = m.lines.map((line) => `${line.label} ${formatTableValue(line.value)}`).join(' + ');
      const gap = `${figureWithUnit(Math.abs(m.difference), unit)} ${m.difference > 0 ? 'more' : 'less'} than its lines`;
      return problemAt(
        entry,
        [...path, 'rows', m.rowIndex, 'values', m.columnIndex],
        'reconcile',
        `"${m.row.label}" for ${m.column} does not add up: ${lines} = ${formatTableValue(m.computed)}, but the declared total is ${formatTableValue(m.declared)}, ${gap} (the table allows ${figureWithUnit(table.tolerance, unit)} for rounding)`,
      );
    });
  const stale = staleDiscrepancies(table).map((index) =>
    problemAt(entry, [...path, 'discrepancies', index], 'reconcile', `this discrepancy note is out of date: "${table.discrepancies[index]!.row}" for ${table.discrepancies[index]!.column} now adds up, so remove the note`),
  );
  return [...mismatches, ...stale];
}

function budgetRules(budgets: ValidEntry<BudgetData>[]): Problem[] {
  const problems: Problem[] = [];
  // One budget a year for each function: a PFCC's policing and fire budgets for a year are two.
  const years = new Map<string, ValidEntry<BudgetData>>();
  // A file named for its year keeps it; a second file for that year is the one reported.
  const namedForYear = (entry: ValidEntry<BudgetData>) => (entry.file.id === budgetFileId(entry.data) ? 0 : 1);
  for (const entry of [...budgets].sort((a, b) => namedForYear(a) - namedForYear(b))) {
    const { data } = entry;
    const key = budgetFileId(data);
    // A budget in the fire and rescue budgets' folder without function: fire: one message, saying what to do.
    if (!isFireBudget(data) && entry.file.id.startsWith('fire/')) {
      problems.push(problemAt(entry, ['financialYear'], 'file-name', `the file is in budgets/fire/, the fire and rescue budgets' folder, but does not say function: fire: add function: fire if it is the fire and rescue budget for ${data.financialYear}, or move it to budgets/${key}.md`));
      continue;
    }
    const first = years.get(key);
    const kind = isFireBudget(data) ? 'a fire and rescue budget' : 'a policing budget';
    if (first) problems.push(problemAt(entry, ['financialYear'], 'unique-year', `${data.financialYear} already has ${kind} file: ${first.file.path}`));
    else years.set(key, entry);
    if (entry.file.id !== key) {
      const why = isFireBudget(data) ? `the fire and rescue budget for ${data.financialYear}` : `the budget for ${data.financialYear}`;
      problems.push(problemAt(entry, ['financialYear'], 'file-name', `the file is named ${entry.file.id} but holds ${why}: name it ${key}.md`));
    }
    problems.push(...preceptProblems(entry, budgets));
    if (data.funding) problems.push(...tableProblems(entry, data.funding, ['funding']));
    if (data.allocation) problems.push(...tableProblems(entry, data.allocation, ['allocation']));
    data.mtfp.forEach((scenario, index) => problems.push(...tableProblems(entry, scenario.table, ['mtfp', index, 'table'])));
    if (data.capital) {
      problems.push(...tableProblems(entry, data.capital.programme, ['capital', 'programme']));
      problems.push(...tableProblems(entry, data.capital.financing, ['capital', 'financing']));
      problems.push(...capitalBalanceProblems(entry, data.capital.programme, data.capital.financing));
    }
  }
  return problems;
}

/**
 * A budget's Band D precept against what else is known of it: the previous year's budget for the same
 * function, the previous year's Band D the budget states, and the change in percent it states. A slip
 * of a digit (30.686 for 306.86) is published as a fact on the home page, so the figures must agree.
 */
function preceptProblems(entry: ValidEntry<BudgetData>, budgets: ValidEntry<BudgetData>[]): Problem[] {
  const { precept, financialYear } = entry.data;
  if (!precept) return [];
  const lastYear = financialYearStarting(startYearOf(financialYear) - 1);
  const lastBudget = budgets.find(({ data }) => data.financialYear === lastYear && isFireBudget(data) === isFireBudget(entry.data) && data.precept);
  const problems: Problem[] = [];
  if (lastBudget && precept.previousBandD !== undefined && toPence(precept.previousBandD) !== toPence(lastBudget.data.precept!.bandD)) {
    problems.push(problemAt(entry, ['precept', 'previousBandD'], 'precept', `the previous year's Band D is given as ${formatPounds(precept.previousBandD)}, but the ${lastYear} budget (${lastBudget.file.path}) gives ${formatPounds(lastBudget.data.precept!.bandD)}: correct whichever is wrong`));
  }
  const previous = lastBudget?.data.precept!.bandD ?? precept.previousBandD;
  if (previous !== undefined && precept.changePercent !== undefined) {
    const change = ((precept.bandD - previous) / previous) * 100;
    // As published, to one or two decimal places, or none: the stated figure's last digit is rounded.
    const decimals = String(precept.changePercent).split('.')[1]?.length ?? 0;
    if (Math.abs(change - precept.changePercent) > 0.5 * 10 ** -decimals + 1e-9) {
      problems.push(problemAt(entry, ['precept', 'bandD'], 'precept', `Band D of ${formatPounds(precept.bandD)} after ${formatPounds(previous)} is a change of ${change.toFixed(2)}%, but changePercent says ${precept.changePercent}%: check the Band D figure, the previous year's, and the change`));
    }
  }
  return problems;
}

/** The capital programme must be fully financed: its bottom line equals the financing's, within tolerance. */
function capitalBalanceProblems(entry: ValidEntry<BudgetData>, programme: BudgetTable, financing: BudgetTable): Problem[] {
  const total = (table: BudgetTable) => [...table.rows].reverse().find((row) => row.sumOf);
  const programmeTotal = total(programme);
  const financingTotal = total(financing);
  if (!programmeTotal || !financingTotal) return [];
  const tolerance = Math.max(programme.tolerance, financing.tolerance);
  return programme.columns.flatMap((column, index) => {
    const financingIndex = financing.columns.indexOf(column);
    const spent = programmeTotal.values[index];
    const financed = financingIndex === -1 ? null : financingTotal.values[financingIndex];
    if (spent == null || financed == null || Math.abs(spent - financed) <= tolerance + 1e-9) return [];
    const gap = `${figureWithUnit(Math.abs(spent - financed), programme.unit)} ${spent > financed ? 'short' : 'over'}`;
    return [
      problemAt(entry, ['capital', 'financing', 'rows', financing.rows.indexOf(financingTotal), 'values', financingIndex], 'reconcile',
        `the capital programme for ${column} totals ${figureWithUnit(spent, programme.unit)} but its financing totals ${figureWithUnit(financed, programme.unit)}, ${gap} (the tables allow ${figureWithUnit(tolerance, programme.unit)} for rounding)`),
    ];
  });
}

function serviceRules(office: Office, services: ValidEntry<ServiceData>[], decisions: ValidEntry<DecisionData>[], statements: ValidEntry<CommissioningData>[]): Problem[] {
  const problems: Problem[] = [];
  // A published service names a published notice (its page links to no draft); a draft service may name a draft.
  const everyNotice = decisionIndex(decisions.map((decision) => decision.data), office);
  const publishedNotices = decisionIndex(decisions.filter((decision) => decision.data.status !== 'draft').map((decision) => decision.data), office);
  for (const entry of services) {
    if (!serviceHasPage(entry.data) && entry.file.body.trim() !== '') {
      problems.push({
        severity: 'error',
        file: entry.file.path,
        line: entry.file.bodyLine + (entry.file.body.match(/^\s*\n/)?.[0].split('\n').length ?? 1) - 1,
        field: 'body',
        rule: 'service-page',
        message: `the text below the front matter is published only on a service's own page, and this service has none: its record says no more than its row in the list. Put what the source says in ${servicePageFields.slice(0, 3).join(', ')} (a service with any of them gets a page), or remove the text`,
      });
    }
    const { decision } = entry.data;
    if (!decision) continue;
    const index = entry.data.status === 'draft' ? everyNotice : publishedNotices;
    const found = index.find(decision);
    const slugs = [...new Set(found.map((notice) => decisionSlug(notice, office)))];
    // Two notices at one address are reported as such: the service names that address all the same.
    if (slugs.length === 1) continue;
    const message = found.length === 0 && everyNotice.find(decision).length > 0
      ? `the decision notice "${decision}" is a draft, so this published service would link to nothing: publish the notice, or make this service a draft too`
      : found.length === 0
      ? `no decision notice has the reference "${decision}"${didYouMean(decision, index.references())}`
      : `the reference "${decision}" names ${slugs.length} decision notices, one in each year numbers started again: write the one you mean as ${slugs.map((slug) => `"${slug}"`).join(' or ')}`;
    problems.push(problemAt(entry, ['decision'], 'reference', message));
  }
  const published = services.map((s) => s.data).filter((service) => service.status !== 'draft');
  for (const statement of statements) {
    const { period } = statement.data;
    // A statement for a span of years counts only the services awarded for those years.
    const listed = period ? published.filter((service) => !service.period || (startYearOf(service.period.from) <= startYearOf(period.to) && startYearOf(service.period.to) >= startYearOf(period.from))) : published;
    for (const mismatch of reconcileThemeTotals(statement.data.themes, listed, statement.data.tolerance)) {
      const index = statement.data.themes.findIndex((t) => t.theme === mismatch.theme);
      const how = mismatch.complete ? 'the services listed under it add up to' : 'the services with amounts already add up to';
      const gap = `${formatPounds(Math.abs(mismatch.difference))} ${mismatch.difference < 0 ? 'more' : 'less'} than declared`;
      problems.push(problemAt(statement, ['themes', index, 'total'], 'reconcile',
        `"${mismatch.title}" ${mismatch.title.includes('" and "') ? 'declare between them' : 'declares'} ${formatPounds(mismatch.declared)} but ${how} ${formatPounds(mismatch.computed)}, ${gap} (the statement allows ${formatPounds(statement.data.tolerance)} for rounding)`));
    }
  }
  return problems;
}

/** Every requirement an entry names must be in the catalogue. */
function requirementRules(entries: ValidEntry[]): Problem[] {
  return entries.flatMap((entry) =>
    ((entry.data as { requirements?: string[] }).requirements ?? []).flatMap((id, index) => {
      const message = unknownRequirementMessage(id);
      return message ? [problemAt(entry, ['requirements', index], 'reference', message)] : [];
    }),
  );
}

/** Rules that look across entries: references resolve, ids are unique, published totals add up. */
export function crossEntryProblems(office: Office, entries: ValidEntry[]): Problem[] {
  const plans = entriesOf<PlanData>(entries, 'plans');
  const decisions = entriesOf<DecisionData>(entries, 'decisions');
  return [
    ...decisionRules(office, decisions, plans),
    ...planRules(plans),
    ...budgetRules(entriesOf<BudgetData>(entries, 'budgets')),
    ...serviceRules(office, entriesOf<ServiceData>(entries, 'services'), decisions, entriesOf<CommissioningData>(entries, 'commissioning')),
    ...requirementRules(entries),
    ...addressRules(office, entries),
  ];
}
