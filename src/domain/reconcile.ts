import type { BudgetTable, TableRow } from './schemas/budgets.ts';
import { didYouMean } from './check/suggest.ts';

/** A declared total that, in one column, does not equal the sum of its lines within the table's tolerance. */
export interface TotalMismatch {
  row: TableRow;
  rowIndex: number;
  column: string;
  columnIndex: number;
  lines: { label: string; value: number }[];
  computed: number;
  declared: number;
  difference: number;
  acknowledged: boolean;
}

/** A structural fault that makes a table impossible to reconcile (wrong cell count, unknown row ids). */
export interface TableFault {
  path: (string | number)[];
  message: string;
}

/** Rounds away binary floating-point noise: tables hold at most two decimal places. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function tableFaults(table: BudgetTable): TableFault[] {
  const faults: TableFault[] = [];
  const ids = new Map<string, number>();
  table.rows.forEach((row, index) => {
    if (row.values.length !== table.columns.length) {
      faults.push({
        path: ['rows', index, 'values'],
        message: `expected ${table.columns.length} values (one per column: ${table.columns.join(', ')}), found ${row.values.length}`,
      });
    }
    if (ids.has(row.id)) faults.push({ path: ['rows', index, 'id'], message: `the row id "${row.id}" is used twice in this table` });
    ids.set(row.id, index);
  });
  table.rows.forEach((row, index) => {
    row.sumOf?.forEach((id, position) => {
      if (!ids.has(id)) faults.push({ path: ['rows', index, 'sumOf', position], message: `no row in this table has the id "${id}"${didYouMean(id, [...ids.keys()])}` });
      else if (id === row.id) faults.push({ path: ['rows', index, 'sumOf', position], message: 'a total cannot include itself' });
    });
  });
  const acknowledgedRows = new Set(table.rows.map((row) => row.id));
  table.discrepancies.forEach((discrepancy, index) => {
    if (!acknowledgedRows.has(discrepancy.row)) faults.push({ path: ['discrepancies', index, 'row'], message: `no row in this table has the id "${discrepancy.row}"` });
    if (!table.columns.includes(discrepancy.column)) {
      faults.push({ path: ['discrepancies', index, 'column'], message: `expected one of the columns ${table.columns.join(', ')}, found "${discrepancy.column}"` });
    }
  });
  return faults;
}

/**
 * Recomputes every declared total of a table column by column. A blank line counts
 * as nil; a blank total is not checked. Mismatches that the table acknowledges in
 * `discrepancies` are returned with `acknowledged: true`.
 */
export function reconcileTable(table: BudgetTable): TotalMismatch[] {
  if (tableFaults(table).length > 0) return [];
  const byId = new Map(table.rows.map((row) => [row.id, row]));
  const mismatches: TotalMismatch[] = [];
  table.rows.forEach((row, rowIndex) => {
    if (!row.sumOf) return;
    table.columns.forEach((column, columnIndex) => {
      const declared = row.values[columnIndex];
      if (declared === null || declared === undefined) return;
      const lines = row.sumOf!.map((id) => {
        const line = byId.get(id)!;
        return { label: line.label, value: line.values[columnIndex] ?? 0 };
      });
      const computed = round(lines.reduce((sum, line) => sum + line.value, 0));
      const difference = round(declared - computed);
      if (Math.abs(difference) > table.tolerance + 1e-9) {
        const acknowledged = table.discrepancies.some((d) => d.row === row.id && d.column === column);
        mismatches.push({ row, rowIndex, column, columnIndex, lines, computed, declared, difference, acknowledged });
      }
    });
  });
  return mismatches;
}

/** Acknowledged discrepancies that no longer exist: the figures were corrected, so the note is now wrong. */
export function staleDiscrepancies(table: BudgetTable): number[] {
  const real = reconcileTable(table);
  return table.discrepancies.flatMap((discrepancy, index) =>
    real.some((m) => m.row.id === discrepancy.row && m.column === discrepancy.column) ? [] : [index],
  );
}


/**
 * Sums services' amounts per theme and compares each with the theme's declared money: the total of the
 * statement's headings matched to that theme (two headings may share one, when one list covers both).
 */
export function reconcileThemeTotals(
  themes: { theme: string; title: string; total: number }[],
  services: { theme: string; amount?: number | undefined }[],
  tolerance: number,
): { theme: string; title: string; declared: number; computed: number; difference: number; complete: boolean }[] {
  const matched = [...new Set(themes.map((heading) => heading.theme))].map((theme) => {
    const headings = themes.filter((heading) => heading.theme === theme);
    return { theme, title: headings.map((heading) => heading.title).join('" and "'), total: round(headings.reduce((sum, heading) => sum + heading.total, 0)) };
  });
  return matched.flatMap((declaredTheme) => {
    const inTheme = services.filter((service) => service.theme === declaredTheme.theme);
    const withAmounts = inTheme.filter((service) => service.amount !== undefined);
    if (withAmounts.length === 0) return [];
    const computed = round(withAmounts.reduce((sum, service) => sum + service.amount!, 0));
    const complete = withAmounts.length === inTheme.length;
    const difference = round(declaredTheme.total - computed);
    // With every service priced the sum must match; with some unpriced it can only fall short.
    const wrong = complete ? Math.abs(difference) > tolerance : difference < -tolerance;
    return wrong ? [{ theme: declaredTheme.theme, title: declaredTheme.title, declared: declaredTheme.total, computed, difference, complete }] : [];
  });
}
