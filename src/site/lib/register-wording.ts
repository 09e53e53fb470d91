import type { EarlierItem, Every, NotePart, Period, Reason, Since } from '../../domain/sio-timing.ts';
import type { PageLanguage } from './language.ts';

/** What wording the register needs of a page's language: its strings and its dates. */
export type Wording = Pick<PageLanguage, 't' | 'date'>;

/** "November 2013", "the quarter to 30 June 2022", in the page's language. */
export function periodIn(period: Period, language: Wording): string {
  return period.unit === 'quarter' ? language.t('transparency.periods.quarter', { date: language.date(period.end) }) : language.t('transparency.periods.month', { month: language.date(period.end.slice(0, 7)) });
}

const sinceValues = (since: Since, language: Wording) => ({ date: language.date(since.date) });

function everyKey(every: Every): 'months' | 'month' | 'quarter' {
  return typeof every === 'string' ? every : 'months';
}

/** One part of a status's note in the page's language. */
function notePart(part: NotePart, language: Wording): string {
  switch (part.code) {
    case 'nothing-yet': return language.t('transparency.notes.nothing-yet');
    case 'nothing-since': return language.t(`transparency.notes.nothing-since.${part.since.event}`, sinceValues(part.since, language));
    case 'nothing-in-window': return language.t('transparency.notes.nothing-in-window', { count: part.months });
    case 'up-to-date':
    case 'not-up-to-date':
      return language.t(`transparency.notes.${part.code}.${everyKey(part.every)}`, typeof part.every === 'string' ? {} : { months: part.every.months });
    case 'all-published': return language.t('transparency.notes.all-published');
    case 'still-to-publish': return language.t('transparency.notes.still-to-publish', { count: part.count });
    case 'late': return language.t('transparency.notes.late', { count: part.count });
    case 'nothing-for-year': return language.t('transparency.notes.nothing-for-year', { year: part.year, latest: part.latest });
    case 'published-for': return language.t('transparency.notes.published-for', { year: part.year });
    case 'history': return language.t('transparency.notes.history', { count: part.count });
    case 'elsewhere': return language.t('transparency.notes.elsewhere');
    case 'elsewhere-stale': return language.t('transparency.notes.elsewhere-stale', { count: part.months });
  }
}

/** A requirement's status note in the page's language: "Nothing published since this duty came into force on 31 May 2021; 1 earlier item is listed as history." */
export function noteIn(parts: NotePart[], language: Wording): string {
  return parts.map((part) => notePart(part, language)).join(' ');
}

/** Why an earlier item no longer counts, in the page's language. */
export function reasonIn(reason: Reason, language: Wording): string {
  switch (reason.code) {
    case 'before-applies': return language.t(`transparency.reasons.before-applies.${reason.since.event}`, sinceValues(reason.since, language));
    case 'earlier-year': return language.t('transparency.reasons.earlier-year', { year: reason.year });
    case 'no-year': return language.t('transparency.reasons.no-year');
    case 'no-publication-date': return language.t('transparency.reasons.no-publication-date');
    case 'due-again': return language.t('transparency.reasons.due-again', { date: language.date(reason.date) });
    case 'no-date': return language.t('transparency.reasons.no-date');
    case 'older-than-window': return language.t('transparency.reasons.older-than-window', { count: reason.months, date: language.date(reason.asOf) });
    case 'next-period-due': return language.t(`transparency.reasons.next-period-due.${reason.unit}`, { date: language.date(reason.date) });
    case 'earlier-period':
    case 'earlier-periods':
      return language.t(`transparency.reasons.${reason.code}.${reason.latest.unit}`, { period: periodIn(reason.latest, language) });
  }
}

/** An earlier item's title in the page's language: a line standing for several periods is worded afresh ("12 earlier monthly items, …"); an item's own title is as published. */
export function earlierTitleIn(item: EarlierItem, language: Wording): string {
  if (!item.periods || item.count === undefined) return item.title;
  const [first, last] = [periodIn(item.periods.first, language), periodIn(item.periods.last, language)];
  const periods = first === last ? first : language.t('transparency.periodRange', { first, last });
  return language.t(`transparency.earlierPeriods.${item.periods.first.unit}`, { count: item.count, periods });
}
