import type { BudgetData, BudgetTable } from '../../domain/schemas/budgets.ts';
import type { Change, CouncilTaxYear, PublishedPrecept } from '../../domain/council-tax.ts';
import { formatAmount, formatPounds, toPounds } from '../../domain/money.ts';
import { budgetFunction, isFireBudget, type BudgetFunction } from '../../domain/budgets.ts';
import { officeLanguages, type PageLanguage } from './language.ts';

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

/** The figures a resident looks for first, labelled in the page's language: the Band D precept, total funding and the net budget. */
export function headlineFigures(budget: BudgetData, language: PageLanguage = officeLanguages[0]!): Headline[] {
  const figures: Headline[] = [];
  if (budget.precept) figures.push({ label: language.t(isFireBudget(budget) ? 'budgets.headlines.firePrecept' : 'budgets.headlines.policePrecept'), pounds: budget.precept.bandD, exact: true });
  const funding = budget.funding && tableTotal(budget.funding, budget.financialYear);
  if (funding) figures.push({ label: language.t('budgets.headlines.funding'), pounds: Math.abs(funding), exact: false });
  const net = budget.allocation && tableTotal(budget.allocation, budget.financialYear);
  if (net) figures.push({ label: language.t('budgets.headlines.net'), pounds: net, exact: false });
  return figures;
}

/** A budget's title in the page's language: its own, or "Budget 2021/22", "Fire and rescue budget 2023/24". */
export function budgetTitleIn(budget: Pick<BudgetData, 'function' | 'financialYear' | 'title'>, language: PageLanguage): string {
  return budget.title ?? language.t(isFireBudget(budget) ? 'budgets.fireTitle' : 'budgets.policingTitle', { year: budget.financialYear });
}

/**
 * The Band D precepts the site's budgets of one function publish, for working out bands and changes:
 * the police precept (the default) and the fire and rescue precept are separate parts of the bill.
 */
export function publishedPrecepts(budgets: { data: BudgetData }[], of: BudgetFunction = 'policing'): PublishedPrecept[] {
  return budgets.flatMap(({ data }) => (data.precept && budgetFunction(data) === of ? [{ financialYear: data.financialYear, bandD: data.precept.bandD, previousBandD: data.precept.previousBandD }] : []));
}

/** "+£13.50", "-£0.19", "£0". */
export function signedPounds(amount: number, locale = 'en-GB'): string {
  return `${amount < 0 ? '-' : amount > 0 ? '+' : ''}${formatPounds(Math.abs(amount), locale)}`;
}

/** "+£13.50 a year (+£0.26 a week)". */
export function changeInPounds(change: Change, language: PageLanguage): string {
  return language.t('budgets.changeInPounds', { year: signedPounds(change.perYear, language.tag), week: signedPounds(change.perWeek, language.tag) });
}

/** The change on the year before as the budget publishes it: ["+5.68%", "+£0.29 a week"], empty when it gives none. */
export function publishedChange(precept: NonNullable<BudgetData['precept']>, language: PageLanguage): string[] {
  return [
    ...(precept.changePercent === undefined ? [] : [`${precept.changePercent > 0 ? '+' : ''}${precept.changePercent}%`]),
    ...(precept.changePerWeek === undefined ? [] : [language.t('budgets.aWeek', { amount: signedPounds(precept.changePerWeek, language.tag) })]),
  ];
}

/**
 * What a resident looks for first, in a sentence or two: the year's budget, and what a Band D
 * household pays for policing (or fire and rescue) and how that changed on the financial year before.
 */
export function budgetSummary(budget: BudgetData, bands: CouncilTaxYear | undefined, language: PageLanguage): string[] {
  const sentences: string[] = [];
  const pounds = (amount: number) => formatPounds(amount, language.tag);
  const net = budget.allocation && tableTotal(budget.allocation, budget.financialYear);
  const funding = budget.funding && tableTotal(budget.funding, budget.financialYear);
  if (net) sentences.push(language.t('budgets.summary.net', { year: budget.financialYear, amount: formatAmount(net, language.tag) }));
  else if (funding) sentences.push(language.t('budgets.summary.funding', { year: budget.financialYear, amount: formatAmount(Math.abs(funding), language.tag) }));
  const precept = budget.precept;
  const bandD = bands?.bands.find((b) => b.band === 'D');
  if (precept && bands && bandD) {
    const previous = bands.previousYear;
    const change = bandD.change
      ? language.t(bandD.change.perYear < 0 ? 'budgets.summary.downInPounds' : 'budgets.summary.upInPounds', { year: pounds(Math.abs(bandD.change.perYear)), week: pounds(Math.abs(bandD.change.perWeek)), previous })
      : precept.changePercent !== undefined
        ? language.t(precept.changePercent < 0 ? 'budgets.summary.downInPercent' : 'budgets.summary.upInPercent', { percent: String(Math.abs(precept.changePercent)), previous }) +
          (precept.changePerWeek !== undefined ? language.t(precept.changePerWeek < 0 ? 'budgets.summary.lessAWeek' : 'budgets.summary.moreAWeek', { week: pounds(Math.abs(precept.changePerWeek)) }) : '')
        : '';
    sentences.push(language.t(isFireBudget(budget) ? 'budgets.summary.firePrecept' : 'budgets.summary.policePrecept', { year: pounds(bandD.perYear), week: pounds(bandD.perWeek), change }));
  }
  return sentences;
}

/** A span of financial years in the page's language: "2022/23" for one year, "2022/23 to 2023/24" for more. */
export function periodIn(period: { from: string; to: string }, language: PageLanguage): string {
  return period.from === period.to ? period.from : language.t('budgets.period', { from: period.from, to: period.to });
}
