import { describe, expect, it } from 'vitest';
import { decisionIndex, decisionLabel, decisionSlug, displayReference, numberingYear, referencePattern, referenceText } from '../../src/domain/decision-references.ts';
import { dateBounds, formatDate, machineDate } from '../../src/domain/dates.ts';
import type { NumberingRestarts } from '../../src/domain/schemas/office.ts';

const office = (restarts: NumberingRestarts, yearStart = { month: 4, day: 1 }) => ({ decisionReference: { pattern: '.', example: '003', restarts }, financialYearStart: yearStart });
const NEVER = office('never');
const FINANCIAL = office('financial-year');
const CALENDAR = office('calendar-year');

describe('decision references', () => {
  it('shows a reference as published, with stray spaces tidied', () => {
    expect(displayReference(' 51 –   2014 ')).toBe('51 – 2014');
    expect(displayReference('41/2020')).toBe('41/2020');
  });

  it('makes one address of references that differ only in spacing or punctuation, so the check can refuse the pair', () => {
    const slugs = ['2020/17', '2020 -17', '2020/17 ', ' 2020-17'].map((reference) => decisionSlug({ reference, title: 'x', date: '2020-05-01' }, NEVER));
    expect(new Set(slugs)).toEqual(new Set(['2020-17']));
  });

  it('never gives a notice the address of a year listing', () => {
    expect(decisionSlug({ reference: '2024', title: 'x', date: '2024-05-01' }, NEVER)).toBe('decision-2024');
    expect(decisionSlug({ reference: '41/2020', title: 'x', date: '2020-05-01' }, NEVER)).toBe('41-2020');
  });

  it('puts the year a number belongs to in the address where numbers start again each year', () => {
    expect(decisionSlug({ reference: '003', title: 'x', date: '2013-02-01' }, FINANCIAL)).toBe('2012-13-003');
    expect(decisionSlug({ reference: '003', title: 'x', date: '2013-05' }, FINANCIAL)).toBe('2013-14-003');
    expect(decisionSlug({ reference: '003', title: 'x', date: '2013/14' }, FINANCIAL)).toBe('2013-14-003');
    expect(decisionSlug({ reference: '003', title: 'x', date: '2013-02-01' }, CALENDAR)).toBe('2013-003');
  });

  it('puts the year in neither the address nor the label of a reference that names it already', () => {
    const numbered = { reference: 'DN 12/YNYCA/DM/2024', title: 'x', date: '2024-06-03' };
    expect(decisionSlug(numbered, CALENDAR)).toBe('dn-12-ynyca-dm-2024');
    expect(decisionLabel(numbered, CALENDAR)).toBe('Decision DN 12/YNYCA/DM/2024');
    expect(decisionLabel({ reference: '2014.001', title: 'x', date: '2014-06-03' }, FINANCIAL)).toBe('Decision 2014.001');
    expect(decisionSlug({ reference: 'PFCC 2014/15-003', title: 'x', date: '2014-06-03' }, FINANCIAL)).toBe('pfcc-2014-15-003');
    // Another year in the reference is not the one its number belongs to.
    expect(decisionLabel({ reference: '2020/17', title: 'x', date: '2024-06-03' }, CALENDAR)).toBe('Decision 2020/17 of 2024');
  });

  it('knows which year a number belongs to only when the date says so', () => {
    expect(numberingYear('2013-03', FINANCIAL)).toBe('2012/13');
    expect(numberingYear('2013/14', CALENDAR)).toBeUndefined();
    expect(numberingYear('2013-04', office('financial-year', { month: 4, day: 6 }))).toBeUndefined();
    expect(numberingYear('2013-05-01', NEVER)).toBeUndefined();
  });

  it('addresses a notice without a number by its date as known and its title', () => {
    expect(decisionSlug({ title: 'Code of Corporate Governance', date: '2013-07' }, NEVER)).toBe('2013-07-code-of-corporate-governance');
    expect(decisionSlug({ title: 'Dance event', date: '2013/14' }, FINANCIAL)).toBe('2013-14-dance-event');
    const long = decisionSlug({ title: 'Approval to enter into an agreement to acquire a site for the proposed new northern base and custody suite', date: '2013-12-19' }, NEVER);
    expect(long.length).toBeLessThanOrEqual('2013-12-19-'.length + 60);
    expect(long).toMatch(/^2013-12-19-approval-to-enter-into-an-agreement-to-acquire-a-site(-[a-z]+)*$/);
  });

  it('labels a notice for readers, with its year where numbers restart', () => {
    expect(decisionLabel({ reference: '41/2020', title: 'x', date: '2020-11-09' }, NEVER)).toBe('Decision 41/2020');
    expect(decisionLabel({ reference: '003', title: 'x', date: '2013-05' }, FINANCIAL)).toBe('Decision 003 of 2013/14');
    expect(decisionLabel({ title: 'x', date: '2013-05' }, FINANCIAL)).toBe('Decision not numbered');
    expect(referenceText({ title: 'x', date: '2013-05' }, NEVER)).toBe('Not numbered');
  });

  it('finds a notice by its reference where that names one, and by its address where numbers restart', () => {
    const notices = [{ reference: '003', title: 'a', date: '2012-11-30' }, { reference: '003', title: 'b', date: '2013-05' }, { reference: '004', title: 'c', date: '2013-10-23' }];
    const index = decisionIndex(notices, FINANCIAL);
    expect(index.find('004').map((d) => d.title)).toEqual(['c']);
    expect(index.find('003').map((d) => d.title)).toEqual(['a', 'b']);
    expect(index.find('2013-14-003').map((d) => d.title)).toEqual(['b']);
    expect(index.find('005')).toEqual([]);
  });
});

