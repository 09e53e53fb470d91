import type { BudgetData, BudgetTable } from '../schemas/budgets.ts';
import { datePrecision, foundDate, isRealIsoDate, looksLikeIsoDate, type IsoDate } from '../schemas/common.ts';
import { decisionMakers, type DecisionData } from '../schemas/decisions.ts';
import type { FoiData } from '../schemas/foi.ts';
import type { Office } from '../schemas/office.ts';
import type { PlanData } from '../schemas/plans.ts';
import type { CommissioningData, ServiceData } from '../schemas/services.ts';
import type { TransparencyData } from '../schemas/transparency.ts';
import { hasDrafts } from '../collections.ts';
import { lineOf, type SourceFile } from '../content-files.ts';
import { financialYearBounds, financialYearOf, financialYearStarting, startYearOf, type YearStart } from '../financial-year.ts';
import { dateBounds } from '../dates.ts';
import { numberingYear } from '../decision-references.ts';
import { foiClock } from '../foi-clock.ts';
import { certificateOptions } from '../decision-text.ts';
import { figureWithUnit, formatPounds, toPounds } from '../money.ts';
import { slugify } from '../urls.ts';
import { kindOn, kindsBetween, officeKinds, type KindOnDate, type OfficeKindName } from '../office-kinds.ts';
import type { ValidEntry } from './entries.ts';
import { findHazards, type Finding } from './hazards.ts';
import { findUnsafeMarkupInMasked, maskCodeAndAutolinks } from './markup.ts';
import { findInaccessibleText } from './body-accessibility.ts';
import type { Problem, Severity } from './problems.ts';

type Path = (string | number)[];

/** No PCC document can be older than this; anything earlier is a typing slip. */
export const EARLIEST_DATE = '1990-01-01';
/** Police and crime commissioners took office on 22 November 2012. */
const FIRST_PCC_DAY = '2012-11-22';

/** The earliest day a decision can be dated, and why. */
interface EarliestDay {
  day: string;
  why: string;
}

/**
 * The day police and crime commissioners took office, unless the office's first kind began earlier, as
 * office.json's kinds say: London's Mayor's Office for Policing and Crime decided from 16 January 2012.
 */
function firstDecisionDay(office: Office): EarliestDay {
  const began = office.kinds[0]?.from;
  return began !== undefined && began < FIRST_PCC_DAY
    ? { day: began, why: ", the day the office's first kind began (kinds in office.json)" }
    : { day: FIRST_PCC_DAY, why: ', the day police and crime commissioners took office' };
}

export interface RuleContext {
  office: Office;
  asOf: IsoDate;
}

/** Entries not yet public (drafts) get warnings for publishing hazards; everything else gets errors. */
function hazardSeverity(file: SourceFile): Severity {
  const status = (file.frontMatter as { status?: unknown } | null)?.status;
  return hasDrafts(file.collection) && status === 'draft' ? 'warning' : 'error';
}

function lineAtOffset(file: SourceFile, offset: number): number {
  return file.bodyLine + (file.body.slice(0, offset).match(/\n/g)?.length ?? 0);
}

function strings(value: unknown, path: Path = []): { path: Path; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, index]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  }
  return [];
}

