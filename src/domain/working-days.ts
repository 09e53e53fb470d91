import exceptions from '../../data/bank-holidays.json' with { type: 'json' };
import type { IsoDate } from './schemas/common.ts';

const DAY = 86_400_000;

export function toDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function toIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(new Date(toDate(date).getTime() + days * DAY));
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY);
}

/** Easter Sunday (the Anonymous Gregorian algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIso(new Date(Date.UTC(year, month - 1, day)));
}

function mondayOnOrAfter(year: number, month: number, day: number): IsoDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCDate(date.getUTCDate() + ((8 - date.getUTCDay()) % 7));
  return toIso(date);
}

function lastMonday(year: number, month: number): IsoDate {
  const date = new Date(Date.UTC(year, month, 0));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return toIso(date);
}

/** New Year's Day, or the Monday after when it falls at a weekend. */
function newYear(year: number): IsoDate {
  const weekday = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  return toIso(new Date(Date.UTC(year, 0, weekday === 6 ? 3 : weekday === 0 ? 2 : 1)));
}

/** Christmas Day and Boxing Day, moved to the next weekdays when they fall at a weekend. */
function christmas(year: number): IsoDate[] {
  const weekday = new Date(Date.UTC(year, 11, 25)).getUTCDay();
  const days = weekday === 5 ? [25, 28] : weekday === 6 ? [27, 28] : weekday === 0 ? [26, 27] : [25, 26];
  return days.map((day) => toIso(new Date(Date.UTC(year, 11, day))));
}

const cache = new Map<number, Set<IsoDate>>();

/** The bank holidays in England and Wales in a year. */
export function bankHolidays(year: number): Set<IsoDate> {
  let days = cache.get(year);
  if (!days) {
    const moved = exceptions.moved as Record<string, string>;
    const easter = easterSunday(year);
    days = new Set([
      newYear(year),
      addDays(easter, -2),
      addDays(easter, 1),
      moved[`${year}-early-may`] ?? mondayOnOrAfter(year, 5, 1),
      moved[`${year}-spring`] ?? lastMonday(year, 5),
      lastMonday(year, 8),
      ...christmas(year),
      ...exceptions.extra.filter((day) => day.startsWith(`${year}-`)),
    ]);
    cache.set(year, days);
  }
  return days;
}

/** A fixed-date holiday, or the Monday after when it falls at a weekend. */
function onOrMondayAfter(year: number, month: number, day: number): IsoDate {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return toIso(new Date(Date.UTC(year, month - 1, day + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0))));
}

/** The first two weekdays of the year: New Year's Day and 2 January in Scotland, each moved past a weekend. */
function scottishNewYear(year: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = 1; days.length < 2; day += 1) {
    const weekday = new Date(Date.UTC(year, 0, day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(toIso(new Date(Date.UTC(year, 0, day))));
  }
  return days;
}

const otherNationsCache = new Map<number, Set<IsoDate>>();

/**
 * The bank holidays of Scotland and Northern Ireland that England and Wales do not have: 2 January, the first
 * Monday in August and St Andrew's Day (30 November, since 2007) in Scotland; St Patrick's Day (17 March) and
 * the Battle of the Boyne (12 July) in Northern Ireland.
 */
export function otherNationsBankHolidays(year: number): Set<IsoDate> {
  let days = otherNationsCache.get(year);
  if (!days) {
    days = new Set([
      ...scottishNewYear(year),
      mondayOnOrAfter(year, 8, 1),
      ...(year >= 2007 ? [onOrMondayAfter(year, 11, 30)] : []),
      onOrMondayAfter(year, 3, 17),
      onOrMondayAfter(year, 7, 12),
    ]);
    otherNationsCache.set(year, days);
  }
  return days;
}

/**
 * A working day as the Freedom of Information Act defines it (s.10(6)): not a weekend, Christmas Day, Good Friday
 * or a bank holiday in any part of the United Kingdom (ICO line to take LTT47: St Patrick's Day counts in England too).
 */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = toDate(date).getUTCDay();
  const year = Number(date.slice(0, 4));
  return weekday !== 0 && weekday !== 6 && !bankHolidays(year).has(date) && !otherNationsBankHolidays(year).has(date);
}

/** The nth working day after a date (the date itself is day 0), as the Freedom of Information Act counts. */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  let current = date;
  for (let counted = 0; counted < count; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysAfter(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}
