import { dateBounds } from './dates.ts';
import { APRIL_FIRST, type YearStart } from './financial-year.ts';
import { addMonths } from './sio-timing.ts';
import type { IsoDate } from './schemas/common.ts';

/** Whether a site is kept up to date, as every page tells its readers. */
export type Currency =
  | { state: 'current'; newest?: string }
  | { state: 'stale'; newest: string }
  | { state: 'archive'; newest?: string; since?: IsoDate; note?: string };

export interface CurrencySettings {
  staleAfterMonths: number;
  archive?: { since?: IsoDate; note?: string };
}

/** The newest of dates as known (a day, a month or a financial year), by the last day each may be; as written. */
export function newestDate(dates: readonly string[], yearStart: YearStart = APRIL_FIRST): string | undefined {
  let newest: { date: string; last: IsoDate } | undefined;
  for (const date of dates) {
    const last = dateBounds(date, yearStart).last;
    if (!newest || last > newest.last) newest = { date, last };
  }
  return newest?.date;
}

/**
 * Whether a site built on `asOf` is an archive (the office says so), stale (its newest entry is more
 * than `staleAfterMonths` old) or current. A vague date counts from its last day, so an entry dated
 * only "2021/22" is not called old before it need be; a site with nothing dated is current.
 */
export function siteCurrency(dates: readonly string[], asOf: IsoDate, settings: CurrencySettings, yearStart: YearStart = APRIL_FIRST): Currency {
  const newest = newestDate(dates, yearStart);
  if (settings.archive) return { state: 'archive', newest, since: settings.archive.since, note: settings.archive.note };
  if (newest && addMonths(dateBounds(newest, yearStart).last, settings.staleAfterMonths) < asOf) return { state: 'stale', newest };
  return { state: 'current', newest };
}
