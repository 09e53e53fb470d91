import { z } from 'astro/zod';
import { entryStatus, isoDateOrMonth, keysOf, historyFields, noteFields, sourceSchema } from './common.ts';

/** The id of a requirement of the Specified Information Order; YAML reads an unquoted 8 as a number. */
export const requirementId = z.union([z.string().min(1), z.number().int().transform(String)]);

/** Requirements of the Specified Information Order an entry meets besides its collection's own. */
export const requirementsField = z
  .array(requirementId)
  .default([])
  .describe('Requirements this entry meets besides its collection\'s own, for example ["2c"].')
  .meta({ requirements: true });

/** The functions an office can hold: a Police, Fire and Crime Commissioner (or a mayor with fire functions) holds both. */
export const entryFunctions = {
  policing: 'Policing',
  fire: 'Fire and rescue',
} as const;

/** Which function an entry belongs to; an entry that says nothing belongs to policing. */
export const functionField = keysOf(entryFunctions)
  .optional()
  .describe('policing (the default) or fire, for an office that is also the fire and rescue authority: a fire entry meets the fire and rescue authority\'s duties on the register, not the policing ones.');

/**
 * Fields every register entry shares: when it was published (the register's clock), which
 * Specified Information Order requirements it meets beyond its collection's own, and where it came from.
 */
export const registerFields = {
  published: isoDateOrMonth.describe('When this was published or last brought up to date (YYYY-MM when the source gives only the month).'),
  requirements: requirementsField,
  status: entryStatus,
  source: sourceSchema.optional(),
  ...noteFields,
  ...historyFields,
};