const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/** Publishing hazards in every text field and the body, and unsafe markup and what a reader would miss in the body. */
export function textProblems(file: SourceFile, office: Office | null): Problem[] {
  if (file.frontMatter === null) return [];
  const severity = hazardSeverity(file);
  const context = { officeEmails: office?.contact.email ? [office.contact.email] : [], officePhones: office?.contact.phone ? [office.contact.phone] : [] };
  const problem = (line: number, field: string, finding: Finding, level: Severity): Problem => ({
    severity: level, file: file.path, line, field, rule: finding.rule, message: finding.message, ...(finding.group && { group: finding.group }),
  });
  // The note to editors is never published, so it may say anything to them.
  const published = strings(file.frontMatter).filter(({ path }) => path[0] !== 'editorsNote');
  const inFields = published.flatMap(({ path, text }) => {
    const findings = findHazards(text, context);
    const tag = HTML_TAG.exec(text);
    if (findings.length === 0 && !tag) return [];
    const line = lineOf(file, path);
    const found = findings.map((finding) => problem(line, path.join('.'), finding, severity));
    if (tag) {
      found.push({ severity: 'error', file: file.path, line, field: path.join('.'), rule: 'html-in-field', message: `the HTML tag ${tag[0].slice(0, 30)} in a text field would be shown as written: use plain text, with a line starting "- " for each item of a list` });
    }
    return found;
  });
  // Code is shown as written, so only prose is read for hazards and markup; masking keeps every offset.
  const prose = maskCodeAndAutolinks(file.body);
  const inBody = findHazards(prose, context).map((finding) => problem(lineAtOffset(file, finding.offset), 'body', finding, severity));
  const markup = findUnsafeMarkupInMasked(prose).map((finding) => problem(lineAtOffset(file, finding.offset), 'body', finding, 'error'));
  const inaccessible = findInaccessibleText(prose).map((finding) => problem(lineAtOffset(file, finding.offset), 'body', finding, 'warning'));
  return [...inFields, ...inBody, ...markup, ...inaccessible];
}

function at(entry: ValidEntry<unknown>, path: Path, rule: string, message: string): Problem {
  return { severity: 'error', file: entry.file.path, line: lineOf(entry.file, path), field: path.join('.'), rule, message };
}

/** A date (or a month or financial year, by its bounds) that must have happened already, and not before the earliest sensible date. */
function pastDate(entry: ValidEntry<unknown>, path: Path, date: string | undefined, noun: string, context: RuleContext, earliest: EarliestDay = { day: EARLIEST_DATE, why: '' }): Problem[] {
  if (!date) return [];
  const { first, last } = dateBounds(date, context.office.financialYearStart);
  if (first > context.asOf) return [at(entry, path, 'date-range', `dated ${date}, after the build date ${context.asOf}: a ${noun} cannot be dated in the future`)];
  if (last < earliest.day) return [at(entry, path, 'date-range', `dated ${date}, before ${earliest.day}${earliest.why}: check the year`)];
  return [];
}

function periodOrder(entry: ValidEntry<unknown>, path: Path, period: { from: string; to: string } | undefined): Problem[] {
  if (!period || startYearOf(period.to) >= startYearOf(period.from)) return [];
  return [at(entry, [...path, 'to'], 'period', `the period ends (${period.to}) before it starts (${period.from})`)];
}

/** A notice has a reference unless the office published it without one, which the editor says so, never by forgetting. */
function numberingRules(entry: ValidEntry<DecisionData>, office: Office): Problem[] {
  const { data } = entry;
  const example = office.decisionReference.example;
  if (data.numbered && data.reference === undefined) {
    return [at(entry, ['reference'], 'reference', `expected a reference like "${example}"; if the office published this notice without a number, write numbered: false instead`)];
  }
  if (!data.numbered && data.reference !== undefined) {
    return [at(entry, ['numbered'], 'reference', `the notice has the reference "${data.reference}" but says numbered: false: remove one of them`)];
  }
  if (data.reference === undefined) return [];
  if (slugify(data.reference) === '') return [at(entry, ['reference'], 'reference-format', `expected a reference with letters or digits, like "${example}", found "${data.reference}"`)];
  const { restarts } = office.decisionReference;
  if (restarts !== 'never' && numberingYear(data.date, office) === undefined) {
    const year = restarts === 'financial-year' ? 'financial year' : 'calendar year';
    const precise = datePrecision(data.date) === 'month' ? 'give the day' : 'give at least the month';
    return [at(entry, ['date'], 'date-range', `numbers start again each ${year}, so the date must say which ${year} "${data.reference}" belongs to, but ${data.date} could be in either of two: ${precise}`)];
  }
  return [];
}

