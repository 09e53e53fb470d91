import { z } from 'astro/zod';
import { keysOf } from './common.ts';
import { registerFields } from './register.ts';

export const interestKinds = {
  employment: 'Paid employment or office',
  directorship: 'Directorship',
  shareholding: 'Shareholding',
  property: 'Land or property',
  membership: 'Membership of an organisation',
  other: 'Other financial interest',
} as const;

/** One office holder's register of interests. */
export const interestsSchema = z.strictObject({
  name: z.string().min(1).describe('The office holder the register belongs to.'),
  role: z.string().min(1).describe('The office they hold.').meta({ translated: true }),
  interests: z.array(z.strictObject({ kind: keysOf(interestKinds), description: z.string().min(1).meta({ translated: true }) })).default([]).describe('Each interest declared; leave empty for a nil return.').meta({ translated: true }),
  ...registerFields,
});

export type InterestsData = z.output<typeof interestsSchema>;
