// The spending and grants downloads: every month in one normalised CSV, and each month's own, in
// the columns every office's files share whatever their finance system called them.
import type { Column, Dataset } from './open-data.ts';
import type { GrantRow, SpendingRow } from '../../domain/spending/rows.ts';
import type { MonthFile } from '../../domain/spending/totals.ts';
import { payeeLabel } from '../../domain/spending/totals.ts';
import { penceToPounds } from '../../domain/spending/values.ts';
import { formatDate } from '../../domain/dates.ts';
import { holderNoun } from './this-office.ts';

type Row<T> = T & { month: string };

const payee = (who: string): Column<Row<SpendingRow | GrantRow>>[] => [
  { name: who, description: `Who was paid, as the office's finance system names them; "Redacted (reason)" where the office withholds the ${who}'s name.`, value: (row) => payeeLabel(row) },
  { name: 'redacted', description: `Why the ${who} is withheld, such as "personal data"; empty when it is not.`, value: (row) => row.redaction ?? null },
];

const spendingColumns: Column<Row<SpendingRow>>[] = [
  { name: 'month', description: 'The month of the file the payment was published in: YYYY-MM.', value: (row) => row.month },
  { name: 'date', description: 'The date of the payment: YYYY-MM-DD.', value: (row) => row.date },
  { name: 'body', description: `Whose spending it is (the ${holderNoun} or the chief constable), where the file says.`, value: (row) => row.body ?? null },
  ...payee('supplier'),
  { name: 'expenseType', description: 'What the money was spent on, as the finance system describes it.', value: (row) => row.expenseType },
  { name: 'serviceArea', description: 'The part of the organisation that spent it, where the file says.', value: (row) => row.serviceArea ?? null },
  { name: 'transaction', description: 'The finance system\'s reference for the payment, where the file gives one.', value: (row) => row.transaction ?? null },
  { name: 'amount', description: 'The amount paid; negative for a credit or refund.', unit: '£', value: (row) => penceToPounds(row.pence) },
];

const grantColumns: Column<Row<GrantRow>>[] = [
  { name: 'month', description: 'The month of the file the grant was published in: YYYY-MM.', value: (row) => row.month },
  { name: 'date', description: 'The date the grant was made: YYYY-MM-DD.', value: (row) => row.date },
  ...payee('recipient'),
  { name: 'purpose', description: 'What the grant is for.', value: (row) => row.purpose },
  { name: 'conditions', description: 'The conditions attached to the grant.', value: (row) => row.conditions },
  { name: 'reasons', description: 'Why the grant was made.', value: (row) => row.reasons },
  { name: 'amount', description: 'The amount of the grant.', unit: '£', value: (row) => penceToPounds(row.pence) },
];

const rowsOf = <K extends 'spending' | 'grants'>(files: MonthFile<K>[]) =>
  [...files].sort((a, b) => a.month.localeCompare(b.month)).flatMap((file) => file.rows.map((row) => ({ ...row, month: file.month })));

/** One download of spending or grants: every month given, oldest first. */
export function monthlyDataset(kind: 'spending' | 'grants', files: MonthFile[], month?: string): Dataset {
  const what = kind === 'spending' ? 'Spending over £500' : 'Crime and disorder reduction grants';
  return {
    name: month ? `${kind}-${month}` : kind,
    title: month ? `${what}, ${formatDate(month)}` : what,
    description: kind === 'spending'
      ? `Each payment the ${holderNoun} and the chief constable published, month by month, from the finance system's monthly files.`
      : `Each crime and disorder reduction grant the ${holderNoun} made: the recipient, the purpose, the conditions and the reasons.`,
    columns: (kind === 'spending' ? spendingColumns : grantColumns) as unknown as Column<never>[],
    rows: rowsOf(files as MonthFile<typeof kind>[]),
    records: [],
  };
}
