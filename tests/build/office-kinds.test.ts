import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TempOffice } from '../helpers/office.ts';

/** Exampleshire, a fictional commissioner's office, changed into another kind of office. */
const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const work = mkdtempSync(join(tmpdir(), 'office-kinds-'));

function buildAs(name: string, asOf: string, change: (office: TempOffice) => void): string {
  const office = new TempOffice(EXAMPLESHIRE);
  try {
    change(office);
    const out = join(work, name);
    execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', out], { env: { ...process.env, OFFICE: office.dir, AS_OF: asOf }, stdio: 'pipe' });
    return out;
  } finally {
    office.remove();
  }
}

const page = (site: string, path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
/** The text of an element's HTML, without its tags and with its spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

let pfcc: string;
const FIRE_COMPLAINTS = { name: 'Exampleshire Fire and Rescue Service', phone: '01234 567899', website: 'https://www.exampleshire-fire.example/complaints/' };
// Exampleshire as a mayor's office, whose deputy mayor for policing and crime takes the decisions, Jo Deputy
// among its people (tests/setup/shared-sites.ts), as of 31 March 2025; marked an archive too, for another test.
const mayor = inject('exampleshireMayorsArchiveSite');
beforeAll(() => {
  // Exampleshire's commissioner became its fire and rescue authority on 1 October 2017, the day the first did, and took one fire decision.
  pfcc = buildAs('pfcc', '2018-03-31', (office) => {
    // With no route of its own for complaints about the commissioner: the footer names the panel. Complaints
    // about the fire and rescue service go to the service itself.
    const { police } = (JSON.parse(office.read('office.json')) as { complaints: { police: unknown } }).complaints;
    office.configure({ kinds: [{ kind: 'pcc' }, { kind: 'pfcc', from: '2017-10-01' }], complaints: { police, fire: FIRE_COMPLAINTS } });
    office.write('decisions/2017-18-010.md', [
      '---', 'reference: "010"', 'title: Fire station crewing', 'decided: "Agreed to crew Exampletown fire station around the clock."', 'date: 2017-11-05',
      'decisionMaker: pcc', 'function: fire', 'outcome: approved', '---', '',
    ].join('\n'));
    // Its policing and its fire and rescue budgets for 2018/19, set before the year began (the fire duties began in October 2017), each with its precept and a funding table of the same name.
    const budget = (fire: boolean, bandD: number, funding: number) => [
      '---', 'financialYear: 2018/19', ...(fire ? ['function: fire'] : []), 'status: approved', 'approved: 2018-02-08',
      `summary: "Fictional figures for the tests: the ${fire ? 'fire and rescue' : 'police'} precept for 2018/19."`, 'precept:', `  bandD: ${bandD}`,
      'funding:', '  title: Funding', '  unit: £m', '  columns: [2018/19]', '  rows:', '    - id: council-tax', '      label: Council tax precept', `      values: [${funding}]`, '---', '',
    ].join('\n');
    office.write('budgets/2018-19.md', budget(false, 211.23, 41.2));
    office.write('budgets/fire/2018-19.md', budget(true, 68.4, 14.1));
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a Police, Fire and Crime Commissioner's site", () => {
  it('shows the fire and rescue authority duties under their own heading on /transparency/, met by the fire decision', () => {
    const html = page(pfcc, 'transparency');
    const policing = html.indexOf('<h2 id="policing-duties-heading">Policing duties</h2>');
    const fire = html.indexOf('<h2 id="fire-duties-heading">Fire and rescue authority duties</h2>');
    expect(policing).toBeGreaterThan(-1);
    expect(fire).toBeGreaterThan(policing);
    const fireSection = html.slice(fire);
    const row = /<tr id="requirement-fire-5d">([\s\S]*?)<\/tr>/.exec(fireSection);
    expect(row).not.toBeNull();
    expect(text(row![1]!)).toContain('Fire and rescue decisions of significant public interest');
    expect(text(row![1]!)).toContain('Decision 010 of 2017/18: Fire station crewing');
    // The fire decision meets the fire duty, not the policing one.
    const policingDecisions = /<tr id="requirement-5d">([\s\S]*?)<\/tr>/.exec(html.slice(policing, fire));
    expect(policingDecisions![1]).not.toContain('Fire station crewing');
    expect(fireSection).toContain('id="requirement-fire-3a-3e"');
  });

  it('names the Police, Fire and Crime Panel as the one that hears complaints about the commissioner, on every page', () => {
    expect(text(page(pfcc, ''))).toContain('The Police, Fire and Crime Panel for Exampleshire handles complaints about the commissioner.');
    expect(text(page(pfcc, 'decisions/2017-18-010'))).toContain('The Police, Fire and Crime Panel for Exampleshire handles complaints about the commissioner.');
    expect(text(page(pfcc, ''))).toContain("The commissioner's role, the office and the Police, Fire and Crime Panel.");
    // A mayor's office names the body that scrutinises its Mayor where office.json names one, as London's would.
    expect(text(page(mayor, ''))).toContain("The Mayor's role, the office and the Police and Crime Committee of the Exampleshire Assembly.");
    expect(text(page(mayor, 'decisions'))).toContain('The Police and Crime Committee of the Exampleshire Assembly handles complaints about the Mayor.');
  });

  it("names the force's chief officer by the title office.json gives, where the force is not led by a chief constable", () => {
    expect(text(page(mayor, 'spending'))).toContain('Every month the Mayor publishes each payment over £500 made by the office and by the Commissioner of Exampleshire Police');
    expect(text(page(mayor, 'spending/suppliers/northfield-fuel-supplies-ltd'))).toContain("by the Mayor's office and the Commissioner of Exampleshire Police.");
    expect(text(page(mayor, 'data'))).toContain('Whose spending it is (the Mayor or the Commissioner of Exampleshire Police)');
    expect(text(page(mayor, 'spending'))).not.toContain('chief constable');
  });

  it('says where to complain about the fire and rescue service, on every page, where the office gives it', () => {
    for (const path of ['', 'decisions/2017-18-010']) {
      const complaints = /<section aria-labelledby="signpost-complaints"[\s\S]*?<\/section>/.exec(page(pfcc, path))![0];
      expect(text(complaints), path).toContain(`About the fire and rescue service Complain to ${FIRE_COMPLAINTS.name}. Telephone: ${FIRE_COMPLAINTS.phone}`);
      expect(complaints, path).toContain(`href="${FIRE_COMPLAINTS.website}"`);
    }
    expect(text(page(pfcc, ''))).toContain('How to complain about the police, the fire and rescue service or the commissioner is at the foot of every page.');
    expect(text(page(mayor, ''))).toContain('How to complain about the police or the Mayor is at the foot of every page.');
    // Without a route, as in the mayor's office, which is not the fire and rescue authority, the footer says nothing of the service.
    expect(page(mayor, '')).not.toContain('About the fire and rescue service');
  });

  it('names the office holder by the kind on the build date, and each decision by the kind on its date', () => {
    expect(text(page(pfcc, '').match(/<span class="site-title">[\s\S]*?<\/span><\/span>/)![0])).toContain('Police, Fire and Crime Commissioner for Exampleshire');
    const fireDecision = text(page(pfcc, 'decisions/2017-18-010'));
    expect(fireDecision).toContain('Decided by Police, Fire and Crime Commissioner');
    // A notice of May 2013, years before the office took on fire, was the commissioner's.
    expect(text(page(pfcc, 'decisions/2013-14-003'))).toContain('Decided by Police and Crime Commissioner');
  });
});

describe("a Police, Fire and Crime Commissioner's budgets", () => {
  it('publishes the fire and rescue budget at budgets/fire/<year>/ with its own council tax bands', () => {
    const fire = text(page(pfcc, 'budgets/fire/2018-19'));
    expect(fire).toContain('Fire and rescue budget 2018/19');
    expect(fire).toContain('What your council tax band pays for fire and rescue in 2018/19');
    expect(fire).toContain('Fire and rescue precept by council tax band, 2018/19');
    expect(fire).toContain('D £68.40 £1.32');
    expect(fire).not.toContain('police part of council tax');
    expect(text(page(pfcc, 'budgets/2018-19'))).toContain('What your council tax band pays for policing in 2018/19');
  });

  it('keeps the police precept alone on the home page and in the precept history, and lists fire budgets under their own heading', () => {
    const household = text(/<section aria-labelledby="household-heading"[\s\S]*?<\/section>/.exec(page(pfcc, ''))![0]);
    expect(household).toContain('£211.23 a year for a Band D home in 2018/19');
    expect(household).not.toContain('£68.40');
    const budgets = page(pfcc, 'budgets');
    const precepts = /<table id="precepts">[\s\S]*?<\/table>/.exec(budgets)![0];
    expect(precepts).toContain('£211.23');
    expect(precepts).not.toContain('£68.40');
    const policing = budgets.indexOf('<h2 id="policing-budgets-heading">Policing budgets</h2>');
    const fire = budgets.indexOf('<h2 id="fire-budgets-heading">Fire and rescue budgets</h2>');
    expect(policing).toBeGreaterThan(-1);
    expect(fire).toBeGreaterThan(policing);
    expect(budgets.slice(fire)).toContain('href="/budgets/fire/2018-19/"');
    expect(budgets.slice(policing, fire)).not.toContain('/budgets/fire/');
  });

  it('meets the fire and rescue budget duty with the fire budget, and the policing one with the policing budget', () => {
    const html = page(pfcc, 'transparency');
    const fire = text(/<tr id="requirement-fire-3a-3e">([\s\S]*?)<\/tr>/.exec(html)![1]!);
    expect(fire).toContain('Current');
    expect(fire).toContain('Fire and rescue budget 2018/19');
    const policing = text(/<tr id="requirement-3a-3e">([\s\S]*?)<\/tr>/.exec(html)![1]!);
    expect(policing).toContain('Budget 2018/19');
    expect(policing).not.toContain('Fire and rescue budget');
  });

  it("names the fire budget's table downloads apart from the policing budget's of the same year", () => {
    expect(readFileSync(join(pfcc, 'data/budget-2018-19-funding.csv'), 'utf8')).toContain('41.2');
    expect(readFileSync(join(pfcc, 'data/fire-budget-2018-19-funding.csv'), 'utf8')).toContain('14.1');
  });
});

describe("a mayor's site", () => {
  it("puts a notice's own sections under the page's heading for its detail, a level below it", () => {
    const notice = page(mayor, 'decisions/2013-14-003');
    expect(notice).toMatch(/<h2 id="detail-heading">Detail of the submission<\/h2>\s*(?:<[^h][^>]*>\s*)*<h3 id="background">Background<\/h3>/);
    expect(notice).not.toMatch(/<h2[^>]*>Background/);
  });

  it('names the deputy mayor who decided, from the people, with the title of the role', () => {
    expect(text(page(mayor, 'decisions/2013-14-004'))).toContain('Decided by Jo Deputy, Deputy Mayor for Policing and Crime');
    // Exampleshire's people do not say since when Sam Example has been its chief finance officer, so the notice names only the role.
    expect(text(page(mayor, 'decisions/2013-14-001'))).toContain('Decided by Chief Finance Officer Date of decision');
  });

  it("calls the office holder by the commissioner's own title, and shows no fire duties", () => {
    expect(text(page(mayor, '').match(/<span class="site-title">[\s\S]*?<\/span><\/span>/)![0])).toBe('Mayor of Exampleshire Office of the Police and Crime Commissioner for Exampleshire');
    const transparency = page(mayor, 'transparency');
    expect(transparency).not.toContain('Fire and rescue authority duties');
    expect(transparency).toContain('<caption id="register-caption">');
    expect(text(page(mayor, 'people/jo-deputy'))).toContain('Deputy Mayor for Policing and Crime');
    // People published the same month are listed by role: the Mayor before the Chief Finance Officer.
    const listed = text(page(mayor, 'people').split('<main')[1]!);
    expect(listed.indexOf('Alex Example')).toBeGreaterThan(-1);
    expect(listed.indexOf('Alex Example')).toBeLessThan(listed.indexOf('Sam Example'));
    expect(listed.indexOf('Sam Example')).toBeLessThan(listed.indexOf('Jo Deputy'));
  });
});

describe("an office's folder with no entries yet", () => {
  it("is an empty collection, which the build passes over without Astro's warning that it does not exist", () => {
    const { stdout, stderr } = inject('sharedSitesOutput').exampleshireMayorsArchiveSite;
    expect(`${stdout}${stderr}`).not.toContain('does not exist or is empty');
    expect(`${stdout}${stderr}`).not.toContain('[WARN]');
  });
});
