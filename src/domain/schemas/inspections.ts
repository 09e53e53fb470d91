import { z } from 'astro/zod';
import { isoDate, isoDateOrMonth, keysOf } from './common.ts';
import { registerFields } from './register.ts';

export const gradings = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
} as const;

/** An HMICFRS (formerly HMIC) inspection report on the force, and the commissioner's response. */
export const inspectionSchema = z.strictObject({
  title: z.string().min(1).describe('The title of the report.').meta({ translated: true }),
  kind: keysOf({ peel: 'PEEL assessment', thematic: 'Thematic inspection', other: 'Other inspection' }).describe('peel, thematic or other.'),
  reportPublished: isoDateOrMonth.optional().describe('When the inspectorate published the report; the response is due 56 days later.'),
  reportUrl: z.string().optional().describe('Where the report is published.'),
  gradings: z.array(z.strictObject({ area: z.string().min(1).meta({ translated: true }), grade: keysOf(gradings) })).default([]).describe('The grades the report gives, by area.').meta({ translated: true }),
  responsePublished: isoDate.optional().describe("When the commissioner's response (with the chief constable's) was published."),
  ...registerFields,
});

export type InspectionData = z.output<typeof inspectionSchema>;
