import { describe, expect, it } from 'vitest';
import { newestDate, siteCurrency } from '../../src/domain/currency.ts';
import { addMonths } from '../../src/domain/sio-timing.ts';

const TWELVE = { staleAfterMonths: 12 };

describe("a site's currency", () => {
  it('finds the newest of dates as known, by the last day each may be, and gives it as written', () => {
    expect(newestDate(['2020-11-09', '2021/22', '2016-03'])).toBe('2021/22');
    expect(newestDate(['2022-03', '2022-03-15'])).toBe('2022-03');
    expect(newestDate([])).toBeUndefined();
  });

  it('adds calendar months, keeping to the end of a shorter month', () => {
    expect(addMonths('2020-11-09', 12)).toBe('2021-11-09');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
  });

  it('is stale once the newest entry is more than the threshold old, and not a day before', () => {
    expect(siteCurrency(['2020-11-09'], '2021-11-09', TWELVE)).toEqual({ state: 'current', newest: '2020-11-09' });
    expect(siteCurrency(['2020-11-09'], '2021-11-10', TWELVE)).toEqual({ state: 'stale', newest: '2020-11-09' });
    expect(siteCurrency(['2020-11-09'], '2021-11-10', { staleAfterMonths: 24 }).state).toBe('current');
  });

  it('counts a vague date from its last day, with the office\'s financial year', () => {
    expect(siteCurrency(['2021/22'], '2023-03-31', TWELVE).state).toBe('current');
    expect(siteCurrency(['2021/22'], '2023-04-01', TWELVE).state).toBe('stale');
    expect(siteCurrency(['2021/22'], '2023-02-01', TWELVE, { month: 1, day: 1 }).state).toBe('stale');
    expect(siteCurrency(['2022-03'], '2023-03-31', TWELVE).state).toBe('current');
  });

  it('is an archive when the office says so, however recent its content, with the date and note the office gives', () => {
    const archive = { since: '2024-05-09', note: 'The commissioner now publishes at example.gov.uk.' };
    expect(siteCurrency(['2024-05-01'], '2024-06-01', { ...TWELVE, archive })).toEqual({ state: 'archive', newest: '2024-05-01', ...archive });
    expect(siteCurrency([], '2024-06-01', { ...TWELVE, archive: {} })).toEqual({ state: 'archive', newest: undefined, since: undefined, note: undefined });
  });

  it('calls a site with nothing dated current: there is no date to give', () => {
    expect(siteCurrency([], '2026-12-02', TWELVE)).toEqual({ state: 'current', newest: undefined });
  });
});
