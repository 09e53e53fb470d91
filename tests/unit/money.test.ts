import { describe, expect, it } from 'vitest';
import { formatAmount, formatMillions, formatPounds, formatTableValue, naturalAmount, tableDecimals, toPounds } from '../../src/domain/money.ts';

describe('money', () => {
  it('writes pounds and pence the en-GB way', () => {
    expect(formatPounds(278.01)).toBe('£278.01');
    expect(formatPounds(571326)).toBe('£571,326');
    expect(formatPounds(0.29)).toBe('£0.29');
    expect(formatPounds(212.9)).toBe('£212.90');
  });

  it('writes large sums in millions to one decimal place', () => {
    expect(formatMillions(183_100_000)).toBe('£183.1m');
    expect(formatMillions(-9_100_000)).toBe('-£9.1m');
    expect(formatAmount(183_056_000)).toBe('£183.1m');
    expect(formatAmount(552_891)).toBe('£552,891');
  });

  it('says a sum in the unit people use for it: millions, thousands or pounds and pence', () => {
    expect(naturalAmount(150_000_000)).toBe('£150m');
    expect(naturalAmount(toPounds(161_374, '£000'))).toBe('£161.4m');
    expect(naturalAmount(1_250_000, 2)).toBe('£1.25m');
    expect(naturalAmount(950_000)).toBe('£950k');
    expect(naturalAmount(999_960)).toBe('£1m');
    expect(naturalAmount(-9_100_000)).toBe('-£9.1m');
    expect(naturalAmount(1_500)).toBe('£1.5k');
    expect(naturalAmount(212.94)).toBe('£212.94');
    expect(naturalAmount(212.9)).toBe('£212.90');
    expect(naturalAmount(50)).toBe('£50');
    expect(naturalAmount(0)).toBe('£0');
  });

  it('converts table units to pounds without floating-point noise', () => {
    expect(toPounds(100.2, '£m')).toBe(100_200_000);
    expect(toPounds(183_056, '£000')).toBe(183_056_000);
    expect(toPounds(0.1, '£m') + toPounds(0.2, '£m')).toBe(300_000);
    expect(toPounds(278.01, '£')).toBe(278.01);
  });

  it('prints table cells as public accounts do, negatives in brackets', () => {
    expect(formatTableValue(-15802)).toBe('(15,802)');
    expect(formatTableValue(161374)).toBe('161,374');
    expect(formatTableValue(null)).toBe('');
    expect(formatTableValue(0)).toBe('0');
    expect(formatTableValue(-9.1)).toBe('(9.1)');
  });

});

describe('table columns', () => {
  it('keeps every figure of a table to the same number of decimal places', () => {
    expect(tableDecimals([145.2, 1, -9.1, null])).toBe(1);
    expect(tableDecimals([161374, -15802])).toBe(0);
    expect(formatTableValue(1, 1)).toBe('1.0');
    expect(formatTableValue(-9.1, 1)).toBe('(9.1)');
    expect(formatTableValue(15943, 0)).toBe('15,943');
  });
});
