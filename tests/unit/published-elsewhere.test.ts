import { describe, expect, it } from 'vitest';
import { APRIL_FIRST } from '../../src/domain/financial-year.ts';
import { publishedElsewhere, reviewIntervalMonths } from '../../src/domain/published-elsewhere.ts';
import { registerRows, type RegisterEntry } from '../../src/domain/register.ts';
import { officeSchema, type RequirementStatement } from '../../src/domain/schemas/office.ts';

const keepCurrent = { kind: 'keep-current', reviewMonths: 12 } as const;
const quarterly = { kind: 'quarterly', graceDays: 0 } as const;
const elsewhere = (checked: string, note?: string): RequirementStatement => ({ elsewhere: { url: 'https://www.example-pcc.example/staff/', checked }, ...(note ? { note } : {}) });

describe('the review interval of a check on another website', () => {
  it('follows the requirement\'s timing: its own review months, a year, a quarter, a month, and a quarter for what is published event by event', () => {
    expect(reviewIntervalMonths(keepCurrent)).toBe(12);
    expect(reviewIntervalMonths({ kind: 'keep-current', reviewMonths: 6 })).toBe(6);
    expect(reviewIntervalMonths({ kind: 'each-financial-year-before-start' })).toBe(12);
    expect(reviewIntervalMonths(quarterly)).toBe(3);
    expect(reviewIntervalMonths({ kind: 'monthly-after-month-end', graceDays: 30 })).toBe(1);
    expect(reviewIntervalMonths({ kind: 'as-soon-as-practicable', days: 28, windowMonths: 12 })).toBe(3);
    expect(reviewIntervalMonths({ kind: 'before-meeting', windowMonths: 12 })).toBe(3);
    expect(reviewIntervalMonths({ kind: 'within-days-of-event', days: 56, event: 'a report', windowMonths: 24 })).toBe(3);
  });

  it('is stale from the day after the interval has run from the check', () => {
    expect(publishedElsewhere(elsewhere('2024-03-31'), keepCurrent, '2025-03-31')).toMatchObject({ checkDue: '2025-03-31', stale: false });
    expect(publishedElsewhere(elsewhere('2024-03-31'), keepCurrent, '2025-04-01')).toMatchObject({ stale: true });
    expect(publishedElsewhere(elsewhere('2024-12-31'), quarterly, '2025-03-31')).toMatchObject({ checkDue: '2025-03-31', stale: false });
    expect(publishedElsewhere(elsewhere('2024-12-30'), quarterly, '2025-03-31')).toMatchObject({ checkDue: '2025-03-30', stale: true });
  });

  it('does not exist before the day it was checked, nor without an address', () => {
    expect(publishedElsewhere(elsewhere('2025-04-01'), keepCurrent, '2025-03-31')).toBeUndefined();
    expect(publishedElsewhere({ note: 'A note only.' }, keepCurrent, '2025-03-31')).toBeUndefined();
    expect(publishedElsewhere(undefined, keepCurrent, '2025-03-31')).toBeUndefined();
  });
});

describe('a requirement published elsewhere, on the register', () => {
  const office = (register: Record<string, RequirementStatement>) => ({ decisionReference: { pattern: '.+', example: '1', restarts: 'never' as const }, financialYearStart: APRIL_FIRST, register });
  const staffList = (published: string): RegisterEntry => ({ collection: 'people', id: 'head-of-finance', data: { name: 'A Person', role: 'staff', published } });
  const row = (entries: RegisterEntry[], register: Record<string, RequirementStatement>, asOf = '2025-03-31') =>
    registerRows(entries, asOf, office(register)).find((r) => r.requirement.id === '2d')!;

  it('is "published elsewhere" where nothing here meets it, with the address and the day it was checked', () => {
    const { assessment, elsewhere: where } = row([], { '2d': elsewhere('2025-01-10') });
    expect(assessment).toEqual({ status: 'elsewhere', lastPublished: undefined, note: 'Published on another website.', parts: [{ code: 'elsewhere' }] });
    expect(where).toEqual({ url: 'https://www.example-pcc.example/staff/', checked: '2025-01-10', checkDue: '2026-01-10', stale: false });
  });

  it('says when the check is older than the review interval', () => {
    expect(row([], { '2d': elsewhere('2023-11-20') }).assessment).toMatchObject({ status: 'elsewhere', note: 'Published on another website, last checked more than 12 months ago.' });
  });

  it('gives way to what this site publishes while that is current, and stands in for it once it is overdue', () => {
    expect(row([staffList('2024-09-01')], { '2d': elsewhere('2025-01-10') }).assessment.status).toBe('current');
    expect(row([staffList('2023-01-01')], {}).assessment.status).toBe('overdue');
    expect(row([staffList('2023-01-01')], { '2d': elsewhere('2025-01-10') }).assessment).toMatchObject({ status: 'elsewhere', lastPublished: '2023-01-01' });
  });

  it('is left out on a build date before it was checked', () => {
    const before = row([], { '2d': elsewhere('2025-01-10') }, '2025-01-09');
    expect(before.assessment.status).toBe('missing');
    expect(before.elsewhere).toBeUndefined();
  });

  it('carries the office\'s public note, whatever the status', () => {
    expect(row([staffList('2024-09-01')], { '2d': { note: 'The list is updated each September.' } })).toMatchObject({ assessment: { status: 'current' }, note: 'The list is updated each September.' });
    expect(row([], { '2d': { note: 'We are preparing it.' } })).toMatchObject({ assessment: { status: 'missing' }, note: 'We are preparing it.' });
  });
});

describe('office.json\'s register', () => {
  const base = {
    name: 'Office', shortName: 'O', policeArea: 'Area', force: 'Force', commissioner: {}, contact: { phone: '101' },
    decisionReference: { pattern: '.+', example: '1' }, description: 'An office.',
  };
  const messages = (register: unknown) => {
    const result = officeSchema.safeParse({ ...base, register });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts an address elsewhere with its check date, and a note alone', () => {
    expect(messages({ '7C': elsewhere('2025-01-10', 'Why.'), '5d': { note: 'A note.' } })).toEqual([]);
    expect(officeSchema.parse(base).register).toEqual({});
  });

  it('names an unknown requirement and the nearest one', () => {
    expect(messages({ '7c': { note: 'A note.' } })).toEqual(['register.7c: no requirement "7c" in the Specified Information Order catalogue (data/sio-requirements.json) (did you mean "7C"?)']);
    expect(messages({ '3b': { note: 'A note.' } })).toEqual(['register.3b: no requirement "3b" in the Specified Information Order catalogue (data/sio-requirements.json) (it is part of "3a-3e": use that id)']);
  });

  it('asks for an https address and a check date', () => {
    expect(messages({ '2d': { elsewhere: { url: 'http://www.example-pcc.example/staff/', checked: '2025-01-10' } } })).toEqual([
      'register.2d.elsewhere.url: expected the web address of the page that meets the requirement, starting https://',
    ]);
    expect(messages({ '2d': { elsewhere: { url: 'https://www.example-pcc.example/staff/' } } })).toHaveLength(1);
  });
});
