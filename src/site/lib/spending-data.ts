// The spending and grants downloads: every month in one normalised CSV, and each month's own, in
// the columns every office's files share whatever their finance system called them.
import type { Column, Dataset } from './open-data.ts';
import type { GrantRow, SpendingRow } from '../../domain/spending/rows.ts';
import type { MonthFile } from '../../domain/spending/totals.ts';
import { payeeLabel } from '../../domain/spending/totals.ts';
import { penceToPounds } from '../../domain/spending/values.ts';
import { chiefOfficerIn, holderNounIn } from './this-office.ts';
import { officeLanguages, type PageLanguage } from './language.ts';

type Row<T> = T & { month: string };

const payee = (who: 'supplier' | 'recipient', language: PageLanguage): Column<Row<SpendingRow | GrantRow>>[] => [
  { name: who, description: language.t(`spending.data.${who}`), value: (row) => payeeLabel(row) },
  { name: 'redacted', description: language.t(`spending.data.${who}Redacted`), value: (row) => row.redaction ?? null },
];

const spendingColumns = (language: PageLanguage): Column<Row<SpendingRow>>[] => [
  { name: 'month', description: language.t('spending.data.paymentMonth'), value: (row) => row.month },
  { name: 'date', description: language.t('spending.data.paymentDate'), value: (row) => row.date },
  { name: 'body', description: language.t('spending.data.body', { holder: holderNounIn(language), chief: chiefOfficerIn(language) }), value: (row) => row.body ?? null },
  ...payee('supplier', language),
  { name: 'expenseType', description: language.t('spending.data.expenseType'), value: (row) => row.expenseType },
  { name: 'serviceArea', description: language.t('spending.data.serviceArea'), value: (row) => row.serviceArea ?? null },
  { name: 'transaction', description: language.t('spending.data.transaction'), value: (row) => row.transaction ?? null },
  { name: 'amount', description: language.t('spending.data.paymentAmount'), unit: '£', value: (row) => penceToPounds(row.pence) },
];

const grantColumns = (language: PageLanguage): Column<Row<GrantRow>>[] => [
  { name: 'month', description: language.t('spending.data.grantMonth'), value: (row) => row.month },
  { name: 'date', description: language.t('spending.data.grantDate'), value: (row) => row.date },
  ...payee('recipient', language),
  { name: 'purpose', description: language.t('spending.data.purpose'), value: (row) => row.purpose },
  { name: 'conditions', description: language.t('spending.data.conditions'), value: (row) => row.conditions },
  { name: 'reasons', description: language.t('spending.data.reasons'), value: (row) => row.reasons },
  { name: 'amount', description: language.t('spending.data.grantAmount'), unit: '£', value: (row) => penceToPounds(row.pence) },
];

const rowsOf = <K extends 'spending' | 'grants'>(files: MonthFile<K>[]) =>
  [...files].sort((a, b) => a.month.localeCompare(b.month)).flatMap((file) => file.rows.map((row) => ({ ...row, month: file.month })));

/** One download of spending or grants, described in a language (the office's default unless given): every month given, oldest first. */
export function monthlyDataset(kind: 'spending' | 'grants', files: MonthFile[], month?: string, language: PageLanguage = officeLanguages[0]!): Dataset {
  const what = language.t(kind === 'spending' ? 'spending.title' : 'spending.grants.title');
  return {
    name: month ? `${kind}-${month}` : kind,
    title: month ? language.t('spending.data.titleOfMonth', { what, month: language.date(month) }) : what,
    description: language.t(kind === 'spending' ? 'spending.data.spending' : 'spending.data.grants', { holder: holderNounIn(language), chief: chiefOfficerIn(language) }),
    columns: (kind === 'spending' ? spendingColumns(language) : grantColumns(language)) as unknown as Column<never>[],
    rows: rowsOf(files as MonthFile<typeof kind>[]),
    records: [],
  };
}
