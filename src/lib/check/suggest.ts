import leven, { closestMatch } from 'leven';

/** ' (did you mean "victims-and-witnesses"?)' when one of the candidates is a plausible typo fix, else ''. */
export function didYouMean(found: unknown, candidates: readonly string[]): string {
  if (typeof found !== 'string' || found === '' || candidates.length === 0) return '';
  const lower = found.toLowerCase();
  const exactButCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (exactButCase) return ` (did you mean "${exactButCase}"?)`;
  const best = closestMatch(lower, candidates.map((c) => c.toLowerCase()));
  const original = candidates.find((candidate) => candidate.toLowerCase() === best);
  if (!original) return '';
  // Close enough to be a slip of the keyboard, not a different word.
  const allowed = Math.max(2, Math.floor(original.length / 3));
  return leven(lower, best!) <= allowed ? ` (did you mean "${original}"?)` : '';
}
