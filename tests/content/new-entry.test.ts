import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collections } from '../../src/domain/collections.ts';
import { nextReference } from '../../src/domain/scaffold.ts';
import { NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';

const office = new TempOffice();
afterAll(() => office.remove());

function newEntry(dir: string, kind: string) {
  return spawnSync(process.execPath, ['src/build/commands/new.ts', kind], { env: { ...process.env, OFFICE: dir, AS_OF: '2026-11-23' }, encoding: 'utf8' });
}

describe('npm run new', () => {
  it.each(Object.entries(collections).map(([name, { folder }]) => [name, folder]))('creates a %s entry that passes the check', (name, folder) => {
    const before = new Set(existsSync(join(office.dir, folder)) ? readdirSync(join(office.dir, folder)) : []);
    const result = newEntry(office.dir, name);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const created = readdirSync(join(office.dir, folder)).filter((file) => !before.has(file));
    expect(created).toHaveLength(1);
    const problems = office.check({ asOf: '2026-11-23' }).problems.filter((p) => p.file.endsWith(`${folder}/${created[0]}`) && p.severity === 'error');
    expect(problems).toEqual([]);
    expect(result.stdout).toContain(`${folder}/${created[0]}`);
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

  it('accepts what an editor might type, and explains what it does not know', () => {
    const other = new TempOffice(NOTTINGHAMSHIRE);
    try {
      expect(newEntry(other.dir, 'Decision').status).toBe(0);
      expect(readdirSync(join(other.dir, 'decisions'))).toEqual(['2026-001.md']);
    } finally {
      other.remove();
    }
    const unknown = newEntry(office.dir, 'minutes');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('There is no collection "minutes"');
  });
});