/** An approval's selected options must be options its statement offers. */
function selectedOptions(entry: ValidEntry<DecisionData>): Problem[] {
  return entry.data.approvals.flatMap((approval, index) => {
    const letters = certificateOptions(approval.statement).map((option) => option.letter);
    const offered = letters.length ? `one of the statement's options, ${letters.join(', ')}` : 'a statement with lettered options ("a) …" on a line of its own) to select from';
    return (approval.selected ?? []).flatMap((letter, position) =>
      letters.includes(letter) ? [] : [at(entry, ['approvals', index, 'selected', position], 'selected-option', `expected ${offered}; found "${letter}"`)],
    );
  });
}

/**
 * Lists and the top of a notice's page show the sentence of what was decided. A published notice from
 * the current or the previous financial year must have one; older notices and drafts are only warned
 * about, so that an office can publish its archive first and write the sentences as it goes.
 */
function decidedSentence(entry: ValidEntry<DecisionData>, context: RuleContext): Problem[] {
  const { data } = entry;
  if (data.decided?.trim()) return [];
  const yearStart = context.office.financialYearStart;
  const previousYear = financialYearStarting(startYearOf(financialYearOf(context.asOf, yearStart)) - 1);
  const recent = dateBounds(data.date, yearStart).last >= financialYearBounds(previousYear, yearStart).first;
  const severity: Severity = recent && data.status === 'published' ? 'error' : 'warning';
  const when = recent ? `a notice dated ${data.date}, in ${previousYear} or later` : `an older notice (${data.date})`;
  return [{ ...at(entry, ['title'], 'decided', `expected decided: one plain sentence of what was decided, which lists of decisions and the top of its page show; found none on ${when}`), field: 'decided', severity }];
}

function decisionRules(entry: ValidEntry<DecisionData>, context: RuleContext): Problem[] {
  const { data } = entry;
  const unexplained = data.restricted && !data.restrictionReason?.trim();
  const decided = dateBounds(data.date, context.office.financialYearStart).last;
  return [
    ...numberingRules(entry, context.office),
    ...decidedSentence(entry, context),
    ...selectedOptions(entry),
    ...amountInAnotherUnit(entry),
    ...(unexplained ? [{ ...at(entry, ['restricted'], 'restricted', 'a restricted decision needs a restrictionReason saying why the papers are withheld'), field: 'restrictionReason' }] : []),
    ...pastDate(entry, ['date'], data.date, 'decision', context, firstDecisionDay(context.office)),
    ...data.approvals.flatMap((approval, index) =>
      approval.date && approval.date > decided
        ? [at(entry, ['approvals', index, 'date'], 'date-order', `the ${approval.role} approval is dated ${approval.date}, after the decision itself (${data.date}): an approval comes before or on the day of the decision`)]
        : [],
    ),
  ];
}

/** A sum of money in a notice's words: "£1,200,000", "£1.2m", "£185k", "£2 million". */
const POUNDS_IN_WORDS = /£\s?(\d[\d,]*(?:\.\d+)?)\s?(m|bn|k|million|billion|thousand)?\b/gi;
const UNIT_SIZE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/**
 * A decision's `amount` written in thousands or millions (1.2 for £1.2m), which the site would publish
 * as £1.20: its own words give the sum a thousand or a million times larger.
 */
function amountInAnotherUnit(entry: ValidEntry<DecisionData>): Problem[] {
  const { amount, decided, summary, recommendation } = entry.data;
  if (amount === undefined || amount <= 0) return [];
  const said = [decided, summary, recommendation].flatMap((text) => [...(text ?? '').matchAll(POUNDS_IN_WORDS)].map((match) => ({ text: match[0].trim(), value: Number(match[1]!.replaceAll(',', '')) * (UNIT_SIZE[match[2]?.toLowerCase() ?? ''] ?? 1) })));
  const larger = said.find(({ value }) => [1e3, 1e6].some((times) => Math.abs(value - amount * times) <= value * 0.005));
  if (!larger) return [];
  return [{ ...at(entry, ['amount'], 'money-unit', `the amount is ${amount}, which the site shows as ${formatPounds(amount)}, but the notice says ${larger.text}: amount is in pounds, so write ${Math.round(larger.value)}`), severity: 'warning' as const }];
}

