// The register says "current" only on the strength of items inside their requirement's timing on the
// build date, for the sample and for an office that is not the sample. The windows are worked out here
// again from the catalogue's data, independently of sio-timing.ts.
import { describe, expect, it } from 'vitest';
import { checkOffice } from '../../src/domain/check/index.ts';
import { financialYearBounds, financialYearOf, financialYearStarting, startYearOf } from '../../src/domain/financial-year.ts';
import { registerRows, type RegisterEntry, type RegisterRow } from '../../src/domain/register.ts';
import type { Office } from '../../src/domain/schemas/office.ts';
import type { Requirement } from '../../src/domain/schemas/transparency.ts';
import { addMonths, type Publication } from '../../src/domain/sio-timing.ts';
import { NORFOLK } from '../helpers/office.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const BUILT_ON = '2026-12-02';

function officeRegister(dir: string) {
  const { office, entries } = checkOffice(dir);
  const published: RegisterEntry[] = entries
    .filter(({ data }) => (data as { status?: string }).status !== 'draft')
    .map(({ file, data }) => ({ collection: file.collection, id: file.id, data: data as Record<string, unknown> }));
  return { office: office!, rows: (asOf: string) => registerRows(published, asOf, office!) };
}

/** Whether an item is inside its requirement's timing on a date, from the catalogue's data alone. */
function insideTiming(requirement: Requirement, item: Publication, asOf: string, office: Office): boolean {
  const start = office.financialYearStart;
  const dated = item.published ?? item.event ?? (item.financialYear && financialYearBounds(item.financialYear, start).first);
  if (dated && dated < requirement.inForce) return false;
  const rule = requirement.timing;
  switch (rule.kind) {
    case 'keep-current':
      return Boolean(item.published) && asOf <= addMonths(item.published!, rule.reviewMonths);
    case 'monthly-after-month-end':
      return Boolean(item.published) && asOf <= addMonths(item.published!, 3);
    case 'quarterly':
      return Boolean(item.published) && asOf <= addMonths(item.published!, 7);
    case 'each-financial-year-before-start': {
      const current = financialYearOf(asOf, start);
      return item.financialYear === current || item.financialYear === financialYearStarting(startYearOf(current) + 1);
    }
    default:
      return asOf <= addMonths((item.event ?? item.published)!, rule.windowMonths);
  }
}

/** A day on which an item is inside its requirement's timing: the day it was published, or the first day of its year. */
function dayInside(requirement: Requirement, item: Publication, office: Office): string {
  if (requirement.timing.kind !== 'each-financial-year-before-start') return item.published!;
  const yearStarts = financialYearBounds(item.financialYear!, office.financialYearStart).first;
  return item.published && insideTiming(requirement, item, item.published, office) ? item.published : yearStarts;
}

/** Every item ever published for a requirement, whatever the date: what counts far in the future is all history. */
const everyItem = (rows: (asOf: string) => RegisterRow[]) => rows('2099-01-01').flatMap(({ requirement, publications, history }) => [...publications, ...history].map((item) => ({ requirement, item })));

describe.each([
  ['the Norfolk sample', NORFOLK, ['2d', '3a-3e', '5d']],
  ['Exampleshire, not the sample', EXAMPLESHIRE, ['2d', '3a-3e', '4b', '5d']],
])('the register of %s', (_name, dir, exercised) => {
  const { office, rows } = officeRegister(dir);

  it(`shows no requirement as current, as of ${BUILT_ON}, on the strength of an item outside its timing`, () => {
    for (const { requirement, publications, history, assessment } of rows(BUILT_ON)) {
      for (const item of publications) expect(insideTiming(requirement, item, BUILT_ON, office), `${requirement.id}: ${item.title}`).toBe(true);
      for (const item of history) expect(insideTiming(requirement, item, BUILT_ON, office), `${requirement.id}: ${item.title}`).toBe(false);
      if (assessment.status === 'current' || assessment.status === 'due-soon') expect(publications.length, requirement.id).toBeGreaterThan(0);
    }
  });

  it('shows each item as current on a day inside its timing', () => {
    const items = everyItem(rows).filter(({ requirement, item }) => item.published || requirement.timing.kind === 'each-financial-year-before-start');
    const inForce = items.filter(({ requirement, item }) => insideTiming(requirement, item, dayInside(requirement, item, office), office));
    expect([...new Set(inForce.map(({ requirement }) => requirement.id))]).toEqual(exercised);
    for (const { requirement, item } of inForce) {
      const day = dayInside(requirement, item, office);
      const row = rows(day).find((r) => r.requirement.id === requirement.id)!;
      expect(row.assessment.status, `${requirement.id} on ${day}: ${item.title}`).toBe('current');
      expect(row.publications.map((p) => p.title), `${requirement.id} on ${day}`).toContain(item.title);
    }
  });

  it('lists an item it no longer counts as history, saying why', () => {
    const history = rows(BUILT_ON).flatMap((row) => row.history);
    expect(history.length).toBeGreaterThan(0);
    for (const item of history) expect(item.reason).toMatch(/^(before this duty came into force on|more than \d+ months? before|due again by|for \d{4}\/\d{2}, an earlier year)/);
  });
});

describe(`the Norfolk sample as of ${BUILT_ON}`, () => {
  const { rows } = officeRegister(NORFOLK);
  const row = (id: string, asOf = BUILT_ON) => rows(asOf).find((r) => r.requirement.id === id)!;

  it('does not count the 2015 PEEL report for 7B, which came into force on 31 May 2021, on any date', () => {
    for (const asOf of ['2016-03-01', '2021-05-31', '2021-06-30', '2023-01-01', BUILT_ON]) expect(row('7B', asOf).assessment.status, asOf).toBe('missing');
    expect(row('7B').assessment.note).toBe('Nothing published since this duty came into force on 31 May 2021; 1 earlier item is listed as history.');
    expect(row('7B').history).toEqual([expect.objectContaining({ title: 'HMIC PEEL assessment of Norfolk Constabulary, 2015', reason: 'before this duty came into force on 31 May 2021' })]);
  });

  it('no longer counts the one decision of 2020 for 5d', () => {
    expect(row('5d').assessment).toEqual({ status: 'missing', note: 'Nothing published in the last 12 months; 1 earlier item is listed as history.' });
    expect(row('5d').publications).toEqual([]);
  });

  it('shows no requirement as current at all', () => {
    expect(rows(BUILT_ON).filter((r) => r.assessment.status === 'current').map((r) => r.requirement.id)).toEqual([]);
  });
});

describe('7B and a PEEL report published either side of the day it came into force', () => {
  const office = { decisionReference: { pattern: '.+', example: '1', restarts: 'never' as const }, financialYearStart: { month: 4, day: 1 } };
  const peel = (published: string): RegisterEntry => ({ collection: 'inspections', id: 'peel-2019', data: { title: 'PEEL 2018/19', kind: 'peel', reportPublished: '2019-09-27', published } });
  const status = (published: string, asOf: string) => registerRows([peel(published)], asOf, office).find((r) => r.requirement.id === '7B')!.assessment.status;

  it('is not met by a report published on this site before 31 May 2021, and is by the most recent report published on it from then on', () => {
    expect(status('2021-05-30', '2021-06-15')).toBe('missing');
    expect(status('2021-05-31', '2021-06-15')).toBe('current');
  });
});
