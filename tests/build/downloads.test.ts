import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { datasets, type Dataset } from '../../src/site/lib/open-data.ts';
import { contentFromCheck } from '../helpers/published.ts';
import { SAMPLE_SITE_URL } from '../setup/shared-sites.ts';

const site = inject('norfolkSite');
const url = (path: string) => `${SAMPLE_SITE_URL}/${path}`;
const expected = datasets(contentFromCheck('content'), url);
const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

/** The cells a CSV row must hold: numbers and booleans as written, blanks for missing values. */
function cells(data: Dataset, row: unknown): string[] {
  return data.columns.map((column) => {
    const value = column.value(row as never);
    return value === null ? '' : String(value);
  });
}

describe('open-data downloads', () => {
  const page = readFileSync(join(site, 'data/index.html'), 'utf8');
  // Beside the datasets, the page links the manifest of every download (see manifest.test.ts).
  const listed = [...page.matchAll(/href="\/data\/([^"]+\.(?:csv|json))"/g)].map((m) => m[1]!).filter((file) => file !== 'manifest.json');

  it('lists every dataset on /data/ as CSV and JSON, and every listed file exists', () => {
    expect(new Set(listed)).toEqual(new Set(expected.flatMap((d) => [`${d.name}.csv`, `${d.name}.json`])));
    expect(listed.filter((file) => !existsSync(join(site, 'data', file)))).toEqual([]);
  });

  it('says what each field means', () => {
    for (const data of expected) for (const column of data.columns) expect(column.description.length, `${data.name}.${column.name}`).toBeGreaterThan(5);
  });

  it.each(expected.map((data) => [data.name, data] as const))('%s.csv round-trips to the source values', (_name, data) => {
    const records = parse(readFileSync(join(site, 'data', `${data.name}.csv`), 'utf8'), { relax_column_count: false }) as string[][];
    const [header, ...rows] = records;
    expect(header).toEqual([...data.columns.map((c) => c.name), 'publisher', 'licence', 'buildDate']);
    expect(sorted(rows.map((row) => row.slice(0, data.columns.length)))).toEqual(sorted(data.rows.map((row) => cells(data, row))));
    for (const row of rows) {
      expect(row.slice(-3, -1)).toEqual(['Office of the Police and Crime Commissioner for Norfolk', 'Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)']);
      expect(row.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each(expected.map((data) => [data.name, data] as const))('%s.json round-trips to the source values', (_name, data) => {
    const file = JSON.parse(readFileSync(join(site, 'data', `${data.name}.json`), 'utf8'));
    expect(file).toMatchObject({ publisher: 'Office of the Police and Crime Commissioner for Norfolk', licence: { name: 'Open Government Licence v3.0' } });
    expect(file.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.fields.map((f: { name: string }) => f.name)).toEqual(data.columns.map((c) => c.name));
    expect(sorted(file.data)).toEqual(sorted(JSON.parse(JSON.stringify(data.records))));
  });

  it('gives every budget table of every year its own CSV', () => {
    const budgets = expected.filter((d) => d.name.startsWith('budget-'));
    expect(budgets.map((d) => d.name)).toContain('budget-2016-17-capital-financing');
    expect(budgets.length).toBe(9);
  });
});