function planRules(entry: ValidEntry<PlanData>, context: RuleContext, yearStart: YearStart): Problem[] {
  const { data } = entry;
  const problems = [...periodOrder(entry, ['period'], data.period), ...pastDate(entry, ['published'], data.published, 'publication', context)];
  if (data.published && problems.length === 0) {
    const year = startYearOf(financialYearOf(data.published, yearStart));
    const looksBack = data.kind === 'annual-report' || data.kind === 'needs-assessment';
    const [earliest, latest] = looksBack ? [startYearOf(data.period.from), startYearOf(data.period.to) + 1] : [startYearOf(data.period.from) - 1, startYearOf(data.period.to)];
    if (year < earliest || year > latest) {
      problems.push(at(entry, ['published'], 'financial-year', `published on ${data.published}, in ${financialYearOf(data.published, yearStart)}, which does not fit a ${data.kind.replace(/-/g, ' ')} for ${data.period.from} to ${data.period.to}`));
    }
  }
  data.actions.forEach((action, index) => {
    if (!action.due) return;
    if (looksLikeIsoDate(action.due) && !isRealIsoDate(action.due)) {
      problems.push(at(entry, ['actions', index, 'due'], 'date-range', `expected a date like 2020-11-09 or a recurrence such as "Quarterly", ${foundDate(action.due)}`));
    } else if (isRealIsoDate(action.due) && action.due < EARLIEST_DATE) {
      problems.push(at(entry, ['actions', index, 'due'], 'date-range', `due date ${action.due} is before ${EARLIEST_DATE}: check the year`));
    }
  });
  return problems;
}

const FINANCIAL_YEAR_IN_TEXT = /\b(\d{4})\/(\d{2})\b/g;
/** The largest figure that is believable in each unit: £5bn is more than any force's budget. */
const PLAUSIBLE_LIMIT = { '£': 5_000_000_000, '£000': 5_000_000, '£m': 5_000 } as const;
/** Less than any police force's or fire and rescue service's funding, whose smallest are tens of millions of pounds: a table of something else, or in the wrong unit. */
const LEAST_PLAUSIBLE_FUNDING = 1_000_000;
const DECIMALS = { '£': 2, '£000': 2, '£m': 3 } as const;

function tableRules(entry: ValidEntry<BudgetData>, table: BudgetTable, path: Path): Problem[] {
  const problems: Problem[] = [];
  table.columns.forEach((column, index) => {
    for (const match of column.matchAll(FINANCIAL_YEAR_IN_TEXT)) {
      if ((Number(match[1]) + 1) % 100 !== Number(match[2])) {
        problems.push(at(entry, [...path, 'columns', index], 'financial-year', `the column "${column}" names ${match[0]}, which is not a financial year: expected the year after ${match[1]}, like ${match[1]}/${String((Number(match[1]) + 1) % 100).padStart(2, '0')}`));
      }
    }
  });
  let largest: { value: number; label: string } | undefined;
  table.rows.forEach((row, rowIndex) => {
    row.values.forEach((value, columnIndex) => {
      if (value === null) return;
      const decimals = DECIMALS[table.unit];
      if (Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) > 1e-6) {
        problems.push(at(entry, [...path, 'rows', rowIndex, 'values', columnIndex], 'money', `"${row.label}" has ${value}: expected at most ${decimals} decimal places in a ${table.unit} table`));
      }
      if (!largest || Math.abs(value) > Math.abs(largest.value)) largest = { value, label: row.label };
    });
  });
  if (largest && Math.abs(largest.value) > PLAUSIBLE_LIMIT[table.unit]) {
    problems.push(at(entry, [...path, 'unit'], 'money', `the table is in ${table.unit}, which makes "${largest.label}" ${figureWithUnit(largest.value, table.unit)}, more than any police budget: check the unit the table was published in (£, £000 or £m)`));
  }
  return problems;
}

