import { datePrecision, type IsoDate } from './schemas/common.ts';
import { APRIL_FIRST, financialYearBounds, type YearStart } from './financial-year.ts';

/** Each language's formats, and the dates written in it so far: a site writes the same few thousand dates over and over. */
const formats = new Map<string, { longDate: Intl.DateTimeFormat; monthYear: Intl.DateTimeFormat; written: Map<string, string> }>();

function formatsIn(language: string) {
  let found = formats.get(language);
  if (!found) {
    found = {
      longDate: new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      monthYear: new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      written: new Map(),
    };
    formats.set(language, found);
  }
  return found;
}

/**
 * 2020-11-09 → "9 November 2020", the GOV.UK style ("9 Tachwedd 2020" in Welsh); 2016-03 → "March
 * 2016"; a financial year, 2020/21, as it is.
 */
export function formatDate(date: string, language = 'en-GB'): string {
  const { longDate, monthYear, written } = formatsIn(language);
  let text = written.get(date);
  if (text === undefined) {
    switch (datePrecision(date)) {
      case 'financial-year': text = date; break;
      case 'month': text = monthYear.format(new Date(`${date}-01T00:00:00Z`)); break;
      default: text = longDate.format(new Date(`${date}T00:00:00Z`));
    }
    written.set(date, text);
  }
  return text;
}

/** The value of a `<time datetime>` for a date as known: a financial year has none. */
export function machineDate(date: string): string | undefined {
  return datePrecision(date) === 'financial-year' ? undefined : date;
}

/**
 * The first and last days a date as known may be: the day itself, its month, or its financial year. A
 * deadline counts from the first, so a vague date never looks more recent than it was; "not before"
 * rules test the last, so a month that holds an allowed day is allowed.
 */
export function dateBounds(date: string, yearStart: YearStart = APRIL_FIRST): { first: IsoDate; last: IsoDate } {
  switch (datePrecision(date)) {
    case 'financial-year': return financialYearBounds(date, yearStart);
    case 'month': {
      const [year, month] = date.split('-').map(Number) as [number, number];
      return { first: `${date}-01`, last: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) };
    }
    default: return { first: date, last: date };
  }
}

/** The day a date as known counts from: a month counts from its first day, a financial year from its start. */
export function firstDay(date: string, yearStart: YearStart = APRIL_FIRST): IsoDate {
  return dateBounds(date, yearStart).first;
}

/** Newest first, for listings, by the first day each date may be. */
export function byDateDescending<T>(dateOf: (item: T) => string | undefined, yearStart: YearStart = APRIL_FIRST): (a: T, b: T) => number {
  const key = (item: T) => {
    const date = dateOf(item);
    return date ? firstDay(date, yearStart) : '';
  };
  return (a, b) => key(b).localeCompare(key(a));
}
