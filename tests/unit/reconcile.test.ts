import { describe, expect, it } from 'vitest';
import { budgetTableSchema, type BudgetTable } from '../../src/domain/schemas/budgets.ts';
import { reconcileTable, reconcileThemeTotals, staleDiscrepancies, tableFaults } from '../../src/domain/reconcile.ts';

function table(overrides: Partial<Record<string, unknown>> = {}): BudgetTable {
  return budgetTableSchema.parse({
    title: 'Capital programme',
    unit: '£000',
    columns: ['2016/17', '2017/18'],
    tolerance: 0,
    rows: [
      { id: 'estates', label: 'Estates schemes', values: [10966, 6170] },
      { id: 'ict', label: 'ICT', values: [385, 1496] },
      { id: 'total', label: 'Total', values: [11351, 7666], sumOf: ['estates', 'ict'] },
    ],
    ...overrides,
  });
}

describe('reconciling declared totals', () => {
  it('accepts totals that add up', () => {
    expect(reconcileTable(table())).toEqual([]);
  });

  it('reports the lines, the computed sum, the declared total and the difference', () => {
    const rows = table().rows.map((row) => (row.id === 'total' ? { ...row, values: [11352, 7666] } : row));
    const [mismatch, ...rest] = reconcileTable(table({ rows }));
    expect(rest).toEqual([]);
    expect(mismatch).toMatchObject({ column: '2016/17', computed: 11351, declared: 11352, difference: 1, acknowledged: false });
    expect(mismatch!.lines).toEqual([{ label: 'Estates schemes', value: 10966 }, { label: 'ICT', value: 385 }]);
  });

  it('allows rounding within the stated tolerance, and no more', () => {
    const rows = table().rows.map((row) => (row.id === 'total' ? { ...row, values: [11352, 7664] } : row));
    expect(reconcileTable(table({ rows, tolerance: 1 })).map((m) => m.column)).toEqual(['2017/18']);
    expect(reconcileTable(table({ rows, tolerance: 2 }))).toEqual([]);
  });

  it('adds decimal figures exactly (0.1 + 0.2 is 0.3 in a £m table)', () => {
    const money = table({
      unit: '£m',
      columns: ['2021/22'],
      rows: [
        { id: 'a', label: 'A', values: [0.1] },
        { id: 'b', label: 'B', values: [0.2] },
        { id: 'total', label: 'Total', values: [0.3], sumOf: ['a', 'b'] },
      ],
    });
    expect(reconcileTable(money)).toEqual([]);
  });

  it('counts a blank line as nil and skips a blank total', () => {
    const blanks = table({
      rows: [
        { id: 'estates', label: 'Estates', values: [10, null] },
        { id: 'ict', label: 'ICT', values: [null, 5] },
        { id: 'total', label: 'Total', values: [10, null], sumOf: ['estates', 'ict'] },
      ],
    });
    expect(reconcileTable(blanks)).toEqual([]);
  });

  it('marks a mismatch acknowledged in discrepancies, and finds notes that are out of date', () => {
    const rows = table().rows.map((row) => (row.id === 'total' ? { ...row, values: [11389, 7666] } : row));
    const acknowledged = table({ rows, discrepancies: [{ row: 'total', column: '2016/17', note: 'As published.' }] });
    expect(reconcileTable(acknowledged)[0]!.acknowledged).toBe(true);
    expect(staleDiscrepancies(acknowledged)).toEqual([]);
    const corrected = table({ discrepancies: [{ row: 'total', column: '2016/17', note: 'As published.' }] });
    expect(staleDiscrepancies(corrected)).toEqual([0]);
  });

  it('finds structural faults instead of guessing', () => {
    const faults = tableFaults(
      table({
        rows: [
          { id: 'a', label: 'A', values: [1] },
          { id: 'a', label: 'Again', values: [1, 2] },
          { id: 'total', label: 'Total', values: [1, 2], sumOf: ['a', 'missing', 'total'] },
        ],
        discrepancies: [{ row: 'nope', column: '1999/00', note: 'x' }],
      }),
    );
    expect(faults.map((f) => f.message)).toEqual([
      'expected 2 values (one per column: 2016/17, 2017/18), found 1',
      'the row id "a" is used twice in this table',
      'no row in this table has the id "missing"',
      'a total cannot include itself',
      'no row in this table has the id "nope"',
      'expected one of the columns 2016/17, 2017/18, found "1999/00"',
    ]);
  });
});

describe('reconciling commissioning theme totals', () => {
  const themes = [{ theme: 'victims-and-witnesses', title: 'Supporting Victims and Witnesses', total: 1000 }];

  it('says nothing when no service in the theme has an amount', () => {
    expect(reconcileThemeTotals(themes, [{ theme: 'victims-and-witnesses' }], 0)).toEqual([]);
  });

  it('requires an exact match when every service in the theme is priced', () => {
    expect(reconcileThemeTotals(themes, [{ theme: 'victims-and-witnesses', amount: 600 }, { theme: 'victims-and-witnesses', amount: 400 }], 0)).toEqual([]);
    expect(reconcileThemeTotals(themes, [{ theme: 'victims-and-witnesses', amount: 600 }], 0)).toEqual([
      { theme: 'victims-and-witnesses', title: 'Supporting Victims and Witnesses', declared: 1000, computed: 600, difference: 400, complete: true },
    ]);
  });

  it('with some services unpriced, only flags a sum that already exceeds the total', () => {
    const partial = [{ theme: 'victims-and-witnesses', amount: 600 }, { theme: 'victims-and-witnesses' }];
    expect(reconcileThemeTotals(themes, partial, 0)).toEqual([]);
    const over = [{ theme: 'victims-and-witnesses', amount: 1200 }, { theme: 'victims-and-witnesses' }];
    expect(reconcileThemeTotals(themes, over, 0)[0]).toMatchObject({ computed: 1200, difference: -200, complete: false });
  });

  it('compares the services with the headings matched to their theme, added together', () => {
    const two = [...themes, { theme: 'victims-and-witnesses', title: 'Domestic Abuse and Sexual Violence', total: 500 }];
    expect(reconcileThemeTotals(two, [{ theme: 'victims-and-witnesses', amount: 1500 }], 0)).toEqual([]);
    expect(reconcileThemeTotals(two, [{ theme: 'victims-and-witnesses', amount: 1000 }], 0)).toEqual([
      { theme: 'victims-and-witnesses', title: 'Supporting Victims and Witnesses" and "Domestic Abuse and Sexual Violence', declared: 1500, computed: 1000, difference: 500, complete: true },
    ]);
  });
});
