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
  /** The language tag of the title where it is not the page's (an entry not yet translated). */
  lang?: string;
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

/** A month, or a quarter of the office's financial year, by its last day. */
export interface Period {
  unit: 'month' | 'quarter';
  end: IsoDate;
}

/** From when a requirement applies to the office: since its duty came into force, or since the office became the fire and rescue authority. */
export interface Since {
  date: IsoDate;
  event: 'in-force' | AppliesFromEvent;
}

/** Why an earlier item no longer counts, as data: the site words it in the page's language, `reasonInEnglish` for the check. */
export type Reason =
  | { code: 'before-applies'; since: Since }
  | { code: 'earlier-year'; year: string }
  | { code: 'no-year' }
  | { code: 'no-publication-date' }
  | { code: 'due-again'; date: IsoDate }
  | { code: 'no-date' }
  | { code: 'older-than-window'; months: number; asOf: IsoDate }
  | { code: 'next-period-due'; unit: Period['unit']; date: IsoDate }
  | { code: 'earlier-period'; latest: Period }
  | { code: 'earlier-periods'; latest: Period };

/** How often a requirement must be brought up to date: every so many months, every month, every quarter. */
export type Every = { months: number } | 'month' | 'quarter';

/** One sentence (or clause) of a status's note, as data; the note is its parts in order. */
export type NotePart =
  | { code: 'nothing-yet' }
  | { code: 'nothing-since'; since: Since }
  | { code: 'nothing-in-window'; months: number }
  | { code: 'up-to-date' | 'not-up-to-date'; every: Every }
  | { code: 'all-published' }
  | { code: 'still-to-publish'; count: number }
  | { code: 'late'; count: number }
  | { code: 'nothing-for-year'; year: string; latest: string }
  | { code: 'published-for'; year: string }
  | { code: 'history'; count: number }
  | { code: 'elsewhere' }
  | { code: 'elsewhere-stale'; months: number };

