import { afterEach, describe, expect, it } from 'vitest';
import { TempOffice } from '../helpers/office.ts';

let office: TempOffice;
afterEach(() => office?.remove());

const DECISION = 'decisions/2020-41.md';
const BUDGET_2016 = 'budgets/2016-17.md';

function errors(o: TempOffice) {
  return o.check().problems.filter((problem) => problem.severity === 'error');
}

describe('rules across entries', () => {
  it('rejects a second decision with the same reference, naming the first file', () => {
    office = new TempOffice();
    office.write('decisions/zz-duplicate.md', office.read(DECISION));
    const [problem, ...rest] = errors(office);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: expect.stringMatching(/decisions\/zz-duplicate\.md$/), field: 'reference', rule: 'unique-reference' });
    expect(problem!.message).toMatch(/^the reference "41\/2020" is already used by .*decisions\/2020-41\.md$/);
    expect(problem!.line).toBe(office.read('decisions/zz-duplicate.md').split('\n').findIndex((line) => line.startsWith('reference:')) + 1);
  });

  it("rejects a reference that does not follow the office's format", () => {
    office = new TempOffice().edit(DECISION, /reference: .*/, 'reference: "2020/41/A"');
    expect(errors(office).map((p) => p.message)).toEqual([`expected a reference in this office's format, like "41/2020", found "2020/41/A"`]);
  });

  it("compares a budget's Band D with the previous year's budget, and with the change it states", () => {
    // Exampleshire's 2011/12 budget states a rise of 1.97% on 2010/11's £187.47.
    office = new TempOffice('tests/fixtures/offices/exampleshire').edit('budgets/2011-12.md', 'changePercent: 1.97', 'previousBandD: 187.74\n  changePercent: 1.97');
    const [problem, ...rest] = errors(office);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'precept.previousBandD', rule: 'precept' });
    expect(problem!.message).toMatch(/^the previous year's Band D is given as £187\.74, but the 2010\/11 budget \(.*budgets\/2010-11\.md\) gives £187\.47: correct whichever is wrong$/);
    office.edit('budgets/2011-12.md', 'bandD: 191.16', 'bandD: 19.116').edit('budgets/2011-12.md', 'previousBandD: 187.74', 'previousBandD: 187.47');
    expect(errors(office).map((p) => p.message)).toEqual(['expected at most two decimal places (pounds and pence), found 19.116']);
    office.edit('budgets/2011-12.md', 'bandD: 19.116', 'bandD: 19.12');
    expect(errors(office).map((p) => p.message)).toEqual(['Band D of £19.12 after £187.47 is a change of -89.80%, but changePercent says 1.97%: check the Band D figure, the previous year\'s, and the change']);
  });

  it('rejects a decision pillar that no plan has', () => {
    office = new TempOffice().edit(DECISION, /^pillars: \[\]$/m, 'pillars:\n  - police-crime-and-community-safety-plan-2022-24#support-victimz');
    const [problem] = errors(office);
    expect(problem).toMatchObject({ field: 'pillars.0', rule: 'reference' });
    expect(problem!.message).toContain('no plan pillar "police-crime-and-community-safety-plan-2022-24#support-victimz"');
  });

  it('accepts a decision pillar that resolves', () => {
    office = new TempOffice().edit(DECISION, /^pillars: \[\]$/m, 'pillars:\n  - police-crime-and-community-safety-plan-2022-24#support-victims');
    expect(errors(office)).toEqual([]);
  });

  it('rejects a restricted decision that still carries the withheld text', () => {
    office = new TempOffice().edit(DECISION, /^restricted: false$/m, 'restricted: true\nrestrictionReason: Commercially sensitive.');
    expect(errors(office).map((p) => `${p.field} ${p.rule}`)).toEqual(['body restricted']);
  });

  it('rejects a service that names a decision that does not exist', () => {
    office = new TempOffice().edit('services/restorative-justice-hub.md', /^theme: /m, 'decision: "99/2020"\ntheme: ');
    expect(errors(office).map((p) => p.message)).toEqual(['no decision notice has the reference "99/2020" (did you mean "41/2020"?)']);
  });

  it('rejects a plan that supersedes a plan that does not exist', () => {
    office = new TempOffice().edit('plans/police-crime-and-community-safety-plan-2022-24.md', /^status: /m, 'supersedes: police-and-crime-plan-2016-20\nstatus: ');
    expect(errors(office)[0]!.message).toContain('no plan "police-and-crime-plan-2016-20" in plans/');
  });

  it('rejects a budget total that does not add up, showing the lines, sum, total and difference', () => {
    office = new TempOffice().edit(BUDGET_2016, /values: \[15943, 9228, 2636, 2347\]/, 'values: [15953, 9228, 2636, 2347]');
    const messages = errors(office).map((p) => p.message);
    expect(messages[0]).toBe('"Total" for 2016/17 does not add up: Estates schemes 10,966 + ICT (Norfolk only) 385 + ICT (Norfolk share of joint) 3,287 + Vehicles and Equipment 1,305 = 15,943, but the declared total is 15,953, £10k more than its lines (the table allows £1k for rounding)');
    expect(messages[1]).toBe('the capital programme for 2016/17 totals £15,953k but its financing totals £15,942k, £11k short (the tables allow £1k for rounding)');
  });

  it('rejects a discrepancy note once the figures are corrected', () => {
    office = new TempOffice().edit('budgets/2021-22.md', /values: \[183056, 183187, 183187, 183545\]/, 'values: [183056, 183187, 183149, 183545]');
    expect(errors(office).map((p) => p.message)).toEqual(['this discrepancy note is out of date: "net-budget" for 2023/24 now adds up, so remove the note']);
  });

  it('rejects a second budget for the same year and a misnamed budget file', () => {
    office = new TempOffice();
    office.write('budgets/2016-17-revised.md', office.read(BUDGET_2016));
    expect(errors(office).map((p) => p.rule).sort()).toEqual(['file-name', 'unique-year']);
  });

  it('rejects services whose amounts exceed the money of the headings matched to their theme', () => {
    office = new TempOffice().edit('services/restorative-justice-hub.md', /^theme: /m, 'amount: 1400000\ntheme: ');
    const [problem] = errors(office);
    expect(problem).toMatchObject({ file: expect.stringMatching(/commissioning\/annex-f-2016\.md$/), field: 'themes.0.total', rule: 'reconcile' });
    expect(problem!.message).toBe('"Supporting Victims and Witnesses" and "Domestic Abuse and Sexual Violence" declare between them £1,307,574 but the services with amounts already add up to £1,400,000, £92,426 more than declared (the statement allows £0 for rounding)');
  });

  it('rejects text below the front matter of a service that is only a row of a list, and takes it once the service says what it is', () => {
    office = new TempOffice().edit('services/restorative-justice-hub.md', /---\s*$/, '---\n\nSome words about the service.\n');
    expect(errors(office).map((p) => `${p.field} ${p.rule}`)).toEqual(['body service-page']);
    office.edit('services/restorative-justice-hub.md', /^theme: /m, 'summary: "Words from the source."\ntheme: ');
    expect(errors(office)).toEqual([]);
  });

  it('rejects a transparency item that names a requirement not in the catalogue', () => {
    office = new TempOffice().write('transparency/custody-visiting.md', '---\ntitle: Custody visiting\nrequirements: ["9"]\npublished: 2022-01-10\nsummary: How the scheme works.\n---\n');
    expect(errors(office).map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual(['3 requirements.0 no requirement "9" in the Specified Information Order catalogue (data/sio-requirements.json)']);
  });
});