function budgetRules(entry: ValidEntry<BudgetData>, context: RuleContext, yearStart: YearStart): Problem[] {
  const { data } = entry;
  const problems = pastDate(entry, ['approved'], data.approved, 'budget approval', context);
  if (data.approved && problems.length === 0) {
    const { last } = financialYearBounds(data.financialYear, yearStart);
    const { first } = financialYearBounds(financialYearStarting(startYearOf(data.financialYear) - 1), yearStart);
    if (data.approved < first || data.approved > last) {
      problems.push(at(entry, ['approved'], 'financial-year', `the ${data.financialYear} budget is dated ${data.approved}, in ${financialYearOf(data.approved, yearStart)}: a budget is approved in the year before it starts or during it`));
    }
  }
  const tables: [BudgetTable, Path][] = [
    ...(data.funding ? [[data.funding, ['funding']] as [BudgetTable, Path]] : []),
    ...(data.allocation ? [[data.allocation, ['allocation']] as [BudgetTable, Path]] : []),
    ...data.mtfp.map((scenario, index) => [scenario.table, ['mtfp', index, 'table']] as [BudgetTable, Path]),
    ...(data.capital ? [[data.capital.programme, ['capital', 'programme']], [data.capital.financing, ['capital', 'financing']]] as [BudgetTable, Path][] : []),
  ];
  return [...problems, ...tables.flatMap(([table, path]) => tableRules(entry, table, path)), ...fundingSize(entry, data.funding)];
}

/** A funding table whose largest figure is too small to be a body's funding: the council tax by band, say, which the home page would show as its total funding. */
function fundingSize(entry: ValidEntry<BudgetData>, funding: BudgetTable | undefined): Problem[] {
  const figures = funding?.rows.flatMap((row) => row.values.flatMap((value) => (value === null ? [] : [{ value, label: row.label }]))) ?? [];
  if (!funding || figures.length === 0) return [];
  const largest = figures.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
  if (Math.abs(toPounds(largest.value, funding.unit)) >= LEAST_PLAUSIBLE_FUNDING) return [];
  const message = `the funding table's largest figure is "${largest.label}", ${figureWithUnit(largest.value, funding.unit)}: less than any police or fire funding, and the site would show it as the year's funding: check the table holds where the money comes from (not the precept by council tax band: precept.bandD gives the Band D figure) and its unit (£, £000 or £m)`;
  return [{ ...at(entry, ['funding', 'unit'], 'money', message), severity: 'warning' }];
}

/** Rules about a single entry's own values: dates in range and in order, years that agree, figures that fit their unit. */
export function entryProblems(entry: ValidEntry, context: RuleContext): Problem[] {
  return [...officeKindRules(entry, context), ...holderRoleRules(entry, context), ...collectionRules(entry, context)];
}

/**
 * A decision's maker must be one of the decision makers of the office's kind on its date (any kind in
 * force during it, for a month or a year), and an entry of the fire function needs an office that was
 * the fire and rescue authority: on the decision's date, during a budget's financial year, or at some
 * time for an entry without either.
 */
function officeKindRules(entry: ValidEntry, context: RuleContext): Problem[] {
  const { office } = context;
  const data = entry.data as { function?: string; decisionMaker?: DecisionData['decisionMaker']; date?: string; financialYear?: string };
  const problems: Problem[] = [];
  const isDecision = entry.file.collection === 'decisions' && data.decisionMaker !== undefined && data.date !== undefined;
  const when = isDecision ? data.date : entry.file.collection === 'budgets' ? data.financialYear : undefined;
  const kinds = when !== undefined
    ? (() => {
        const { first, last } = dateBounds(when, office.financialYearStart);
        return kindsBetween(office, first, last);
      })()
    : office.kinds.map((period) => kindOn(office, period.from ?? EARLIEST_DATE));
  const kindNames = namesOf(kinds);
  if (isDecision) {
    const makers = [...new Set(kinds.flatMap((kind) => kind.decisionMakers))];
    if (!makers.includes(data.decisionMaker!)) {
      problems.push(at(entry, ['decisionMaker'], 'decision-maker', `expected a decision maker of the office's kind on ${data.date} (${kindNames}, in office.json's kinds): one of ${makers.join(', ')}; found "${data.decisionMaker}" (${decisionMakers[data.decisionMaker!]}), who makes decisions only in ${kindsWithMaker(data.decisionMaker!)}`));
    }
  }
  if (data.function === 'fire' && !kinds.some((kind) => kind.fire)) {
    const why = when === undefined
      ? 'office.json\'s kinds never make the office the fire and rescue authority'
      : `${isDecision ? 'on' : 'in'} ${when} the office was a ${kindNames}, not the fire and rescue authority`;
    problems.push(at(entry, ['function'], 'fire-function', `expected function: fire only for an office that is the fire and rescue authority (a pfcc, or a mayor or board with "fire": true in office.json's kinds); found it here, but ${why}`));
  }
  return problems;
}

