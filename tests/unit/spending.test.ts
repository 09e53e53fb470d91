import { describe, expect, it } from 'vitest';
import { spendingSchema } from '../../src/domain/schemas/spending.ts';
import { MOST_ROW_PROBLEMS, parseMonthFile, type SpendingRow } from '../../src/domain/spending/rows.ts';
import { monthTotal, supplierTotals, type MonthFile } from '../../src/domain/spending/totals.ts';
import { parsePence, parseSpendingDate } from '../../src/domain/spending/values.ts';
import { monthlyPublications } from '../../src/domain/spending/publications.ts';

const mapping = spendingSchema.parse({});
const HEADINGS = 'Body Name,Date,Transaction Number,Supplier Name,Expense Type,Service Area,Amount,Redacted';
const FILE = 'offices/x/spending/2024-03.csv';
const read = (text: string, options = mapping) => parseMonthFile('spending', FILE, '2024-03', text, options);
const lines = (...rows: string[]) => [HEADINGS, ...rows].join('\r\n');
const problemsOf = (text: string) => read(text).problems.map(({ file, line, field, message }) => ({ file, line, field, message }));

describe('amounts as finance systems write them', () => {
  it('reads pounds with or without a £ sign and grouped thousands, as whole pence', () => {
    expect(parsePence('£1,234.56')).toBe(123456);
    expect(parsePence('1234.56')).toBe(123456);
    expect(parsePence('1,234')).toBe(123400);
    expect(parsePence(' 500.5 ')).toBe(50050);
    expect(parsePence('£0.10')).toBe(10);
  });

  it('reads a credit in brackets or with a minus sign as negative', () => {
    expect(parsePence('(12.00)')).toBe(-1200);
    expect(parsePence('(£1,215.40)')).toBe(-121540);
    expect(parsePence('-12.00')).toBe(-1200);
    expect(parsePence('£-12.00')).toBe(-1200);
    // As ledgers print them: the minus after the figure, CR for a credit, the £ outside the brackets.
    expect(parsePence('120.00-')).toBe(-12000);
    expect(parsePence('120.00 CR')).toBe(-12000);
    expect(parsePence('1,045.00cr')).toBe(-104500);
    expect(parsePence('£(75.00)')).toBe(-7500);
  });

  it('refuses what is not an amount rather than guessing', () => {
    for (const text of ['', 'abc', '12.345', '1,23', '12,34.00', '(-12.00)', '--5', '£', '1.2.3', '12 34', '-', 'CR', '12.00 CR-', '(12.00)-', '-12.00-']) expect(parsePence(text), text).toBeNull();
  });

  it('adds 240,000 amounts exactly, as pence', () => {
    const pence = Array.from({ length: 240_000 }, () => parsePence('0.10')!);
    expect(pence.reduce((sum, p) => sum + p, 0)).toBe(2_400_000);
  });
});

describe('dates in each format an office may choose', () => {
  it('reads each format as YYYY-MM-DD', () => {
    expect(parseSpendingDate('05/03/2024', 'DD/MM/YYYY')).toBe('2024-03-05');
    expect(parseSpendingDate('5/3/2024', 'DD/MM/YYYY')).toBe('2024-03-05');
    expect(parseSpendingDate('05/03/24', 'DD/MM/YY')).toBe('2024-03-05');
    expect(parseSpendingDate('2024-03-05', 'YYYY-MM-DD')).toBe('2024-03-05');
    expect(parseSpendingDate('05-Mar-24', 'DD-MMM-YY')).toBe('2024-03-05');
    expect(parseSpendingDate('05-MAR-2024', 'DD-MMM-YYYY')).toBe('2024-03-05');
    expect(parseSpendingDate('5 March 2024', 'DD MMM YYYY')).toBe('2024-03-05');
    // Month names in capitals, as exports write them, and "Sept".
    expect(parseSpendingDate('2 NOVEMBER 2026', 'DD MMM YYYY')).toBe('2026-11-02');
    expect(parseSpendingDate('2 Sept 2026', 'DD MMM YYYY')).toBe('2026-09-02');
    expect(parseSpendingDate('02-Sept-2026', 'DD-MMM-YYYY')).toBe('2026-09-02');
  });

  it('passes over the time a finance system writes after the day', () => {
    expect(parseSpendingDate('02/11/2026 00:00:00', 'DD/MM/YYYY')).toBe('2026-11-02');
    expect(parseSpendingDate('2026-11-02 00:00', 'YYYY-MM-DD')).toBe('2026-11-02');
    expect(parseSpendingDate('02/11/2026 noon', 'DD/MM/YYYY')).toBeNull();
  });

  it('refuses a day that does not exist, and a date in another format', () => {
    expect(parseSpendingDate('31/02/2024', 'DD/MM/YYYY')).toBeNull();
    expect(parseSpendingDate('03/13/2024', 'DD/MM/YYYY')).toBeNull();
    expect(parseSpendingDate('2024-03-05', 'DD/MM/YYYY')).toBeNull();
    expect(parseSpendingDate('05-Mrz-24', 'DD-MMM-YY')).toBeNull();
    // A word that only begins as a month does not name one.
    expect(parseSpendingDate('3 Novxyz 2026', 'DD MMM YYYY')).toBeNull();
    expect(parseSpendingDate('3 Marching 2026', 'DD MMM YYYY')).toBeNull();
  });
});

