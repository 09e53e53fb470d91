import { describe, expect, it } from 'vitest';
import { bandAmount, councilTaxYear, perWeek, preceptYears } from '../../src/domain/council-tax.ts';

const amounts = (year: ReturnType<typeof councilTaxYear>) => Object.fromEntries(year!.bands.map((b) => [b.band, b.perYear]));

describe('council tax by band', () => {
  it('gives every band its statutory share of Band D, to the penny', () => {
    expect(amounts(councilTaxYear('2016/17', [{ financialYear: '2016/17', bandD: 212.94 }]))).toEqual({
      A: 141.96, B: 165.62, C: 189.28, D: 212.94, E: 260.26, F: 307.58, G: 354.9, H: 425.88,
    });
    expect(amounts(councilTaxYear('2021/22', [{ financialYear: '2021/22', bandD: 278.01 }]))).toEqual({
      A: 185.34, B: 216.23, C: 247.12, D: 278.01, E: 339.79, F: 401.57, G: 463.35, H: 556.02,
    });
  });

  it('rounds each band to the nearest penny, up or down', () => {
    // 100.00 × 6/9 = 66.666…; × 7/9 = 77.777…; × 11/9 = 122.222…
    expect(bandAmount(100, 'A')).toBe(66.67);
    expect(bandAmount(100, 'B')).toBe(77.78);
    expect(bandAmount(100, 'E')).toBe(122.22);
    expect(bandAmount(100, 'H')).toBe(200);
    // 0.29 is not exactly representable: the sum is worked in pence, not in floating pounds.
    expect(bandAmount(0.29, 'D')).toBe(0.29);
    expect(bandAmount(1.01, 'A')).toBe(0.67);
  });

  it('puts a year as so much a week by dividing by 52, to the penny', () => {
    expect(perWeek(14.95)).toBe(0.29);
    expect(perWeek(278.01)).toBe(5.35);
    expect(perWeek(-10.4)).toBe(-0.2);
    expect(perWeek(0)).toBe(0);
  });

  it('gives the change on the year before from the two years as billed, band by band', () => {
    const year = councilTaxYear('2024/25', [
      { financialYear: '2023/24', bandD: 250 },
      { financialYear: '2024/25', bandD: 263.5 },
    ])!;
    expect(year.previousYear).toBe('2023/24');
    const byBand = Object.fromEntries(year.bands.map((b) => [b.band, b.change]));
    expect(byBand.D).toEqual({ perYear: 13.5, perWeek: 0.26 });
    // A: 175.67 − 166.67, not 13.5 × 6/9 = 9 rounded differently.
    expect(byBand.A).toEqual({ perYear: 9, perWeek: 0.17 });
    expect(byBand.H).toEqual({ perYear: 27, perWeek: 0.52 });
    expect(year.bands.find((b) => b.band === 'D')).toMatchObject({ perYear: 263.5, perWeek: 5.07 });
  });

  it('shows a fall as a negative change', () => {
    const year = councilTaxYear('2020/21', [{ financialYear: '2019/20', bandD: 200 }, { financialYear: '2020/21', bandD: 190 }])!;
    expect(year.bands.find((b) => b.band === 'D')!.change).toEqual({ perYear: -10, perWeek: -0.19 });
  });

  it('gives no change when the year before is not published, however close the nearest earlier year', () => {
    const year = councilTaxYear('2021/22', [{ financialYear: '2016/17', bandD: 212.94 }, { financialYear: '2021/22', bandD: 278.01 }])!;
    expect(year.previousYear).toBe('2020/21');
    expect(year.bands.every((b) => b.change === undefined)).toBe(true);
  });

  it("uses the previous year's Band D a budget states when that year has no entry of its own", () => {
    const year = councilTaxYear('2021/22', [{ financialYear: '2021/22', bandD: 278.01, previousBandD: 263.06 }])!;
    expect(year.bands.find((b) => b.band === 'D')!.change).toEqual({ perYear: 14.95, perWeek: 0.29 });
    // The year's own entry wins over a figure quoted by the year after.
    const both = councilTaxYear('2021/22', [{ financialYear: '2020/21', bandD: 263 }, { financialYear: '2021/22', bandD: 278.01, previousBandD: 263.06 }])!;
    expect(both.bands.find((b) => b.band === 'D')!.change!.perYear).toBe(15.01);
  });

  it('has nothing for a year with no published precept', () => {
    expect(councilTaxYear('2019/20', [{ financialYear: '2021/22', bandD: 278.01 }])).toBeUndefined();
  });
});

describe('the precept over the years', () => {
  it('lists every financial year between the first and last published, with a gap as a gap', () => {
    const years = preceptYears([{ financialYear: '2021/22', bandD: 278.01 }, { financialYear: '2016/17', bandD: 212.94 }]);
    expect(years.map((y) => y.financialYear)).toEqual(['2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2021/22']);
    expect(years.map((y) => y.bandD)).toEqual([212.94, null, null, null, null, 278.01]);
    expect(years.every((y) => y.change === undefined)).toBe(true);
  });

  it('gives the change in pounds only between consecutive years', () => {
    const years = preceptYears([
      { financialYear: '1999/00', bandD: 100 },
      { financialYear: '2000/01', bandD: 104 },
      { financialYear: '2002/03', bandD: 110 },
    ]);
    expect(years.map((y) => y.financialYear)).toEqual(['1999/00', '2000/01', '2001/02', '2002/03']);
    expect(years.map((y) => y.change?.perYear)).toEqual([undefined, 4, undefined, undefined]);
    expect(years[1]!.change!.perWeek).toBe(0.08);
  });

  it('is empty when no precept is published', () => {
    expect(preceptYears([])).toEqual([]);
  });
});
