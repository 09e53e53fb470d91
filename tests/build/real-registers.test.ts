import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../src/build/static-server.ts';
import { entryPath } from '../../src/domain/addresses.ts';
import { checkOffice } from '../../src/domain/check/index.ts';
import { decisionSlug, numberingYear } from '../../src/domain/decision-references.ts';
import type { NumberingRestarts } from '../../src/domain/schemas/office.ts';
import { TempOffice } from '../helpers/office.ts';

/** The fictional office whose register has the shapes real ones do: numbers that restart, notices without numbers, vague dates, papers. */
const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const site = inject('exampleshireSite');
const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
/** Where the sets of notices below are built. */
const work = mkdtempSync(join(tmpdir(), 'exampleshire-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


describe('an office whose register is kept as real ones are', () => {
  it('publishes every notice at an address of its own: 003 of 2012/13 beside 003 of 2013/14, and notices without a number', () => {
    const { office, entries } = checkOffice(EXAMPLESHIRE, { asOf: '2025-03-31' });
    const notices = entries.filter((entry) => entry.file.collection === 'decisions');
    const paths = notices.map((entry) => entryPath('decisions', { id: entry.file.id, data: entry.data }, office!)!);
    expect(new Set(paths).size).toBe(notices.length);
    for (const [index, path] of paths.entries()) expect(page(path)).toContain(`<h1>${String(notices[index]!.data.title).replace(/'/g, '&#39;')}</h1>`);
    expect(page('decisions/2012-13-003/')).toContain('Decision notice 003 of 2012/13');
    expect(page('decisions/2013-14-003/')).toContain('Decision notice 003 of 2013/14');
    expect(page('decisions/2013/')).toContain('<h1>Decisions in 2013</h1>');
  });

  it('says a notice was not numbered, and gives a date only as precisely as the record knows it', () => {
    const unnumbered = page('decisions/2013-07-code-of-corporate-governance/');
    expect(unnumbered).toMatch(/<dt>Reference<\/dt> <dd>Not numbered<\/dd>/);
    expect(unnumbered).toContain('<time datetime="2013-07">July 2013</time>');
    expect(page('decisions/2013-14-funding-for-policing-a-dance-event/')).toMatch(/<dt>Date of decision<\/dt> <dd>2013\/14<\/dd>/);
  });

  it('leaves out what an old record does not state, rather than showing a placeholder', () => {
    const bare = page('decisions/2013-14-001/');
    for (const absent of ['Brought forward by', 'Outcome', '<h2>Summary', '<h2>Recommendation', 'Detail of the submission', 'undefined']) expect(bare).not.toContain(absent);
  });

  it('publishes a withheld notice with its reason and nothing else of its papers', () => {
    const restricted = page('decisions/2013-14-004/');
    expect(restricted).toContain('The papers for this decision are withheld');
    expect(restricted).toContain('would prejudice operational policing');
    expect(restricted).not.toContain('Detail of the submission');
  });

  it('names who is paid, linked to the service it provides and its contract', () => {
    const grant = page('decisions/2013-14-003/');
    expect(grant).toContain('<h3>Example Victims Trust</h3>');
    expect(grant).toContain('Grant recipient · £16,128 · Registered charity 1099999');
    expect(grant).toContain('href="/services/victims-advice-line/"');
    expect(grant).toContain('href="/contracts/victims-advice-line/"');
    expect(page('services/victims-advice-line/')).toContain('href="/decisions/2013-14-003/"');
  });

  it('leads a notice with what was decided, who decided, when, its cost and its papers, before the background', () => {
    const grant = page('decisions/2013-14-003/');
    const lead = /<h1>[^<]*<\/h1>\s*<p class="lead">([^<]*)<\/p>\s*<dl class="meta"[^>]*>(.*?)<\/dl>/s.exec(grant);
    expect(lead?.[1]).toBe('Granted £16,128 to the Example Victims Trust to keep the victims&#39; advice line open for 2013/14.');
    expect(lead?.[2]).toMatch(/^<dt>Decided by<\/dt> <dd>Police and Crime Commissioner<\/dd> <dt>Date of decision<\/dt> <dd><time datetime="2013-05">May 2013<\/time><\/dd> <dt>Cost<\/dt> <dd>£16,128<\/dd>/);
    expect(grant.indexOf('<h2 id="papers-heading">Papers</h2>')).toBeLessThan(grant.indexOf('<h2>Summary</h2>'));
    expect(page('decisions/2013-14-001/')).toMatch(/<dt>Cost<\/dt> <dd>No cost stated<\/dd>/);
    expect(page('decisions/2013-14-001/')).toContain('No papers were published with this notice.');
    const withPapers = page('decisions/2013-07-code-of-corporate-governance/');
    expect(withPapers.indexOf('>Code of corporate governance</a>')).toBeGreaterThan(withPapers.indexOf('Papers</h2>'));
    expect(withPapers.indexOf('>Code of corporate governance</a>')).toBeLessThan(withPapers.indexOf('<h2>Summary</h2>'));
  });

  it('lists each notice with the sentence of what was decided, not its background summary', () => {
    const year = page('decisions/2013/');
    expect(year).toContain('<p>Granted £16,128 to the Example Victims Trust to keep the victims&#39; advice line open for 2013/14.</p>');
    expect(year).not.toContain("A grant to keep the victims&#39; advice line open for the year.");
    const csv = readFileSync(join(site, 'data/decisions.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^reference,title,decided,/);
    expect(csv).toContain('Adopted a register of gifts and hospitality for the office.');
  });

  it("shows the options a certificate selects, with the full wording as published behind a disclosure", () => {
    const certificate = /<h3>Chief Finance Officer<\/h3>(.*?)<p class="muted">Signed/s.exec(page('decisions/2013-14-003/'))?.[1] ?? '';
    const [shown, disclosed] = certificate.split('<details>');
    expect(shown).toMatch(/<p>Certified that:<\/p><ul><li>b\) the costs identified in this report can be met from existing revenue or capital budgets<\/li><\/ul>/);
    expect(shown).not.toContain('financed from reserves');
    expect(disclosed).toMatch(/^<summary>Full wording as published<\/summary>/);
    for (const option of ['a) there are no financial consequences', 'b) the costs identified', 'c) the costs identified in this report can be financed from reserves AND', 'd) the decision can be taken']) expect(disclosed).toContain(option);
  });

  it('says plainly when a notice does not mark which of its options apply, rather than guess', () => {
    const certificate = /<h3>Chief Finance Officer<\/h3>(.*?)<p class="muted">Signed/s.exec(page('decisions/2012-13-003/'))?.[1] ?? '';
    const [shown, disclosed] = certificate.split('<details>');
    expect(shown).toContain("The notice does not mark which of this certificate's options apply: it prints all of them (a, b).");
    expect(shown).not.toContain('Certified that');
    expect(disclosed).toContain('a) there are no financial consequences as a result of this decision,');
  });

  it('gives a service a page that says what it is, who it helps, where and how to get help, with its money', () => {
    const service = page('services/victims-advice-line/');
    expect(service).toContain('<p class="lede">A telephone line that gives victims of crime advice and puts them in touch with local support.</p>');
    expect(service).toMatch(/<dt>Who it helps<\/dt> <dd>Anyone in Exampleshire affected by a crime/);
    expect(service).toMatch(/<dt>Where<\/dt> <dd>Exampletown, serving Exampleshire<\/dd>/);
    expect(service).toMatch(/<dt>How to get help<\/dt> <dd>Ring 0300 000 0000/);
    expect(service).toMatch(/<dt>Amount<\/dt> <dd>£16,128<\/dd>/);
    expect(service).toContain('listed by the office under “Help after crime”');
  });

  it('shows a service that is only a row of a list in the tables, unlinked, with no page of its own', () => {
    expect(existsSync(join(site, 'services/court-support-volunteers'))).toBe(false);
    expect(existsSync(join(site, 'services/neighbourhood-mediation'))).toBe(false);
    const listing = page('services/');
    expect(listing).toMatch(/<th scope="row">Court support volunteers<\/th>/);
    expect(listing).toMatch(/<th scope="row"><a href="\/services\/victims-advice-line\/">Victims&#39; advice line<\/a><\/th>/);
    expect(listing).toContain('<td data-label="Provider"><a href="/services/providers/example-witness-friends/">Example Witness Friends</a></td>');
    // Its row in the download has no address on this site.
    expect(readFileSync(join(site, 'data/services.csv'), 'utf8')).toMatch(/^court-support-volunteers,.*,Help after crime,,,,Office of the Police/m);
  });

  it("matches the statement's money to the services by theme, under the office's own headings, and says how its total differs", () => {
    const listing = page('services/');
    /** The money table's row for a theme: its published headings, its money and its services. */
    const row = (theme: string) => new RegExp(`<tr><th scope="row"><a href="/services/themes/${theme}/">.*?</tr>`).exec(listing)?.[0].replace(/<[^>]+>/g, '|').replace(/\|[\s|]*/g, '|');
    expect(row('victims-and-witnesses')).toBe('|Victims and witnesses|Published as “Help after crime”|£40,000|2 services|');
    expect(row('community-safety')).toBe('|Community safety|Published as “Safer streets”|£25,000|1 service|');
    expect(row('children-and-young-people')).toBe('|Children and young people|Published as “Young people&#39;s fund”|£12,000|None listed|');
    expect(listing).toContain('<strong>About the total:</strong> The headings add up to £77,000. The budget for 2013/14 gives £65,000 for commissioning');
    const theme = page('services/themes/children-and-young-people/');
    expect(theme).toContain('£12,000, from Commissioning money 2013/14, published May 2013, under “Young people&#39;s fund”.');
    expect(theme).toContain('No services are listed under this theme');
    const victims = page('services/themes/victims-and-witnesses/');
    expect(victims).toContain('£40,000, from Commissioning money 2013/14');
    expect((victims.match(/<tr data-themes=/g) ?? []).length).toBe(2);
  });

  it("publishes the office's papers at the address the notice links to, with their type and size", async () => {
    const notice = page('decisions/2013-07-code-of-corporate-governance/');
    const href = /<a href="([^"]+)">Code of corporate governance<\/a>/.exec(notice)?.[1];
    expect(href).toBe('/files/code-of-corporate-governance.pdf');
    const original = readFileSync(join(EXAMPLESHIRE, 'files', 'code-of-corporate-governance.pdf'));
    expect(notice).toContain(`PDF, ${original.length} bytes`);
    const server = await serve(site);
    try {
      const response = await fetch(`${server.url}${href}`);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(original)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('gives the notices without a number no reference in the downloads, and every notice its address', () => {
    const csv = readFileSync(join(site, 'data', 'decisions.csv'), 'utf8');
    const row = csv.split('\n').find((line) => line.includes('Code of corporate governance'))!;
    expect(row.startsWith(',Code of corporate governance,Adopted a code of corporate governance that brings five earlier documents together.,2013-07,')).toBe(true);
    expect(row).toContain('/decisions/2013-07-code-of-corporate-governance/');
    expect(existsSync(join(site, 'decisions', '2013-14-003', 'index.html'))).toBe(true);
  });
});

describe('a disclosure log kept as the Act counts time', () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

  it('shows each request against 20 working days: received, due, responded, and how it stands', () => {
    const log = text(page('foi/'));
    expect(log).toContain('FOI 2013/014: Overtime paid to staff of the office Received 3 April 2013 · due 14 May 2013 · responded 13 May 2013, within 20 working days');
    expect(log).toContain("FOI 2013/021: Bids for the victims' advice line contract Received 3 June 2013 · due 29 July 2013 · responded 26 July 2013, within the extended time");
    // Received on the Friday before the August bank holiday: due Monday 16 September.
    expect(log).toContain('FOI 2013/027: Meetings of the commissioner with the chief constable Received 16 August 2013 · due 16 September 2013 · responded 19 September 2013, 3 working days late');
  });

  it('restarts the 20 working days when a clarification arrives, and says so', () => {
    const entry = text(page('foi/foi-2013-014/'));
    expect(entry).toContain('Clarification Asked for 5 April 2013, received 15 April 2013; the 20 working days start again from then');
    expect(entry).toContain('Response due 14 May 2013 (20 working days after the clarification was received)');
    expect(entry).toContain('Responded 13 May 2013, after 19 working days: within 20 working days');
  });

  it('gives the date a public interest extension moved the deadline to, and when the requester was told', () => {
    const entry = text(page('foi/foi-2013-021/'));
    expect(entry).toContain('Response due 1 July 2013 (20 working days after receipt)');
    expect(entry).toContain('Extended for the public interest test To 29 July 2013; the requester was told on 27 June 2013');
    expect(entry).toContain('Responded 26 July 2013, after 38 working days: within the extended time');
  });
});

describe("an office's own pages", () => {
  it('renders a GFM table in a page as a table with a header row, and states where the page comes from', () => {
    const boards = page('boards/');
    const table = /<table>[\s\S]*?<\/table>/.exec(boards)?.[0];
    expect(table).toBeDefined();
    const header = /<thead>\s*<tr>([\s\S]*?)<\/tr>\s*<\/thead>/.exec(table!)?.[1];
    expect(Array.from(header!.matchAll(/<th>([^<]*)<\/th>/g), ([, cell]) => cell)).toEqual(['Board', 'Chaired by', 'Meets']);
    expect(table!.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(3);
    expect(table).toContain('<td>Exampleshire Criminal Justice Board</td>');
    expect(boards).toContain('Source: Exampleshire partnerships review, May 2024, Appendix 2.');
  });

  it('puts a page in search and links it from the About page', () => {
    expect(page('boards/')).toMatch(/<main [^>]*data-pagefind-body/);
    expect(page('about/')).toContain('href="/boards/"');
  });
});

describe("an office's own look, from office.json without forking", () => {
  it('has its brand colour, its logo, its navigation, its footer links and its own footer component', async () => {
    const home = page('');
    expect(home).toContain('html:root { --brand: #4b2a6b; }');
    expect(home).toMatch(/<img class="site-logo" src="\/files\/logo.png" alt="">/);
    const navigation = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(home)![0];
    expect(Array.from(navigation.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g), ([, href, label]) => `${label} ${href}`)).toEqual(['Decisions /decisions/', 'Budgets /budgets/', 'Open data /data/', 'About /about/']);
    expect(home).toContain('publishes this site. Write to it at enquiries@exampleshire-pcc.example.');
    expect(home).toContain('<a href="https://www.exampleshire-pcc.example/privacy/">Privacy notice</a>');
    const server = await serve(site);
    try {
      const response = await fetch(`${server.url}/files/logo.png`);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(EXAMPLESHIRE, 'files', 'logo.png')))).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe("an office's contact and signposts, in its own footer", () => {
  /** Every page the layout renders: the editor at /admin/ is Sveltia's page, not the site's. */
  const sitePages = () => (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.html') && !file.startsWith('admin'));

  it('shows the address, phone and email from office.json, 999 and 101 with the text relay numbers, and where to complain, on every page', () => {
    const pages = sitePages();
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'accessibility/index.html', 'decisions/2013-14-003/index.html', 'services/victims-advice-line/index.html', 'about/index.html']));
    for (const file of pages) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(readFileSync(join(site, file), 'utf8'))?.[0] ?? '';
      expect(footer, file).toContain('Example House<br>1 Example Street<br>Exampletown EX1 1AA');
      expect(footer, file).toContain('<a href="tel:01234567890">01234 567890</a>');
      expect(footer, file).toContain('<a href="mailto:enquiries@exampleshire-pcc.example">enquiries@exampleshire-pcc.example</a>');
      expect(footer, file).toMatch(/In an emergency, call <a href="tel:999">999<\/a>\. Otherwise call Exampleshire Police on <a href="tel:101">101<\/a>/);
      expect(footer, file).toContain('<a href="tel:18000">18000</a> in an emergency, <a href="tel:18001101">18001 101</a> otherwise');
      expect(footer, file).toContain('Complain to Exampleshire Police Professional Standards Department.');
      expect(footer, file).toContain('<a href="https://www.exampleshire-police.example/complaints/">www.exampleshire-police.example/complaints</a>');
      expect(footer, file).toContain('Independent Office for Police Conduct (IOPC)');
      expect(footer, file).toContain('The Exampleshire Police and Crime Panel handles complaints about the commissioner.');
      expect(footer, file).toContain('police.panel@exampleshire-council.example');
    }
  });

  it('gives the office\'s contact in its accessibility statement', () => {
    const statement = page('accessibility');
    const main = /<main[\s\S]*<\/main>/.exec(statement)![0];
    expect(main).toContain('Example House<br>1 Example Street<br>Exampletown EX1 1AA');
    expect(main).toContain('<a href="tel:01234567890">01234 567890</a>');
    expect(main).toContain('enquiries@exampleshire-pcc.example');
  });
});

describe('an office whose newest entry is years old', () => {
  it('says so at the top of every page, with the date of its newest entry', () => {
    const pages = (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.html') && !file.startsWith('admin'));
    for (const file of pages) {
      const html = readFileSync(join(site, file), 'utf8');
      const notice = html.indexOf('id="currency-notice"');
      expect(notice, file).toBeGreaterThan(-1);
      expect(notice, file).toBeLessThan(html.indexOf('<main'));
      expect(html, file).toContain('This site has not been updated for some time: its newest entry is dated 2013/14.');
    }
  });

  it('answers a resident\'s questions on its home page, in order, and dates what it shows', () => {
    const home = page('');
    const headings = ['The latest decisions', 'What policing costs a household', 'Who gets commissioning money', 'Does the office publish what the law requires?', 'Get in touch with the office'];
    const at = headings.map((heading) => home.indexOf(`>${heading}</h2>`));
    expect(at.every((index) => index > -1), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(home).toContain('The commissioner is Alex Example, in office since 22 November 2012. The post may have changed hands since this site was last updated.');
    expect(home).toContain('These are the newest decisions published here, the latest dated 23 October 2013.');
    expect(home).toContain('href="/decisions/2013-14-003/">Victims&#39; advice line for 2013/14</a>');
    expect(home).toMatch(/<table id="home-money" class="theme-money"[^>]*>.*?<a href="\/services\/themes\/victims-and-witnesses\/">Victims and witnesses<\/a>/s);
    expect(home).toContain('<a href="/services/victims-advice-line/">Victims&#39; advice line</a>, Example Victims Trust: £16,128');
    const duties = /<ul class="figures status-counts">[\s\S]*?<\/ul>/.exec(home)![0];
    const counts = Array.from(duties.matchAll(/<li><span class="figure">(\d+)<\/span><span>(.*?)<\/span><\/li>/g), ([, count, label]) => `${count} ${label!.replace(/<[^>]+>/g, '')}`);
    // 2d (its staff list overdue here) and 7C (nothing here) are published elsewhere, as office.json says;
    // its decisions and contract, all from 2013, are history by 2025, not what meets 5d and 4b.
    // Its spending (3g) and grants (3f) files stop in January 2014, so both are overdue.
    expect(counts).toEqual(['3 overdue', '0 due soon', '24 missing', '2 published elsewhere', '0 current']);
    // The overdue count leads to the register's list of what is overdue.
    expect(duties).toContain('<a href="/transparency/#overdue">overdue</a>');
    expect(home).toContain('href="/transparency/">Every requirement, its status and where it is published</a>');
  });
});

describe('requirements an office meets on another website', () => {
  const register = () => page('transparency/');
  const row = (id: string) => new RegExp(`<tr id="requirement-${id}">[\\s\\S]*?</tr>`).exec(register())![0];

  it('shows them as published elsewhere, with the address, the day it was checked and the office\'s note', () => {
    const complaints = row('7C');
    expect(complaints).toContain('<strong class="status status-elsewhere">Published elsewhere</strong>');
    expect(complaints).toContain('On another website: <a href="https://www.exampleshire-police.example/about-us/complaints-data/">www.exampleshire-police.example</a>, last checked <time datetime="2025-03-14">14 March 2025</time>');
    expect(complaints).toContain('The force publishes its complaints figures each quarter; the office links to them.');
    const staff = row('2d');
    expect(staff).toContain('Published elsewhere</strong><br><span class="muted">Published on another website, last checked more than 12 months ago.</span>');
    expect(staff).toContain('last checked <time datetime="2023-11-20">20 November 2023</time>');
    // A note on a requirement, beside its status.
    expect(row('5d')).toMatch(/status-missing">Missing<\/strong>.*Decisions of the Exampleshire Police Authority, before November 2012, are kept by the county record office\./s);
  });

  it('counts them in the summary', () => {
    const summary = /<ul class="figures" aria-label="Summary">[\s\S]*?<\/ul>/.exec(register())![0];
    const counts = Array.from(summary.matchAll(/<span class="figure">(\d+)<\/span><span>(.*?)<\/span><\/li>/g), ([, count, label]) => `${count} ${label!.replace(/<[^>]+>/g, '').trim()}`);
    expect(counts).toEqual(['0 Current requirements', '2 Published elsewhere requirements', '0 Due soon requirements', '3 Overdue requirements', '24 Missing requirements']);
  });

  it('lists what no longer meets a requirement under Earlier items, as history, with why', () => {
    expect(row('5d')).toContain('Nothing published in the last 12 months; 6 earlier items are listed as history.');
    expect(row('5d')).toContain('<a href="#history-5d">6 earlier items</a>, as history');
    const history = /<section aria-labelledby="history-heading">[\s\S]*?<\/section>/.exec(register())![0];
    expect(history).toContain('<h2 id="history-heading">Earlier items</h2>');
    const decisions = /<h3 id="history-5d">[\s\S]*?<\/ul>/.exec(history)![0];
    expect(decisions).toContain('published <time datetime="2013-10-23">23 October 2013</time>: more than 12 months before 31 March 2025');
    const budgets = /<h3 id="history-3a-3e">[\s\S]*?<\/ul>/.exec(history)![0];
    expect(budgets).toContain('Budget 2010/11</a>, published <time datetime="2010-02-04">4 February 2010</time>: before this duty came into force on 22 November 2012');
    expect(budgets).toContain('Budget 2013/14</a>, published <time datetime="2013-02-07">7 February 2013</time>: for 2013/14, an earlier year');
  });

  it('links the page elsewhere from the home page\'s card of a requirement to be published prominently', () => {
    const card = /<h3>Police complaints information<\/h3>[\s\S]*?<\/li>/.exec(page(''))![0];
    expect(card).toContain('Published elsewhere</strong>');
    expect(card).toContain('On another website: <a href="https://www.exampleshire-police.example/about-us/complaints-data/">www.exampleshire-police.example</a>, last checked 14 March 2025');
  });

  it('warns once, naming office.json\'s line, for the page checked longer ago than its review interval', () => {
    const warnings = checkOffice(EXAMPLESHIRE, { asOf: '2025-03-31' }).problems.filter((p) => p.rule === 'elsewhere-checked');
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', file: `${EXAMPLESHIRE}/office.json`, line: 54, field: 'register.2d.elsewhere.checked' })]);
    expect(warnings[0]!.message).toContain('expected a check within 12 months of it, found 2023-11-20 (good until 20 November 2024)');
  });
});

describe('any set of references, built', () => {
  /** A notice's reference as editors might type it, and dates as old registers give them. */
  const notices: fc.Arbitrary<Notice[]> = fc.array(
    fc.record({
      reference: fc.option(fc.constantFrom('003', '3', '004', '2020/17', '2020 -17', 'A1', 'a1', '2024'), { nil: undefined }),
      title: fc.constantFrom('Grant to a charity', 'Grant to a Charity', 'Estates strategy'),
      date: fc.constantFrom('2013-05-01', '2013-05', '2014-02-03', '2013/14', '2014/15'),
    }),
    { minLength: 3, maxLength: 6 },
  );

  let builds = 0;

  /** Builds one set of notices the generator picks, the same on every run, in an office numbering them so. */
  function buildSet(restarts: string, wanted: (set: Notice[]) => boolean) {
    const office = new TempOffice(EXAMPLESHIRE);
    builds += 1;
    const out = join(work, `set-${builds}`);
    office.configure({ decisionReference: { pattern: '^.+$', example: '003', restarts } });
    for (const folder of ['decisions', 'services']) rmSync(join(office.dir, folder), { recursive: true });
    const [set] = fc.sample(notices.filter(wanted), { numRuns: 1, seed: 21 });
    set!.forEach((n, index) => office.write(`decisions/n${index}.md`, `---\n${n.reference === undefined ? 'numbered: false' : `reference: ${JSON.stringify(n.reference)}`}\ntitle: ${n.title}\ndate: ${n.date}\ndecisionMaker: pcc\n---\n`));
    const checked = checkOffice(office.dir, { asOf: '2025-03-31' });
    const build = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', out, '--as-of', '2025-03-31'], { env: { ...process.env, OFFICE: office.dir }, encoding: 'utf8' });
    office.remove();
    return { set: set!, checked, build, out };
  }

  it.each(SCHEMES)('publishes every notice of a set with no two at one address at a page of its own (%s)', (restarts) => {
    const { set, checked, build, out } = buildSet(restarts, (candidate) => !sharesAnAddress(candidate, restarts) && everyDateSaysItsYear(candidate, restarts));
    expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(build.status).toBe(0);
    const paths = checked.entries.filter((e) => e.file.collection === 'decisions').map((e) => entryPath('decisions', { id: e.file.id, data: e.data }, checked.office!)!);
    expect(new Set(paths).size).toBe(set.length);
    for (const path of paths) expect(existsSync(join(out, path, 'index.html'))).toBe(true);
  });

  it.each(SCHEMES)('refuses to build a set with two notices at one address, naming both files (%s)', (restarts) => {
    const { checked, build, out } = buildSet(restarts, (candidate) => sharesAnAddress(candidate, restarts));
    expect(build.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    const clash = checked.problems.find((problem) => problem.rule === 'unique-address' || problem.rule === 'unique-reference')!;
    const [named] = /decisions\/n\d\.md/.exec(clash.message)!;
    expect(build.stderr).toContain(clash.file);
    expect(build.stderr).toContain(named);
  });
});

const SCHEMES = ['never', 'calendar-year', 'financial-year'] as const;
type Notice = { reference?: string; title: string; date: string };
const numbering = (restarts: string) => ({ decisionReference: { pattern: '.', example: '003', restarts: restarts as NumberingRestarts }, financialYearStart: { month: 4, day: 1 } });

/** Whether every numbered notice's date says which year its number belongs to (else the check refuses the date alone). */
function everyDateSaysItsYear(set: Notice[], restarts: string): boolean {
  return set.every((n) => n.reference === undefined || restarts === 'never' || numberingYear(n.date, numbering(restarts)) !== undefined);
}

/** Whether two notices of a set would be published at one address, by the office's numbering. */
function sharesAnAddress(set: Notice[], restarts: string): boolean {
  const office = numbering(restarts);
  const usable = set.filter((n) => n.reference === undefined || restarts === 'never' || numberingYear(n.date, office) !== undefined);
  return new Set(usable.map((n) => decisionSlug(n, office))).size < usable.length;
}
