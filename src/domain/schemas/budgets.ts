import { z } from 'astro/zod';
import { functionField, requirementsField } from './register.ts';
import { financialYear, isoDate, keysOf, positiveMoney, slug, sourceSchema, historyFields, noteFields } from './common.ts';

export const tableUnits = {
  '£': 'pounds',
  '£000': 'thousands of pounds',
  '£m': 'millions of pounds',
} as const;

export const budgetStatuses = {
  draft: 'Draft (not published)',
  proposed: 'Proposed',
  approved: 'Approved',
  outturn: 'Outturn',
} as const;

/**
 * One line of a published financial table. Values line up with the table's columns;
 * null is a blank cell. A row with `sumOf` is a declared total: the check recomputes
 * it from the rows it names and reconciles it within the table's tolerance.
 */
export const tableRowSchema = z.strictObject({
  id: slug.describe('A short id for the row, unique in its table, used by totals: "home-office-grant".'),
  label: z.string().min(1).describe('The row label as published.'),
  line: z.number().int().positive().optional().describe('The line number the published table gives, if any.'),
  values: z.array(z.number().nullable()).describe('One value per column, in the table unit; negative for income or savings shown in brackets; null for a blank cell.'),
  sumOf: z.array(slug).min(1).optional().describe('For a declared total: the ids of the rows it adds up.'),
  note: z.string().optional(),
});

/** A published total that does not add up, acknowledged so that readers are told rather than misled. */
export const discrepancySchema = z.strictObject({
  row: slug.describe('The id of the total row that does not reconcile.'),
  column: z.string().min(1).describe('The column heading where it does not reconcile.'),
  note: z.string().min(1).describe('What the published document says and why it is kept as published.'),
});

export const budgetTableSchema = z.strictObject({
  title: z.string().min(1),
  unit: keysOf(tableUnits).describe('The unit the table was published in: £, £000 or £m.'),
  columns: z.array(z.string().min(1)).min(1).describe('Column headings, usually financial years like 2021/22.'),
  tolerance: z.number().nonnegative().default(0).describe('How far a declared total may differ from its lines because the published figures are rounded, in the table unit.'),
  rows: z.array(tableRowSchema).min(1),
  discrepancies: z.array(discrepancySchema).default([]),
  notes: z.array(z.string().min(1)).default([]),
});

export const scenarioSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  assumption: z.string().min(1).describe('What the scenario assumes, in one sentence.'),
  table: budgetTableSchema,
});

export const preceptSchema = z.strictObject({
  bandD: positiveMoney.describe('The Band D precept for the year, in pounds: the police precept, or the fire and rescue precept for a fire budget.'),
  previousBandD: positiveMoney.optional().describe('The Band D precept of the previous financial year, for the same function, in pounds, where the source states it: gives the change in pounds when that year has no budget of its own on the site.'),
  changePercent: z.number().optional().describe('The change on the previous year, in percent, as published.'),
  changePerWeek: z.number().optional().describe('The change for a Band D household, in pounds per week, as published.'),
});

export const budgetSchema = z.strictObject({
  financialYear,
  title: z.string().min(1).optional().meta({ translated: true }),
  function: functionField.describe('policing (the default) or fire: a Police, Fire and Crime Commissioner sets a budget and precept for each. A fire budget is kept as budgets/fire/2024-25.md, is published at /budgets/fire/2024-25/, and meets the fire and rescue authority\'s budget duty (fire-3a-3e) on the register.'),
  status: keysOf(budgetStatuses),
  approved: isoDate.optional().describe('The date the budget was approved, where known.'),
  summary: z.string().min(1).describe('One or two sentences for listings and search results.').meta({ translated: true }),
  precept: preceptSchema.optional(),
  funding: budgetTableSchema.optional().describe('Where the money comes from.'),
  allocation: budgetTableSchema.optional().describe('How the budget is allocated by head, to the net budget.'),
  mtfp: z.array(scenarioSchema).default([]).describe('The medium-term financial plan, one entry per scenario.'),
  capital: z
    .strictObject({ programme: budgetTableSchema, financing: budgetTableSchema })
    .optional()
    .describe('The capital programme and how it is financed.'),
  requirements: requirementsField,
  source: sourceSchema.optional(),
  ...noteFields,
  ...historyFields,
});

export type BudgetData = z.output<typeof budgetSchema>;
export type BudgetTable = z.output<typeof budgetTableSchema>;
export type TableRow = z.output<typeof tableRowSchema>;
export type TableUnit = keyof typeof tableUnits;
