import { describe, expect, it } from 'vitest';
import { actualProblems, readFixtures } from '../helpers/fixtures.ts';

const fixtures = readFixtures();

describe('the corpus of bad content', () => {
  it('holds at least 60 fixtures, each stating what it must produce', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    expect(fixtures.filter((fixture) => fixture.expected.length === 0).map((fixture) => fixture.file)).toEqual([]);
  });

  it.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s is rejected with exactly its expected messages', (_file, fixture) => {
    expect(actualProblems(fixture).sort()).toEqual([...fixture.expected].sort());
  });
});
