import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/** The fictional office, with spending for November and December 2013 and grants for December 2013 and January 2014. */
const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const site = inject('exampleshireSpendingSite');
const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const main = (html: string) => /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)![1]!.replace(/<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/, '');

/** The rows of the first table of a page with the given caption, as text. */
function rows(html: string, caption: string): string[] {
  const table = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map(([, inner]) => inner!).find((inner) => text(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(inner)?.[1] ?? '').startsWith(caption));
  if (!table) throw new Error(`no table captioned "${caption}"`);
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) => text(row!));
}


describe('spending over £500 on an office other than the sample', () => {
  it('lists the months with their totals, newest first, and the largest suppliers', () => {
    const index = page('spending/');
    expect(index).toContain('content="Each payment over £500 by the Police and Crime Commissioner for Exampleshire and the chief constable, month by month');
    expect(page('spending/grants/')).toContain('content="Each crime and disorder reduction grant the Police and Crime Commissioner for Exampleshire has made');
    expect(text(main(index))).toContain('Every month the commissioner publishes');
    expect(text(main(index))).toContain('This site holds 2 months, November 2013 to December 2013: 8 payments adding up to £30,498.33.');
    expect(rows(index, 'Spending by month')).toEqual(['Month Payments Total', 'December 2013 4 £12,267.75', 'November 2013 4 £18,230.58']);
    expect(rows(index, 'The 3 suppliers paid most')).toEqual([
      'Supplier Payments Total',
      'Exampletown Borough Council 1 £12,500.00',
      'Harbour Radio Systems, Ltd 1 £8,412.75',
      'Northfield Fuel Supplies Ltd 4 £7,815.58',
    ]);
  });

  it('is found from the home page, which names the newest month, and not on the home page of an office that publishes none', () => {
    expect(text(main(readFileSync(join(site, 'index.html'), 'utf8')))).toContain('Spending Every payment over £500, month by month, to December 2013, and who was paid.');
    expect(readFileSync(join(inject('norfolkSite'), 'index.html'), 'utf8')).not.toContain('href="/spending/"');
  });

  it('publishes a month as a table: a credit, a £ amount, and a redacted supplier shown with its reason', () => {
    const month = page('spending/2013-12/');
    expect(rows(month, 'Payments in December 2013')).toEqual([
      'Supplier Date Expense type Service area Body Transaction Amount',
      'NORTHFIELD FUEL SUPPLIES LTD 3 Dec 2013 Vehicle fuel Fleet Chief Constable 100301 £2,950.00',
      'Northfield Fuel Supplies Ltd 10 Dec 2013 Vehicle fuel refund Fleet Chief Constable 100317 -£215.00',
      'Redacted (personal data) 18 Dec 2013 Legal fees Office of the PCC Police and Crime Commissioner 100322 £1,120.00',
      'Harbour Radio Systems, Ltd 20 Dec 2013 Airwave radio maintenance Communications Chief Constable 100330 £8,412.75',
      'Total £12,267.75',
    ]);
    expect(month).toContain('<table class="stack-narrow">');
    expect(month).toContain('data-label="Amount"');
    expect(text(main(month))).toContain('Published 24 January 2014.');
    // November's day is not in office.json: the register assumes its month's end, which the page does not claim.
    expect(text(main(page('spending/2013-11/')))).not.toContain('Published');
    expect(text(main(page('spending/grants/')))).not.toContain('Published');
    expect(month).toContain('href="/spending/suppliers/northfield-fuel-supplies-ltd/"');
  });

  it('never publishes the name of a supplier the office marked redacted', () => {
    expect(rows(page('spending/2013-11/'), 'Payments in November 2013')).toContain('Redacted (Personal data) 27 Nov 2013 Interpreter fees Victim services Police and Crime Commissioner 100270 £650.00');
    // Every file of the site, pages, downloads, feeds and the search index alike; Pagefind's are gzipped, and its index keeps words apart, in small letters.
    const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
    const contentOf = (file: string) => {
      const bytes = readFileSync(file);
      return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1').toLowerCase();
    };
    // The search index is read, not passed over: a supplier's page is in it.
    expect(files.filter((file) => file.endsWith('.pf_fragment')).some((file) => contentOf(file).includes('northfield fuel supplies'))).toBe(true);
    expect(files.filter((file) => contentOf(file).includes('bloggs'))).toEqual([]);
  });

  it('gives each supplier a page, searchable by its name, with its total by month and by expense type, spellings joined', () => {
    const supplier = page('spending/suppliers/northfield-fuel-supplies-ltd/');
    expect(supplier).toContain('data-pagefind-body');
    expect(text(main(supplier))).toContain('Northfield Fuel Supplies Ltd Paid £7,815.58 in 4 payments over £500 between November 2013 and December 2013');
    expect(rows(supplier, 'Payments to Northfield Fuel Supplies Ltd by month')).toEqual(['Month Payments Total', 'December 2013 2 £2,735.00', 'November 2013 2 £5,080.58', 'Total 4 £7,815.58']);
    expect(rows(supplier, 'Payments to Northfield Fuel Supplies Ltd by expense type')).toEqual(['Expense type Payments Total', 'Vehicle fuel 3 £8,030.58', 'Vehicle fuel refund 1 -£215.00']);
    expect(rows(page('spending/suppliers/'), 'Suppliers under N')).toEqual(['Supplier Payments Total', 'Northfield Fuel Supplies Ltd 4 £7,815.58']);
    expect(existsSync(join(site, 'spending/suppliers/redacted-personal-data'))).toBe(false);
  });

  it('offers every month in one normalised CSV, and each month on its own', () => {
    const all = parse(readFileSync(join(site, 'data/spending.csv')), { columns: true }) as Record<string, string>[];
    expect(all).toHaveLength(8);
    expect(Object.keys(all[0]!).slice(0, 9)).toEqual(['month', 'date', 'body', 'supplier', 'redacted', 'expenseType', 'serviceArea', 'transaction', 'amount']);
    const pence = all.reduce((sum, row) => sum + Math.round(Number(row.amount) * 100), 0);
    expect(pence).toBe(1_823_058 + 1_226_775);
    expect(all[3]).toMatchObject({ month: '2013-11', date: '2013-11-27', supplier: 'Redacted (Personal data)', redacted: 'Personal data', amount: '650' });
    const december = parse(readFileSync(join(site, 'data/spending-2013-12.csv')), { columns: true }) as Record<string, string>[];
    expect(december.map((row) => row.amount)).toEqual(['2950', '-215', '1120', '8412.75']);
    expect(page('spending/2013-12/')).toContain('href="/data/spending-2013-12.csv"');
    expect(text(main(page('data/')))).toContain('Spending over £500 Each payment');
  });

  it('lists the grants month by month, an empty month saying so, with their downloads', () => {
    const grants = page('spending/grants/');
    expect(rows(grants, 'Grants made in December 2013')).toEqual([
      'Recipient Date Purpose Conditions Reasons Amount',
      'Exampleshire Victim Support Trust 12 December 2013 Support for victims of domestic abuse Quarterly monitoring returns Meets the plan\'s aim of supporting victims £25,000.00',
      'Exampletown Youth Diversion Project 19 December 2013 Diverting young people from crime A report at the end of the year Reduces first-time offending in Exampletown £7,500.00',
    ]);
    expect(text(main(grants))).toContain('No grants were made in January 2014.');
    expect(parse(readFileSync(join(site, 'data/grants.csv')), { columns: true })).toHaveLength(2);
    expect(existsSync(join(site, 'data/grants-2014-01.csv'))).toBe(true);
  });

  it('shows 3g and 3f as met by the monthly files on the register', () => {
    const register = text(main(page('transparency/')));
    expect(register).toMatch(/3f Crime and disorder reduction grants .*? Current .*?Crime and disorder reduction grants, January 2014/);
    // December's spending stands until January's is due, on 2 March: within four weeks of the build date.
    expect(register).toMatch(/3g Spending over £500 .*? Due soon .*?Spending over £500, December 2013 .*? 2 March 2014/);
  });
});

