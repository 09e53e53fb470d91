import { z } from 'astro/zod';
import { isoDate, keysOf } from './common.ts';
import { registerFields } from './register.ts';

export const policyKinds = {
  complaints: 'Complaints handling',
  'records-retention': 'Records management and retention',
  'publication-scheme': 'Publication scheme',
  'decision-making': 'Decision making',
  other: 'Other policy',
} as const;

/** A policy statement of the office. */
export const policySchema = z.strictObject({
  title: z.string().min(1),
  kind: keysOf(policyKinds),
  summary: z.string().min(1),
  reviewDue: isoDate.optional().describe('When the policy is next due for review.'),
  ...registerFields,
});

export type PolicyData = z.output<typeof policySchema>;
