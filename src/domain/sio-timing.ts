import type { IsoDate } from './schemas/common.ts';
import type { TimingRule } from './schemas/transparency.ts';
import { financialYearBounds, financialYearOf, financialYearStarting, startYearOf, type YearStart } from './financial-year.ts';
import { addDays, daysBetween, toDate, toIso } from './working-days.ts';

export type RegisterStatus = 'current' | 'elsewhere' | 'due-soon' | 'overdue' | 'missing';

export const statusLabels: Record<RegisterStatus, string> = {
  current: 'Current',
  elsewhere: 'Published elsewhere',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  missing: 'Missing',
};

/** Something published (or owed) that counts towards a requirement. */
export interface Publication {
  title: string;
  path: string;
  /** When it was published; absent while it is still owed (minutes not yet out, a response not yet given). */
  published?: IsoDate;
  /** The event it answers to: a meeting, a decision, a report's publication. */
  event?: IsoDate;
  /** The financial year it is for (budgets). */
  financialYear?: string;
}

export interface Assessment {
  status: RegisterStatus;
  lastPublished?: IsoDate;
  nextDue?: IsoDate;
  /** What the status rests on, in a sentence. */
  note: string;
}

/** How far ahead a deadline counts as "due soon". */
const DUE_SOON_DAYS = 28;

/** The same day some months later, or the month's last day when it has no such day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return toIso(target);
}

export function endOfMonth(date: IsoDate): IsoDate {
  const d = toDate(date);
  return toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** The last day of the quarter (of the office's financial year) that a date falls in. */
export function endOfQuarter(date: IsoDate, start: YearStart): IsoDate {
  const { first } = financialYearBounds(financialYearOf(date, start), start);
  let quarterEnd = addDays(addMonths(first, 3), -1);
  while (quarterEnd < date) quarterEnd = addDays(addMonths(addDays(quarterEnd, 1), 3), -1);
  return quarterEnd;
}

function latest(dates: (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.filter((d): d is IsoDate => Boolean(d)).sort().at(-1);
}

function byDeadline(nextDue: IsoDate, asOf: IsoDate): 'current' | 'due-soon' | 'overdue' {
  if (asOf > nextDue) return 'overdue';
  return daysBetween(asOf, nextDue) <= DUE_SOON_DAYS ? 'due-soon' : 'current';
}

/** A rule met by publishing again within a time after the last publication. */
function periodic(published: IsoDate[], nextDueAfter: (last: IsoDate) => IsoDate, asOf: IsoDate, every: string): Assessment {
  const last = latest(published);
  if (!last) return { status: 'missing', note: 'Nothing published yet.' };
  const nextDue = nextDueAfter(last);
  const status = byDeadline(nextDue, asOf);
  return { status, lastPublished: last, nextDue, note: status === 'overdue' ? `Not brought up to date ${every}.` : `Brought up to date ${every}.` };
}

/** A rule met by publishing each item within a time of its event (a decision, a meeting, a report). */
function eventBased(publications: Publication[], asOf: IsoDate, dueAfterEvent: (event: IsoDate) => IsoDate): Assessment {
  if (publications.length === 0) return { status: 'missing', note: 'Nothing published yet.' };
  const lastPublished = latest(publications.map((p) => (p.published && p.published <= asOf ? p.published : undefined)));
  const owed = publications.filter((p) => p.event && p.event <= asOf && !(p.published && p.published <= asOf));
  const late = publications.filter((p) => p.event && p.published && p.published <= asOf && p.published > dueAfterEvent(p.event));
  const lateNote = late.length ? ` ${late.length} ${late.length === 1 ? 'was' : 'were'} published late.` : '';
  if (owed.length === 0) return { status: 'current', lastPublished, note: `Everything owed has been published.${lateNote}` };
  const nextDue = owed.map((p) => dueAfterEvent(p.event!)).sort()[0]!;
  const status = byDeadline(nextDue, asOf);
  return { status, lastPublished, nextDue, note: `${owed.length} still to publish.${lateNote}` };
}

/** A rule met by publishing each financial year's information before the year starts. */
function eachFinancialYear(publications: Publication[], asOf: IsoDate, start: YearStart): Assessment {
  const years = new Set(publications.map((p) => p.financialYear).filter(Boolean));
  const lastPublished = latest(publications.map((p) => p.published));
  if (years.size === 0) return { status: 'missing', note: 'Nothing published yet.' };
  const current = financialYearOf(asOf, start);
  const next = financialYearStarting(startYearOf(current) + 1);
  const latestYear = [...years].sort().at(-1)!;
  if (!years.has(current) && !years.has(next)) {
    return { status: 'overdue', lastPublished, nextDue: financialYearBounds(current, start).first, note: `Nothing published for ${current}; the latest is for ${latestYear}.` };
  }
  // The next year still to publish for is due by the day before it starts.
  const nextDue = financialYearBounds(years.has(next) ? next : current, start).last;
  return { status: byDeadline(nextDue, asOf), lastPublished, nextDue, note: `Published for ${latestYear}.` };
}

/** Where a requirement stands on a date: current, due soon, overdue or missing. */
export function assess(rule: TimingRule, publications: Publication[], asOf: IsoDate, start: YearStart): Assessment {
  const published = publications.map((p) => p.published).filter((d): d is IsoDate => Boolean(d) && d! <= asOf);
  switch (rule.kind) {
    case 'keep-current':
      return periodic(published, (last) => addMonths(last, rule.reviewMonths), asOf, `at least every ${rule.reviewMonths} months`);
    case 'monthly-after-month-end':
      // Each month's information is due once the next month has ended, plus the grace allowed.
      return periodic(published, (last) => addDays(endOfMonth(addMonths(`${last.slice(0, 7)}-01`, 1)), rule.graceDays), asOf, 'every month');
    case 'quarterly':
      return periodic(published, (last) => addDays(endOfQuarter(addDays(endOfQuarter(last, start), 1), start), rule.graceDays), asOf, 'every quarter');
    case 'each-financial-year-before-start':
      return eachFinancialYear(publications, asOf, start);
    case 'before-meeting':
      return eventBased(publications, asOf, (meeting) => addDays(meeting, -1));
    case 'as-soon-as-practicable':
    case 'within-days-of-event':
      return eventBased(publications, asOf, (event) => addDays(event, rule.days));
  }
}
