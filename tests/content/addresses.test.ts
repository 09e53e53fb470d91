import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { entryPath } from '../../src/domain/addresses.ts';
import type { NumberingRestarts } from '../../src/domain/schemas/office.ts';
import { NORFOLK, TempOffice } from '../helpers/office.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
let office: TempOffice;
afterEach(() => office?.remove());

const errors = (o: TempOffice) => o.check({ asOf: '2025-03-31' }).problems.filter((problem) => problem.severity === 'error');

function notice(fields: Record<string, unknown>): string {
  const lines = Object.entries({ decisionMaker: 'pcc', ...fields }).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

describe('a page address is an identity', () => {
  it.each([['2020/17', '2020 -17'], ['2020/17', '2020/17 '], ['A1', 'a1']])('refuses "%s" beside "%s", naming both files', (first, second) => {
    office = new TempOffice(NORFOLK).edit('office.json', /"pattern": ".*?"/, '"pattern": "^.+$"');
    office.write('decisions/first.md', notice({ reference: first, title: 'One', date: '2020-05-01' }));
    office.write('decisions/second.md', notice({ reference: second, title: 'Two', date: '2020-06-01' }));
    const found = errors(office).filter((p) => p.rule === 'unique-address' || p.rule === 'unique-reference');
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toMatch(/decisions\/second\.md$/);
    expect(found[0]!.field).toBe('reference');
    expect(found[0]!.message).toContain(`${relative(process.cwd(), office.dir)}/decisions/first.md`);
  });

  it('publishes a notice whose reference is a year at an address of its own, not the listing of that year', () => {
    office = new TempOffice(NORFOLK).edit('office.json', /"pattern": ".*?"/, '"pattern": "^\\\\d+(/\\\\d{4})?$"');
    office.write('decisions/2024.md', notice({ reference: '2024', title: 'Numbered like a year', date: '2024-05-01', decided: 'x', summary: 'x', outcome: 'approved' }));
    expect(errors(office)).toEqual([]);
    expect(entryPath('decisions', { id: '2024', data: { reference: '2024', title: 'x', date: '2024-05-01' } }, office.check().office!)).toBe('decisions/decision-2024/');
  });

  it.each([
    ['pages/decisions.md', 'the list of decisions'],
    ['pages/search.md', 'the search page'],
    ['pages/people.md', 'the list of people'],
    ['pages/files.md', "the office's published files"],
  ])('refuses %s, which would take the address of %s', (path, owner) => {
    office = new TempOffice(NORFOLK).write(path, '---\ntitle: A page\ndescription: A page.\n---\n');
    const [problem, ...rest] = errors(office);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ rule: 'unique-address' });
    expect(problem!.message).toContain(`the address of ${owner}`);
  });

  it('refuses a file name that cannot be an address, and a page in a sub-folder', () => {
    office = new TempOffice(EXAMPLESHIRE);
    office.write('services/Victims Line.md', office.read('services/victims-advice-line.md'));
    office.write('pages/about/team.md', '---\ntitle: Team\ndescription: The team.\n---\n');
    const messages = errors(office).filter((p) => p.rule === 'file-name').map((p) => p.message).sort();
    expect(messages).toEqual([
      'the file\'s name becomes the address of its page (Victims Line): use lower-case letters, digits and hyphens, like victims-line.md',
      'the file\'s name becomes the address of its page (about/team): move it out of its sub-folder, into pages/',
    ]);
  });

  it('warns rather than refuses when the entry sharing an address is a draft', () => {
    office = new TempOffice(NORFOLK);
    office.write('decisions/copy.md', office.read('decisions/2020-41.md').replace('status: published', 'status: draft'));
    const problems = office.check().problems.filter((p) => p.rule === 'unique-reference');
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('numbering as offices really do it', () => {
  it('publishes 003 of 2012/13 and 003 of 2013/14 side by side where numbers restart each financial year', () => {
    office = new TempOffice(EXAMPLESHIRE);
    expect(errors(office)).toEqual([]);
  });

  it('refuses a second 003 in the same financial year, naming the first', () => {
    office = new TempOffice(EXAMPLESHIRE);
    office.write('decisions/again.md', notice({ reference: '003', title: 'Another', date: '2014-02-01' }));
    const [problem, ...rest] = errors(office);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ rule: 'unique-reference', field: 'reference' });
    expect(problem!.message).toMatch(/^the reference "003 of 2013\/14" is already used by .*decisions\/2013-14-003\.md$/);
  });

  it('refuses a reused number where numbers never restart', () => {
    office = new TempOffice(EXAMPLESHIRE).edit('office.json', '"restarts": "financial-year"', '"restarts": "never"');
    expect(errors(office).filter((p) => p.rule === 'unique-reference').map((p) => p.message)).toEqual([expect.stringMatching(/^the reference "003" is already used by .*decisions\/2012-13-003\.md$/)]);
  });

  it('asks for the month where a financial year cannot say which calendar year a number belongs to', () => {
    office = new TempOffice(EXAMPLESHIRE).edit('office.json', '"restarts": "financial-year"', '"restarts": "calendar-year"');
    expect(errors(office).filter((p) => p.file.endsWith('2013-14-001.md')).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'date: numbers start again each calendar year, so the date must say which calendar year "001" belongs to, but 2013/14 could be in either of two: give at least the month',
    ]);
  });

  it('needs a reference, or numbered: false, never neither and never both', () => {
    office = new TempOffice(EXAMPLESHIRE).edit('decisions/code-of-corporate-governance.md', 'numbered: false', 'title2: x').edit('decisions/code-of-corporate-governance.md', 'title2: x\r\n', '');
    office.edit('decisions/policing-a-dance-event.md', 'numbered: false', 'numbered: false\r\nreference: "009"');
    expect(errors(office).map((p) => `${p.field}: ${p.message}`).sort()).toEqual([
      'numbered: the notice has the reference "009" but says numbered: false: remove one of them',
      'reference: expected a reference like "003"; if the office published this notice without a number, write numbered: false instead',
    ]);
  });

  it('finds the notice a service names by its address where the reference alone names one a year', () => {
    office = new TempOffice(EXAMPLESHIRE).edit('services/victims-advice-line.md', 'decision: 2013-14-003', 'decision: "003"');
    expect(errors(office).map((p) => p.message)).toEqual(['the reference "003" names 2 decision notices, one in each year numbers started again: write the one you mean as "2012-13-003" or "2013-14-003"']);
  });
});

