import type { BudgetData, BudgetTable, TableUnit } from '../../domain/schemas/budgets.ts';
import type { ThemeMoney } from '../../domain/services.ts';
import { gapsIn, type PreceptYear } from '../../domain/council-tax.ts';
import { periodIn, yearColumn } from './budget-figures.ts';
import { naturalAmount, toPounds } from '../../domain/money.ts';
import { officeLanguages, type PageLanguage } from './language.ts';

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
function spoken(value: number, unit: TableUnit, language: PageLanguage): string {
  const amount = naturalAmount(toPounds(Math.abs(value), unit), 1, language.tag);
  return value < 0 ? language.t('charts.minus', { amount }) : amount;
}

/** The largest and smallest of the figures, in words: of the lines of a table, or of its years. */
function describeExtremes(categories: string[], values: (number | null)[], unit: TableUnit, language: PageLanguage, of: 'lines' | 'years' = 'lines'): string {
  const points = categories.map((category, index) => ({ category, value: values[index] })).filter((p): p is { category: string; value: number } => typeof p.value === 'number');
  if (points.length === 0) return language.t('charts.noFigures');
  const largest = points.reduce((a, b) => (b.value > a.value ? b : a));
  const smallest = points.reduce((a, b) => (b.value < a.value ? b : a));
  if (points.length === 1) return language.t('charts.onlyFigure', { category: largest.category, amount: spoken(largest.value, unit, language) });
  return language.t(of === 'years' ? 'charts.extremeYears' : 'charts.extremes', { largest: largest.category, largestAmount: spoken(largest.value, unit, language), smallest: smallest.category, smallestAmount: spoken(smallest.value, unit, language) });
}

/** Items in a sentence, joined by a word of the language's ("and", "with", "against"). */
function joined(items: string[], language: PageLanguage, by: 'and' | 'with' | 'against' | 'or'): string {
  return items.join(language.t(`charts.join.${by}`));
}

function lines(table: BudgetTable) {
  return table.rows.filter((row) => !row.sumOf && row.values.some((value) => value !== null));
}

/** Where the money comes from: every source, one bar per year the table gives. */
export function fundingChart(budget: BudgetData, tableId: string, language: PageLanguage): ChartSpec | null {
  const table = budget.funding;
  if (!table) return null;
  const sources = lines(table);
  const main = yearColumn(table, budget.financialYear);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: false, stacked: false, unit: table.unit, tableId,
    title: language.t('charts.funding.title', { columns: joined(table.columns, language, 'and') }),
    categories: sources.map((row) => row.label),
    series: table.columns.map((column, index) => ({ label: column, values: sources.map((row) => row.values[index] ?? null) })),
    summary: language.t('charts.funding.summary', {
      comparing: table.columns.length > 1 ? language.t('charts.funding.comparing', { columns: joined(table.columns, language, 'with') }) : '',
      column: table.columns[main]!,
      extremes: describeExtremes(sources.map((r) => r.label), sources.map((r) => r.values[main] ?? null), table.unit, language),
    }),
  };
}

/**
 * How the budget is allocated by head, for the budget's own year. Only the heads are drawn: a
 * total is said in the summary and shown in the table's total row, never as a bar beside its parts.
 */
export function allocationChart(budget: BudgetData, tableId: string, language: PageLanguage): ChartSpec | null {
  const table = budget.allocation;
  if (!table) return null;
  const column = yearColumn(table, budget.financialYear);
  const heads = lines(table).filter((row) => row.values[column] !== null && row.values[column] !== undefined);
  const total = [...table.rows].reverse().find((row) => row.sumOf && row.values[column] !== null && row.values[column] !== undefined);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: true, stacked: false, unit: table.unit, tableId,
    title: language.t('charts.allocation.title', { column: table.columns[column]! }),
    categories: heads.map((row) => row.label),
    series: [{ label: table.columns[column]!, values: heads.map((row) => row.values[column] ?? null) }],
    summary: language.t('charts.allocation.summary', {
      column: table.columns[column]!,
      extremes: describeExtremes(heads.map((r) => r.label), heads.map((r) => r.values[column] ?? null), table.unit, language),
      total: total ? language.t('charts.allocation.total', { label: total.label.toLowerCase(), amount: spoken(total.values[column]!, table.unit, language) }) : '',
    }),
  };
}

const GAP = /to be identified|still to find|funding gap|savings gap/i;

/**
 * The medium-term plan over its years: for each scenario its declared totals as lines, and,
 * where there are several scenarios, the savings still to find under each side by side.
 */
