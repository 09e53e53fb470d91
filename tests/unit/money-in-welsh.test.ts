import { describe, expect, it } from 'vitest';
import { councilTaxYear, preceptYears } from '../../src/domain/council-tax.ts';
import { formatPounds, naturalAmount } from '../../src/domain/money.ts';
import { budgetSummary, publishedPrecepts } from '../../src/site/lib/budget-figures.ts';
import { preceptChart } from '../../src/site/lib/charts.ts';
import { languageTools } from '../../src/site/lib/language.ts';
import { money } from '../../src/site/lib/spending.ts';
import { NORFOLK } from '../helpers/office.ts';
import { contentFromCheck } from '../helpers/published.ts';

const welsh = languageTools({ code: 'cy', tag: 'cy-GB', isDefault: false });
const budgets = contentFromCheck(NORFOLK).budgets;
const precepts = publishedPrecepts(budgets.map((data) => ({ data })));

describe('budgets and spending on a Welsh page', () => {
  it('writes money as Welsh does, which Intl gives as English writes it', () => {
    expect(formatPounds(1234567.5, 'cy-GB')).toBe('£1,234,567.50');
    expect(formatPounds(2500, 'cy-GB')).toBe('£2,500');
    expect(money(-21500, 'cy-GB')).toBe('-£215.00');
    expect(naturalAmount(161_400_000, 1, 'cy-GB')).toBe('£161.4m');
  });

  it('names months in Welsh and counts payments with the noun mutated after two, three and six', () => {
    expect(welsh.date('2024-03')).toBe('Mawrth 2024');
    expect([1, 2, 3, 6, 13].map((count) => welsh.t('spending.payments', { count }))).toEqual(['1 taliad', '2 daliad', '3 thaliad', '6 thaliad', '13 taliad']);
  });

  it('says the Band D precept and its change in Welsh', () => {
    const budget = budgets.find((b) => b.financialYear === '2021/22')!;
    expect(budgetSummary(budget, councilTaxYear('2021/22', precepts), welsh)).toEqual([
      'Y gyllideb net ar gyfer 2021/22 yw £183.1m.',
      "Rhan yr heddlu o'r dreth gyngor (y praesept) ar gyfer cartref Band D yw £278.01 y flwyddyn, neu £5.35 yr wythnos, cynnydd o 5.68% ers 2020/21, £0.29 yn fwy yr wythnos.",
    ]);
  });

  it("gives the precept chart's title, series and summary in Welsh, its gap of years too", () => {
    const chart = preceptChart(preceptYears(precepts), 'precepts', welsh)!;
    expect(chart.title).toBe('Praesept yr heddlu ar gyfer Band D fesul blwyddyn');
    expect(chart.series[0]!.label).toBe('Praesept Band D (£ y flwyddyn)');
    expect(chart.summary).toBe("Siart bar o braesept yr heddlu ar gyfer Band D, 2016/17 hyd at 2021/22, wedi codi o £212.94 i £278.01 y flwyddyn; nid oes ffigur wedi'i gyhoeddi yma ar gyfer 2017/18 hyd at 2020/21.");
  });
});
