import type { IsoDate } from './schemas/common.ts';
import type { Requirement, TimingRule } from './schemas/transparency.ts';
import { formatDate } from './dates.ts';
import { countOf } from './plural.ts';
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
  /** The last day of the month or quarter it covers (a month's spending file); absent, the monthly and quarterly rules go by when it was published. */
  periodEnd?: IsoDate;
}

/** A publication as it stands on a date by which it was published. */
type Dated = Publication & { published: IsoDate };

/** Something once published for a requirement that does not meet it on the date: shown as history, with why. */
export interface EarlierItem extends Omit<Publication, 'path'> {
  /** Absent for a line standing for several items. */
  path?: string;
  /** Why it no longer counts, as a phrase: "before this duty came into force on 31 May 2021". */
  reason: string;
  /** Dated before the requirement applied to the office, so it never met it. */
  beforeInForce: boolean;
  /** How many items the line stands for, when more than one: a monthly or quarterly requirement's earlier periods are one line. */
  count?: number;
}

/** How many items a requirement's history holds. */
export const historyCount = (history: EarlierItem[]): number => history.reduce((sum, item) => sum + (item.count ?? 1), 0);

/** What a requirement's timing makes of its items on a date. */
export interface Sorted {
  /** What meets the requirement on the date, or is owed for it. */
  counting: Publication[];
  /** Outside the requirement's timing on the date: history, not compliance. */
  history: EarlierItem[];
}

/**
 * The parts of a requirement its timing depends on, whichever duty set it belongs to; and, for a duty
 * the office took on later than it came into force (by becoming the fire and rescue authority), the day
 * and the event from which it applies to the office.
 */
export type TimedRequirement = Pick<Requirement, 'timing' | 'inForce'> & { appliesFrom?: { date: IsoDate; event: string } };

