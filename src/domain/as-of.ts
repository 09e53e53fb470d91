import { isRealIsoDate, type IsoDate } from './schemas/common.ts';

/**
 * The date the site is built "as of". Rules such as "not dated in the future" and the
 * transparency register's statuses are computed against it. AS_OF=2024-03-31 fixes it,
 * so the same content always builds the same site; otherwise it is today (UTC).
 */
export function asOfDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): IsoDate {
  const fixed = env.AS_OF?.trim();
  if (fixed) {
    if (!isRealIsoDate(fixed)) throw new Error(`the build date (--as-of or AS_OF) must be a date like 2024-03-31, found "${fixed}"`);
    return fixed;
  }
  return now.toISOString().slice(0, 10);
}
