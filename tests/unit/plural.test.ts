import { describe, expect, it } from 'vitest';
import { countOf, pluralOf } from '../../src/domain/plural.ts';

describe('plurals in headings and counts', () => {
  it('follow the regular endings of English nouns', () => {
    expect(pluralOf('Commissioning strategy')).toBe('Commissioning strategies');
    expect(pluralOf('Police and crime plan')).toBe('Police and crime plans');
    expect(pluralOf('day')).toBe('days');
    expect(pluralOf('business')).toBe('businesses');
    expect(pluralOf('search')).toBe('searches');
  });

  it('count one in the singular and any other number in the plural, or in the plural given', () => {
    expect(countOf(1, 'commissioning strategy')).toBe('1 commissioning strategy');
    expect(countOf(2, 'commissioning strategy')).toBe('2 commissioning strategies');
    expect(countOf(0, 'service')).toBe('0 services');
    expect(countOf(3, 'more', 'more')).toBe('3 more');
  });
});
