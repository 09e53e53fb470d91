import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/domain/check/suggest.ts';

describe('did you mean', () => {
  const themes = ['victims-and-witnesses', 'community-safety', 'reducing-reoffending'];

  it('suggests the one value a typo was probably meant to be', () => {
    expect(didYouMean('victims-and-witneses', themes)).toBe(' (did you mean "victims-and-witnesses"?)');
    expect(didYouMean('Community-Safety', themes)).toBe(' (did you mean "community-safety"?)');
    expect(didYouMean('7a', ['7A', '7B', '7C'])).toBe(' (did you mean "7A"?)');
  });

  it('suggests nothing for a different word, a tie, or a value that is not text', () => {
    expect(didYouMean('housing', themes)).toBe('');
    expect(didYouMean('9', ['6', '8'])).toBe('');
    expect(didYouMean(42, themes)).toBe('');
    expect(didYouMean('x', [])).toBe('');
  });
});