export function mtfpCharts(budget: BudgetData, tableIdOf: (scenarioId: string) => string, language: PageLanguage): { gap: ChartSpec | null; scenarios: ChartSpec[] } {
  const scenarios: ChartSpec[] = budget.mtfp.map((scenario) => {
    const table = scenario.table;
    const shown = table.rows.filter((row) => row.sumOf || GAP.test(row.label));
    const gap = shown.find((row) => GAP.test(row.label));
    const last = table.columns.length - 1;
    return {
      id: `${tableIdOf(scenario.id)}-chart`, type: 'line', horizontal: false, stacked: false, unit: table.unit, tableId: tableIdOf(scenario.id),
      title: language.t('charts.mtfp.title', { scenario: scenario.title }),
      categories: table.columns,
      series: shown.map((row) => ({ label: row.label, values: row.values })),
      summary: language.t('charts.mtfp.summary', {
        first: table.columns[0]!,
        last: table.columns[last]!,
        gap: gap && gap.values[last] !== null ? language.t('charts.mtfp.gap', { last: table.columns[last]!, amount: spoken(Math.abs(gap.values[last]!), table.unit, language) }) : '',
      }),
    };
  });
  const gaps = budget.mtfp.map((scenario) => ({ scenario, row: scenario.table.rows.find((row) => GAP.test(row.label)) })).filter((g) => g.row);
  if (gaps.length < 2) return { gap: null, scenarios };
  const first = gaps[0]!.scenario.table;
  return {
    scenarios,
    gap: {
      id: 'mtfp-gap-chart', type: 'bar', horizontal: false, stacked: false, unit: first.unit, tableId: tableIdOf(gaps[0]!.scenario.id),
      title: language.t('charts.mtfp.gapTitle'),
      categories: first.columns,
      series: gaps.map(({ scenario, row }) => ({ label: scenario.title, values: row!.values.map((value) => (value === null ? null : Math.abs(value))) })),
      summary: language.t('charts.mtfp.gapSummary', {
        last: first.columns.at(-1)!,
        scenarios: joined(gaps.map(({ scenario, row }) => language.t('charts.mtfp.scenarioGap', { amount: spoken(Math.abs(row!.values.at(-1) ?? 0), first.unit, language), scenario: scenario.title })), language, 'against'),
      }),
    },
  };
}

/** The capital programme or its financing, stacked by line for each year. */
export function capitalChart(table: BudgetTable, tableId: string, what: 'programme' | 'financing', language: PageLanguage): ChartSpec {
  const parts = lines(table);
  const total = table.rows.find((row) => row.sumOf);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: false, stacked: true, unit: table.unit, tableId,
    title: language.t(`charts.capital.${what}Title`, { first: table.columns[0]!, last: table.columns.at(-1)! }),
    categories: table.columns,
    series: parts.map((row) => ({ label: row.label, values: row.values })),
    summary: language.t(`charts.capital.${what}Summary`, { extremes: total ? `: ${describeExtremes(table.columns, total.values, table.unit, language, 'years')}` : '' }),
  };
}

/**
 * The Band D precept over every financial year from the first published to the last: a year
 * with no published figure keeps its place on the axis, empty, so that years apart are not drawn
 * as if consecutive.
 */
export function preceptChart(years: PreceptYear[], tableId: string, language: PageLanguage): ChartSpec | null {
  const known = years.filter((y): y is PreceptYear & { bandD: number } => y.bandD !== null);
  if (known.length < 2) return null;
  const first = known[0]!;
  const last = known.at(-1)!;
  const missing = gapsIn(years);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: false, stacked: false, unit: '£', tableId,
    title: language.t('charts.precept.title'),
    categories: years.map((y) => y.financialYear),
    series: [{ label: language.t('charts.precept.series'), values: years.map((y) => y.bandD) }],
    summary: language.t(last.bandD >= first.bandD ? 'charts.precept.rising' : 'charts.precept.falling', {
      first: first.financialYear,
      last: last.financialYear,
      from: naturalAmount(first.bandD, 1, language.tag),
      to: naturalAmount(last.bandD, 1, language.tag),
      missing: missing.length > 0 ? language.t('charts.precept.missing', { years: joined(missing.map((gap) => periodIn(gap, language)), language, 'or') }) : '',
    }),
  };
}

/** Commissioning money by the site's theme, each the total of the statement's headings matched to it. */
export function themeChart(themes: ThemeMoney[], asOf: string, tableId: string, language: PageLanguage = officeLanguages[0]!): ChartSpec {
  const withMoney = themes.filter((theme) => theme.total !== undefined);
  const categories = withMoney.map((theme) => theme.label);
  const values = withMoney.map((theme) => theme.total!);
  return {
    id: `${tableId}-chart`, type: 'bar', horizontal: true, stacked: false, unit: '£', tableId,
    title: language.t('charts.themes.title', { asOf }),
    categories,
    series: [{ label: language.t('charts.themes.series'), values }],
    summary: language.t('charts.themes.summary', { extremes: describeExtremes(categories, values, '£', language) }),
  };
}