describe('a monthly spending file, row by row', () => {
  it('reads each payment, with the line it starts on, a credit and a £ amount', () => {
    const { rows, problems } = read(lines(
      'Chief Constable,05/03/2024,1001,Northfield Fuel Supplies Ltd,Vehicle fuel,Fleet,"£1,234.56",',
      'Chief Constable,06/03/2024,1002,"Harbour Radio Systems,',
      'Ltd",Radio maintenance,Communications,(12.00),',
      '',
      'Police and Crime Commissioner,07/03/2024,,Exampletown Council,Rent,,600,',
    ));
    expect(problems).toEqual([]);
    expect(rows.map(({ line, payee, pence, date }) => ({ line, payee, pence, date }))).toEqual([
      { line: 2, payee: 'Northfield Fuel Supplies Ltd', pence: 123456, date: '2024-03-05' },
      { line: 3, payee: 'Harbour Radio Systems,\r\nLtd', pence: -1200, date: '2024-03-06' },
      { line: 6, payee: 'Exampletown Council', pence: 60000, date: '2024-03-07' },
    ]);
    expect(rows[2]).not.toHaveProperty('transaction');
    expect(rows[2]).not.toHaveProperty('serviceArea');
  });

  it('counts the lines of a file whose lines end in a carriage return alone, as Excel for Mac\'s "CSV (Macintosh)" writes them', () => {
    const text = [HEADINGS, 'Chief Constable,05/03/2024,1001,Northfield Fuel Ltd,Fuel,Fleet,700,', 'Chief Constable,06/03/2024,1002,"Harbour Radio,\rLtd",Radios,IT,TBC,', '', 'Chief Constable,31/02/2024,1003,Exampletown Council,Rent,,600,'].join('\r');
    expect(problemsOf(text).map(({ line, field }) => `${line} ${field}`)).toEqual(['3 Amount', '6 Date']);
  });

  it('names the file, the line, the column as headed, what was expected and what was found', () => {
    expect(problemsOf(lines(
      'Chief Constable,2024-03-05,1001,Acme Ltd,Fuel,Fleet,12.5.0,',
      'Chief Constable,05/04/2024,1002,,Fuel,Fleet,700,',
      'Chief Constable,05/03/2024,1003,Acme Ltd,,Fleet,700,',
    ))).toEqual([
      { file: FILE, line: 2, field: 'Date', message: 'expected a date written DD/MM/YYYY, like 05/03/2024 (spending.dateFormat in office.json), found "2024-03-05"' },
      { file: FILE, line: 2, field: 'Amount', message: 'expected an amount in pounds, like 1234.56, £1,234.56, or (12.00), -12.00 or 12.00 CR for a credit, found "12.5.0"' },
      { file: FILE, line: 3, field: 'Date', message: 'expected a date in March 2024, the month the file is named for, found "05/04/2024" (5 April 2024)' },
      { file: FILE, line: 3, field: 'Supplier Name', message: 'expected the supplier\'s name, found nothing: if it is withheld, say why in the "Redacted" column, like "personal data"' },
      { file: FILE, line: 4, field: 'Expense Type', message: 'expected what the money was spent on (the expense type), found nothing' },
    ]);
  });

  it('reports a row whose cells do not match the headings once, rather than misreading its cells', () => {
    expect(problemsOf(lines('Chief Constable,05/03/2024,1001,Acme, Ltd,Fuel,Fleet,700,'))).toEqual([
      { file: FILE, line: 2, field: '', message: 'expected 8 cells, as the headings have, found 9: a cell holding a comma must be in quotation marks, or, if the row ends with a comma, the line of headings must end with one too' },
    ]);
  });

  it('reads a file whose every row, but not its headings, ends with a comma, as some exports write them', () => {
    const { rows, problems } = read(lines('Chief Constable,05/03/2024,1001,Acme Ltd,Fuel,Fleet,700,,', 'Chief Constable,06/03/2024,1002,Harbour Radio Ltd,Radios,IT,"£1,440.00",,'));
    expect(problems).toEqual([]);
    expect(rows.map(({ payee, pence }) => ({ payee, pence }))).toEqual([{ payee: 'Acme Ltd', pence: 70000 }, { payee: 'Harbour Radio Ltd', pence: 144000 }]);
  });

  it('reads rows ending with a comma beside a total typed by hand with fewer cells, which is named on its own', () => {
    const { rows, problems } = read(lines('Chief Constable,05/03/2024,1001,Acme Ltd,Fuel,Fleet,700,,', 'Chief Constable,06/03/2024,1002,Harbour Radio Ltd,Radios,IT,200,,', ',,,Total,,,900'));
    expect(rows.map(({ payee }) => payee)).toEqual(['Acme Ltd', 'Harbour Radio Ltd']);
    expect(problems.map(({ line, message }) => `${line} ${message.split(':')[0]}`)).toEqual(['4 this row is a total ("Total"), which would be counted as one more payment']);
  });

  it('counts a carriage return alone inside a quoted cell of a file whose lines end in \\n as no line break', () => {
    const text = [HEADINGS, 'Chief Constable,05/03/2024,1001,"Acme\rLtd",Fuel,Fleet,700,', 'Chief Constable,06/03/2024,1002,Harbour Radio Ltd,Radios,IT,TBC,'].join('\n');
    expect(problemsOf(text).map(({ line, field }) => `${line} ${field}`)).toEqual(['3 Amount']);
  });

  it('names a title above the headings once, saying on which line they are', () => {
    const text = ['West Mercia Police - Expenditure over £500 - March 2024', '', HEADINGS, 'Chief Constable,05/03/2024,1001,Acme Ltd,Fuel,Fleet,700,'].join('\r\n');
    expect(problemsOf(text)).toEqual([{ file: FILE, line: 3, field: '', message: 'expected the column headings on the first line, found them on line 3: delete the 2 lines above them (a title above the table, say), so that the file starts with its headings' }]);
    expect(problemsOf(HEADINGS.replaceAll(',', '\t'))[0]!.message).toMatch(/^the cells are separated by tabs, not commas/);
  });

  it('names a total row without a date however it is worded, and takes a supplier named Total with a date as a payment', () => {
    expect(problemsOf(lines(',,,Total for March 2024,,,"1,320.00",', ',,,,,,"£1,320.00",')).map(({ line, message }) => `${line} ${message.split(':')[0]}`)).toEqual([
      '2 this row is a total ("Total for March 2024"), which would be counted as one more payment',
      '3 this row has an amount, "£1,320.00", and nothing else',
    ]);
    expect(read(lines('Chief Constable,05/03/2024,1001,Total Gas & Power Ltd,Energy,Estates,700,')).rows[0]).toMatchObject({ payee: 'Total Gas & Power Ltd' });
  });

  it('reports a missing column under the name office.json gives it, with the headings found', () => {
    const renamed = spendingSchema.parse({ columns: { amount: 'Net Amount' } });
    expect(read(lines('Chief Constable,05/03/2024,1001,Acme Ltd,Fuel,Fleet,700,'), renamed).problems).toEqual([{
      severity: 'error', file: FILE, line: 1, field: 'Net Amount', rule: 'spending',
      message: `expected a column headed "Net Amount" (spending.columns.amount in office.json names it), found the headings ${HEADINGS.split(',').map((h) => `"${h}"`).join(', ')}`,
    }]);
  });

  it('matches headings whatever their case and spacing', () => {
    const { rows, problems } = read('  date ,SUPPLIER NAME,amount,Expense  Type\n05/03/2024,Acme Ltd,700,Fuel\n');
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('says when the cells are separated by semicolons, once, rather than miss every column', () => {
    expect(problemsOf('Date;Supplier Name;Amount;Expense Type\r\n05/03/2024;Acme Ltd;"£700,00";Fuel\r\n')).toEqual([
      { file: FILE, line: 1, field: '', message: 'the cells are separated by semicolons, not commas: export it again as CSV with commas (in Excel, "CSV UTF-8 (Comma delimited)")' },
    ]);
  });

  it('says where a quotation mark is never closed', () => {
    expect(problemsOf(lines('Chief Constable,05/03/2024,1001,"Acme Ltd,Fuel,Fleet,700,'))).toEqual([
      { file: FILE, line: 2, field: '', message: 'the file cannot be read as CSV: a quotation mark opened in a cell is never closed. Export it again from the finance system as CSV' },
    ]);
  });

  it('lists the first problems of a file written wrongly throughout, and counts the rest', () => {
    const bad = Array.from({ length: 80 }, (_, i) => `Chief Constable,2024-03-05,${i},Acme Ltd,Fuel,Fleet,700,`);
    const problems = read(lines(...bad)).problems;
    expect(problems).toHaveLength(MOST_ROW_PROBLEMS + 1);
    expect(problems.at(-1)).toMatchObject({ line: 81, message: 'and 30 more problems in this file, not listed: fix those above, then check again' });
  });

  it('refuses a row that totals the rows above it, labelled or with its amount alone, rather than count it as one more payment', () => {
    const { rows, problems } = read(lines('Chief Constable,05/03/2024,1001,Acme Ltd,Fuel,Fleet,700,', 'Chief Constable,31/03/2024,,TOTAL,Total,,700,', ',,,,,,700,', 'Sub-total,,,,,,700,'));
    expect(rows).toHaveLength(1);
    expect(problems.map(({ line, field, message, severity }) => `${severity} ${line} ${field}: ${message.split(':')[0]}`)).toEqual([
      'error 3 Supplier Name: this row is a total ("TOTAL"), which would be counted as one more payment',
      'error 4 Amount: this row has an amount, "700", and nothing else',
      'error 5 Body Name: this row is a total ("Sub-total"), which would be counted as one more payment',
    ]);
  });

  it('warns of a row given twice, every cell the same, and counts both, as it may be two payments', () => {
    const payment = 'Chief Constable,05/03/2024,1001,Acme Ltd,Fuel,Fleet,700,';
    const { rows, problems } = read(lines(payment, 'Chief Constable,05/03/2024,1001,Acme Ltd,Tyres,Fleet,120,', payment));
    expect(rows).toHaveLength(3);
    expect(problems).toEqual([{ severity: 'warning', file: FILE, line: 4, field: '', rule: 'spending', message: 'this row is the same as line 2 in every cell, so the site counts it twice: if it is one payment given twice, delete one' }]);
  });

  it("warns of a supplier named as a person is (a title, or an initial and a surname), whose name may be personal data, and publishes the payment", () => {
    const payees = ['J Smith', 'Mrs A Jones', 'Smith J.', 'Dr Patel', 'John Lewis', 'BT Group', 'Acme Ltd', 'E.ON UK', 'E.On', 'EE Ltd', 'O2', 'J Tomlinson Ltd', 'A1 Pest Control', 'Mr Cleaners Ltd', 'Dr Solutions Ltd', 'JSmith', 'J Smith'];
    const { rows, problems } = read(lines(...payees.map((payee, index) => `Chief Constable,05/03/2024,${1001 + index},${payee},Witness expenses,Courts,612.00,`)));
    expect(rows).toHaveLength(payees.length);
    // Each name once, however many payments it has.
    expect(problems.map(({ severity, line, field, message }) => `${severity} ${line} ${field}: ${message}`)).toEqual(
      ['J Smith', 'Mrs A Jones', 'Smith J.', 'Dr Patel'].map((payee) => `warning ${payees.indexOf(payee) + 2} Supplier Name: the supplier "${payee}" looks like a person's name: if it is an individual rather than a business, withhold it, saying why in the "Redacted" column, like "personal data"`),
    );
    // Many payments to one such name are one warning, which leaves room for every error among them.
    const many = read(lines(...Array.from({ length: MOST_ROW_PROBLEMS + 10 }, (_, index) => `Chief Constable,05/03/2024,${2001 + index},J Smith,Witness expenses,Courts,612.00,`), 'Chief Constable,06/03/2024,3001,Acme Ltd,Fuel,Fleet,TBC,'));
    expect(many.problems.map(({ severity, line }) => `${severity} ${line}`)).toEqual(['warning 2', `error ${MOST_ROW_PROBLEMS + 12}`]);
  });

  it('reads an empty month: the headings alone', () => {
    expect(read(`${HEADINGS}\r\n`)).toEqual({ month: '2024-03', rows: [], problems: [] });
    expect(problemsOf('')).toEqual([{ file: FILE, line: 1, field: '', message: 'the file is empty: expected a first line of column headings ("Date", "Supplier Name", "Amount", "Expense Type"), then a line for each payment; a month with none has the headings alone' }]);
  });
});

describe('redaction', () => {
  it('withholds the supplier of a row marked in the redaction column, whatever its supplier cell says', () => {
    const { rows } = read(lines('Police and Crime Commissioner,05/03/2024,1001,Jo Bloggs,Interpreters,Victims,650,Personal data'));
    expect(rows[0]).toMatchObject({ payee: null, redaction: 'Personal data', pence: 65000 });
    expect(JSON.stringify(rows)).not.toContain('Jo Bloggs');
  });

  it('withholds a supplier written "Redacted: reason" in its own cell, or "REDACTED" and a reason as exports write it', () => {
    for (const cell of ['Redacted: personal data', 'REDACTED - personal data', 'Redacted (personal data)', 'REDACTED PERSONAL DATA', 'Redacted personal data']) {
      expect(read(lines(`Chief Constable,05/03/2024,1001,${cell},Legal fees,Legal,1120,`)).rows[0], cell).toMatchObject({ payee: null, redaction: expect.stringMatching(/^personal data$/i) });
    }
  });

  it('withholds a supplier written "REDACTED COMMERCIAL CONFIDENTIALITY", giving the reason in lower case but for its abbreviations', () => {
    const { rows } = read(lines('Chief Constable,05/03/2024,1001,REDACTED COMMERCIAL CONFIDENTIALITY,Surveillance,Operations,5000,', 'Chief Constable,05/03/2024,1002,REDACTED - GDPR,Interpreters,Victims,650,'));
    expect(rows[0]).toMatchObject({ payee: null, redaction: 'commercial confidentiality' });
    expect(rows[1]).toMatchObject({ payee: null, redaction: 'GDPR' });
    // In the redaction column too, the mark is not repeated as its own reason.
    const marked = read(lines('Chief Constable,05/03/2024,1001,Jo Bloggs,Interpreters,Victims,650,REDACTED PERSONAL DATA')).rows[0];
    expect(marked).toMatchObject({ payee: null, redaction: 'personal data' });
  });

  it('asks for the reason when a row is marked without one', () => {
    expect(problemsOf(lines('Chief Constable,05/03/2024,1001,Jo Bloggs,Fuel,Fleet,700,Yes', 'Chief Constable,05/03/2024,1002,Redacted,Fuel,Fleet,700,'))).toEqual([
      { file: FILE, line: 2, field: 'Redacted', message: 'expected the reason the supplier is withheld, like "personal data", found "Yes"' },
      { file: FILE, line: 3, field: 'Supplier Name', message: 'expected the reason the supplier is withheld, like "Redacted: personal data", found "Redacted"' },
    ]);
  });

  it('reads "N", "No", "FALSE", "0", "-", "N/A" or "None" in the redaction column as not redacted, as exports write on every row', () => {
    for (const mark of ['N', 'No', 'FALSE', '0', '-', 'N/A', 'NA', 'None', 'Not redacted']) {
      const { rows, problems } = read(lines(`Chief Constable,05/03/2024,1001,Northfield Fuel Ltd,Fuel,Fleet,700,${mark}`));
      expect(problems, mark).toEqual([]);
      expect(rows[0], mark).toMatchObject({ payee: 'Northfield Fuel Ltd' });
      expect(rows[0]!.redaction, mark).toBeUndefined();
    }
  });

  it('names a supplier whose name starts with "Redacted", taking only "Redacted" then ":", "-", "(" or the whole of a reason as a mark', () => {
    for (const name of ['Redacted Data Ltd', 'REDACTED SOLUTIONS', 'Redactedco', 'Redacted Security Services Ltd', 'Redacted Commercial Cleaning']) {
      const { rows, problems } = read(lines(`Chief Constable,05/03/2024,1001,${name},Software,IT,700,`));
      expect(problems, name).toEqual([]);
      expect(rows[0], name).toMatchObject({ payee: name });
    }
  });

  it('never guesses: a supplier that looks like a person\'s name is published as written', () => {
    expect(read(lines('Chief Constable,05/03/2024,1001,Mr John Smith,Fuel,Fleet,700,')).rows[0]).toMatchObject({ payee: 'Mr John Smith' });
  });
});

describe('grants files', () => {
  it('needs the recipient, purpose, conditions and reasons the Order asks for', () => {
    const text = 'Date,Recipient,Amount,Purpose,Conditions,Reasons\n12/03/2024,Victim Support Trust,"£25,000.00",Support for victims,,Meets the plan\n';
    const { rows, problems } = parseMonthFile('grants', 'grants/2024-03.csv', '2024-03', text, mapping);
    expect(rows).toEqual([]);
    expect(problems.map(({ line, field, message }) => ({ line, field, message }))).toEqual([{ line: 2, field: 'Conditions', message: 'expected the conditions of the grant ("None" if it has none), found nothing' }]);
  });
});

describe('totals', () => {
  const row = (payee: string | null, pence: number, expenseType = 'Fuel'): SpendingRow => ({ date: '2024-03-05', payee, pence, expenseType, line: 2, ...(payee === null ? { redaction: 'personal data' } : {}) });
  const files: MonthFile<'spending'>[] = [
    { kind: 'spending', month: '2024-04', path: 'spending/2024-04.csv', published: '2024-04-30', rows: [row('NORTHFIELD FUEL LTD', 2_950_00), row('Northfield Fuel Ltd', -215_00, 'Fuel refund')] },
    { kind: 'spending', month: '2024-03', path: 'spending/2024-03.csv', published: '2024-04-19', rows: [row('Northfield Fuel Ltd', 1_000_01), row('Northfield Fuel Ltd.', 500_00), row(null, 650_00), row('Acme Ltd', 9_000_00)] },
  ];

  it('adds each month in pence, counting the redacted rows in its total', () => {
    expect(monthTotal(files[1]!)).toEqual({ month: '2024-03', payments: 4, pence: 11_150_01, redacted: 1 });
  });

  it('joins the spellings of one supplier, named as most often written, and leaves redacted rows out', () => {
    expect(supplierTotals(files)).toEqual([
      { slug: 'acme-ltd', name: 'Acme Ltd', payments: 1, pence: 9_000_00, months: [{ month: '2024-03', payments: 1, pence: 9_000_00 }], expenseTypes: [{ expenseType: 'Fuel', payments: 1, pence: 9_000_00 }] },
      {
        slug: 'northfield-fuel-ltd', name: 'Northfield Fuel Ltd', payments: 4, pence: 4_235_01,
        months: [{ month: '2024-03', payments: 2, pence: 1_500_01 }, { month: '2024-04', payments: 2, pence: 2_735_00 }],
        expenseTypes: [{ expenseType: 'Fuel', payments: 3, pence: 4_450_01 }, { expenseType: 'Fuel refund', payments: 1, pence: -215_00 }],
      },
    ]);
  });

  it('counts each month\'s file for 3g on the day office.json gives, for its own month, newest first', () => {
    expect(monthlyPublications({ spending: files, grants: [], fire: [] }).map(({ requirement, publication }) => [requirement, publication.path, publication.published, publication.periodEnd])).toEqual([
      ['3g', 'spending/2024-04/', '2024-04-30', '2024-04-30'],
      ['3g', 'spending/2024-03/', '2024-04-19', '2024-03-31'],
    ]);
  });
});
