import { describe, expect, it } from 'vitest';
import { pageOfEachKind } from '../../src/build/site-pages.ts';

describe('one page of each kind', () => {
  it('counts a page in the other language as a kind of its own, and its notices and years apart', () => {
    const paths = ['/', '/cy/', '/decisions/', '/decisions/41-2020/', '/decisions/42-2020/', '/decisions/2020/', '/cy/decisions/', '/cy/decisions/41-2020/', '/cy/decisions/42-2020/', '/cy/decisions/2020/'];
    expect(pageOfEachKind(paths)).toEqual(['/', '/cy/', '/decisions/', '/decisions/41-2020/', '/decisions/2020/', '/cy/decisions/', '/cy/decisions/41-2020/', '/cy/decisions/2020/']);
  });
});
