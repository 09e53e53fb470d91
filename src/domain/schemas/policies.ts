import { z } from 'astro/zod';
import { isoDate, keysOf } from './common.ts';
import { functionField, registerFields } from './register.ts';

export const policyKinds = {
  complaints: 'Complaints handling',
  'records-retention': 'Records management and retention',
  'publication-scheme': 'Publication scheme',
  'decision-making': 'Decision making',
  other: 'Other policy',
} as const;

/** A policy statement of the office. */
export const policySchema = z.strictObject({
  title: z.string().min(1).describe('The title of the policy.').meta({ translated: true }),
  kind: keysOf(policyKinds).describe(`The kind of policy: ${Object.keys(policyKinds).join(', ')}.`),
  summary: z.string().min(1).describe('What the policy says, in brief.').meta({ translated: true }),
  reviewDue: isoDate.optional().describe('When the policy is next due for review.'),
  function: functionField,
  ...registerFields,
});

export type PolicyData = z.output<typeof policySchema>;
