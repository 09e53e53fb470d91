// The register says "current" only on the strength of items inside their requirement's timing on the
// build date, for the sample and for an office that is not the sample. The windows are worked out here
// again from the catalogue's data, independently of sio-timing.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { checkOffice } from '../../src/domain/check/index.ts';
import { financialYearBounds, financialYearOf, financialYearStarting, startYearOf } from '../../src/domain/financial-year.ts';
import { registerRows, type RegisterEntry } from '../../src/domain/register.ts';
import { readOfficeSpending } from '../../src/domain/spending/files.ts';
import { monthlyPublications } from '../../src/domain/spending/publications.ts';
import type { Office } from '../../src/domain/schemas/office.ts';
import type { Requirement } from '../../src/domain/schemas/transparency.ts';
import { addMonths, type Publication } from '../../src/domain/sio-timing.ts';
import { NORFOLK, TempOffice } from '../helpers/office.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const BUILT_ON = '2026-12-02';

/** An office's register on any date, with its entries and its monthly spending and grants files, as the site builds it. */
function officeRegister(dir: string) {
  const { office, entries } = checkOffice(dir);
  const published: RegisterEntry[] = entries
    .filter(({ data }) => (data as { status?: string }).status !== 'draft')
    .map(({ file, data }) => ({ collection: file.collection, id: file.id, data: data as Record<string, unknown> }));
  const monthly = monthlyPublications(readOfficeSpending(dir, office));
  return { office: office!, monthly, rows: (asOf: string) => registerRows(published, asOf, office!, monthly) };
}

/** The month an item covers: as it says, else the month it was published in. */
const monthOf = (item: Publication) => (item.periodEnd ?? item.published!).slice(0, 7);

/**
 * Whether an item is inside its requirement's timing on a date, from the catalogue's data alone. Of a
 * monthly requirement's items (all of them, as published by the date), only the latest month's count,
 * until the end of the month after it plus the grace days.
 */
