import { afterEach, describe, expect, it } from 'vitest';
import { TempOffice } from '../helpers/office.ts';
import { registerRows } from '../../src/domain/register.ts';
import { decisionMakers } from '../../src/domain/schemas/decisions.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
let office: TempOffice;
afterEach(() => office?.remove());

/** Exampleshire with its kinds set in office.json. */
function exampleshire(kinds: unknown[]): TempOffice {
  return new TempOffice(EXAMPLESHIRE).edit('office.json', '"contact": {', `"kinds": ${JSON.stringify(kinds)},\n  "contact": {`);
}

const problemsOf = (o: TempOffice, rule: string) => o.check({ asOf: '2025-03-31' }).problems.filter((problem) => problem.rule === rule);

describe("the check of a person's role against the office's kind", () => {
  it('refuses the role of an office holder or deputy the office did not have while they were in post, and takes one it did', () => {
    office = exampleshire([{ kind: 'pcc' }, { kind: 'mayor', from: '2013-10-01' }]);
    const person = (name: string, lines: string[]) => office.write(`people/${name}.md`, ['---', `name: ${name}`, ...lines, 'published: 2014-04', '---', ''].join('\n'));
    person('commissioner-after', ['role: pcc', 'from: 2014-01-01']);
    person('deputy-mayor-before', ['role: deputy-mayor', 'from: 2012-11-22', 'to: 2013-06-30']);
    person('commissioner-before', ['role: pcc', 'from: 2012-11-22', 'to: 2013-09-30']);
    person('mayor-after', ['role: mayor', 'from: 2013-10-01']);
    // In post across the change: a role of either kind.
    person('deputy-across', ['role: deputy-pcc', 'from: 2012-11-22', 'to: 2014-03-31']);
    person('chief-executive', ['role: chief-executive', 'from: 2012-11-22']);
    const found = problemsOf(office, 'person-role');
    expect(found.map((problem) => problem.file.replace(/.*people\//, ''))).toEqual(['commissioner-after.md', 'deputy-mayor-before.md']);
    expect(found[0]).toMatchObject({ severity: 'error', field: 'role', line: 3 });
    expect(found[0]!.message).toBe('expected a role of the office\'s kind while they were in post, from 2014-01-01 (mayor, in office.json\'s kinds): one of mayor, deputy-mayor; found "pcc", a role only in an office of kind pcc or pfcc');
    expect(found[1]!.message).toMatch(/^expected a role of the office's kind while they were in post, from 2012-11-22 to 2013-06-30 \(pcc, in office.json's kinds\): one of pcc, deputy-pcc; found "deputy-mayor"/);
  });
});

describe("the check of a decision's maker against the office's kind", () => {
  it("refuses a maker the office's kind on the decision's date does not have, saying where, what was expected and what was found", () => {
    // Exampleshire's commissioner gave way to a mayor on 1 October 2013, halfway through the notices of 2013/14.
    office = exampleshire([{ kind: 'pcc' }, { kind: 'mayor', from: '2013-10-01' }]);
    const found = problemsOf(office, 'decision-maker');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: 6, field: 'decisionMaker' });
    expect(found[0]!.file).toMatch(/decisions\/2013-14-004\.md$/);
    expect(found[0]!.message).toBe(
      'expected a decision maker of the office\'s kind on 2013-10-23 (mayor, in office.json\'s kinds): one of mayor, deputy-mayor, chief-executive, chief-finance-officer; found "pcc" (Police and Crime Commissioner), who makes decisions only in an office of kind pcc or pfcc',
    );
    // A notice dated only by its year, 2013/14, may have been the commissioner's or the mayor's.
    expect(found.some((problem) => problem.file.endsWith('policing-a-dance-event.md'))).toBe(false);

    // The Deputy Mayor's abbreviation, as London writes it, or title is not a value: the message names the value it stands for.
    for (const written of ['DMPC', 'Deputy Mayor for Policing and Crime']) {
      office.edit('decisions/2013-14-004.md', /decisionMaker: .*/, `decisionMaker: ${written}`);
      expect(office.check({ asOf: '2025-03-31' }).problems.filter((problem) => problem.field === 'decisionMaker').map((problem) => problem.message)).toEqual([
        `expected one of ${Object.keys(decisionMakers).map((maker) => `"${maker}"`).join(', ')}, found "${written}" (did you mean "deputy-mayor"?)`,
      ]);
    }
    office.edit('decisions/2013-14-004.md', /decisionMaker: .*/, 'decisionMaker: deputy-mayor');
    expect(problemsOf(office, 'decision-maker')).toEqual([]);
  });

  it("refuses a mayor's decision in an office that has always been a commissioner", () => {
    office = new TempOffice(EXAMPLESHIRE);
    office.edit('decisions/2013-14-004.md', 'decisionMaker: pcc', 'decisionMaker: mayor');
    expect(problemsOf(office, 'decision-maker').map((problem) => problem.field)).toEqual(['decisionMaker']);
  });
});

