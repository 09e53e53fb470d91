import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/** How a finance system writes a day, each with an example of 5 March 2024. */
export const spendingDateFormats = {
  'DD/MM/YYYY': '05/03/2024',
  'DD/MM/YY': '05/03/24',
  'YYYY-MM-DD': '2024-03-05',
  'DD-MMM-YY': '05-Mar-24',
  'DD-MMM-YYYY': '05-Mar-2024',
  'DD MMM YYYY': '05 Mar 2024',
} as const;

export type SpendingDateFormat = keyof typeof spendingDateFormats;

const header = (defaultHeader: string, what: string) =>
  z.string().min(1).default(defaultHeader).describe(`The heading of the column that holds ${what} (default "${defaultHeader}").`);

/** The column headings of a spending file (spending/YYYY-MM.csv), as the office's finance system writes them. */
export const spendingColumnsSchema = z.strictObject({
  date: header('Date', 'the date of the payment'),
  supplier: header('Supplier Name', 'who was paid'),
  amount: header('Amount', 'the amount paid, in pounds'),
  expenseType: header('Expense Type', 'what the money was spent on (the purpose)'),
  serviceArea: header('Service Area', 'the part of the organisation that spent it (optional in the file)'),
  transaction: header('Transaction Number', 'the finance system\'s reference for the payment (optional in the file)'),
  body: header('Body Name', 'whose spending it is, the commissioner\'s or the chief constable\'s (optional in the file)'),
  redacted: header('Redacted', 'why a row\'s supplier is withheld, such as "personal data", left empty for every other row (optional in the file)'),
});

/** The column headings of a grants file (grants/YYYY-MM.csv). */
export const grantColumnsSchema = z.strictObject({
  date: header('Date', 'the date the grant was made'),
  recipient: header('Recipient', 'who received the grant'),
  amount: header('Amount', 'the amount of the grant, in pounds'),
  purpose: header('Purpose', 'what the grant is for'),
  conditions: header('Conditions', 'the conditions attached to the grant'),
  reasons: header('Reasons', 'why the grant was made'),
  redacted: header('Redacted', 'why a row\'s recipient is withheld, left empty for every other row (optional in the file)'),
});

export const spendingSchema = z.strictObject({
  columns: spendingColumnsSchema.prefault({}).describe('Which column of a spending file holds what: the headings as the finance system exports them.'),
  grantColumns: grantColumnsSchema.prefault({}).describe('Which column of a grants file holds what.'),
  dateFormat: z
    .enum(Object.keys(spendingDateFormats) as [SpendingDateFormat, ...SpendingDateFormat[]])
    .default('DD/MM/YYYY')
    .describe(`How the files write dates: ${Object.entries(spendingDateFormats).map(([format, example]) => `${format} (${example})`).join(', ')}.`),
  published: z
    .record(
      z.string().regex(/^(?:spending(?:\/fire)?|grants)\/\d{4}-(?:0[1-9]|1[0-2])\.csv$/, { message: 'expected a file of the office folder, like spending/2024-03.csv, spending/fire/2024-03.csv or grants/2024-03.csv' }),
      isoDate,
    )
    .default({})
    .describe('The day each monthly file was first published, by its path ("spending/2024-03.csv", or "spending/fire/2024-03.csv" for the fire and rescue authority\'s), where it was later than the last day of its month; the register counts a file as published on its month\'s last day otherwise.'),
});

export type SpendingMapping = z.output<typeof spendingSchema>;

/** The mapping of an office that says nothing about its spending files: the defaults, which fit a common finance export. */
export const defaultSpendingMapping: SpendingMapping = spendingSchema.parse({});