function insideTiming(requirement: Requirement, item: Publication, asOf: string, office: Office, all: Publication[]): boolean {
  const start = office.financialYearStart;
  const dated = item.published ?? item.event ?? (item.financialYear && financialYearBounds(item.financialYear, start).first);
  if (dated && dated < requirement.inForce) return false;
  const rule = requirement.timing;
  switch (rule.kind) {
    case 'keep-current':
      return Boolean(item.published) && asOf <= addMonths(item.published!, rule.reviewMonths);
    case 'monthly-after-month-end': {
      const latestMonth = all.filter((p) => p.published && p.published <= asOf).map(monthOf).sort().at(-1);
      if (!item.published || monthOf(item) !== latestMonth) return false;
      const [year, month] = monthOf(item).split('-').map(Number) as [number, number];
      // Day 0 of the month after next is the next month's last day; the grace days count on from it.
      return asOf <= new Date(Date.UTC(year, month + 1, rule.graceDays)).toISOString().slice(0, 10);
    }
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
function dayInside(requirement: Requirement, item: Publication, office: Office, all: Publication[]): string {
  if (requirement.timing.kind !== 'each-financial-year-before-start') return item.published!;
  const yearStarts = financialYearBounds(item.financialYear!, office.financialYearStart).first;
  return item.published && insideTiming(requirement, item, item.published, office, all) ? item.published : yearStarts;
}

/**
 * Every item ever published for a requirement, whatever the date, with all its requirement's items: what
 * counts far in the future is all history, but a monthly requirement's earlier months are one line of it,
 * so its files are taken as they are published.
 */
function everyItem({ rows, monthly }: ReturnType<typeof officeRegister>) {
  const items = rows('2099-01-01').flatMap(({ requirement, publications, history }) => [
    ...[...publications, ...history].filter((item): item is Publication => Boolean(item.path)),
    ...monthly.filter((file) => file.requirement === requirement.id).map((file) => file.publication),
  ].filter((item, index, all) => all.findIndex((other) => other.path === item.path) === index).map((item) => ({ requirement, item })));
  return items.map(({ requirement, item }) => ({ requirement, item, all: items.filter((other) => other.requirement === requirement).map((other) => other.item) }));
}

describe.each([
  ['the Norfolk sample', NORFOLK, ['2d', '3a-3e', '5d']],
  ['Exampleshire, not the sample', EXAMPLESHIRE, ['2d', '3a-3e', '3f', '3g', '4b', '5d']],
])('the register of %s', (_name, dir, exercised) => {
  const register = officeRegister(dir);
  const { office, rows } = register;

  it(`shows no requirement as current, as of ${BUILT_ON}, on the strength of an item outside its timing`, () => {
    for (const { requirement, publications, history, assessment } of rows(BUILT_ON)) {
      const listed = history.filter((item): item is Publication & typeof item => !item.count);
      const all = [...publications, ...listed];
      for (const item of publications) expect(insideTiming(requirement, item, BUILT_ON, office, all), `${requirement.id}: ${item.title}`).toBe(true);
      for (const item of listed) expect(insideTiming(requirement, item, BUILT_ON, office, all), `${requirement.id}: ${item.title}`).toBe(false);
      if (assessment.status === 'current' || assessment.status === 'due-soon') expect(publications.length, requirement.id).toBeGreaterThan(0);
    }
  });

  it('shows each item as current on a day inside its timing', () => {
    const items = everyItem(register).filter(({ requirement, item }) => item.published || requirement.timing.kind === 'each-financial-year-before-start');
    const inForce = items.filter(({ requirement, item, all }) => insideTiming(requirement, item, dayInside(requirement, item, office, all), office, all));
    expect([...new Set(inForce.map(({ requirement }) => requirement.id))]).toEqual(exercised);
    for (const { requirement, item, all } of inForce) {
      const day = dayInside(requirement, item, office, all);
      const row = rows(day).find((r) => r.requirement.id === requirement.id)!;
      expect(row.assessment.status, `${requirement.id} on ${day}: ${item.title}`).toBe('current');
      expect(row.publications.map((p) => p.title), `${requirement.id} on ${day}`).toContain(item.title);
    }
  });

  it('lists an item it no longer counts as history, saying why', () => {
    const history = rows(BUILT_ON).flatMap((row) => row.history);
    expect(history.length).toBeGreaterThan(0);
    for (const item of history) expect(item.reason).toMatch(/^(before this duty came into force on|more than \d+ months? before|due again by|for \d{4}\/\d{2}, an earlier year|the next month's was due by|(each )?for a month before the latest)/);
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
    expect(row('5d').assessment).toEqual({ status: 'missing', note: 'Nothing published in the last 12 months; 1 earlier item is listed as history.', parts: [{ code: 'nothing-in-window', months: 12 }, { code: 'history', count: 1 }] });
    expect(row('5d').publications).toEqual([]);
  });

  it('shows no requirement as current at all', () => {
    expect(rows(BUILT_ON).filter((r) => r.assessment.status === 'current').map((r) => r.requirement.id)).toEqual([]);
  });
});

describe("Exampleshire's monthly spending, published late", () => {
  let office: TempOffice | undefined;
  afterEach(() => office?.remove());

  it("counts the last file for the month it covers, so the office is overdue once the next month's was due, and lists it as history saying so", () => {
    // December's spending, published on 27 February 2014: January's was due by 31 January plus 30 days, 2 March.
    office = new TempOffice(EXAMPLESHIRE).edit('office.json', '"spending/2013-12.csv": "2014-01-24"', '"spending/2013-12.csv": "2014-02-27"');
    const row = (asOf: string) => officeRegister(office!.dir).rows(asOf).find((r) => r.requirement.id === '3g')!;
    expect(row('2014-04-15').assessment).toMatchObject({ status: 'overdue', lastPublished: '2014-02-27', nextDue: '2014-03-02', note: 'Not brought up to date every month. 2 earlier items are listed as history.' });
    expect(row('2014-04-15').publications).toEqual([]);
    expect(row('2014-04-15').history.map(({ title, reason }) => `${title}: ${reason}`)).toEqual([
      "Spending over £500, December 2013: the next month's was due by 2 March 2014",
      'Spending over £500, November 2013: for a month before the latest, December 2013',
    ]);
    // The day it was published, it was already late: January's was due within four weeks.
    expect(row('2014-02-27').assessment).toMatchObject({ status: 'due-soon', nextDue: '2014-03-02' });
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
