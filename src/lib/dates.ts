import type { IsoDate } from '../schemas/common.ts';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2020-11-09 → "9 November 2020", the GOV.UK style; 2016-03 → "March 2016". */
export function formatDate(date: IsoDate): string {
  return date.length === 7 ? monthYear.format(new Date(`${date}-01T00:00:00Z`)) : longDate.format(new Date(`${date}T00:00:00Z`));
}

/** The day a date or month counts from: a month counts from its first day. */
export function firstDay(date: IsoDate): IsoDate {
  return date.length === 7 ? `${date}-01` : date;
}

/** Newest first, for listings. */
export function byDateDescending<T>(dateOf: (item: T) => IsoDate | undefined): (a: T, b: T) => number {
  return (a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '');
}
