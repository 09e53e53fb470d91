import type { BudgetData } from './schemas/budgets.ts';
import type { entryFunctions } from './schemas/register.ts';
import { financialYearSlug } from './financial-year.ts';

export type BudgetFunction = keyof typeof entryFunctions;
type WithFunction = Pick<BudgetData, 'function'>;

/**
 * A Police, Fire and Crime Commissioner sets two budgets a year, one for policing and one for the
 * fire and rescue service, each with its own precept; a budget that says nothing is for policing.
 */
export function budgetFunction(budget: WithFunction): BudgetFunction {
  return budget.function ?? 'policing';
}

export function isFireBudget(budget: WithFunction): boolean {
  return budgetFunction(budget) === 'fire';
}

/** A budget's name where it has no title of its own: "Budget 2021/22", "Fire and rescue budget 2023/24". */
export function budgetTitle(budget: Pick<BudgetData, 'function' | 'financialYear' | 'title'>): string {
  return budget.title ?? `${isFireBudget(budget) ? 'Fire and rescue budget' : 'Budget'} ${budget.financialYear}`;
}

/** The file's name a budget is kept under in budgets/, without .md: "2021-22", or "fire/2023-24" for a fire budget. */
export function budgetFileId(budget: Pick<BudgetData, 'function' | 'financialYear'>): string {
  return `${isFireBudget(budget) ? 'fire/' : ''}${financialYearSlug(budget.financialYear)}`;
}
