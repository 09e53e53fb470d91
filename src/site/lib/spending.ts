// The office's monthly spending and grants, read once a build (the check has passed them), with
// what the pages show of them: each month's total and each supplier's.
import { officeDir } from '../../domain/deployment.ts';
import { readOfficeSpending, type OfficeSpending } from '../../domain/spending/files.ts';
import { monthTotal, supplierTotals, type MonthFile, type MonthTotal, type SupplierTotal } from '../../domain/spending/totals.ts';
import { isDevelopmentServer } from '../integrations/development-server.ts';
import { office } from './this-office.ts';
import { formatPoundsAndPence } from '../../domain/money.ts';
import type { SpendingRow } from '../../domain/spending/rows.ts';
import type { PageLanguage } from './language.ts';

export interface PublishedSpending {
  /** Newest month first. */
  spending: MonthFile<'spending'>[];
  grants: MonthFile<'grants'>[];
  months: MonthTotal[];
  /** The fire and rescue authority's spending, newest month first: shown apart, its suppliers not joined to the policing ones. */
  fire: MonthFile<'spending'>[];
  fireMonths: MonthTotal[];
  /** Largest total first. */
  suppliers: SupplierTotal[];
  /** Payments whose supplier is withheld, over every month. */
  redacted: { payments: number; pence: number };
}

function read(): PublishedSpending {
  const files: OfficeSpending = readOfficeSpending(officeDir(), office);
  const newestFirst = <T extends MonthFile>(list: T[]) => list.toSorted((a, b) => b.month.localeCompare(a.month));
  const [spending, grants, fire] = [newestFirst(files.spending), newestFirst(files.grants), newestFirst(files.fire)];
  let payments = 0;
  let pence = 0;
  for (const file of spending) for (const row of file.rows) if (row.payee === null) [payments, pence] = [payments + 1, pence + row.pence];
  return { spending, grants, months: spending.map(monthTotal), fire, fireMonths: fire.map(monthTotal), suppliers: supplierTotals(files.spending), redacted: { payments, pence } };
}

/** A page for each month of a list newest first, each knowing the months either side of it. */
export function monthPages<K extends MonthFile['kind']>(files: MonthFile<K>[]) {
  return files.map((file, index) => ({ params: { month: file.month }, props: { file, newer: files[index - 1]?.month, older: files[index + 1]?.month } }));
}

let published: PublishedSpending | undefined;

/** The office's spending and grants: read once a build, and at every page of the development server, where the files may change. */
export function publishedSpending(): PublishedSpending {
  if (isDevelopmentServer()) return read();
  return (published ??= read());
}

/** Pence as money, always with its pence, so that a column of amounts lines up: £1,234.56, £2,500.00, -£215.00. */
export function money(pence: number, locale = 'en-GB'): string {
  return formatPoundsAndPence(pence / 100, locale);
}

/** What a row shows where its payee would be, in the page's language: the name, or "Redacted (personal data)". */
export function payeeIn(row: Pick<SpendingRow, 'payee' | 'redaction'>, language: PageLanguage): string {
  return row.payee ?? language.t('spending.redacted', { reason: row.redaction ?? '' });
}

/** The first letter a supplier is listed under: A to Z, or # for a name that starts otherwise. */
export function initialOf(name: string): string {
  const first = name.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

