import { z } from 'astro/zod';
import { documentLink, isoDate, keysOf } from './common.ts';
import { functionField, registerFields } from './register.ts';

export const meetingBodies = {
  'police-accountability-forum': 'Police Accountability Forum',
  'police-and-crime-panel': 'Police and Crime Panel',
  'audit-committee': 'Audit Committee',
  other: 'Other public meeting',
} as const;

/** A public meeting: when and where, and its agenda, papers and minutes as they are published. */
export const meetingSchema = z.strictObject({
  title: z.string().min(1).describe('What the meeting is.').meta({ translated: true }),
  heldBy: keysOf(meetingBodies).describe(`Whose meeting it is: ${Object.keys(meetingBodies).join(', ')}.`),
  date: isoDate.describe('The date of the meeting.'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a time like 10:30 (24-hour clock)' }).optional().describe('The start time, 24-hour clock.'),
  place: z.string().optional().describe('Where the meeting is held.').meta({ translated: true }),
  agenda: z.array(z.string().min(1)).default([]).describe('The items on the agenda, in order.').meta({ translated: true }),
  papers: z.array(z.strictObject({ title: z.string().min(1).meta({ translated: true }), url: documentLink })).default([]).describe('The reports and papers for the meeting.').meta({ translated: true }),
  minutesPublished: isoDate.optional().describe('When the minutes were published.'),
  function: functionField,
  ...registerFields,
});

export type MeetingData = z.output<typeof meetingSchema>;
