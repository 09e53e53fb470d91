import { join } from 'node:path';
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkOffice } from '../../src/domain/check/index.ts';
import { readOfficeSpending, type MonthlyCheckCache } from '../../src/domain/spending/files.ts';
import { monthlyPublications } from '../../src/domain/spending/publications.ts';
import { registerRows } from '../../src/domain/register.ts';
import { writeSyntheticSpending } from '../../bench/synthetic-spending.ts';
import { TempOffice } from '../helpers/office.ts';
import { shownPath } from '../../src/domain/content-files.ts';

/** The fictional office: two months of spending (a redacted row each way, a credit, £ amounts, DD/MM/YYYY dates, CRLF lines) and two of grants, one empty. */
const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const spendingProblems = (result: ReturnType<typeof checkOffice>) => result.problems.filter((p) => p.rule === 'spending').map(({ file, line, field, message }) => ({ file, line, field, message }));

describe('the spending and grants files of an office other than the sample', () => {
  let temp: TempOffice | undefined;
  afterEach(() => temp?.remove());

  it('are read with the office\'s own column headings, and pass the check', () => {
    const result = checkOffice(EXAMPLESHIRE, { asOf: '2014-02-15' });
    expect(spendingProblems(result)).toEqual([]);
    const { spending, grants } = readOfficeSpending(EXAMPLESHIRE, result.office);
    expect(spending.map((file) => [file.path, file.rows.length, file.published])).toEqual([
      ['spending/2013-11.csv', 4, '2013-11-30'],
      ['spending/2013-12.csv', 4, '2014-01-24'],
    ]);
    expect(grants.map((file) => [file.path, file.rows.length])).toEqual([['grants/2013-12.csv', 2], ['grants/2014-01.csv', 0]]);
    expect(spending[0]!.rows[3]).toMatchObject({ payee: null, redaction: 'Personal data', pence: 65000, expenseType: 'Interpreter fees', body: 'Police and Crime Commissioner' });
    expect(spending[1]!.rows[1]).toMatchObject({ payee: 'Northfield Fuel Supplies Ltd', pence: -21500 });
  });

  it('meet 3g and 3f on the register while the next month is not yet due, and not once it is overdue', () => {
    const { office, entries } = checkOffice(EXAMPLESHIRE, { asOf: '2014-02-15' });
    const { spending, grants } = readOfficeSpending(EXAMPLESHIRE, office);
    const published = entries.map(({ file, data }) => ({ collection: file.collection, id: file.id, data }));
    const statusOf = (id: string, asOf: string) => registerRows(published, asOf, office!, monthlyPublications({ spending, grants, fire: [] })).find((row) => row.requirement.id === id)!.assessment;
    // December's spending is counted published on 24 January, as office.json says. It covers December, so it
    // stands until January's is due: January's end plus 30 days, 2 March, within four weeks of 15 February.
    expect(statusOf('3g', '2014-02-15')).toMatchObject({ status: 'due-soon', lastPublished: '2014-01-24', nextDue: '2014-03-02' });
    expect(statusOf('3g', '2014-03-02').status).toBe('due-soon');
    expect(statusOf('3g', '2014-03-03').status).toBe('overdue');
    // An empty month of grants is published too: a month with none says so.
    expect(statusOf('3f', '2014-02-15')).toMatchObject({ status: 'current', lastPublished: '2014-01-31' });
    expect(statusOf('3g', '2013-11-15').status).toBe('missing');
  });

  it('report each bad row with its file, line, column heading, what was expected and what was found', () => {
    temp = new TempOffice(EXAMPLESHIRE);
    temp.write('spending/2014-01.csv', [
      'Body,Date,Transaction No,Supplier,Expense Description,Cost Centre,Net Amount,Redaction Reason',
      'Chief Constable,06/01/2014,100401,Northfield Fuel Supplies Ltd,Vehicle fuel,Fleet,"£1,204.00",',
      'Chief Constable,2014-01-07,100402,Northfield Fuel Supplies Ltd,Vehicle fuel,Fleet,twelve pounds,',
      'Chief Constable,08/01/2014,100403,Jo Bloggs,Interpreter fees,Victim services,650.00,Yes',
    ].join('\r\n'));
    temp.write('spending/January.csv', 'Date\r\n');
    const file = shownPath(join(temp.dir, 'spending/2014-01.csv'));
    expect(spendingProblems(temp.check({ asOf: '2014-02-15' }))).toEqual([
      { file, line: 3, field: 'Date', message: 'expected a date written DD/MM/YYYY, like 05/03/2024 (spending.dateFormat in office.json), found "2014-01-07"' },
      { file, line: 3, field: 'Net Amount', message: 'expected an amount in pounds, like 1234.56, £1,234.56, or (12.00), -12.00 or 12.00 CR for a credit, found "twelve pounds"' },
      { file, line: 4, field: 'Redaction Reason', message: 'expected the reason the supplier is withheld, like "personal data", found "Yes"' },
      { file: file.replace('2014-01.csv', 'January.csv'), line: 1, field: '', message: 'expected one CSV file for each month, named for it like spending/2024-03.csv, found a file named "January.csv": rename it, or move it out of the spending folder' },
    ]);
  });

  it('refuse a publication date for a file that is not there, and a file not saved as UTF-8, which is there all the same', () => {
    temp = new TempOffice(EXAMPLESHIRE);
    temp.edit('office.json', '"spending/2013-12.csv": "2014-01-24"', '"spending/2013-12.csv": "2014-01-24",\r\n      "grants/2013-10.csv": "2013-11-20",\r\n      "grants/2014-01.csv": "2014-02-10"');
    writeFileSync(join(temp.dir, 'grants/2014-01.csv'), Buffer.concat([Buffer.from('Date,Recipient,Amount,Purpose,Conditions,Reasons\r\n13/01/2014,Caf'), Buffer.from([0xe9]), Buffer.from(' Trust,500,Youth club,None,Diversion\r\n')]));
    const problems = spendingProblems(temp.check({ asOf: '2014-02-15' }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 2, message: expect.stringMatching(/^the file is not saved as UTF-8: this line has a character written another way \(byte 0xE9/) }));
    // The date given for the file that cannot be read is not reported: the file is there.
    expect(problems.filter((problem) => problem.field === 'spending.published.grants/2014-01.csv')).toEqual([]);
    const line = temp.read('office.json').split('\n').findIndex((text) => text.includes('"grants/2013-10.csv"')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(problems).toContainEqual(expect.objectContaining({
      field: 'spending.published.grants/2013-10.csv', line,
      message: 'expected a file grants/2013-10.csv in the office folder, as this date is for it, found none: correct the file\'s name here, or add the file',
    }));
  });

  it('refuse a file for a month that has not begun, and a day of publication that has not come or comes before its month', () => {
    temp = new TempOffice(EXAMPLESHIRE);
    temp.edit('office.json', '"spending/2013-12.csv": "2014-01-24"', '"spending/2013-12.csv": "2014-03-01",\r\n      "spending/2013-11.csv": "2013-10-30"');
    writeFileSync(join(temp.dir, 'spending/2014-03.csv'), temp.read('spending/2013-12.csv').split(/\r?\n/)[0]! + '\r\n');
    const problems = spendingProblems(temp.check({ asOf: '2014-02-15' }));
    expect(problems).toContainEqual({ file: shownPath(join(temp.dir, 'spending/2014-03.csv')), line: 1, field: '', message: 'expected a month that has begun by the build date, 2014-02-15, found a file for 2014-03: name the file for the month its payments were made in, like spending/2014-02.csv' });
    const lineOf = (text: string) => temp!.read('office.json').split('\n').findIndex((line) => line.includes(text)) + 1;
    expect(problems).toContainEqual(expect.objectContaining({ field: 'spending.published.spending/2013-12.csv', line: lineOf('"spending/2013-12.csv"'), message: 'expected the day spending/2013-12.csv was published, on or before the build date, 2014-02-15, found 2014-03-01, which is later' }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'spending.published.spending/2013-11.csv', message: 'expected the day spending/2013-11.csv was published, after its month began (2013-11-01), found 2013-10-30, which is before it' }));
  });

  it('name a spreadsheet, whether saved as one or renamed .csv, and say to save it as CSV', () => {
    temp = new TempOffice(EXAMPLESHIRE);
    writeFileSync(join(temp.dir, 'spending/2013-12.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    writeFileSync(join(temp.dir, 'grants/2014-01.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const problems = spendingProblems(temp.check({ asOf: '2014-02-15' }));
    expect(problems.map(({ file, message }) => `${file.split('/').slice(-2).join('/')}: ${message}`)).toEqual([
      'spending/2013-12.csv: this is a spreadsheet renamed .csv, not a CSV file: open it in Excel or LibreOffice and save it as CSV UTF-8',
      'grants/2014-01.xlsx: this is a spreadsheet, which the site cannot read: open it in Excel or LibreOffice and save it as CSV UTF-8, named for its month like grants/2024-03.csv',
    ]);
  });

  it('are checked again only when they change, with the same findings', () => {
    temp = new TempOffice(EXAMPLESHIRE);
    temp.write('spending/2014-01.csv', 'Date,Supplier,Net Amount,Expense Description\r\n06/01/2014,Acme Ltd,lots,Fuel\r\n');
    const cache = { file: join(temp.dir, 'check-cache.json'), codeDigest: 'test' };
    const first = spendingProblems(temp.check({ asOf: '2014-02-15', cache }));
    expect(first).toHaveLength(1);
    expect(spendingProblems(temp.check({ asOf: '2014-02-15', cache }))).toEqual(first);
    temp.write('spending/2014-01.csv', 'Date,Supplier,Net Amount,Expense Description\r\n06/01/2014,Acme Ltd,12.00,Fuel\r\n');
    expect(spendingProblems(temp.check({ asOf: '2014-02-15', cache }))).toEqual([]);
  });

  it('leave out a file that is not UTF-8 whether the check reads it afresh or remembers it unchanged', () => {
    temp = new TempOffice(EXAMPLESHIRE);
    writeFileSync(join(temp.dir, 'grants/2014-01.csv'), Buffer.from([0x44, 0x61, 0x74, 0x65, 0x0d, 0x0a, 0xe9, 0x0d, 0x0a]));
    // A file changed in the last two seconds is never remembered: these were all written just now.
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    try {
      const fresh = readOfficeSpending(temp.dir, null);
      const first = { next: {} as MonthlyCheckCache };
      readOfficeSpending(temp.dir, null, first);
      expect(Object.keys(first.next)).toHaveLength(4);
      const cached = readOfficeSpending(temp.dir, null, { kept: first.next, next: {} });
      expect(cached.filesRead).toBe(4);
      expect(cached.grants.map((file) => file.path)).toEqual(['grants/2013-12.csv']);
      expect(fresh.grants.map((file) => file.path)).toEqual(['grants/2013-12.csv']);
      expect(cached.problems).toEqual(fresh.problems);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('follow a link to a file inside the office folder, and report one that leads out of it', () => {
    temp = new TempOffice(EXAMPLESHIRE);
    renameSync(join(temp.dir, 'spending/2013-12.csv'), join(temp.dir, 'files/december.csv'));
    symlinkSync('../files/december.csv', join(temp.dir, 'spending/2013-12.csv'));
    const result = temp.check({ asOf: '2014-02-15' });
    expect(spendingProblems(result)).toEqual([]);
    expect(readOfficeSpending(temp.dir, result.office).spending.map((file) => [file.path, file.rows.length])).toEqual([['spending/2013-11.csv', 4], ['spending/2013-12.csv', 4]]);

    const outside = mkdtempSync(join(tmpdir(), 'spending-outside-'));
    try {
      writeFileSync(join(outside, '2014-01.csv'), 'Date,Supplier,Net Amount,Expense Description\r\n');
      symlinkSync(join(outside, '2014-01.csv'), join(temp.dir, 'spending/2014-01.csv'));
      expect(spendingProblems(temp.check({ asOf: '2014-02-15' }))).toEqual([{
        file: shownPath(join(temp.dir, 'spending/2014-01.csv')), line: 1, field: '',
        message: expect.stringMatching(/^this link leads outside the office folder, to .*2014-01\.csv: /),
      }]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('read the fire and rescue authority\'s spending from spending/fire/, apart, meeting fire-3g for a PFCC', () => {
    temp = new TempOffice(EXAMPLESHIRE);
    temp.edit('office.json', '  "commissioner": {', '  "kinds": [{ "kind": "pfcc" }],\n  "commissioner": {');
    // The fire duties began on 1 October 2017 (SI 2017/863).
    temp.write('spending/fire/2018-01.csv', [
      'Body,Date,Transaction No,Supplier,Expense Description,Cost Centre,Net Amount,Redaction Reason',
      'Fire and Rescue Service,09/01/2018,F2001,Hoseline Equipment Ltd,Breathing apparatus,Operations,"£4,310.00",',
    ].join('\r\n'));
    const result = temp.check({ asOf: '2018-02-15' });
    expect(spendingProblems(result)).toEqual([]);
    const { spending, fire } = readOfficeSpending(temp.dir, result.office);
    expect(spending.map((file) => file.path)).toEqual(['spending/2013-11.csv', 'spending/2013-12.csv']);
    expect(fire.map((file) => [file.path, file.function, file.rows.length])).toEqual([['spending/fire/2018-01.csv', 'fire', 1]]);
    const published = result.entries.map(({ file, data }) => ({ collection: file.collection, id: file.id, data }));
    const rows = registerRows(published, '2018-02-15', result.office!, monthlyPublications({ spending, grants: [], fire }));
    expect(rows.find((row) => row.requirement.id === 'fire-3g')).toMatchObject({ assessment: { status: 'current', lastPublished: '2018-01-31' }, publications: [{ path: 'spending/fire/2018-01/', title: 'Fire and rescue spending over £500, January 2018' }] });
    // The fire file is not the policing spending.
    const policing = rows.find((row) => row.requirement.id === '3g')!;
    expect([...policing.publications, ...policing.history].map((publication) => publication.path).toSorted()).toEqual(['spending/2013-11/', 'spending/2013-12/']);
  });

  it('refuse fire and rescue spending of an office that was not the fire and rescue authority', () => {
    temp = new TempOffice(EXAMPLESHIRE);
    temp.write('spending/fire/2013-12.csv', 'Body,Date,Transaction No,Supplier,Expense Description,Cost Centre,Net Amount,Redaction Reason\r\n');
    const result = temp.check({ asOf: '2014-02-15' });
    expect(spendingProblems(result)).toEqual([{
      file: shownPath(join(temp.dir, 'spending/fire/2013-12.csv')), line: 1, field: '',
      message: 'expected the fire and rescue authority\'s spending only for a month the office was the fire and rescue authority (a pfcc, or a mayor or board with "fire": true, in office.json\'s kinds), found spending/fire/2013-12.csv: move it out of the spending/fire folder, or correct the office\'s kinds',
    }]);
    expect(readOfficeSpending(temp.dir, result.office).fire).toEqual([]);
  });
});

describe('a generated year of monthly spending files', () => {
  let office: string;
  afterEach(() => rmSync(office, { recursive: true, force: true }));

  it('checks without an error, every row read, every redacted row withheld', () => {
    office = mkdtempSync(join(tmpdir(), 'spending-generated-'));
    const months = writeSyntheticSpending(office, { months: 12, rowsPerMonth: 500, suppliers: 300 });
    expect(months).toHaveLength(12);
    const { spending, problems } = readOfficeSpending(office, null);
    expect(problems).toEqual([]);
    expect(spending.map((file) => file.rows.length)).toEqual(Array(12).fill(500));
    const rows = spending.flatMap((file) => file.rows);
    const redacted = rows.filter((row) => row.payee === null);
    expect(redacted.length).toBeGreaterThan(0);
    expect(redacted.every((row) => row.redaction === 'Personal data')).toBe(true);
    expect(rows.some((row) => row.pence < 0)).toBe(true);
  });
});