describe('the fire and rescue authority\'s spending, of an office that is a PFCC', () => {
  const fireWork = mkdtempSync(join(tmpdir(), 'spending-fire-build-'));
  const fireSite = join(fireWork, 'site');
  const firePage = (path: string) => readFileSync(join(fireSite, path, 'index.html'), 'utf8');

  beforeAll(() => {
    const office = join(fireWork, 'office');
    cpSync(EXAMPLESHIRE, office, { recursive: true });
    const config = join(office, 'office.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('  "commissioner": {', '  "kinds": [{ "kind": "pfcc" }],\n  "commissioner": {'));
    // One month of policing spending, which the spending page names as one, with a supplier that only refunded.
    rmSync(join(office, 'spending/2013-11.csv'));
    appendFileSync(join(office, 'spending/2013-12.csv'), 'Chief Constable,23/12/2013,100333,Overcharge Returns Ltd,Refund of an overpayment,Estates,"-1,250.00",\r\n');
    mkdirSync(join(office, 'spending/fire'));
    writeFileSync(join(office, 'spending/fire/2013-12.csv'), [
      'Body,Date,Transaction No,Supplier,Expense Description,Cost Centre,Net Amount,Redaction Reason',
      'Fire and Rescue Service,09/12/2013,F2001,Hoseline Equipment Ltd,Breathing apparatus,Operations,"£4,310.00",',
      'Fire and Rescue Service,16/12/2013,F2002,Sam Firefighter,Occupational health,Operations,"£640.00",Personal data',
    ].join('\r\n'));
    execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', fireSite, '--as-of', '2014-02-15'], { env: { ...process.env, OFFICE: office }, stdio: 'pipe' });
  });
  afterAll(() => rmSync(fireWork, { recursive: true, force: true }));

  it('lists its months apart from the policing spending, each month on its own page', () => {
    const index = firePage('spending/');
    expect(rows(index, 'Spending by month')).toEqual(['Month Payments Total', 'December 2013 5 £11,017.75']);
    expect(text(main(index))).toContain('This site holds one month, December 2013: 5 payments adding up to £11,017.75.');
    expect(firePage('spending/suppliers/overcharge-returns-ltd/')).toContain('content="What the OPCCE and the chief constable had back from Overcharge Returns Ltd: credits of £1,250.00 in 1 payment in December 2013."');
    expect(text(main(firePage('spending/suppliers/overcharge-returns-ltd/')))).toContain(
      "Credits of £1,250.00 in 1 payment in December 2013, to the commissioner's office and the chief constable: this supplier repaid more than it was paid.",
    );
    expect(rows(index, 'Fire and rescue spending by month')).toEqual(['Month Payments Total', 'December 2013 2 £4,950.00']);
    expect(index).toContain('href="/spending/fire/2013-12/"');
    const month = firePage('spending/fire/2013-12/');
    expect(text(main(month))).toContain('Fire and rescue spending over £500: December 2013');
    // Its breadcrumb says which month page it is, beside the policing page of the same month.
    expect(text(/<nav[^>]*aria-label="Breadcrumb"[\s\S]*?<\/nav>/i.exec(month)![0])).toContain('Fire and rescue, December 2013');
    expect(rows(month, 'Payments in December 2013')).toEqual([
      'Supplier Date Expense type Service area Body Transaction Amount',
      'Hoseline Equipment Ltd 9 Dec 2013 Breathing apparatus Operations Fire and Rescue Service F2001 £4,310.00',
      'Redacted (Personal data) 16 Dec 2013 Occupational health Operations Fire and Rescue Service F2002 £640.00',
      'Total £4,950.00',
    ]);
    // Its suppliers are not the policing suppliers: no supplier page, and no payment of theirs in the policing downloads.
    expect(existsSync(join(fireSite, 'spending/suppliers/hoseline-equipment-ltd'))).toBe(false);
    expect(readFileSync(join(fireSite, 'data/spending.csv'), 'utf8')).not.toContain('Hoseline');
    expect(month).not.toContain('Sam Firefighter');
  });

  it('meets fire-3g on the register with each month\'s page', () => {
    expect(firePage('transparency/')).toMatch(/href="\/spending\/fire\/2013-12\/"[^>]*>Fire and rescue spending over £500, December 2013/);
  });
});
