// The values of a finance system's export, read exactly: amounts as whole pence (no sum of
// 240,000 payments drifts by a penny), dates as the office's format writes them.
import { isRealIsoDate, type IsoDate } from '../schemas/common.ts';
import { spendingDateFormats, type SpendingDateFormat } from '../schemas/spending.ts';

/**
 * "£1,234.56", "1234.56", "1,234", "-12.00", "£-12.00" and "(12.00)", "£(12.00)", "12.00-" or "12.00 CR"
 * (a credit, as accounts and ledgers print one) as pence; null for anything else. Thousands are grouped
 * by commas in threes or not at all.
 */
export function parsePence(text: string): number | null {
  let value = text.trim();
  let negative = false;
  const credit = /^(?:£\s*)?\((.*)\)$|^(.*?)\s*(?:-|CR)$/i.exec(value);
  if (credit) {
    negative = true;
    value = (credit[1] ?? credit[2]!).trim();
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

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month's number from its name, whole or cut to three letters ("Sept" too), in any case; 0 for no month. */
function monthNumber(name: string): number {
  const written = name.toLowerCase();
  return MONTHS.findIndex((month) => month === written || month.slice(0, 3) === written || (written === 'sept' && month === 'september')) + 1;
}

/** The time finance systems write after a day ("02/11/2026 00:00:00"), which says nothing of it. */
const TIME = String.raw`(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;

const PATTERNS: Record<SpendingDateFormat, RegExp> = Object.fromEntries(
  Object.entries({
    'DD/MM/YYYY': String.raw`(?<day>\d{1,2})\/(?<month>\d{1,2})\/(?<year>\d{4})`,
    'DD/MM/YY': String.raw`(?<day>\d{1,2})\/(?<month>\d{1,2})\/(?<year>\d{2})`,
    'YYYY-MM-DD': String.raw`(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})`,
    'DD-MMM-YY': String.raw`(?<day>\d{1,2})-(?<month>[A-Za-z]{3,4})-(?<year>\d{2})`,
    'DD-MMM-YYYY': String.raw`(?<day>\d{1,2})-(?<month>[A-Za-z]{3,4})-(?<year>\d{4})`,
    'DD MMM YYYY': String.raw`(?<day>\d{1,2}) (?<month>[A-Za-z]+) (?<year>\d{4})`,
  }).map(([format, day]) => [format, new RegExp(`^${day}${TIME}$`)]),
) as Record<SpendingDateFormat, RegExp>;

/**
 * A day as the office's format writes it, as YYYY-MM-DD; null when it is not written so, or is no
 * real day (31/02/2024). A month is a number or a month's name; a time after the day is passed over.
 * A two-digit year is this century's: spending files are recent.
 */
export function parseSpendingDate(text: string, format: SpendingDateFormat): IsoDate | null {
  const parts = PATTERNS[format].exec(text.trim())?.groups;
  if (!parts) return null;
  const month = /^\d+$/.test(parts.month!) ? Number(parts.month) : monthNumber(parts.month!);
  const year = parts.year!.length === 2 ? `20${parts.year}` : parts.year!;
  const date = `${year}-${String(month).padStart(2, '0')}-${parts.day!.padStart(2, '0')}`;
  return month > 0 && isRealIsoDate(date) ? date : null;
}

/** "a date written DD/MM/YYYY, like 05/03/2024", for messages. */
export function describeDateFormat(format: SpendingDateFormat): string {
  return `a date written ${format}, like ${spendingDateFormats[format]}`;
}
