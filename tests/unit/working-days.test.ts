import { describe, expect, it } from 'vitest';
import { addWorkingDays, bankHolidays, easterSunday, isWorkingDay } from '../../src/domain/working-days.ts';

describe('bank holidays in England and Wales', () => {
  it('finds Easter by the calendar', () => {
    expect(easterSunday(2013)).toBe('2013-03-31');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
  });

  it('lists a year with its substitute days', () => {
    expect([...bankHolidays(2021)].sort()).toEqual(['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']);
    expect([...bankHolidays(2022)].sort()).toEqual(['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']);
    expect(bankHolidays(2020).has('2020-05-08')).toBe(true);
    expect(bankHolidays(2020).has('2020-05-04')).toBe(false);
    expect(bankHolidays(2023).has('2023-05-08')).toBe(true);
  });

  it('counts weekends and bank holidays out of working days', () => {
    expect(isWorkingDay('2013-10-04')).toBe(true);
    expect(isWorkingDay('2013-10-05')).toBe(false);
    expect(isWorkingDay('2013-12-25')).toBe(false);
  });
});

describe('the 20-working-day clock of the Freedom of Information Act', () => {
  it('counts from the day after receipt', () => {
    // Received Friday 4 October 2013: four clear weeks later.
    expect(addWorkingDays('2013-10-04', 20)).toBe('2013-11-01');
  });

  it('steps over Easter and the May bank holidays', () => {
    // Received Thursday 28 March 2024: Good Friday 29 March, Easter Monday 1 April and 6 May are not working days.
    expect(addWorkingDays('2024-03-28', 20)).toBe('2024-04-29');
    expect(addWorkingDays('2024-04-15', 20)).toBe('2024-05-14');
  });

  it('steps over Christmas, Boxing Day and New Year', () => {
    // 24 December is a working day; 27 and 28 December and 3 January are the substitute bank holidays, and 4 January is Scotland's 2 January.
    expect(addWorkingDays('2021-12-17', 20)).toBe('2022-01-20');
  });

  it("counts out the bank holidays of Scotland and Northern Ireland, as the Act's working day does", () => {
    // St Patrick's Day 2024 fell on a Sunday (so Monday 18 March); the Boyne on Saturday 12 July 2025 (so Monday 14 July).
    for (const day of ['2024-03-18', '2025-07-14', '2013-07-12', '2013-08-05', '2013-12-02', '2025-01-02', '2022-01-04']) expect(isWorkingDay(day), day).toBe(false);
    // St Andrew's Day on a Thursday (2023) and moved from a Saturday (2024); the days either side and after Scotland's New Year holidays are working days.
    for (const day of ['2023-11-30', '2024-12-02']) expect(isWorkingDay(day), day).toBe(false);
    for (const day of ['2013-11-29', '2023-12-04', '2023-01-04']) expect(isWorkingDay(day), day).toBe(true);
  });
});