describe('dates as known', () => {
  it('gives each date, month and financial year its first and last days', () => {
    expect(dateBounds('2020-11-09')).toEqual({ first: '2020-11-09', last: '2020-11-09' });
    expect(dateBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateBounds('2020/21')).toEqual({ first: '2020-04-01', last: '2021-03-31' });
    expect(dateBounds('2020/21', { month: 1, day: 1 })).toEqual({ first: '2020-01-01', last: '2020-12-31' });
  });

  it('writes each as a reader expects, and gives a machine-readable date only where there is one', () => {
    expect([formatDate('2020-11-09'), formatDate('2016-03'), formatDate('2020/21')]).toEqual(['9 November 2020', 'March 2016', '2020/21']);
    expect([machineDate('2016-03'), machineDate('2020/21')]).toEqual(['2016-03', undefined]);
  });
});

describe('the pattern for references shaped like an example', () => {
  it.each([
    ['41/2020', '^\\d{1,3}/\\d{4}$', ['1/2026', '999/2019'], ['1000/2019', '41/20', '41-2020']],
    ['PCD 1234', '^PCD \\d{1,4}$', ['PCD 1', 'PCD 1868'], ['PCD1868', 'PCD 12345', 'DMPC 2016 12']],
    ['DMPC 2016 12', '^DMPC \\d{4} \\d{1,3}$', ['DMPC 2013 1', 'DMPC 2016 120'], ['DMPC 16 12']],
    ['PFCC 2014/15-003', '^PFCC \\d{4}/\\d{2}-\\d{3}$', ['PFCC 2019/20-120'], ['PFCC 2019/20-12']],
    ['2014.001', '^\\d{4}\\.\\d{3}$', ['2019.120'], ['2019x120', '2019.12']],
    ['DN 06/YNYCA/DM/2024', '^DN \\d{2}/YNYCA/DM/\\d{4}$', ['DN 12/YNYCA/DM/2025'], ['DN 6/YNYCA/DM/2025']],
    // Two figures ending a reference after its number are a year's last two.
    ['PFCC/123/24', '^PFCC/\\d{1,3}/\\d{2}$', ['PFCC/1/25', 'PFCC/999/26'], ['PFCC/123/2024', 'PFCC/123/4']],
    // A number after a year is a number, not the second half of a financial year.
    ['MOPAC/PCD/2016/12', '^MOPAC/PCD/\\d{4}/\\d{1,3}$', ['MOPAC/PCD/2016/5', 'MOPAC/PCD/2016/123'], ['MOPAC/PCD/16/5']],
  ])('%s gives %s, which fits references of its shape and no others', (example, pattern, fitting, others) => {
    expect(referencePattern(example)).toBe(pattern);
    const matches = (reference: string) => new RegExp(pattern).test(reference);
    expect([example, ...fitting].filter((reference) => !matches(reference))).toEqual([]);
    expect(others.filter(matches)).toEqual([]);
  });
});
