import { afterEach, describe, expect, it } from 'vitest';
import { TempOffice } from '../helpers/office.ts';
import { datasets } from '../../src/site/lib/open-data.ts';
import { contentFromCheck } from '../helpers/published.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
let office: TempOffice | undefined;
afterEach(() => office?.remove());

const foiProblems = (o: TempOffice) => o.check({ asOf: '2025-03-31' }).problems.filter((problem) => problem.file.includes('/foi/'));

describe("the check of an FOI response's clock", () => {
  it('passes the fixture, which has a clarification and an extension', () => {
    office = new TempOffice(EXAMPLESHIRE);
    expect(foiProblems(office)).toEqual([]);
  });

  it('reports a clarification answered before it was asked, at its line', () => {
    office = new TempOffice(EXAMPLESHIRE).edit('foi/foi-2013-014.md', 'answered: 2013-04-15', 'answered: 2013-04-04');
    expect(foiProblems(office)).toEqual([expect.objectContaining({
      severity: 'error', line: 8, field: 'clarification.answered', rule: 'date-order',
      message: 'the clarification (2013-04-04) is before the request for clarification (2013-04-05): check the dates',
    })]);
  });

  it('reports an extension that gives no more time, and warns of one told after the 20 working days', () => {
    office = new TempOffice(EXAMPLESHIRE).edit('foi/foi-2013-021.md', 'extendedTo: 2013-07-29', 'extendedTo: 2013-06-28');
    expect(foiProblems(office)).toEqual([expect.objectContaining({ severity: 'error', field: 'publicInterestExtension.extendedTo', rule: 'foi-extension' })]);
    office.remove();
    office = new TempOffice(EXAMPLESHIRE).edit('foi/foi-2013-021.md', 'notified: 2013-06-27', 'notified: 2013-07-02');
    expect(foiProblems(office)).toEqual([expect.objectContaining({
      severity: 'warning', line: 7, field: 'publicInterestExtension.notified', rule: 'foi-extension',
      message: expect.stringContaining('after the 20-working-day deadline (2013-07-01)'),
    })]);
  });
});

describe('the disclosure log download', () => {
  it('gives each request its clock: counted from the clarification, and due on the extended date', () => {
    const foi = datasets(contentFromCheck(EXAMPLESHIRE), (path) => `https://example.org/${path}`).find((data) => data.name === 'foi')!;
    const row = (id: string) => Object.fromEntries(foi.columns.map((column) => [column.name, column.value(foi.rows.find((r) => (r as { id: string }).id === id) as never)]));
    // Received clarification on Monday 15 April 2013; the 6 May bank holiday is not a working day.
    expect(row('foi-2013-014')).toMatchObject({ clarificationAsked: '2013-04-05', clarificationAnswered: '2013-04-15', clockFrom: '2013-04-15', due: '2013-05-14', workingDaysTaken: 19, workingDaysLate: 0 });
    expect(row('foi-2013-021')).toMatchObject({ extensionNotified: '2013-06-27', extendedTo: '2013-07-29', due: '2013-07-29', workingDaysLate: 0 });
  });
});