describe('the fire function', () => {
  it('is refused in an office that is never the fire and rescue authority', () => {
    office = new TempOffice(EXAMPLESHIRE).edit('people/sam-example.md', 'role: chief-finance-officer', 'role: chief-finance-officer\nfunction: fire');
    const found = problemsOf(office, 'fire-function');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', field: 'function', line: 4 });
    expect(found[0]!.message).toContain("office.json's kinds never make the office the fire and rescue authority");
  });

  it("is refused on a decision dated before the office became the fire and rescue authority, and accepted after", () => {
    office = exampleshire([{ kind: 'pcc' }, { kind: 'pfcc', from: '2013-10-01' }]);
    office.edit('decisions/2013-14-003.md', 'decisionMaker: pcc', 'decisionMaker: pcc\nfunction: fire');
    office.edit('decisions/2013-14-004.md', 'decisionMaker: pcc', 'decisionMaker: pcc\nfunction: fire');
    const found = problemsOf(office, 'fire-function');
    expect(found.map((problem) => problem.file.split('/').at(-1))).toEqual(['2013-14-003.md']);
    expect(found[0]!.message).toContain('on 2013-05 the office was a pcc, not the fire and rescue authority');
  });
});

describe("the register of an office that became the fire and rescue authority", () => {
  it('lists a fire decision made before then as history, saying it came before the office became the fire and rescue authority', () => {
    // Exampleshire became the fire and rescue authority on 1 April 2018, after the fire duties came into force on 1 October 2017.
    office = exampleshire([{ kind: 'pcc' }, { kind: 'pfcc', from: '2018-04-01' }]);
    office.write('decisions/2017-18-010.md', [
      '---', 'reference: "010"', 'title: Fire station crewing', 'decided: "Agreed to crew Exampletown fire station around the clock."', 'date: 2018-02-05',
      'decisionMaker: pcc', 'function: fire', 'outcome: approved', '---', '',
    ].join('\n'));
    const { office: config, entries } = office.check({ asOf: '2018-06-01' });
    const rows = registerRows(entries.map(({ file, data }) => ({ collection: file.collection, id: file.id, data })), '2018-06-01', config!);
    const fireDecisions = rows.find((row) => row.requirement.id === 'fire-5d')!;
    expect(fireDecisions.history.map(({ title, reason }) => `${title}: ${reason}`)).toEqual([
      'Decision 010 of 2017/18: Fire station crewing: before the office became the fire and rescue authority on 1 April 2018',
    ]);
    expect(fireDecisions.assessment.note).toBe('Nothing published since the office became the fire and rescue authority on 1 April 2018; 1 earlier item is listed as history.');
  });
});

