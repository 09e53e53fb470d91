import { describe, expect, it } from 'vitest';
import { entryHistory, statedPublication } from '../../src/domain/history.ts';
import { registerRows, type RegisterEntry } from '../../src/domain/register.ts';

describe('the date an entry states it was first published', () => {
  it('is its firstPublished, before any date of its own', () => {
    expect(statedPublication('decisions', { firstPublished: '2021-03-02', published: '2021-03-05', date: '2021-03-01' })).toBe('2021-03-02');
    expect(statedPublication('plans', { firstPublished: '2015-12', published: '2016-04' })).toBe('2015-12');
  });

  it("is a decision's publication, else the day it was made; a budget's approval; another entry's publication", () => {
    expect(statedPublication('decisions', { published: '2021-03-05', date: '2021-03-01' })).toBe('2021-03-05');
    expect(statedPublication('decisions', { date: '2021-03-01' })).toBe('2021-03-01');
    expect(statedPublication('budgets', { approved: '2021-02-04', published: '2021-03-01' })).toBe('2021-02-04');
    expect(statedPublication('transparency', { published: '2021-05-01' })).toBe('2021-05-01');
    expect(statedPublication('pages', {})).toBeUndefined();
  });
});

describe("an entry's history", () => {
  it('takes the date the entry states over the day its file was first committed', () => {
    expect(entryHistory('pages', { firstPublished: '2015-12' }, '2026-12-02')).toMatchObject({ firstPublished: '2015-12', firstPublishedFrom: 'entry' });
  });

  it('is dated from the repository when the entry states no date, and undated without either', () => {
    expect(entryHistory('pages', {}, '2026-12-02')).toMatchObject({ firstPublished: '2026-12-02', firstPublishedFrom: 'repository' });
    const undated = entryHistory('pages', {});
    expect(undated.firstPublished).toBeUndefined();
    expect(undated.firstPublishedFrom).toBeUndefined();
  });

  it('lists the noted changes newest first, months among days, and is last updated on the newest', () => {
    const history = entryHistory('pages', {
      firstPublished: '2015-12',
      changes: [
        { date: '2016-03', note: 'Version 2' },
        { date: '2016-03-20', note: 'A later day of that month' },
        { date: '2016-04', note: 'Version 3' },
      ],
    });
    expect(history.changes.map((change) => change.note)).toEqual(['Version 3', 'A later day of that month', 'Version 2']);
    expect(history.lastUpdated).toBe('2016-04');
  });

  it('leaves minor changes out, and has no last update when every change is minor', () => {
    const history = entryHistory('decisions', { date: '2021-03-01', changes: [{ date: '2021-04-01', note: 'Corrected the amount.' }, { date: '2021-05-01', minor: true }] });
    expect(history.changes).toEqual([{ date: '2021-04-01', note: 'Corrected the amount.' }]);
    expect(history.lastUpdated).toBe('2021-04-01');
    const onlyMinor = entryHistory('decisions', { date: '2021-03-01', changes: [{ date: '2021-05-01', minor: true, note: 'Typo.' }] });
    expect(onlyMinor.changes).toEqual([]);
    expect(onlyMinor.lastUpdated).toBeUndefined();
  });

  it('says when and why an entry was withdrawn, keeping its dates and changes', () => {
    const history = entryHistory('decisions', { date: '2021-03-01', changes: [{ date: '2021-04-01', note: 'Corrected the amount.' }], withdrawn: { date: '2026-03-05', reason: 'Published in error.' } });
    expect(history.withdrawn).toEqual({ date: '2026-03-05', reason: 'Published in error.' });
    expect(history.firstPublished).toBe('2021-03-01');
    expect(history.changes).toHaveLength(1);
    expect(entryHistory('decisions', { date: '2021-03-01' }).withdrawn).toBeUndefined();
  });
});

describe('a withdrawn entry on the transparency register', () => {
  const office = { decisionReference: { pattern: '.+', example: '1', restarts: 'never' as const }, financialYearStart: { month: 4, day: 1 } };
  const peel = (withdrawn?: { date: string; reason: string }): RegisterEntry => ({
    collection: 'inspections',
    id: 'peel-2021',
    data: { title: 'PEEL 2021/22', kind: 'peel', reportPublished: '2022-04-01', published: '2022-04-10', ...(withdrawn && { withdrawn }) },
  });
  const meets7B = (entry: RegisterEntry) => registerRows([entry], '2022-06-01', office).find((row) => row.requirement.id === '7B')!.assessment.status;

  it('meets no duty, though the same entry not withdrawn does', () => {
    expect(meets7B(peel())).toBe('current');
    expect(meets7B(peel({ date: '2022-05-01', reason: 'Replaced by a corrected report.' }))).toBe('missing');
  });
});
