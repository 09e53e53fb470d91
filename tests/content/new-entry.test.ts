import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeNewEntry } from '../../src/build/new-entry.ts';
import { collections, type CollectionName } from '../../src/domain/collections.ts';
import { nextReference } from '../../src/domain/scaffold.ts';
import { starterFiles, starterKinds, starterOffice, type OfficeKind } from '../../src/domain/starter.ts';
import { formatText } from '../../src/domain/check/problems.ts';
import { NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';

const office = new TempOffice();
afterAll(() => office.remove());

function newEntry(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['src/build/commands/new.ts', ...args], { env: { ...process.env, OFFICE: dir, AS_OF: '2026-11-23' }, encoding: 'utf8' });
}

/** The starter's files outside content/, which the check does not read. */
const STARTER_TEMPLATES = { gitignore: '', 'github/workflows/check.yml': '', 'github/workflows/deploy.yml': '', 'README.md': '' };

describe('a new office of each kind', () => {
  const kinds: [OfficeKind, boolean][] = [...(Object.keys(starterKinds) as OfficeKind[]).map((kind): [OfficeKind, boolean] => [kind, false]), ['mayor', true]];
  it.each(kinds)('passes its own check the day it is made (%s, fire %s), its new decision and person in the roles of its holder', (kind, fire) => {
    const today = '2026-11-23';
    const made = starterOffice({ area: 'Exampleshire', kind, email: 'enquiries@example.org', fire }, today);
    if ('problems' in made) throw new Error(JSON.stringify(made.problems));
    const files = starterFiles({ area: 'Exampleshire', kind, fire }, made.office, made.text, { publisher: '^0.1.0', today }, STARTER_TEMPLATES);
    const created = new TempOffice(NOTTINGHAMSHIRE);
    try {
      rmSync(created.dir, { recursive: true });
      for (const [path, text] of Object.entries(files)) if (path.startsWith('content/')) created.write(path.slice('content/'.length), text);
      expect(created.check({ asOf: today }).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      const holder = kind === 'mayor' ? 'mayor' : 'pcc';
      expect(Object.entries(files).find(([path]) => path.startsWith('content/decisions/'))![1]).toMatch(new RegExp(`^decisionMaker: ${holder}$`, 'm'));
      expect(Object.entries(files).find(([path]) => path.startsWith('content/people/'))![1]).toMatch(new RegExp(`^role: ${holder}$`, 'm'));
      // Its about page, published as it is, names the holder as the kind does ("Mayor of", "Commissioner for"), with nothing left to replace.
      expect(files['content/pages/about.md']).toContain(kind === 'mayor' ? 'The Mayor of Exampleshire is elected' : 'Commissioner for Exampleshire is elected');
      expect(files['content/pages/about.md']).not.toMatch(/\breplace\b/i);
      expect(files['content/pages/about.md'].includes('is also the fire and rescue authority')).toBe(kind === 'pfcc' || fire);
    } finally {
      created.remove();
    }
  });
});

describe('npm run new', () => {
  // Each kind of entry is written in this process, as the command writes it; the command itself is run below.
  it.each(Object.entries(collections).map(([name, { folder }]) => [name as CollectionName, folder]))('creates a %s entry that passes the check', (name, folder) => {
    const before = new Set(existsSync(join(office.dir, folder)) ? readdirSync(join(office.dir, folder)) : []);
    const { written } = writeNewEntry(office.dir, name, '2026-11-23');
    const created = readdirSync(join(office.dir, folder)).filter((file) => !before.has(file));
    expect(created).toHaveLength(1);
    expect(written).toMatch(new RegExp(`${folder}/${created[0]}$`));
    const problems = office.check({ asOf: '2026-11-23' }).problems.filter((p) => p.file.endsWith(`${folder}/${created[0]}`) && p.severity === 'error');
    expect(problems).toEqual([]);
  });

  it('numbers a decision after the last one of the year, in the office\'s format, dated today, as a draft', () => {
    const text = readFileSync(join(office.dir, 'decisions', '1-2026.md'), 'utf8');
    expect(text).toMatch(/^reference: 1\/2026$/m);
    expect(text).toMatch(/^date: 2026-11-23$/m);
    expect(text).toMatch(/^status: draft$/m);
    expect(text).toContain('# The date the decision was made: YYYY-MM-DD');
    expect(text).toMatch(/^# What was decided, in one plain sentence.*\ndecided: /m);
    expect(nextReference('41/2020', 2026, ['41/2020', '1/2026', '12/2026'])).toBe('13/2026');
    expect(nextReference('2014.001', 2026, ['2026.004'])).toBe('2026.005');
    // A two-figure year, where the example has no four-figure one.
    expect(nextReference('PFCC/041/26', 2026, ['PFCC/041/26', 'PFCC/007/25'])).toBe('PFCC/042/26');
    expect(nextReference('PFCC/041/25', 2026, ['PFCC/041/25'])).toBe('PFCC/001/26');
    // With as many figures as the office's pattern asks for, where its example has no leading zero to copy.
    expect(nextReference('DN 12/YNYCA/DM/2024', 2026, ['DN 5/YNYCA/DM/2026'], '^DN \\d{2,3}/(YNYCA/(M|DM)/)?\\d{4}$')).toBe('DN 06/YNYCA/DM/2026');
    expect(nextReference('12/2024', 2026, ['5/2026'], '^\\d{1,3}/\\d{4}$')).toBe('6/2026');
  });

  it("gives a new entry's guidance on one line of the check's text, with each field and its line", () => {
    const lines = formatText(office.check({ asOf: '2026-11-23' }).problems, 1).split('\n').filter((line) => line.includes('decisions/1-2026.md:'));
    expect(lines).toEqual([expect.stringMatching(/decisions\/1-2026\.md:\d+  title, decided, [a-z., ]*body  warning: the guidance from a new entry is still in these \d+ fields \(lines [\d, ]+\): replace it with the real content$/)]);
  });

  it('leaves guidance that the check refuses once the entry is no longer a draft', () => {
    const file = join(office.dir, 'decisions', '1-2026.md');
    office.write('decisions/1-2026.md', readFileSync(file, 'utf8').replace('status: draft', 'status: published'));
    const problems = office.check({ asOf: '2026-11-23' }).problems.filter((p) => p.file.endsWith('decisions/1-2026.md'));
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(expect.arrayContaining(['title', 'decided', 'summary', 'body']));
    office.write('decisions/1-2026.md', readFileSync(file, 'utf8').replace('status: published', 'status: draft'));
  });

  it('gives a new budget the next financial year not yet held, in a file named for it', () => {
    expect(readdirSync(join(office.dir, 'budgets'))).toContain('2027-28.md');
  });

  it("gives a Police, Fire and Crime Commissioner's new fire budget its own folder and function, the next year without a fire budget", () => {
    const pfcc = new TempOffice(NOTTINGHAMSHIRE).configure({ kinds: [{ kind: 'pfcc' }] });
    try {
      const made = newEntry(pfcc.dir, 'budget', '--fire');
      expect(made.status, made.stdout + made.stderr).toBe(0);
      expect(made.stdout).toContain('budgets/fire/2027-28.md: fill in each field');
      expect(pfcc.read('budgets/fire/2027-28.md')).toMatch(/^function: fire$/m);
      expect(pfcc.check({ asOf: '2026-11-23' }).problems.filter((p) => p.file.includes('budgets/fire/') && p.severity === 'error')).toEqual([]);
      // Its policing budget of the same year is a budget of its own.
      expect(newEntry(pfcc.dir, 'budget').stdout).toContain('budgets/2027-28.md: fill in each field');
      expect(newEntry(pfcc.dir, '--fire', 'budget').stdout).toContain('budgets/fire/2028-29.md: fill in each field');
    } finally {
      pfcc.remove();
    }
  });

  it('accepts what an editor might type, and explains what it does not know', () => {
    const other = new TempOffice(NOTTINGHAMSHIRE);
    try {
      const made = newEntry(other.dir, 'Decision');
      expect(made.status, made.stdout + made.stderr).toBe(0);
      expect(made.stdout).toContain('decisions/2026-001.md: fill in each field');
      expect(readdirSync(join(other.dir, 'decisions'))).toEqual(['2026-001.md']);
    } finally {
      other.remove();
    }
    const unknown = newEntry(office.dir, 'minutes');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('There is no collection "minutes"');
    // Asked for help, it says what it makes, and makes nothing.
    const help = newEntry(office.dir, '--help');
    expect([help.status, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toContain('Say which kind of entry to create, one of: plans, decisions, budgets');
  });
});
