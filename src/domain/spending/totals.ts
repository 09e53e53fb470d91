// What the monthly files add up to: each month's total, and each supplier's across every month.
// Sums are in whole pence, so that they are exact however many payments they add.
import { slugify } from '../urls.ts';
import type { MonthlyKind, MonthlyRow, SpendingRow } from './rows.ts';

/** A monthly file of the office, read and passed. */
export interface MonthFile<K extends MonthlyKind = MonthlyKind> {
  kind: K;
  /** YYYY-MM, from the file's name. */
  month: string;
  /** The file's path in the office folder: spending/2024-03.csv. */
  path: string;
  /** The day the register counts it published. */
  published: string;
  /** Set for the fire and rescue authority's spending (spending/fire/), which a PFCC publishes beside the policing spending. */
  function?: 'fire';
  rows: MonthlyRow<K>[];
}

export interface MonthTotal {
  month: string;
  payments: number;
  pence: number;
  /** Payments whose payee is withheld. */
  redacted: number;
}

export function monthTotal(file: MonthFile): MonthTotal {
  let pence = 0;
  let redacted = 0;
  for (const row of file.rows) {
    pence += row.pence;
    if (row.payee === null) redacted++;
  }
  return { month: file.month, payments: file.rows.length, pence, redacted };
}

/** Each month a supplier was paid in, with what it was paid. */
export interface SupplierMonth {
  month: string;
  payments: number;
  pence: number;
}

export interface SupplierTotal {
  /** The supplier's address on the site: its name made safe for a URL, which also joins spellings that differ only in case and punctuation. */
  slug: string;
  /** The spelling the files use most often. */
  name: string;
  payments: number;
  pence: number;
  /** Oldest first. */
  months: SupplierMonth[];
  /** What it was paid for, largest total first. */
  expenseTypes: { expenseType: string; payments: number; pence: number }[];
}

/** The key that names one supplier, whatever the case or punctuation of its spelling; "supplier" when its name has no letter or digit. */
export function supplierSlug(name: string): string {
  return slugify(name) || 'supplier';
}

/**
 * Every named supplier across the spending files, largest total first (ties by name). Redacted rows
 * are not anyone's: they count in their month's total, never in a supplier's.
 */
export function supplierTotals(files: MonthFile<'spending'>[]): SupplierTotal[] {
  const bySlug = new Map<string, { spellings: Map<string, number>; payments: number; pence: number; months: Map<string, SupplierMonth>; expenseTypes: Map<string, { expenseType: string; payments: number; pence: number }> }>();
  for (const file of [...files].sort((a, b) => a.month.localeCompare(b.month))) {
    for (const row of file.rows as SpendingRow[]) {
      if (row.payee === null) continue;
      const slug = supplierSlug(row.payee);
      let supplier = bySlug.get(slug);
      if (!supplier) bySlug.set(slug, (supplier = { spellings: new Map(), payments: 0, pence: 0, months: new Map(), expenseTypes: new Map() }));
      supplier.spellings.set(row.payee, (supplier.spellings.get(row.payee) ?? 0) + 1);
      supplier.payments++;
      supplier.pence += row.pence;
      let month = supplier.months.get(file.month);
      if (!month) supplier.months.set(file.month, (month = { month: file.month, payments: 0, pence: 0 }));
      month.payments++;
      month.pence += row.pence;
      let expense = supplier.expenseTypes.get(row.expenseType);
      if (!expense) supplier.expenseTypes.set(row.expenseType, (expense = { expenseType: row.expenseType, payments: 0, pence: 0 }));
      expense.payments++;
      expense.pence += row.pence;
    }
  }
  return [...bySlug].map(([slug, supplier]) => {
    let name = '';
    let most = 0;
    for (const [spelling, count] of supplier.spellings) if (count > most) [name, most] = [spelling, count];
    const expenseTypes = [...supplier.expenseTypes.values()].sort((a, b) => b.pence - a.pence || a.expenseType.localeCompare(b.expenseType));
    return { slug, name, payments: supplier.payments, pence: supplier.pence, months: [...supplier.months.values()], expenseTypes };
  }).sort((a, b) => b.pence - a.pence || a.name.localeCompare(b.name));
}

/** What a row shows where its payee would be: the name, or "Redacted (personal data)". */
export function payeeLabel(row: Pick<SpendingRow, 'payee' | 'redaction'>): string {
  return row.payee ?? `Redacted (${row.redaction})`;
}
