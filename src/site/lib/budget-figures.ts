import type { BudgetData, BudgetTable } from '../../domain/schemas/budgets.ts';
import type { Change, CouncilTaxYear, PublishedPrecept } from '../../domain/council-tax.ts';
import { formatAmount, formatPounds, toPounds } from '../../domain/money.ts';
import { budgetFunction, isFireBudget, type BudgetFunction } from '../../domain/budgets.ts';

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
  if (budget.precept) figures.push({ label: isFireBudget(budget) ? 'Band D fire and rescue precept' : 'Band D police precept', pounds: budget.precept.bandD, exact: true });
  const funding = budget.funding && tableTotal(budget.funding, budget.financialYear);
  if (funding) figures.push({ label: 'Total funding', pounds: Math.abs(funding), exact: false });
  const net = budget.allocation && tableTotal(budget.allocation, budget.financialYear);
  if (net) figures.push({ label: 'Net budget', pounds: net, exact: false });
  return figures;
}

/**
 * The Band D precepts the site's budgets of one function publish, for working out bands and changes:
 * the police precept (the default) and the fire and rescue precept are separate parts of the bill.
 */
export function publishedPrecepts(budgets: { data: BudgetData }[], of: BudgetFunction = 'policing'): PublishedPrecept[] {
  return budgets.flatMap(({ data }) => (data.precept && budgetFunction(data) === of ? [{ financialYear: data.financialYear, bandD: data.precept.bandD, previousBandD: data.precept.previousBandD }] : []));
}

/** "+£13.50", "-£0.19", "£0". */
export function signedPounds(amount: number): string {
  return `${amount < 0 ? '-' : amount > 0 ? '+' : ''}${formatPounds(Math.abs(amount))}`;
}

/** "+£13.50 a year (+£0.26 a week)". */
export function changeInPounds(change: Change): string {
  return `${signedPounds(change.perYear)} a year (${signedPounds(change.perWeek)} a week)`;
}

/** The change on the year before as the budget publishes it: ["+5.68%", "+£0.29 a week"], empty when it gives none. */
export function publishedChange(precept: NonNullable<BudgetData['precept']>): string[] {
  return [
    ...(precept.changePercent === undefined ? [] : [`${precept.changePercent > 0 ? '+' : ''}${precept.changePercent}%`]),
    ...(precept.changePerWeek === undefined ? [] : [`${signedPounds(precept.changePerWeek)} a week`]),
  ];
}

/**
 * What a resident looks for first, in a sentence or two: the year's budget, and what a Band D
 * household pays for policing (or fire and rescue) and how that changed on the financial year before.
 */
export function budgetSummary(budget: BudgetData, bands: CouncilTaxYear | undefined): string[] {
  const sentences: string[] = [];
  const net = budget.allocation && tableTotal(budget.allocation, budget.financialYear);
  const funding = budget.funding && tableTotal(budget.funding, budget.financialYear);
  if (net) sentences.push(`The net budget for ${budget.financialYear} is ${formatAmount(net)}.`);
  else if (funding) sentences.push(`Funding for ${budget.financialYear} totals ${formatAmount(Math.abs(funding))}.`);
  const precept = budget.precept;
  const bandD = bands?.bands.find((b) => b.band === 'D');
  if (precept && bands && bandD) {
    const up = (amount: number) => (amount < 0 ? 'down' : 'up');
    const change = bandD.change
      ? `, ${up(bandD.change.perYear)} ${formatPounds(Math.abs(bandD.change.perYear))} a year (${formatPounds(Math.abs(bandD.change.perWeek))} a week) on ${bands.previousYear}`
      : precept.changePercent !== undefined
        ? `, ${up(precept.changePercent)} ${Math.abs(precept.changePercent)}% on ${bands.previousYear}${precept.changePerWeek !== undefined ? `, ${formatPounds(Math.abs(precept.changePerWeek))} a week ${precept.changePerWeek < 0 ? 'less' : 'more'}` : ''}`
        : '';
    sentences.push(`The ${isFireBudget(budget) ? 'fire and rescue' : 'police'} part of council tax (the precept) for a Band D home is ${formatPounds(bandD.perYear)} a year, or ${formatPounds(bandD.perWeek)} a week${change}.`);
  }
  return sentences;
}
