import { z } from 'astro/zod';
import { isoDate, keysOf } from './common.ts';
import { registerFields } from './register.ts';

export const complaintsKinds = {
  'iopc-statistics': 'IOPC complaints statistics for the force',
  oversight: 'How the commissioner holds the chief constable to account for complaint handling',
  'review-body': "The commissioner's performance as the review body",
  'panel-referrals': 'Complaints about the commissioner passed on by the Police and Crime Panel',
} as const;

/** Published information about police complaints, for a period. */
export const complaintsSchema = z.strictObject({
  title: z.string().min(1).describe('The title of the item.').meta({ translated: true }),
  kind: keysOf(complaintsKinds).describe(`What it covers: ${Object.keys(complaintsKinds).join(', ')}.`),
  periodStart: isoDate.optional().describe('The first day of the period it covers.'),
  periodEnd: isoDate.optional().describe('The last day of the period it covers.'),
  summary: z.string().min(1).describe('A summary of the information.').meta({ translated: true }),
  count: z.number().int().nonnegative().optional().describe('The number of complaints or conduct matters, where the item reports one.'),
  ...registerFields,
});

export type ComplaintsData = z.output<typeof complaintsSchema>;
