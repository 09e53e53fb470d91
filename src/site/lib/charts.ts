import type { BudgetData, BudgetTable, TableUnit } from '../../domain/schemas/budgets.ts';
import type { ThemeMoney } from '../../domain/services.ts';
import { gapsIn, type PreceptYear } from '../../domain/council-tax.ts';
import { periodLabel } from '../../domain/financial-year.ts';
import { yearColumn } from './budget-figures.ts';
import { naturalAmount, toPounds } from '../../domain/money.ts';

/** What a chart draws, worked out at build time; the browser only renders it. */
export interface ChartSpec {
  id: string;
  type: 'bar' | 'line';
  horizontal: boolean;
  stacked: boolean;
  title: string;
  /** The unit of the figures in `series`, as the table beside the chart gives them; axes show them as £150m, £950k. */
  unit: TableUnit;
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  /** One sentence saying what the chart shows, for screen readers and as its caption. */
  summary: string;
  /** The id of the table on the page that holds the same figures. */
  tableId: string;
}

/** A figure for a sentence read aloud: £15.9m, minus £9.1m. */
function spoken(value: number, unit: TableUnit): string {
  const amount = naturalAmount(toPounds(Math.abs(value), unit));
  return value < 0 ? `minus ${amount}` : amount;
}

function describeExtremes(categories: string[], values: (number | null)[], unit: TableUnit): string {
  const points = categories.map((category, index) => ({ category, value: values[index] })).filter((p): p is { category: string; value: number } => typeof p.value === 'number');
  if (points.length === 0) return 'it has no figures';
  const largest = points.reduce((a, b) => (b.value > a.value ? b : a));
  const smallest = points.reduce((a, b) => (b.value < a.value ? b : a));
  return points.length === 1 ? `${largest.category} is ${spoken(largest.value, unit)}` : `the largest is ${largest.category} at ${spoken(largest.value, unit)} and the smallest ${smallest.category} at ${spoken(smallest.value, unit)}`;
}

function lines(table: BudgetTable) {
  return table.rows.filter((row) => !row.sumOf && row.values.some((value) => value !== null));
}

/** Where the money comes from: every source, one bar per year the table gives. */
export function fundingChart(budget: BudgetData, tableId: string): ChartSpec | null {
  const table = budget.funding;
  if (!table) return null;
  const sources = lines(table);
  const main = yearColumn(table, budget.financialYear);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: false, stacked: false, unit: table.unit, tableId,
    title: `Funding by source, ${table.columns.join(' and ')}`,
    categories: sources.map((row) => row.label),
    series: table.columns.map((column, index) => ({ label: column, values: sources.map((row) => row.values[index] ?? null) })),
    summary: `Bar chart of funding by source${table.columns.length > 1 ? `, comparing ${table.columns.join(' with ')}` : ''}: in ${table.columns[main]} ${describeExtremes(sources.map((r) => r.label), sources.map((r) => r.values[main] ?? null), table.unit)}.`,
  };
}

/**
 * How the budget is allocated by head, for the budget's own year. Only the heads are drawn: a
 * total is said in the summary and shown in the table's total row, never as a bar beside its parts.
 */
export function allocationChart(budget: BudgetData, tableId: string): ChartSpec | null {
  const table = budget.allocation;
  if (!table) return null;
  const column = yearColumn(table, budget.financialYear);
  const heads = lines(table).filter((row) => row.values[column] !== null && row.values[column] !== undefined);
  const total = [...table.rows].reverse().find((row) => row.sumOf && row.values[column] !== null && row.values[column] !== undefined);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: true, stacked: false, unit: table.unit, tableId,
    title: `Allocation of the budget, ${table.columns[column]}`,
    categories: heads.map((row) => row.label),
    series: [{ label: table.columns[column]!, values: heads.map((row) => row.values[column] ?? null) }],
    summary: `Bar chart of how the ${table.columns[column]} budget is allocated: ${describeExtremes(heads.map((r) => r.label), heads.map((r) => r.values[column] ?? null), table.unit)}${total ? `, giving a ${total.label.toLowerCase()} of ${spoken(total.values[column]!, table.unit)}` : ''}.`,
  };
}

const GAP = /to be identified|still to find|funding gap|savings gap/i;

/**
 * The medium-term plan over its years: for each scenario its declared totals as lines, and,
 * where there are several scenarios, the savings still to find under each side by side.
 */
