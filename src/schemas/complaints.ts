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
  title: z.string().min(1),
  kind: keysOf(complaintsKinds),
  periodStart: isoDate.optional(),
  periodEnd: isoDate.optional(),
  summary: z.string().min(1),
  count: z.number().int().nonnegative().optional().describe('The number of complaints or conduct matters, where the item reports one.'),
  ...registerFields,
});

export type ComplaintsData = z.output<typeof complaintsSchema>;
