import leven from 'leven';

/**
 * ' (did you mean "victims-and-witnesses"?)' when exactly one candidate is a plausible typo fix,
 * else ''. A tie (9 is as close to 8 as to 6) suggests nothing rather than guess.
 */
export function didYouMean(found: unknown, candidates: readonly string[]): string {
  if (typeof found !== 'string' || found === '' || candidates.length === 0) return '';
  const lower = found.toLowerCase();
  const scored = candidates.map((candidate) => ({ candidate, distance: leven(lower, candidate.toLowerCase()) }));
  const best = Math.min(...scored.map((s) => s.distance));
  const nearest = scored.filter((s) => s.distance === best);
  if (nearest.length !== 1) return '';
  const { candidate } = nearest[0]!;
  // Close enough to be a slip of the keyboard, not a different word.
  return best <= Math.max(2, Math.floor(candidate.length / 3)) ? ` (did you mean "${candidate}"?)` : '';
}
