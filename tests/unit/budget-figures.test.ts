import { describe, expect, it } from 'vitest';
import { councilTaxYear, gapsIn, preceptYears } from '../../src/domain/council-tax.ts';
import { budgetSummary, publishedChange, publishedPrecepts } from '../../src/site/lib/budget-figures.ts';
import { allocationChart, preceptChart } from '../../src/site/lib/charts.ts';
import { NORFOLK } from '../helpers/office.ts';
import { contentFromCheck } from '../helpers/published.ts';
import { languageTools } from '../../src/site/lib/language.ts';

const english = languageTools({ code: 'en', tag: 'en-GB', isDefault: true });

const budgets = contentFromCheck(NORFOLK).budgets;
const budget = (financialYear: string) => budgets.find((b) => b.financialYear === financialYear)!;
const precepts = publishedPrecepts(budgets.map((data) => ({ data })));

describe("the sample's budgets, read for residents", () => {
  it('says the budget and the Band D precept in plain words, with the change as published when the year before is not held', () => {
    expect(budgetSummary(budget('2021/22'), councilTaxYear('2021/22', precepts), english)).toEqual([
      'The net budget for 2021/22 is £183.1m.',
      'The police part of council tax (the precept) for a Band D home is £278.01 a year, or £5.35 a week, up 5.68% on 2020/21, £0.29 a week more.',
    ]);
    expect(budgetSummary(budget('2016/17'), councilTaxYear('2016/17', precepts), english)[1]).toBe('The police part of council tax (the precept) for a Band D home is £212.94 a year, or £4.10 a week, up 1.98% on 2015/16.');
    expect(budgetSummary(budget('2015/16'), undefined, english)).toEqual(['The net budget for 2015/16 is £146.8m.']);
  });

  it('gives the change as published, in percent and a week', () => {
    expect(publishedChange(budget('2021/22').precept!, english)).toEqual(['+5.68%', '+£0.29 a week']);
    expect(publishedChange(budget('2016/17').precept!, english)).toEqual(['+1.98%']);
    expect(publishedChange({ bandD: 100, changePercent: -1.5, changePerWeek: -0.05 }, english)).toEqual(['-1.5%', '-£0.05 a week']);
    expect(publishedChange({ bandD: 100 }, english)).toEqual([]);
  });

  it('charts the precept over every year from 2016/17 to 2021/22, the four between as a gap', () => {
    const years = preceptYears(precepts);
    expect(gapsIn(years)).toEqual([{ from: '2017/18', to: '2020/21' }]);
    const chart = preceptChart(years, 'precepts', english)!;
    expect(chart.categories).toHaveLength(6);
    expect(chart.series[0]!.values).toEqual([212.94, null, null, null, null, 278.01]);
    expect(chart.summary).toBe('Bar chart of the Band D police precept from 2016/17 to 2021/22, rising from £212.94 to £278.01 a year; no figure is published here for 2017/18 to 2020/21.');
  });

  it('draws the heads of the allocation, not the net budget they add up to, and says amounts as £145.2m, not in the table unit', () => {
    const chart = allocationChart(budget('2016/17'), 'allocation', english)!;
    expect(chart.categories).not.toContain('Net Budget');
    expect(chart.categories).toHaveLength(5);
    expect(chart.summary).toBe('Bar chart of how the 2016/17 budget is allocated: the largest is Chief Constable – operational policing at £145.2m and the smallest Use of Reserves at minus £9.1m, giving a net budget of £148.9m.');
    const thousands = allocationChart(budget('2021/22'), 'allocation', english)!;
    expect(thousands.summary).toContain('Operational policing at £191.6m');
    expect(thousands.summary).toContain('net budget of £183.1m');
  });
});