/** The kinds' names, each once, as messages give them: "pcc or mayor". */
const namesOf = (kinds: KindOnDate[]) => [...new Set(kinds.map((kind) => kind.kind))].join(' or ');

/** The roles that hold or deputise for an office of a kind: pcc and deputy-pcc for a commissioner's office, mayor and deputy-mayor for a mayor's. */
const holderRoles = (kind: OfficeKindName) => [officeKinds[kind].holder, officeKinds[kind].deputy];

/** The roles that hold or deputise for an office of any kind. */
const HOLDER_ROLES = new Set((Object.keys(officeKinds) as OfficeKindName[]).flatMap(holderRoles));

/**
 * A person who held or deputised for the office did so in a role of its kind while they were in post
 * (from their start, or from the office's first kind, to their end, or the build date): a "pcc" in a
 * mayor's office is a slip, and the site would give them the wrong title.
 */
function holderRoleRules(entry: ValidEntry, { office, asOf }: RuleContext): Problem[] {
  if (entry.file.collection !== 'people') return [];
  const person = entry.data as { role: DecisionData['decisionMaker']; from?: string; to?: string };
  if (!HOLDER_ROLES.has(person.role)) return [];
  const first = person.from ? dateBounds(person.from, office.financialYearStart).first : EARLIEST_DATE;
  const last = person.to ? dateBounds(person.to, office.financialYearStart).last : asOf;
  if (last < first) return [];
  const kinds = kindsBetween(office, first, last);
  const roles = [...new Set(kinds.flatMap((kind) => holderRoles(kind.kind)))];
  if (roles.includes(person.role)) return [];
  const when = person.from ? `from ${person.from}${person.to ? ` to ${person.to}` : ''}` : `until ${person.to ?? asOf}`;
  return [at(entry, ['role'], 'person-role', `expected a role of the office's kind while they were in post, ${when} (${namesOf(kinds)}, in office.json's kinds): one of ${roles.join(', ')}; found "${person.role}", a role only in ${kindsWithMaker(person.role)}`)];
}

function kindsWithMaker(maker: DecisionData['decisionMaker']): string {
  const kinds = Object.entries(officeKinds).filter(([, definition]) => definition.decisionMakers.includes(maker)).map(([kind]) => kind);
  return `an office of kind ${kinds.join(' or ')}`;
}

function collectionRules(entry: ValidEntry, context: RuleContext): Problem[] {
  const yearStart = context.office.financialYearStart;
  switch (entry.file.collection) {
    case 'decisions': return decisionRules(entry as unknown as ValidEntry<DecisionData>, context);
    case 'plans': return planRules(entry as unknown as ValidEntry<PlanData>, context, yearStart);
    case 'budgets': return budgetRules(entry as unknown as ValidEntry<BudgetData>, context, yearStart);
    case 'services': {
      const service = entry.data as unknown as ServiceData;
      return [...periodOrder(entry, ['period'], service.period), ...pastDate(entry, ['awarded'], service.awarded, 'grant or contract award', context)];
    }
    case 'commissioning': return periodOrder(entry, ['period'], (entry.data as unknown as CommissioningData).period);
    case 'transparency': return pastDate(entry, ['published'], (entry.data as unknown as TransparencyData).published, 'publication', context);
    case 'pages': return [];
    default: return registerEntryRules(entry, context);
  }
}

