import type { IsoDate } from './schemas/common.ts';

export interface YearStart {
  month: number;
  day: number;
}

export const APRIL_FIRST: YearStart = { month: 4, day: 1 };

/** "2021/22" → 2021, the calendar year the financial year starts in. */
export function startYearOf(financialYear: string): number {
  const match = /^(\d{4})\/(\d{2})$/.exec(financialYear);
  if (!match) throw new Error(`not a financial year: ${financialYear}`);
  return Number(match[1]);
}

/** 2021 → "2021/22". */
export function financialYearStarting(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The financial year a date falls in, given when the office's year starts. */
export function financialYearOf(date: IsoDate, start: YearStart = APRIL_FIRST): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const beforeStart = month < start.month || (month === start.month && day < start.day);
  return financialYearStarting(beforeStart ? year - 1 : year);
}

function iso(year: number, month: number, day: number): IsoDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** First and last day of a financial year. */
export function financialYearBounds(financialYear: string, start: YearStart = APRIL_FIRST): { first: IsoDate; last: IsoDate } {
  const year = startYearOf(financialYear);
  const first = iso(year, start.month, start.day);
  const nextStart = new Date(Date.UTC(year + 1, start.month - 1, start.day));
  nextStart.setUTCDate(nextStart.getUTCDate() - 1);
  return { first, last: nextStart.toISOString().slice(0, 10) };
}

/** "2021/22" → "2021-22", for URLs and file names. */
export function financialYearSlug(financialYear: string): string {
  return financialYear.replace('/', '-');
}

/** A span of financial years as written on a page: "2022/23" for one year, "2022/23 to 2023/24" for more. */
export function periodLabel(period: { from: string; to: string }): string {
  return period.from === period.to ? period.from : `${period.from} to ${period.to}`;
}
