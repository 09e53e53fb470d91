import { datePrecision } from './schemas/common.ts';
import type { Office } from './schemas/office.ts';
import { dateBounds } from './dates.ts';
import { financialYearOf, financialYearSlug } from './financial-year.ts';
import { slugify } from './urls.ts';

/** What names a decision notice: its reference (if it has one), its title and its date as known. */
export interface DecisionIdentity {
  reference?: string;
  title: string;
  date: string;
}

type Numbering = Pick<Office, 'decisionReference' | 'financialYearStart'>;

/** A reference as readers see it: the text as published, with stray spaces (leading, trailing, doubled) tidied. */
export function displayReference(reference: string): string {
  return reference.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * A notice's reference as a reader needs it: "41/2020"; "003 of 2013/14" where numbers start again each
 * year, since 003 alone names one notice a year; "Not numbered" for a notice published without one.
 */
export function referenceText(decision: DecisionIdentity, office: Numbering): string {
  if (decision.reference === undefined) return 'Not numbered';
  const year = yearNotInReference(decision.reference, numberingYear(decision.date, office));
  return year === undefined ? displayReference(decision.reference) : `${displayReference(decision.reference)} of ${year}`;
}

/**
 * The year a number belongs to, unless the reference says it already: "DN 12/2024" of 2024 is "DN 12/2024",
 * "2014.001" of 2014/15 is "2014.001". A reference names its year by its four figures (a financial year by
 * its first year's: 2014/15, 2014-15).
 */
function yearNotInReference(reference: string, year: string | undefined): string | undefined {
  if (year === undefined) return undefined;
  const figures: string[] = reference.match(/\d+/g) ?? [];
  return figures.includes(year.slice(0, 4)) ? undefined : year;
}

/** "Decision 41/2020", "Decision 003 of 2013/14", or "Decision not numbered". */
export function decisionLabel(decision: DecisionIdentity, office: Numbering): string {
  return decision.reference === undefined ? 'Decision not numbered' : `Decision ${referenceText(decision, office)}`;
}

/**
 * The year a notice's number belongs to, where numbers start again each year: "2012/13" or "2013". Undefined
 * where they never do, or where the date is too vague to tell (a financial year, when numbers restart each
 * calendar year; a month that a financial year starts part-way through).
 */
export function numberingYear(date: string, office: Numbering): string | undefined {
  const { restarts } = office.decisionReference;
  if (restarts === 'never') return undefined;
  const { first, last } = dateBounds(date, office.financialYearStart);
  const year = restarts === 'financial-year' ? (d: string) => financialYearOf(d, office.financialYearStart) : (d: string) => d.slice(0, 4);
  return year(first) === year(last) ? year(first) : undefined;
}

/** The most characters of a title an address holds, cut at a word: enough to tell notices apart, short enough to read aloud. */
const TITLE_LENGTH_IN_ADDRESS = 60;

function shortSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= TITLE_LENGTH_IN_ADDRESS) return slug;
  const cut = slug.slice(0, TITLE_LENGTH_IN_ADDRESS + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : TITLE_LENGTH_IN_ADDRESS);
}

/**
 * The last part of a notice's address, the one place it is worked out: from its reference ("41/2020" →
 * 41-2020), with the year its number belongs to where numbers restart each year ("003" of 2012/13 →
 * 2012-13-003); from its date and title when it has no number (2013-07-code-of-corporate-governance). A
 * reference of digits alone is prefixed, so that it can never be taken for a year's listing (/decisions/2024/).
 */
export function decisionSlug(decision: DecisionIdentity, office: Numbering): string {
  if (decision.reference === undefined) {
    const when = datePrecision(decision.date) === 'financial-year' ? financialYearSlug(decision.date) : decision.date;
    return `${when}-${shortSlug(decision.title) || 'decision'}`;
  }
  const reference = slugify(displayReference(decision.reference));
  const year = yearNotInReference(decision.reference, numberingYear(decision.date, office) ?? (office.decisionReference.restarts === 'never' ? undefined : dateBounds(decision.date, office.financialYearStart).first.slice(0, 4)));
  const scoped = year === undefined ? reference : `${financialYearSlug(year)}-${reference}`;
  return /^\d+$/.test(scoped) ? `decision-${scoped}` : scoped;
}

/** The site path of a decision notice's page: "decisions/41-2020/". */
export function decisionPath(decision: DecisionIdentity, office: Numbering): string {
  return `decisions/${decisionSlug(decision, office)}/`;
}

/**
 * Decision notices looked up as other entries name them (a service's `decision`): by reference as
 * published, where it names one notice, or by the last part of its address ("2012-13-003"), which is
 * unique even where numbers start again each year.
 */
export function decisionIndex<D extends DecisionIdentity>(decisions: D[], office: Numbering) {
  const byName = new Map<string, D[]>();
  const add = (name: string, decision: D) => byName.set(name, [...(byName.get(name) ?? []), decision]);
  for (const decision of decisions) {
    const slug = decisionSlug(decision, office);
    add(slug, decision);
    if (decision.reference !== undefined && displayReference(decision.reference) !== slug) add(displayReference(decision.reference), decision);
  }
  return {
    /** Every notice the name could mean: none, one, or one per year where numbers restart. */
    find: (name: string): D[] => byName.get(displayReference(name)) ?? [],
    references: (): string[] => decisions.flatMap((decision) => (decision.reference === undefined ? [] : [displayReference(decision.reference)])),
  };
}

/** A year's four figures. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * A pattern (a regular expression, as decisionReference.pattern takes) for references shaped like
 * `example`: its letters and marks as they are, a year's four figures as any year, a financial year as
 * any, numbers with leading noughts as that many figures, and other numbers as one to three figures,
 * or up to as many as the example's has. "PCD 1234" gives ^PCD \d{1,4}$; "41/2020" ^\d{1,3}/\d{4}$.
 */
export function referencePattern(example: string): string {
  const parts = displayReference(example).match(/\d+|[^\d]/g) ?? [];
  const pattern = parts.map((part, index) => {
    if (!/^\d/.test(part)) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Two figures after a number and a slash or hyphen may be a year's: the second half of a financial year
    // (2014/15, not 2016/12), or the year ending a reference after its number (PFCC/123/24).
    const before = parts[index - 2];
    const afterNumber = part.length === 2 && before !== undefined && /^\d/.test(before) && /^[/-]$/.test(parts[index - 1]!);
    const financialYear = afterNumber && YEAR.test(before) && Number(part) === (Number(before) + 1) % 100;
    const shortYear = afterNumber && !YEAR.test(before) && index === parts.length - 1;
    if (YEAR.test(part) || financialYear || shortYear) return `\\d{${part.length}}`;
    if (part.startsWith('0') && part.length > 1) return `\\d{${part.length}}`;
    return `\\d{1,${Math.max(3, part.length)}}`;
  });
  return `^${pattern.join('')}$`;
}
