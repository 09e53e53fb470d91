// The values of a finance system's export, read exactly: amounts as whole pence (no sum of
// 240,000 payments drifts by a penny), dates as the office's format writes them.
import { isRealIsoDate, type IsoDate } from '../schemas/common.ts';
import { spendingDateFormats, type SpendingDateFormat } from '../schemas/spending.ts';

/**
 * "£1,234.56", "1234.56", "1,234", "-12.00", "£-12.00" and "(12.00)" (a credit, as accounts print
 * one) as pence; null for anything else. Thousands are grouped by commas in threes or not at all.
 */
export function parsePence(text: string): number | null {
  let value = text.trim();
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(value);
  if (bracketed) {
    negative = true;
    value = bracketed[1]!.trim();
  }
  const match = /^(-)?\s*£?\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match || (match[1] && match[2]) || (negative && (match[1] || match[2]))) return null;
  if (match[1] || match[2]) negative = true;
  const pence = Number(match[3]!.replaceAll(',', '')) * 100 + Number((match[4] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(pence)) return null;
  return negative && pence !== 0 ? -pence : pence;
}

/** Pence as pounds, for sums and downloads: 123456 → 1234.56. */
export function penceToPounds(pence: number): number {
  return pence / 100;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const PATTERNS: Record<SpendingDateFormat, RegExp> = {
  'DD/MM/YYYY': /^(?<day>\d{1,2})\/(?<month>\d{1,2})\/(?<year>\d{4})$/,
  'DD/MM/YY': /^(?<day>\d{1,2})\/(?<month>\d{1,2})\/(?<year>\d{2})$/,
  'YYYY-MM-DD': /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/,
  'DD-MMM-YY': /^(?<day>\d{1,2})-(?<month>[A-Za-z]{3})-(?<year>\d{2})$/,
  'DD-MMM-YYYY': /^(?<day>\d{1,2})-(?<month>[A-Za-z]{3})-(?<year>\d{4})$/,
  'DD MMM YYYY': /^(?<day>\d{1,2}) (?<month>[A-Za-z]{3})[a-z]* (?<year>\d{4})$/,
};

/**
 * A day as the office's format writes it, as YYYY-MM-DD; null when it is not written so, or is no
 * real day (31/02/2024). A two-digit year is this century's: spending files are recent.
 */
export function parseSpendingDate(text: string, format: SpendingDateFormat): IsoDate | null {
  const parts = PATTERNS[format].exec(text.trim())?.groups;
  if (!parts) return null;
  const month = /^\d+$/.test(parts.month!) ? Number(parts.month) : MONTHS.indexOf(parts.month!.toLowerCase()) + 1;
  const year = parts.year!.length === 2 ? `20${parts.year}` : parts.year!;
  const date = `${year}-${String(month).padStart(2, '0')}-${parts.day!.padStart(2, '0')}`;
  return month > 0 && isRealIsoDate(date) ? date : null;
}

/** "a date written DD/MM/YYYY, like 05/03/2024", for messages. */
export function describeDateFormat(format: SpendingDateFormat): string {
  return `a date written ${format}, like ${spendingDateFormats[format]}`;
}
