import { afterEach, describe, expect, it } from 'vitest';
import { checkOffice } from '../../src/domain/check/index.ts';
import { registerRows } from '../../src/domain/register.ts';
import { requirements } from '../../src/domain/requirements.ts';
import { TempOffice, NORFOLK } from '../helpers/office.ts';

const { office, entries } = checkOffice(NORFOLK);
const published = entries.map(({ file, data }) => ({ collection: file.collection, id: file.id, data }));
const statusOf = (id: string, asOf: string) => registerRows(published, asOf, office!).find((row) => row.requirement.id === id)!.assessment;

describe('the register of the Norfolk sample office', () => {
  it('gives every requirement of the catalogue a status', () => {
    const rows = registerRows(published, '2024-03-31', office!);
    expect(rows.map((row) => row.requirement.id)).toEqual(requirements.map((r) => r.id));
    for (const row of rows) expect(['current', 'due-soon', 'overdue', 'missing']).toContain(row.assessment.status);
  });

  it('moves the budget requirement through the year as the build date changes', () => {
    expect(statusOf('3a-3e', '2015-03-01').status).toBe('current');
    expect(statusOf('3a-3e', '2017-06-01').status).toBe('overdue');
    expect(statusOf('3a-3e', '2021-06-30')).toMatchObject({ status: 'current', lastPublished: undefined, nextDue: '2022-03-31' });
    expect(statusOf('3a-3e', '2022-03-15').status).toBe('due-soon');
    expect(statusOf('3a-3e', '2022-04-01').status).toBe('overdue');
  });

  it('counts decision 41/2020 for paragraph 5d only once it has been made, and for twelve months after', () => {
    expect(statusOf('5d', '2020-11-08')).toEqual({ status: 'missing', note: 'Nothing published yet.', parts: [{ code: 'nothing-yet' }] });
    expect(statusOf('5d', '2020-11-10')).toMatchObject({ status: 'current', lastPublished: '2020-11-09' });
    expect(statusOf('5d', '2021-11-09').status).toBe('current');
    expect(statusOf('5d', '2021-11-10')).toEqual({ status: 'missing', note: 'Nothing published in the last 12 months; 1 earlier item is listed as history.', parts: [{ code: 'nothing-in-window', months: 12 }, { code: 'history', count: 1 }] });
  });

  it('shows requirements the seeds give no facts for as missing, not met', () => {
    for (const id of ['1c', '2e', '3g', '7A', '7C']) expect(statusOf(id, '2024-03-31').status).toBe('missing');
  });
});

describe('the check reports the register as the office chooses', () => {
  let temp: TempOffice;
  afterEach(() => temp?.remove());

  it('warns about overdue and missing requirements by default', () => {
    temp = new TempOffice().edit('office.json', /\s*"registerReport": "off",/, '');
    const register = temp.check({ asOf: '2024-03-31' }).problems.filter((p) => p.rule === 'register');
    expect(register.length).toBeGreaterThan(10);
    expect(register.every((p) => p.severity === 'warning')).toBe(true);
    expect(register.find((p) => p.field === 'register.3a-3e')!.message).toBe('paragraph 3a-3e (Budget, precept and revenue) is overdue: it was due by 1 April 2023. Nothing published for 2023/24; the latest is for 2021/22. 3 earlier items are listed as history.');
    expect(register.find((p) => p.field === 'register.7A')!.message).toBe('nothing published meets paragraph 7A (National crime and policing measures): at least every quarter');
    expect(register.find((p) => p.field === 'register.7B')!.message).toBe(
      'nothing published meets paragraph 7B (HMICFRS PEEL assessment): as soon as practicable after publication. Nothing published since this duty came into force on 31 May 2021; 1 earlier item is listed as history.',
    );
  });

  it('makes them errors when configured, and says nothing when turned off', () => {
    temp = new TempOffice().edit('office.json', '"registerReport": "off"', '"registerReport": "error"');
    const problems = temp.check({ asOf: '2024-03-31' }).problems.filter((p) => p.rule === 'register');
    expect(problems.length).toBeGreaterThan(10);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(checkOffice(NORFOLK, { asOf: '2024-03-31' }).problems.filter((p) => p.rule === 'register')).toEqual([]);
  });
});

describe('the check of what office.json says is published elsewhere', () => {
  let temp: TempOffice;
  afterEach(() => temp?.remove());

  const withRegister = (register: object) =>
    new TempOffice().edit('office.json', '"registerReport": "off",', `"registerReport": "off",\n  "register": ${JSON.stringify(register, null, 2).replace(/\n/g, '\n  ')},`);

  it('warns, whatever registerReport says, when a check is older than the requirement\'s review interval or after the build date', () => {
    temp = withRegister({
      '7C': { elsewhere: { url: 'https://www.example-police.example/complaints-data/', checked: '2023-12-30' } },
      '2d': { elsewhere: { url: 'https://www.example-pcc.example/staff/', checked: '2023-04-01' } },
      '1c': { elsewhere: { url: 'https://www.example-pcc.example/interests/', checked: '2024-04-02' } },
    });
    const problems = temp.check({ asOf: '2024-03-31' }).problems.filter((p) => p.rule === 'elsewhere-checked');
    expect(problems.map(({ severity, line, field }) => `${severity} ${line} ${field}`)).toEqual([
      'warning 39 register.7C.elsewhere.checked',
      'warning 51 register.1c.elsewhere.checked',
    ]);
    expect(problems[0]!.message).toBe(
      'paragraph 7C (Police complaints information) is met on another website, but was last checked more than 3 months (its review interval) before the build date, 31 March 2024: expected a check within 3 months of it, found 2023-12-30 (good until 30 March 2024). Check that https://www.example-police.example/complaints-data/ still meets it, then change the date',
    );
    expect(problems[1]!.message).toBe('expected the day paragraph 1c (Register of interests) was last checked on its other website, on or before the build date 2024-03-31, found 2024-04-02: the register leaves it out until then');
  });
});
