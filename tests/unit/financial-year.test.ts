import { describe, expect, it } from 'vitest';
import { financialYearBounds, financialYearOf, financialYearSlug, periodLabel, startYearOf } from '../../src/domain/financial-year.ts';
import { formatDate } from '../../src/domain/dates.ts';

describe('financial years', () => {
  it('writes a span of years once when it is one year', () => {
    expect(periodLabel({ from: '2022/23', to: '2022/23' })).toBe('2022/23');
    expect(periodLabel({ from: '2022/23', to: '2023/24' })).toBe('2022/23 to 2023/24');
  });

  it('places a date in the year that starts on 1 April by default', () => {
    expect(financialYearOf('2021-04-01')).toBe('2021/22');
    expect(financialYearOf('2021-03-31')).toBe('2020/21');
    expect(financialYearOf('2020-11-09')).toBe('2020/21');
    expect(financialYearOf('1999-12-31')).toBe('1999/00');
  });

  it('honours an office whose year starts on another day', () => {
    expect(financialYearOf('2021-04-05', { month: 4, day: 6 })).toBe('2020/21');
    expect(financialYearOf('2021-04-06', { month: 4, day: 6 })).toBe('2021/22');
    expect(financialYearOf('2021-01-01', { month: 1, day: 1 })).toBe('2021/22');
  });

  it('gives the first and last day of a year, leap years included', () => {
    expect(financialYearBounds('2023/24')).toEqual({ first: '2023-04-01', last: '2024-03-31' });
    expect(financialYearBounds('2023/24', { month: 3, day: 1 })).toEqual({ first: '2023-03-01', last: '2024-02-29' });
    expect(financialYearBounds('2022/23', { month: 3, day: 1 })).toEqual({ first: '2022-03-01', last: '2023-02-28' });
  });

  it('turns a year into a URL slug and back to its first calendar year', () => {
    expect(financialYearSlug('2021/22')).toBe('2021-22');
    expect(startYearOf('2016/17')).toBe(2016);
  });

  it('rejects text that is not a financial year', () => {
    expect(() => startYearOf('2021-22')).toThrow();
  });

  it('writes dates as 9 November 2020', () => {
    expect(formatDate('2020-11-09')).toBe('9 November 2020');
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
  });
});