/** Two dates that must come in order: a response after its request, an end after its start. */
function inOrder(entry: ValidEntry<unknown>, earlier: [Path, string | undefined, string], later: [Path, string | undefined, string]): Problem[] {
  const [, first, firstName] = earlier;
  const [laterPath, second, secondName] = later;
  if (!first || !second || second >= first) return [];
  return [at(entry, laterPath, 'date-order', `the ${secondName} (${second}) is before the ${firstName} (${first}): check the dates`)];
}

/** A clarification answered after it was asked and before the response; an extension told in time and ending after the 20 days. */
function foiClockRules(entry: ValidEntry<FoiData>): Problem[] {
  const { clarification, publicInterestExtension: extension, received, requested, responded } = entry.data;
  const problems: Problem[] = [];
  if (clarification) {
    problems.push(
      ...inOrder(entry, [['received'], received ?? requested, received ? 'date it was received' : 'request'], [['clarification', 'asked'], clarification.asked, 'request for clarification']),
      ...inOrder(entry, [['clarification', 'asked'], clarification.asked, 'request for clarification'], [['clarification', 'answered'], clarification.answered, 'clarification']),
      ...inOrder(entry, [['clarification', 'answered'], clarification.answered, 'clarification'], [['responded'], responded, 'response']),
    );
  }
  if (extension) {
    const clock = foiClock(entry.data);
    if (extension.extendedTo <= clock.statutoryDue) {
      problems.push(at(entry, ['publicInterestExtension', 'extendedTo'], 'foi-extension', `the extended date (${extension.extendedTo}) is not after the 20-working-day deadline (${clock.statutoryDue}): an extension gives more time, so check the date or leave the extension out`));
    }
    if (extension.notified > clock.statutoryDue) {
      problems.push({ ...at(entry, ['publicInterestExtension', 'notified'], 'foi-extension', `the requester was told of the extension on ${extension.notified}, after the 20-working-day deadline (${clock.statutoryDue}): an extension told after the deadline gives no more time, so the response is measured against the 20 working days; check the date`), severity: 'warning' });
    }
  }
  return problems;
}

/** The register's collections: nothing published in the future, and dates that follow one another. */
function registerEntryRules(entry: ValidEntry, context: RuleContext): Problem[] {
  const data = entry.data as Record<string, string | undefined>;
  const problems = pastDate(entry, ['published'], data.published, 'publication', context);
  switch (entry.file.collection) {
    case 'foi':
      problems.push(
        ...pastDate(entry, ['responded'], data.responded, 'response', context),
        ...inOrder(entry, [['requested'], data.requested, 'request'], [['responded'], data.responded, 'response']),
        ...inOrder(entry, [['requested'], data.requested, 'request'], [['received'], data.received, 'date it was received']),
        ...inOrder(entry, [['received'], data.received, 'date it was received'], [['responded'], data.responded, 'response']),
        ...foiClockRules(entry as unknown as ValidEntry<FoiData>),
      );
      break;
    case 'meetings':
      problems.push(...inOrder(entry, [['date'], data.date, 'meeting'], [['minutesPublished'], data.minutesPublished, 'publication of the minutes']));
      break;
    case 'inspections':
      problems.push(
        ...pastDate(entry, ['reportPublished'], data.reportPublished, 'report', context),
        ...inOrder(entry, [['reportPublished'], data.reportPublished, 'report'], [['responsePublished'], data.responsePublished, 'response']),
      );
      break;
    case 'people':
      problems.push(...inOrder(entry, [['from'], data.from, 'start in post'], [['to'], data.to, 'end in post']));
      break;
    case 'performance':
    case 'complaints':
      problems.push(...inOrder(entry, [['periodStart'], data.periodStart, 'start of the period'], [['periodEnd'], data.periodEnd, 'end of the period']));
      break;
    case 'gifts':
      problems.push(...pastDate(entry, ['date'], data.date, 'gift or hospitality', context));
      break;
  }
  return problems;
}
