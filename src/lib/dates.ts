import type { IsoDate } from '../schemas/common.ts';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2020-11-09 → "9 November 2020", the GOV.UK style. */
export function formatDate(date: IsoDate): string {
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

/** Newest first, for listings. */
export function byDateDescending<T>(dateOf: (item: T) => IsoDate | undefined): (a: T, b: T) => number {
  return (a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '');
}
