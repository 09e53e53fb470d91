import { z } from 'astro/zod';
import { entryStatus, isoDate, pageOrDocumentLink, sourceSchema, historyFields, noteFields } from './common.ts';
import { requirementId } from './register.ts';

/** How long after its event an item published event by event still shows the duty is being met. */
const windowMonths = z
  .number()
  .int()
  .positive()
  .default(12)
  .describe('How many months after its event (a meeting, a decision, a report) an item still counts as meeting the requirement; older items are shown as history.');

/**
 * How often a requirement must be published, as data. The register (and the check)
 * compute "next due" from the last publication with these rules, and which items
 * still count on the build date (see sio-timing.ts).
 */
export const timingRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('keep-current'), reviewMonths: z.number().int().positive().default(12).describe('How many months an item stands before it must be reviewed and published again.') }),
  z.strictObject({ kind: z.literal('each-financial-year-before-start') }),
  z.strictObject({ kind: z.literal('monthly-after-month-end'), graceDays: z.number().int().nonnegative().default(30).describe('Days allowed after the following month ends.') }),
  z.strictObject({ kind: z.literal('quarterly'), graceDays: z.number().int().nonnegative().default(0).describe('Days allowed after the following quarter ends.') }),
  z.strictObject({ kind: z.literal('before-meeting'), windowMonths }),
  z.strictObject({ kind: z.literal('as-soon-as-practicable'), days: z.number().int().positive().default(28).describe('Days after the event by which it counts as published in time.'), windowMonths }),
  z.strictObject({ kind: z.literal('within-days-of-event'), days: z.number().int().positive().describe('Days after the event the law allows.'), event: z.string().min(1).describe('The event the days run from.'), windowMonths }),
]);

/** One requirement of the Specified Information Order (or a related duty): product data in data/. */
export const requirementSchema = z.strictObject({
  id: z.string().regex(/^(?:fire-)?[0-9]+[A-Za-z]?(?:-[0-9a-z]+)?$|^s\d+$/, { message: 'expected a paragraph id like 1a, 3a-3e, 7A or s55, or a fire and rescue authority\'s paragraph like fire-5d' }),
  title: z.string().min(1).describe('A short name for the requirement.'),
  text: z.string().min(1).describe('What must be published, in plain English.'),
  instrument: z.string().min(1).describe('The instrument that made the duty as it stands, for example "SI 2011/3050" or "SI 2021/547".'),
  paragraph: z.string().min(1).describe('The paragraph that states the duty, in the Order as amended (or the Act), for example "Schedule, para 1(e)".'),
  inForce: isoDate.describe('The day the duty came into force: nothing dated before it can meet it.'),
  legalReference: z.string().min(1).describe('The citation as a reader would write it, naming any amending instrument.'),
  timing: timingRuleSchema,
  timingText: z.string().min(1).describe('The timing rule as a reader would say it.'),
  prominent: z.boolean().default(false).describe('Must be shown in a prominent place on the website (items 7A to 7C).'),
});

/** An item an office publishes to meet one or more requirements. */
export const transparencySchema = z.strictObject({
  title: z.string().min(1).meta({ translated: true }),
  requirements: z
    .array(requirementId)
    .min(1)
    .describe('The ids of the requirements this item satisfies, for example ["8"] or ["3a-3e"].')
    .meta({ requirements: true }),
  published: isoDate.describe('When this item was published or last brought up to date.'),
  summary: z.string().min(1).meta({ translated: true }),
  links: z.array(z.strictObject({ title: z.string().min(1).meta({ translated: true }), url: pageOrDocumentLink })).default([]).meta({ translated: true }),
  status: entryStatus,
  source: sourceSchema.optional(),
  ...noteFields,
  ...historyFields,
});

export type TimingRule = z.output<typeof timingRuleSchema>;
export type Requirement = z.output<typeof requirementSchema>;
export type TransparencyData = z.output<typeof transparencySchema>;