describe('schema problems in files', () => {
  it('points at the line of the bad field and says what was found', () => {
    office = new TempOffice().edit(DECISION, /^date: .*$/m, 'date: 9th Nov 2020');
    const [problem] = errors(office);
    const line = office.read(DECISION).split('\n').findIndex((l) => l.startsWith('date:')) + 1;
    expect(problem).toMatchObject({ line, field: 'date', message: 'expected a date like 2020-11-09 (or 2020-11, or 2020/21, when the record gives only the month or the financial year), found "9th Nov 2020"' });
  });

  it('reports every problem in a file, not just the first', () => {
    office = new TempOffice().edit(DECISION, /^outcome: .*$/m, 'outcome: agreed').edit(DECISION, /^decisionMaker: .*$/m, 'decisionMaker: the PCC');
    expect(errors(office).map((p) => p.field).sort()).toEqual(['decisionMaker', 'outcome']);
  });

  it('reports a missing required field and broken YAML', () => {
    office = new TempOffice().edit(DECISION, /^title: .*\n/m, '');
    expect(errors(office).map((p) => `${p.field}: ${p.message}`)).toEqual(['title: this field is required but missing']);
    office.remove();
    office = new TempOffice().edit(DECISION, /^title: .*$/m, 'title: [unclosed');
    expect(errors(office)[0]!.message).toMatch(/^the front matter is not valid YAML/);
  });

  it('reports an office configuration that does not validate, with its line', () => {
    office = new TempOffice().edit('office.json', '"shortName": "OPCCN"', '"shortName": ""');
    expect(errors(office).map((p) => `${p.file.split('/').pop()}:${p.line} ${p.field}`)).toEqual(['office.json:3 shortName']);
  });
});