/** Something once published for a requirement that does not meet it on the date: shown as history, with why. */
export interface EarlierItem extends Omit<Publication, 'path'> {
  /** Absent for a line standing for several items. */
  path?: string;
  /** Why it no longer counts, in English: "before this duty came into force on 31 May 2021". */
  reason: string;
  /** The same, as data, for the site to word in the page's language. */
  why: Reason;
  /** For a line standing for several periods' items: the first and last periods, for the site to word its title. */
  periods?: { first: Period; last: Period };
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
export type TimedRequirement = Pick<Requirement, 'timing' | 'inForce'> & { appliesFrom?: { date: IsoDate; event: AppliesFromEvent } };

/** The events that make a duty apply to an office later than it came into force. */
export type AppliesFromEvent = 'became-fire-authority';

/** From when a requirement applies to the office. */
function appliesSince({ inForce, appliesFrom }: TimedRequirement): Since {
  if (appliesFrom && appliesFrom.date > inForce) return appliesFrom;
  return { date: inForce, event: 'in-force' };
}

/** "this duty came into force on 31 May 2021", "the office became the fire and rescue authority on 1 April 2018". */
function sinceInEnglish(since: Since): string {
  return since.event === 'in-force' ? `this duty came into force on ${formatDate(since.date)}` : `the office became the fire and rescue authority on ${formatDate(since.date)}`;
}

/** "November 2013", "the quarter to 30 June 2022". */
function periodInEnglish(period: Period): string {
  return period.unit === 'quarter' ? `the quarter to ${formatDate(period.end)}` : formatDate(period.end.slice(0, 7));
}

/** Why an earlier item no longer counts, in English, as the check says it. */
export function reasonInEnglish(reason: Reason): string {
  switch (reason.code) {
    case 'before-applies': return `before ${sinceInEnglish(reason.since)}`;
    case 'earlier-year': return `for ${reason.year}, an earlier year`;
    case 'no-year': return 'for no stated year';
    case 'no-publication-date': return 'no publication date';
    case 'due-again': return `due again by ${formatDate(reason.date)}`;
    case 'no-date': return 'no date';
    case 'older-than-window': return `more than ${countOf(reason.months, 'month')} before ${formatDate(reason.asOf)}`;
    case 'next-period-due': return `the next ${reason.unit}'s was due by ${formatDate(reason.date)}`;
    case 'earlier-period': return `for a ${reason.latest.unit} before the latest, ${periodInEnglish(reason.latest)}`;
    case 'earlier-periods': return `each for a ${reason.latest.unit} before the latest, ${periodInEnglish(reason.latest)}`;
  }
}

/** A status's note in English, as the check says it: its parts, each a sentence or a clause. */
export function noteInEnglish(parts: NotePart[]): string {
  const every = (value: Every) => (typeof value === 'string' ? `every ${value}` : `at least every ${value.months} months`);
  return parts
    .map((part) => {
      switch (part.code) {
        case 'nothing-yet': return 'Nothing published yet.';
        case 'nothing-since': return `Nothing published since ${sinceInEnglish(part.since)};`;
        case 'nothing-in-window': return `Nothing published in the last ${countOf(part.months, 'month')};`;
        case 'up-to-date': return `Brought up to date ${every(part.every)}.`;
        case 'not-up-to-date': return `Not brought up to date ${every(part.every)}.`;
        case 'all-published': return 'Everything owed has been published.';
        case 'still-to-publish': return `${part.count} still to publish.`;
        case 'late': return `${part.count} ${part.count === 1 ? 'was' : 'were'} published late.`;
        case 'nothing-for-year': return `Nothing published for ${part.year}; the latest is for ${part.latest}.`;
        case 'published-for': return `Published for ${part.year}.`;
        case 'history': return `${countOf(part.count, 'earlier item')} ${part.count === 1 ? 'is' : 'are'} listed as history.`;
        case 'elsewhere': return 'Published on another website.';
        case 'elsewhere-stale': return `Published on another website, last checked more than ${countOf(part.months, 'month')} ago.`;
      }
    })
    .join(' ');
}

export interface Assessment {
  status: RegisterStatus;
  lastPublished?: IsoDate;
  nextDue?: IsoDate;
  /** What the status rests on, in English sentences, as the check says it. */
  note: string;
  /** The same, as data, for the site to word in the page's language. */
  parts: NotePart[];
}

/** An assessment with its note in English made from its parts. */
function assessment(fields: Omit<Assessment, 'note' | 'parts'>, ...parts: NotePart[]): Assessment {
  return { ...fields, note: noteInEnglish(parts), parts };
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

/** The month or quarter an item covers (or, saying none, was published in). */
function periodOf(rule: TimingRule, item: Dated, start: YearStart): Period {
  const end = item.periodEnd ?? item.published;
  return rule.kind === 'quarterly' ? { unit: 'quarter', end: endOfQuarter(end, start) } : { unit: 'month', end: endOfMonth(`${end.slice(0, 7)}-01`) };
}

/** Why an item no longer counts, in English and as data. */
const because = (why: Reason) => ({ why, reason: reasonInEnglish(why) });

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

/** "12 earlier monthly items, November 2013 to October 2014": the title of a line standing for several periods' items. */
function earlierPeriodsTitle(count: number, { first, last }: { first: Period; last: Period }): string {
  const [from, to] = [periodInEnglish(first), periodInEnglish(last)];
  return `${countOf(count, `earlier ${first.unit === 'month' ? 'monthly' : 'quarterly'} item`)}, ${from === to ? from : `${from} to ${to}`}`;
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
  const latestPeriod = periodOf(rule, latest[0]!, start);
  const history: EarlierItem[] = asOf <= latestUntil ? [] : latest.map((item) => ({ ...item, ...because({ code: 'next-period-due', unit, date: latestUntil }), beforeInForce: false }));
  if (earlier.length === 1) history.push({ ...earlier[0]!, ...because({ code: 'earlier-period', latest: latestPeriod }), beforeInForce: false });
  if (earlier.length > 1) {
    const periods = { first: periodOf(rule, earlier[0]!, start), last: periodOf(rule, earlier.at(-1)!, start) };
    history.push({
      title: earlierPeriodsTitle(earlier.length, periods),
      ...because({ code: 'earlier-periods', latest: latestPeriod }),
      beforeInForce: false,
      count: earlier.length,
      periods,
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
    const earlier = (why: Reason, beforeInForce = false) => history.push({ ...item, ...because(why), beforeInForce });
    if (beforeApplies(item, applies.date, asOf, start)) {
      earlier({ code: 'before-applies', since: applies }, true);
    } else if (rule.kind === 'each-financial-year-before-start') {
      if (item.financialYear === due.current || item.financialYear === due.next) counting.push(item);
      else earlier(item.financialYear ? { code: 'earlier-year', year: item.financialYear } : { code: 'no-year' });
    } else if (stands) {
      if (!published) earlier({ code: 'no-publication-date' });
      else if (byPeriod(rule)) periods.push({ ...item, published });
      else if (asOf <= stands({ ...item, published })) counting.push(item);
      else earlier({ code: 'due-again', date: stands({ ...item, published }) });
    } else if ('windowMonths' in rule) {
      const since = item.event ?? published;
      // The window ends what a published item meets; what is still owed is owed however long ago its event was.
      if (owed) counting.push(item);
      else if (!since) earlier({ code: 'no-date' });
      else if (asOf <= addMonths(since, rule.windowMonths)) counting.push(item);
      else earlier({ code: 'older-than-window', months: rule.windowMonths, asOf });
    }
  }
  if (stands && periods.length > 0) {
    const latest = byLatestPeriod(rule, periods, asOf, start, stands);
    counting.push(...latest.counting);
    history.push(...latest.history);
  }
  return { counting, history };
}

/** "1 earlier item is listed as history.", when there is any. */
function historyNote(history: EarlierItem[]): NotePart[] {
  const count = historyCount(history);
  return count === 0 ? [] : [{ code: 'history', count }];
}

/** Why nothing meets a requirement: nothing at all, nothing since it applied to the office, or nothing within its window of months. */
function nothingNote(since: Since, history: EarlierItem[], windowMonths?: number): NotePart[] {
  if (history.length === 0) return [{ code: 'nothing-yet' }];
  const allBeforeInForce = history.every((item) => item.beforeInForce);
  if (windowMonths === undefined || allBeforeInForce) return [{ code: 'nothing-since', since }, ...historyNote(history)];
  return [{ code: 'nothing-in-window', months: windowMonths }, ...historyNote(history)];
}

/** A rule met by publishing again within a time: due again when the item that stands longest no longer stands. */
function periodic(published: Dated[], stands: (item: Dated) => IsoDate, asOf: IsoDate, every: Every, since: Since, history: EarlierItem[]): Assessment {
  const last = latest(published.map((p) => p.published));
  if (!last) return assessment({ status: 'missing' }, ...nothingNote(since, history));
  const nextDue = latest(published.map(stands))!;
  const status = byDeadline(nextDue, asOf);
  return assessment({ status, lastPublished: last, nextDue }, { code: status === 'overdue' ? 'not-up-to-date' : 'up-to-date', every }, ...historyNote(history));
}

/** A rule met by publishing each item within a time of its event (a decision, a meeting, a report). */
function eventBased(counting: Publication[], asOf: IsoDate, dueAfterEvent: (event: IsoDate) => IsoDate, since: Since, windowMonths: number, history: EarlierItem[]): Assessment {
  if (counting.length === 0) return assessment({ status: 'missing' }, ...nothingNote(since, history, windowMonths));
  const lastPublished = latest(counting.map((p) => (p.published && p.published <= asOf ? p.published : undefined)));
  const owed = counting.filter((p) => p.event && p.event <= asOf && !(p.published && p.published <= asOf));
  const late = counting.filter((p) => p.event && p.published && p.published <= asOf && p.published > dueAfterEvent(p.event));
  const lateNote: NotePart[] = late.length ? [{ code: 'late', count: late.length }] : [];
  if (owed.length === 0) return assessment({ status: 'current', lastPublished }, { code: 'all-published' }, ...lateNote, ...historyNote(history));
  const nextDue = owed.map((p) => dueAfterEvent(p.event!)).sort()[0]!;
  const status = byDeadline(nextDue, asOf);
  return assessment({ status, lastPublished, nextDue }, { code: 'still-to-publish', count: owed.length }, ...lateNote, ...historyNote(history));
}

/** A rule met by publishing each financial year's information before the year starts. */
function eachFinancialYear(inForceItems: Publication[], counting: Publication[], asOf: IsoDate, start: YearStart, since: Since, history: EarlierItem[]): Assessment {
  const years = new Set(inForceItems.map((p) => p.financialYear).filter(Boolean));
  const lastPublished = latest(inForceItems.map((p) => onDate(p, asOf).published));
  if (years.size === 0) return assessment({ status: 'missing' }, ...nothingNote(since, history));
  const { current, next } = yearsDue(asOf, start);
  const latestYear = [...years].sort().at(-1)!;
  if (counting.length === 0) {
    return assessment({ status: 'overdue', lastPublished, nextDue: financialYearBounds(current, start).first }, { code: 'nothing-for-year', year: current, latest: latestYear }, ...historyNote(history));
  }
  const counted = new Set(counting.map((p) => p.financialYear));
  // The next year still to publish for is due by the day before it starts.
  const nextDue = financialYearBounds(counted.has(next) ? next : current, start).last;
  return assessment({ status: byDeadline(nextDue, asOf), lastPublished, nextDue }, { code: 'published-for', year: [...counted].sort().at(-1)! }, ...historyNote(history));
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
      return periodic(published, standsUntil(rule, start)!, asOf, { months: rule.reviewMonths }, applies, history);
    case 'monthly-after-month-end':
      return periodic(published, standsUntil(rule, start)!, asOf, 'month', applies, history);
    case 'quarterly':
      return periodic(published, standsUntil(rule, start)!, asOf, 'quarter', applies, history);
    case 'each-financial-year-before-start':
      return eachFinancialYear(inForceItems, counting, asOf, start, applies, history);
    case 'before-meeting':
      return eventBased(counting, asOf, (meeting) => addDays(meeting, -1), applies, rule.windowMonths, history);
    case 'as-soon-as-practicable':
    case 'within-days-of-event':
      return eventBased(counting, asOf, (event) => addDays(event, rule.days), applies, rule.windowMonths, history);
  }
}