export function mtfpCharts(budget: BudgetData, tableIdOf: (scenarioId: string) => string): { gap: ChartSpec | null; scenarios: ChartSpec[] } {
  const scenarios: ChartSpec[] = budget.mtfp.map((scenario) => {
    const table = scenario.table;
    const shown = table.rows.filter((row) => row.sumOf || GAP.test(row.label));
    const gap = shown.find((row) => GAP.test(row.label));
    const last = table.columns.length - 1;
    return {
      id: `${tableIdOf(scenario.id)}-chart`, type: 'line', horizontal: false, stacked: false, unit: table.unit, tableId: tableIdOf(scenario.id),
      title: `${scenario.title}: totals by year`,
      categories: table.columns,
      series: shown.map((row) => ({ label: row.label, values: row.values })),
      summary: `Line chart of the plan's totals from ${table.columns[0]} to ${table.columns[last]}${gap && gap.values[last] !== null ? `; by ${table.columns[last]} the savings still to be identified are ${spoken(Math.abs(gap.values[last]!), table.unit)}` : ''}.`,
    };
  });
  const gaps = budget.mtfp.map((scenario) => ({ scenario, row: scenario.table.rows.find((row) => GAP.test(row.label)) })).filter((g) => g.row);
  if (gaps.length < 2) return { gap: null, scenarios };
  const first = gaps[0]!.scenario.table;
  return {
    scenarios,
    gap: {
      id: 'mtfp-gap-chart', type: 'bar', horizontal: false, stacked: false, unit: first.unit, tableId: tableIdOf(gaps[0]!.scenario.id),
      title: 'Savings still to be identified, by scenario',
      categories: first.columns,
      series: gaps.map(({ scenario, row }) => ({ label: scenario.title, values: row!.values.map((value) => (value === null ? null : Math.abs(value))) })),
      summary: `Bar chart comparing the savings still to be identified under each scenario: by ${first.columns.at(-1)} ${gaps.map(({ scenario, row }) => `${spoken(Math.abs(row!.values.at(-1) ?? 0), first.unit)} (${scenario.title})`).join(' against ')}.`,
    },
  };
}

/** The capital programme or its financing, stacked by line for each year. */
export function capitalChart(table: BudgetTable, tableId: string, what: string): ChartSpec {
  const parts = lines(table);
  const total = table.rows.find((row) => row.sumOf);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: false, stacked: true, unit: table.unit, tableId,
    title: `${what}, ${table.columns[0]} to ${table.columns.at(-1)}`,
    categories: table.columns,
    series: parts.map((row) => ({ label: row.label, values: row.values })),
    summary: `Stacked bar chart of the ${what.toLowerCase()} by year${total ? `: ${describeExtremes(table.columns, total.values, table.unit).replace(/^the largest is/, 'the largest year is')}` : ''}.`,
  };
}

/**
 * The Band D precept over every financial year from the first published to the last: a year
 * with no published figure keeps its place on the axis, empty, so that years apart are not drawn
 * as if consecutive.
 */
export function preceptChart(years: PreceptYear[], tableId: string): ChartSpec | null {
  const known = years.filter((y): y is PreceptYear & { bandD: number } => y.bandD !== null);
  if (known.length < 2) return null;
  const first = known[0]!;
  const last = known.at(-1)!;
  const missing = gapsIn(years);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: false, stacked: false, unit: '£', tableId,
    title: 'Band D police precept by year',
    categories: years.map((y) => y.financialYear),
    series: [{ label: 'Band D precept (£ a year)', values: years.map((y) => y.bandD) }],
    summary: `Bar chart of the Band D police precept from ${first.financialYear} to ${last.financialYear}, ${last.bandD >= first.bandD ? 'rising' : 'falling'} from ${naturalAmount(first.bandD)} to ${naturalAmount(last.bandD)} a year${missing.length > 0 ? `; no figure is published here for ${missing.map(periodLabel).join(' or ')}` : ''}.`,
  };
}

/** Commissioning money by the site's theme, each the total of the statement's headings matched to it. */
export function themeChart(themes: ThemeMoney[], asOf: string, tableId: string): ChartSpec {
  const withMoney = themes.filter((theme) => theme.total !== undefined);
  const categories = withMoney.map((theme) => theme.label);
  const values = withMoney.map((theme) => theme.total!);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: true, stacked: false, unit: '£', tableId,
    title: `Money by theme (${asOf})`,
    categories,
    series: [{ label: 'Money (£)', values }],
    summary: `Bar chart of commissioning money by theme, in pounds: ${describeExtremes(categories, values, '£')}.`,
  };
}
