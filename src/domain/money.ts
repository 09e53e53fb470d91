import type { TableUnit } from './schemas/budgets.ts';

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const poundFormats = new Map<string, { poundsAndPence: Intl.NumberFormat; wholePounds: Intl.NumberFormat }>();

function poundsIn(locale: string) {
  let formats = poundFormats.get(locale);
  if (!formats) {
    formats = {
      poundsAndPence: new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP' }),
      wholePounds: new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }),
    };
    poundFormats.set(locale, formats);
  }
  return formats;
}

/** £278.01, £2,500 (pence shown only when there are any), as the language writes money. */
/** An amount in pounds as whole pence, for comparing amounts without the float's fractions of a penny. */
export function toPence(pounds: number): number {
  return Math.round(pounds * 100);
}

export function formatPounds(amount: number, locale = 'en-GB'): string {
  const { poundsAndPence, wholePounds } = poundsIn(locale);
  return Number.isInteger(amount) ? wholePounds.format(amount) : poundsAndPence.format(amount);
}

/** Pounds to the penny, always with the pence: £2,500.00. */
export function formatPoundsAndPence(amount: number, locale = 'en-GB'): string {
  return poundsIn(locale).poundsAndPence.format(amount);
}

/** A large sum in millions, as UK public bodies write it: £183.1m. */
export function formatMillions(amount: number, digits = 1): string {
  const millions = amount / 1_000_000;
  const sign = millions < 0 ? '-' : '';
  return `${sign}£${Math.abs(millions).toFixed(digits)}m`;
}

/** Pounds for headline figures: £183.1m from a million up, else £571,326. */
export function formatAmount(amount: number, locale = 'en-GB'): string {
  return Math.abs(amount) >= 1_000_000 ? formatMillions(amount) : formatPounds(amount, locale);
}

const UNIT_MULTIPLIER: Record<TableUnit, number> = { '£': 1, '£000': 1_000, '£m': 1_000_000 };

/** Converts a figure published in a table's unit to pounds. */
export function toPounds(value: number, unit: TableUnit): number {
  return Math.round(value * UNIT_MULTIPLIER[unit] * 100) / 100;
}

/**
 * A table cell as published: thousands grouped, negatives in brackets as
 * public-sector accounts print them, blank for an empty cell. `decimals` keeps a
 * column of £m figures aligned (1.0, not 1).
 */
export function formatTableValue(value: number | null, decimals?: number, locale = 'en-GB'): string {
  if (value === null) return '';
  const text = decimals === undefined ? Math.abs(value).toLocaleString(locale, { maximumFractionDigits: 2 }) : Math.abs(value).toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return value < 0 ? `(${text})` : text;
}

/** The most decimal places any figure in a table is published with. */
export function tableDecimals(values: (number | null)[]): number {
  return Math.max(0, ...values.map((value) => (value === null || Number.isInteger(value) ? 0 : String(value).split('.')[1]!.length)));
}

/**
 * A sum in the unit people say it in, for chart axes and sentences: £150m, £1.25m, £950k, £212.94.
 * `digits` is the most decimal places of millions or thousands; pence are kept below £1,000.
 */
export function naturalAmount(pounds: number, digits = 1, locale = 'en-GB'): string {
  const size = Math.abs(pounds);
  const inThousands = Number((size / 1_000).toFixed(digits));
  const scaled =
    size >= 1_000_000 || inThousands >= 1_000 ? `${upTo(size / 1_000_000, digits, locale)}m`
    : size >= 1_000 ? `${upTo(inThousands, digits, locale)}k`
    : Number.isInteger(size) ? upTo(size, 0, locale)
    : size.toFixed(2);
  return `${pounds < 0 ? '-' : ''}£${scaled}`;
}

function upTo(value: number, digits: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: digits });
}

/** A table figure with its unit, for a sentence: £100.2m, £15,943k, £212.94, minus £9.1m. */
export function figureWithUnit(value: number, unit: TableUnit): string {
  const amount = `£${grouped.format(Math.abs(value))}${unit === '£m' ? 'm' : unit === '£000' ? 'k' : ''}`;
  return value < 0 ? `minus ${amount}` : amount;
}