/** From when a requirement applies to the office, and the phrase saying why: "this duty came into force on 31 May 2021". */
function appliesSince({ inForce, appliesFrom }: TimedRequirement): { date: IsoDate; phrase: string } {
  if (appliesFrom && appliesFrom.date > inForce) return { date: appliesFrom.date, phrase: `${appliesFrom.event} on ${formatDate(appliesFrom.date)}` };
  return { date: inForce, phrase: `this duty came into force on ${formatDate(inForce)}` };
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

/** A rule met by publishing each month's or quarter's information: what counts is the latest period published. */
const byPeriod = (rule: TimingRule): boolean => rule.kind === 'monthly-after-month-end' || rule.kind === 'quarterly';

/** For a rule met by publishing again within a time: the last day a published item stands. */
function standsUntil(rule: TimingRule, start: YearStart): ((item: Dated) => IsoDate) | undefined {
  const nextQuarterEnd = (date: IsoDate) => endOfQuarter(addDays(endOfQuarter(date, start), 1), start);
  switch (rule.kind) {
    case 'keep-current':
      return ({ published }) => addMonths(published, rule.reviewMonths);
    case 'monthly-after-month-end':
      // A month's information stands until the next month's is due: once that month has ended, plus the grace allowed.
      return ({ periodEnd, published }) => addDays(endOfMonth(addMonths(`${(periodEnd ?? published).slice(0, 7)}-01`, 1)), rule.graceDays);
    case 'quarterly':
      // A statement on a quarter can only follow it, and the rules allow no grace days: the next quarter's is
      // due by the end of the quarter after that. Without the quarter it covers, it stands until the end of
      // the quarter after the one it was published in.
      return ({ periodEnd, published }) => addDays(periodEnd ? nextQuarterEnd(nextQuarterEnd(periodEnd)) : nextQuarterEnd(published), rule.graceDays);
    default:
      return undefined;
  }
}

/** The month or quarter an item covers (or, saying none, was published in), as a phrase: "November 2013", "the quarter to 30 June 2022". */
function periodLabel(rule: TimingRule, item: Dated, start: YearStart): string {
  const end = item.periodEnd ?? item.published;
  if (rule.kind === 'quarterly') return `the quarter to ${formatDate(endOfQuarter(end, start))}`;
  return formatDate(end.slice(0, 7));
}

/** The financial years whose information counts on a date: the year under way and the next. */
function yearsDue(asOf: IsoDate, start: YearStart): { current: string; next: string } {
  const current = financialYearOf(asOf, start);
  return { current, next: financialYearStarting(startYearOf(current) + 1) };
}

/** An item as it stands on a date: its publication date if by then, whether it is owed, and whether it exists at all yet. */
function onDate(item: Publication, asOf: IsoDate) {
  const published = item.published && item.published <= asOf ? item.published : undefined;
  const owed = !published && item.event !== undefined && item.event <= asOf;
  // An item nobody dated (a budget without its approval date) is taken as published.
  const undated = item.published === undefined && item.event === undefined;
  return { published, owed, exists: Boolean(published) || owed || undated };
}

/** Dated before the requirement applied to the office: by its publication, else its event, else the start of its year. */
function beforeApplies(item: Publication, since: IsoDate, asOf: IsoDate, start: YearStart): boolean {
  const dated = onDate(item, asOf).published ?? item.event ?? (item.financialYear ? financialYearBounds(item.financialYear, start).first : undefined);
  return dated !== undefined && dated < since;
}

/**
 * A monthly or quarterly requirement's published items: the latest period's count until the next
 * period's are due. Each earlier period's covered its own month or quarter, so they are not "due
 * again": one of them is listed, more are one line of history, as ten years of monthly files would
 * otherwise bury the rest of the register's history.
 */
function byLatestPeriod(rule: TimingRule, items: Dated[], asOf: IsoDate, start: YearStart, stands: (item: Dated) => IsoDate): Sorted {
  const unit = rule.kind === 'quarterly' ? 'quarter' : 'month';
  const until = items.map((item) => ({ item, until: stands(item) })).sort((a, b) => a.until.localeCompare(b.until));
  const latestUntil = until.at(-1)!.until;
  const latest = until.filter((p) => p.until === latestUntil).map((p) => p.item);
  const earlier = until.filter((p) => p.until < latestUntil).map((p) => p.item);
  const latestLabel = periodLabel(rule, latest[0]!, start);
  const history: EarlierItem[] = asOf <= latestUntil ? [] : latest.map((item) => ({ ...item, reason: `the next ${unit}'s was due by ${formatDate(latestUntil)}`, beforeInForce: false }));
  if (earlier.length === 1) history.push({ ...earlier[0]!, reason: `for a ${unit} before the latest, ${latestLabel}`, beforeInForce: false });
  if (earlier.length > 1) {
    const [first, last] = [periodLabel(rule, earlier[0]!, start), periodLabel(rule, earlier.at(-1)!, start)];
    history.push({
      title: `${countOf(earlier.length, `earlier ${unit === 'month' ? 'monthly' : 'quarterly'} item`)}, ${first === last ? first : `${first} to ${last}`}`,
      reason: `each for a ${unit} before the latest, ${latestLabel}`,
      beforeInForce: false,
      count: earlier.length,
    });
  }
  return { counting: asOf <= latestUntil ? latest : [], history };
}

/**
 * Which items meet a requirement on a date and which are history: an item dated before the
 * requirement applied to the office never counts; one published for a review cycle stands until it
 * is due again; of monthly and quarterly information, the latest period's stands until the next
 * period's is due; a year's information counts during that year and before it; an item answering an
 * event counts for the requirement's window of months after the event, and while it is still owed.
 * Items not yet published and not yet owed on the date are neither.
 */
export function sortByTiming(requirement: TimedRequirement, publications: Publication[], asOf: IsoDate, start: YearStart): Sorted {
  const { timing: rule } = requirement;
  const applies = appliesSince(requirement);
  const counting: Publication[] = [];
  const history: EarlierItem[] = [];
  const periods: Dated[] = [];
  const stands = standsUntil(rule, start);
  const due = yearsDue(asOf, start);
  for (const item of publications) {
    const { published, owed, exists } = onDate(item, asOf);
    if (!exists) continue;
    const earlier = (reason: string, beforeInForce = false) => history.push({ ...item, reason, beforeInForce });
    if (beforeApplies(item, applies.date, asOf, start)) {
      earlier(`before ${applies.phrase}`, true);
    } else if (rule.kind === 'each-financial-year-before-start') {
      if (item.financialYear === due.current || item.financialYear === due.next) counting.push(item);
      else earlier(item.financialYear ? `for ${item.financialYear}, an earlier year` : 'for no stated year');
    } else if (stands) {
      if (!published) earlier('no publication date');
      else if (byPeriod(rule)) periods.push({ ...item, published });
      else if (asOf <= stands({ ...item, published })) counting.push(item);
      else earlier(`due again by ${formatDate(stands({ ...item, published }))}`);
    } else if ('windowMonths' in rule) {
      const since = item.event ?? published;
      // The window ends what a published item meets; what is still owed is owed however long ago its event was.
      if (owed) counting.push(item);
      else if (!since) earlier('no date');
      else if (asOf <= addMonths(since, rule.windowMonths)) counting.push(item);
      else earlier(`more than ${countOf(rule.windowMonths, 'month')} before ${formatDate(asOf)}`);
    }
  }
  if (stands && periods.length > 0) {
    const latest = byLatestPeriod(rule, periods, asOf, start, stands);
    counting.push(...latest.counting);
    history.push(...latest.history);
  }
  return { counting, history };
}

/** "1 earlier item is listed as history." */
function historyNote(history: EarlierItem[]): string {
  const count = historyCount(history);
  if (count === 0) return '';
  return ` ${countOf(count, 'earlier item')} ${count === 1 ? 'is' : 'are'} listed as history.`;
}

/** Why nothing meets a requirement: nothing at all, nothing since it applied to the office, or nothing within its window of months. */
function nothingNote(since: string, history: EarlierItem[], windowMonths?: number): string {
  if (history.length === 0) return 'Nothing published yet.';
  const allBeforeInForce = history.every((item) => item.beforeInForce);
  if (windowMonths === undefined || allBeforeInForce) return `Nothing published since ${since};${historyNote(history)}`;
  return `Nothing published in the last ${countOf(windowMonths, 'month')};${historyNote(history)}`;
}

/** A rule met by publishing again within a time: due again when the item that stands longest no longer stands. */
function periodic(published: Dated[], stands: (item: Dated) => IsoDate, asOf: IsoDate, every: string, since: string, history: EarlierItem[]): Assessment {
  const last = latest(published.map((p) => p.published));
  if (!last) return { status: 'missing', note: nothingNote(since, history) };
  const nextDue = latest(published.map(stands))!;
  const status = byDeadline(nextDue, asOf);
  const note = status === 'overdue' ? `Not brought up to date ${every}.` : `Brought up to date ${every}.`;
  return { status, lastPublished: last, nextDue, note: `${note}${historyNote(history)}` };
}

/** A rule met by publishing each item within a time of its event (a decision, a meeting, a report). */
function eventBased(counting: Publication[], asOf: IsoDate, dueAfterEvent: (event: IsoDate) => IsoDate, since: string, windowMonths: number, history: EarlierItem[]): Assessment {
  if (counting.length === 0) return { status: 'missing', note: nothingNote(since, history, windowMonths) };
  const lastPublished = latest(counting.map((p) => (p.published && p.published <= asOf ? p.published : undefined)));
  const owed = counting.filter((p) => p.event && p.event <= asOf && !(p.published && p.published <= asOf));
  const late = counting.filter((p) => p.event && p.published && p.published <= asOf && p.published > dueAfterEvent(p.event));
  const lateNote = late.length ? ` ${late.length} ${late.length === 1 ? 'was' : 'were'} published late.` : '';
  if (owed.length === 0) return { status: 'current', lastPublished, note: `Everything owed has been published.${lateNote}${historyNote(history)}` };
  const nextDue = owed.map((p) => dueAfterEvent(p.event!)).sort()[0]!;
  const status = byDeadline(nextDue, asOf);
  return { status, lastPublished, nextDue, note: `${owed.length} still to publish.${lateNote}${historyNote(history)}` };
}

/** A rule met by publishing each financial year's information before the year starts. */
function eachFinancialYear(inForceItems: Publication[], counting: Publication[], asOf: IsoDate, start: YearStart, since: string, history: EarlierItem[]): Assessment {
  const years = new Set(inForceItems.map((p) => p.financialYear).filter(Boolean));
  const lastPublished = latest(inForceItems.map((p) => onDate(p, asOf).published));
  if (years.size === 0) return { status: 'missing', note: nothingNote(since, history) };
  const { current, next } = yearsDue(asOf, start);
  const latestYear = [...years].sort().at(-1)!;
  if (counting.length === 0) {
    return { status: 'overdue', lastPublished, nextDue: financialYearBounds(current, start).first, note: `Nothing published for ${current}; the latest is for ${latestYear}.${historyNote(history)}` };
  }
  const counted = new Set(counting.map((p) => p.financialYear));
  // The next year still to publish for is due by the day before it starts.
  const nextDue = financialYearBounds(counted.has(next) ? next : current, start).last;
  return { status: byDeadline(nextDue, asOf), lastPublished, nextDue, note: `Published for ${[...counted].sort().at(-1)}.${historyNote(history)}` };
}

/**
 * Where a requirement stands on a date: current, due soon, overdue or missing. Only what meets it
 * on the date counts (see sortByTiming); the note says why, and how many earlier items are history.
 */
export function assess(requirement: TimedRequirement, publications: Publication[], asOf: IsoDate, start: YearStart): Assessment {
  const { timing: rule } = requirement;
  const applies = appliesSince(requirement);
  const { counting, history } = sortByTiming(requirement, publications, asOf, start);
  const inForceItems = publications.filter((item) => onDate(item, asOf).exists && !beforeApplies(item, applies.date, asOf, start));
  const published = inForceItems.flatMap((item) => (item.published && item.published <= asOf ? [{ ...item, published: item.published }] : []));
  switch (rule.kind) {
    case 'keep-current':
      return periodic(published, standsUntil(rule, start)!, asOf, `at least every ${rule.reviewMonths} months`, applies.phrase, history);
    case 'monthly-after-month-end':
      return periodic(published, standsUntil(rule, start)!, asOf, 'every month', applies.phrase, history);
    case 'quarterly':
      return periodic(published, standsUntil(rule, start)!, asOf, 'every quarter', applies.phrase, history);
    case 'each-financial-year-before-start':
      return eachFinancialYear(inForceItems, counting, asOf, start, applies.phrase, history);
    case 'before-meeting':
      return eventBased(counting, asOf, (meeting) => addDays(meeting, -1), applies.phrase, rule.windowMonths, history);
    case 'as-soon-as-practicable':
    case 'within-days-of-event':
      return eventBased(counting, asOf, (event) => addDays(event, rule.days), applies.phrase, rule.windowMonths, history);
  }
}
