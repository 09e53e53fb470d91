import type { BudgetData, BudgetTable } from '../../domain/schemas/budgets.ts';
import { toPounds } from '../../domain/money.ts';

/** The column of a table that holds the budget's own year ("2021/22" or "Budget 2021/22"), else the first. */
export function yearColumn(table: BudgetTable, financialYear: string): number {
  const index = table.columns.findIndex((column) => column.includes(financialYear));
  return index === -1 ? 0 : index;
}

/** The bottom line of a table for the budget's year, in pounds: the last declared total. */
export function tableTotal(table: BudgetTable, financialYear: string): number | null {
  const total = [...table.rows].reverse().find((row) => row.sumOf);
  const value = total?.values[yearColumn(table, financialYear)];
  return value === null || value === undefined ? null : toPounds(value, table.unit);
}

export interface Headline {
  label: string;
  pounds: number;
  exact: boolean;
}

/** The figures a resident looks for first: the Band D precept, total funding and the net budget. */
export function headlineFigures(budget: BudgetData): Headline[] {
  const figures: Headline[] = [];
  if (budget.precept) figures.push({ label: 'Band D police precept', pounds: budget.precept.bandD, exact: true });
  const funding = budget.funding && tableTotal(budget.funding, budget.financialYear);
  if (funding) figures.push({ label: 'Total funding', pounds: Math.abs(funding), exact: false });
  const net = budget.allocation && tableTotal(budget.allocation, budget.financialYear);
  if (net) figures.push({ label: 'Net budget', pounds: net, exact: false });
  return figures;
}