describe('honest unknowns', () => {
  it('accepts a notice dated only by its month or financial year, with no originator, summary, recommendation or outcome', () => {
    office = new TempOffice(NORFOLK);
    office.write('decisions/old.md', notice({ reference: '3/2013', title: 'An old notice', date: '2013-02' }));
    office.write('decisions/older.md', notice({ reference: '1/2013', title: 'An older notice', date: '2012/13' }));
    expect(errors(office)).toEqual([]);
  });

  it('judges a vague date by the days it may be: a month that holds a possible day is possible', () => {
    office = new TempOffice(NORFOLK);
    office.write('decisions/first-month.md', notice({ reference: '1/2012', title: 'The first month', date: '2012-11' }));
    office.write('decisions/too-early.md', notice({ reference: '2/2012', title: 'Before commissioners', date: '2012-10' }));
    office.write('decisions/not-yet.md', notice({ reference: '3/2025', title: 'Not yet', decided: 'x', date: '2025/26' }));
    expect(errors(office).map((p) => `${p.file.split('/').at(-1)} ${p.message}`).sort()).toEqual([
      'not-yet.md dated 2025/26, after the build date 2025-03-31: a decision cannot be dated in the future',
      'too-early.md dated 2012-10, before 2012-11-22, the day police and crime commissioners took office: check the year',
    ]);
  });

  it("accepts notices from before commissioners took office when the office's first kind began earlier, as London's mayor's office did, and none before that", () => {
    office = new TempOffice(NORFOLK).configure({ kinds: [{ kind: 'mayor', from: '2012-01-16' }] });
    office.write('decisions/first-year.md', notice({ reference: '2/2012', title: 'In the first year', date: '2012-03-20' }));
    office.write('decisions/too-early.md', notice({ reference: '1/2011', title: 'Before the office', date: '2011-12-01' }));
    expect(errors(office).filter((p) => p.rule === 'date-range').map((p) => `${p.file.split('/').at(-1)} ${p.message}`)).toEqual([
      "too-early.md dated 2011-12-01, before 2012-01-16, the day the office's first kind began (kinds in office.json): check the year",
    ]);
  });
});

/** Any notice's reference as editors might type it: digits, with a year, slashes, spaces, a different case. */
const reference = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map((n) => String(n).padStart(3, '0')),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom('/', ' -', '-', ' / ', '/ '), fc.constantFrom('2013', '2014')).map(([n, sep, year]) => `${n}${sep}${year}`),
  fc.constantFrom('A1', 'a1', ' A1 ', '2024'),
);
const notices = fc.array(
  fc.record({
    reference: fc.option(reference, { nil: undefined }),
    title: fc.constantFrom('Grant to a charity', 'Grant to a Charity', 'Estates strategy'),
    date: fc.constantFrom('2013-05-01', '2013-05', '2013-11-20', '2014-02-03', '2013/14', '2014/15'),
  }),
  { minLength: 2, maxLength: 7 },
);

describe('any set of references, in every numbering scheme', () => {
  it.each(['never', 'calendar-year', 'financial-year'] as NumberingRestarts[])('publishes one address per notice, or the check names both notices that would share one (%s)', (restarts) => {
    office = new TempOffice(EXAMPLESHIRE);
    office.configure({ decisionReference: { pattern: '^.+$', example: '003', restarts } });
    for (const name of ['decisions', 'services']) rmSync(join(office.dir, name), { recursive: true });
    fc.assert(
      fc.property(notices, (set) => {
        rmSync(join(office.dir, 'decisions'), { recursive: true, force: true });
        set.forEach((n, index) => office.write(`decisions/n${index}.md`, notice(n.reference === undefined ? { numbered: false, title: n.title, date: n.date } : n)));
        const { problems, office: config, entries } = office.check({ asOf: '2025-03-31' });
        const refused = problems.filter((p) => p.severity === 'error');
        const published = entries.filter((e) => e.file.collection === 'decisions');
        // A date too vague for the numbering is refused on its own; the rest is about addresses.
        if (refused.some((p) => p.rule === 'date-range')) return;
        const byPath = new Map<string, string[]>();
        for (const entry of published) {
          const path = entryPath('decisions', { id: entry.file.id, data: entry.data }, config!)!;
          byPath.set(path, [...(byPath.get(path) ?? []), entry.file.path]);
        }
        for (const files of byPath.values()) {
          if (files.length === 1) continue;
          // Every notice after the first at an address is refused, naming the first.
          for (const later of files.slice(1)) {
            expect(refused.some((p) => p.file === later && p.message.includes(files[0]!))).toBe(true);
          }
        }
        if (refused.length === 0) expect(byPath.size).toBe(published.length);
        expect(readdirSync(join(office.dir, 'decisions'))).toHaveLength(set.length);
      }),
      { numRuns: 60 },
    );
  });
});
