import { z } from 'astro/zod';
import { entryStatus, isoDate, pageOrDocumentLink, sourceSchema, noteFields } from './common.ts';
import { requirementId } from './register.ts';

/**
 * How often a requirement must be published, as data. The register (and the check)
 * compute "next due" from the last publication with these rules.
 */
export const timingRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('keep-current'), reviewMonths: z.number().int().positive().default(12) }),
  z.strictObject({ kind: z.literal('each-financial-year-before-start') }),
  z.strictObject({ kind: z.literal('monthly-after-month-end'), graceDays: z.number().int().nonnegative().default(30) }),
  z.strictObject({ kind: z.literal('quarterly'), graceDays: z.number().int().nonnegative().default(0) }),
  z.strictObject({ kind: z.literal('before-meeting') }),
  z.strictObject({ kind: z.literal('as-soon-as-practicable'), days: z.number().int().positive().default(28) }),
  z.strictObject({ kind: z.literal('within-days-of-event'), days: z.number().int().positive(), event: z.string().min(1) }),
]);

/** One requirement of the Specified Information Order (or a related duty): product data in data/. */
export const requirementSchema = z.strictObject({
  id: z.string().regex(/^(?:fire-)?[0-9]+[A-Za-z]?(?:-[0-9a-z]+)?$|^s\d+$/, { message: 'expected a paragraph id like 1a, 3a-3e, 7A or s55, or a fire and rescue authority\'s paragraph like fire-5d' }),
  title: z.string().min(1),
  text: z.string().min(1).describe('What must be published, in plain English.'),
  legalReference: z.string().min(1),
  instrument: z.string().min(1).optional().describe('The statutory instrument that made the duty, for example "SI 2017/863".'),
  paragraph: z.string().min(1).optional().describe('Where in the instrument the duty is.'),
  inForce: isoDate.optional().describe('The day the duty began.'),
  timing: timingRuleSchema,
  timingText: z.string().min(1).describe('The timing rule as a reader would say it.'),
  prominent: z.boolean().default(false).describe('Must be shown in a prominent place on the website (items 7A to 7C).'),
});

/** An item an office publishes to meet one or more requirements. */
export const transparencySchema = z.strictObject({
  title: z.string().min(1),
  requirements: z
    .array(requirementId)
    .min(1)
    .describe('The ids of the requirements this item satisfies, for example ["8"] or ["3a-3e"].')
    .meta({ requirements: true }),
  published: isoDate.describe('When this item was published or last brought up to date.'),
  summary: z.string().min(1),
  links: z.array(z.strictObject({ title: z.string().min(1), url: pageOrDocumentLink })).default([]),
  status: entryStatus,
  source: sourceSchema.optional(),
  ...noteFields,
});

export type TimingRule = z.output<typeof timingRuleSchema>;
export type Requirement = z.output<typeof requirementSchema>;
export type TransparencyData = z.output<typeof transparencySchema>;
