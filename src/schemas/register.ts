import { z } from 'astro/zod';
import { entryStatus, isoDateOrMonth, sourceSchema } from './common.ts';

/**
 * Fields every register entry shares: when it was published (the register's clock), which
 * Specified Information Order requirements it meets beyond its collection's own, and where it came from.
 */
/** Requirements of the Specified Information Order an entry meets besides its collection's own. */
export const requirementsField = z
  .array(z.union([z.string().min(1), z.number().int().transform(String)]))
  .default([])
  .describe('Requirements this entry meets besides its collection\'s own, for example ["2c"].')
  .meta({ requirements: true });

export const registerFields = {
  published: isoDateOrMonth.describe('When this was published or last brought up to date (YYYY-MM when the source gives only the month).'),
  requirements: requirementsField,
  status: entryStatus,
  source: sourceSchema.optional(),
};
