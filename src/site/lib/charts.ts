import type { BudgetData, BudgetTable, TableUnit } from '../../domain/schemas/budgets.ts';
import type { ThemeMoney } from '../../domain/services.ts';
import { yearColumn } from './budget-figures.ts';
import { figureWithUnit, formatPounds } from '../../domain/money.ts';

/** What a chart draws, worked out at build time; the browser only renders it. */
export interface ChartSpec {
  id: string;
  type: 'bar' | 'line';
  horizontal: boolean;
  stacked: boolean;
  title: string;
  unit: TableUnit;
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  /** One sentence saying what the chart shows, for screen readers and as its caption. */
  summary: string;
  /** The id of the table on the page that holds the same figures. */
  tableId: string;
}

const UNIT_WORDS: Record<TableUnit, string> = { '£': 'pounds', '£000': 'thousands of pounds', '£m': 'millions of pounds' };

function describeExtremes(categories: string[], values: (number | null)[], unit: TableUnit): string {
  const points = categories.map((category, index) => ({ category, value: values[index] })).filter((p): p is { category: string; value: number } => typeof p.value === 'number');
  if (points.length === 0) return 'it has no figures';
  const largest = points.reduce((a, b) => (b.value > a.value ? b : a));
  const smallest = points.reduce((a, b) => (b.value < a.value ? b : a));
  return points.length === 1 ? `${largest.category} is ${figureWithUnit(largest.value, unit)}` : `the largest is ${largest.category} at ${figureWithUnit(largest.value, unit)} and the smallest ${smallest.category} at ${figureWithUnit(smallest.value, unit)}`;
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
    summary: `Bar chart of funding by source in ${UNIT_WORDS[table.unit]}${table.columns.length > 1 ? `, comparing ${table.columns.join(' with ')}` : ''}: in ${table.columns[main]} ${describeExtremes(sources.map((r) => r.label), sources.map((r) => r.values[main] ?? null), table.unit)}.`,
  };
}

/** How the budget is allocated by head, down to the net budget, for the budget's own year. */
export function allocationChart(budget: BudgetData, tableId: string): ChartSpec | null {
  const table = budget.allocation;
  if (!table) return null;
  const column = yearColumn(table, budget.financialYear);
  const rows = table.rows.filter((row) => row.values[column] !== null && row.values[column] !== undefined);
  const heads = rows.filter((row) => !row.sumOf);
  const total = rows.find((row) => row.sumOf);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: true, stacked: false, unit: table.unit, tableId,
    title: `Allocation of the budget, ${table.columns[column]}`,
    categories: rows.map((row) => row.label),
    series: [{ label: table.columns[column]!, values: rows.map((row) => row.values[column] ?? null) }],
    summary: `Bar chart of how the ${table.columns[column]} budget is allocated, in ${UNIT_WORDS[table.unit]}: ${describeExtremes(heads.map((r) => r.label), heads.map((r) => r.values[column] ?? null), table.unit)}${total ? `, giving a ${total.label.toLowerCase()} of ${figureWithUnit(total.values[column]!, table.unit)}` : ''}.`,
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
      summary: `Line chart of the plan's totals from ${table.columns[0]} to ${table.columns[last]}, in ${UNIT_WORDS[table.unit]}${gap && gap.values[last] !== null ? `; by ${table.columns[last]} the savings still to be identified are ${figureWithUnit(Math.abs(gap.values[last]!), table.unit)}` : ''}.`,
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
      summary: `Bar chart comparing the savings still to be identified under each scenario, in ${UNIT_WORDS[first.unit]}: by ${first.columns.at(-1)} ${gaps.map(({ scenario, row }) => `${figureWithUnit(Math.abs(row!.values.at(-1) ?? 0), first.unit)} (${scenario.title})`).join(' against ')}.`,
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
    summary: `Stacked bar chart of the ${what.toLowerCase()} by year, in ${UNIT_WORDS[table.unit]}${total ? `: ${describeExtremes(table.columns, total.values, table.unit).replace(/^the largest is/, 'the largest year is')}` : ''}.`,
  };
}

/** The Band D precept across every year held. */
export function preceptChart(years: { financialYear: string; bandD: number }[], tableId: string): ChartSpec | null {
  if (years.length < 2) return null;
  const first = years[0]!;
  const last = years.at(-1)!;
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: false, stacked: false, unit: '£', tableId,
    title: 'Band D police precept by year',
    categories: years.map((y) => y.financialYear),
    series: [{ label: 'Band D precept (£ a year)', values: years.map((y) => y.bandD) }],
    summary: `Bar chart of the Band D police precept from ${first.financialYear} to ${last.financialYear}, rising from ${formatPounds(first.bandD)} to ${formatPounds(last.bandD)} a year.`.replace('rising', last.bandD >= first.bandD ? 'rising' : 'falling'),
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