describe("a Police, Fire and Crime Panel's meeting, which serves both functions", () => {
  it('meets the fire duties it names by the same dates as the policing duties it meets by its nature: the meeting, its papers and its minutes', () => {
    office = exampleshire([{ kind: 'pfcc' }]);
    office.write('meetings/panel-2024-12-04.md', [
      '---', 'title: Police, Fire and Crime Panel', 'heldBy: police-and-crime-panel', 'date: 2024-12-04', 'agenda:', '  - The precepts for 2025/26',
      'published: 2024-11-26', 'minutesPublished: 2025-01-15', 'requirements: [fire-5a, fire-5b, fire-5c]', '---', '',
    ].join('\n'));
    const { office: config, entries } = office.check({ asOf: '2025-03-31' });
    const rows = registerRows(entries.map(({ file, data }) => ({ collection: file.collection, id: file.id, data })), '2025-03-31', config!);
    const timed = (id: string) => rows.find((row) => row.requirement.id === id)!.publications.map(({ event, published }) => `${id} ${event} ${published}`);
    for (const id of ['5a', '5b', '5c']) expect(timed(`fire-${id}`)).toEqual(timed(id).map((line) => `fire-${line}`));
    expect(timed('fire-5c')).toEqual(['fire-5c 2024-12-04 2025-01-15']);
  });
});

describe("a Police, Fire and Crime Commissioner's two budgets a year", () => {
  /** A fire and rescue budget for a year, holding only its precept. */
  const fireBudget = (financialYear: string) => ['---', `financialYear: ${financialYear}`, 'function: fire', 'status: approved', 'summary: "Fictional figures for the tests: the fire and rescue precept."', 'precept:', '  bandD: 70.12', '---', ''].join('\n');
  const errors = (o: TempOffice) => o.check({ asOf: '2025-03-31' }).problems.filter((problem) => problem.severity === 'error');

  it('accepts a policing and a fire budget for one year, and refuses a second of the same function with its file, line and field', () => {
    office = exampleshire([{ kind: 'pcc' }, { kind: 'pfcc', from: '2013-06-01' }]);
    office.write('budgets/fire/2013-14.md', fireBudget('2013/14'));
    expect(errors(office)).toEqual([]);

    office.write('budgets/fire/2013-14-revised.md', fireBudget('2013/14'));
    const found = errors(office);
    expect(found.map((problem) => problem.rule).sort()).toEqual(['file-name', 'unique-year']);
    const duplicate = found.find((problem) => problem.rule === 'unique-year')!;
    expect(duplicate).toMatchObject({ file: expect.stringMatching(/budgets\/fire\/2013-14-revised\.md$/), line: 2, field: 'financialYear' });
    expect(duplicate.message).toMatch(/^2013\/14 already has a fire and rescue budget file: .*budgets\/fire\/2013-14\.md$/);
  });

  it('keeps a fire budget in budgets/fire/, and refuses one for a year the office was not the fire and rescue authority', () => {
    office = exampleshire([{ kind: 'pcc' }, { kind: 'pfcc', from: '2013-06-01' }]);
    office.write('budgets/2013-14-fire.md', fireBudget('2013/14'));
    const [misnamed, ...rest] = errors(office);
    expect(rest).toEqual([]);
    expect(misnamed).toMatchObject({ rule: 'file-name', field: 'financialYear', line: 2 });
    expect(misnamed!.message).toBe('the file is named 2013-14-fire but holds the fire and rescue budget for 2013/14: name it fire/2013-14.md');

    // One in the fire budgets' folder that does not say it is the fire budget gets one message, saying what to do.
    office.remove();
    office = exampleshire([{ kind: 'pcc' }, { kind: 'pfcc', from: '2013-06-01' }]);
    office.write('budgets/fire/2013-14.md', fireBudget('2013/14').replace('function: fire\n', ''));
    expect(errors(office).map(({ line, field, message }) => `${line} ${field}: ${message}`)).toEqual([
      "2 financialYear: the file is in budgets/fire/, the fire and rescue budgets' folder, but does not say function: fire: add function: fire if it is the fire and rescue budget for 2013/14, or move it to budgets/2013-14.md",
    ]);

    office.remove();
    office = exampleshire([{ kind: 'pcc' }, { kind: 'pfcc', from: '2013-06-01' }]);
    office.write('budgets/fire/2012-13.md', fireBudget('2012/13'));
    const [refused, ...others] = errors(office);
    expect(others).toEqual([]);
    expect(refused).toMatchObject({ rule: 'fire-function', field: 'function', line: 3 });
    expect(refused!.message).toContain('in 2012/13 the office was a pcc, not the fire and rescue authority');
  });
});
