import { z } from 'astro/zod';
import { requirementsField } from './register.ts';
import { financialYear, isoDate, keysOf, slug, sourceSchema, historyFields, noteFields } from './common.ts';

export const planKinds = {
  'police-and-crime-plan': 'Police and crime plan',
  'business-plan': 'Business plan',
  'delivery-plan': 'Delivery plan',
  'commissioning-strategy': 'Commissioning strategy',
  'annual-report': 'Annual report',
  'needs-assessment': 'Needs assessment',
} as const;

export const planStatuses = {
  draft: 'Draft',
  consultation: 'Out for consultation',
  published: 'Published',
  superseded: 'Superseded',
} as const;

export const pillarSchema = z.strictObject({
  id: slug.describe('A short id for the pillar or priority, used in links from decisions: "support-victims".'),
  number: z.number().int().positive().optional().describe('The number the plan gives it (Pillar 1).'),
  title: z.string().min(1).meta({ translated: true }),
  summary: z.string().optional().meta({ translated: true }),
  objectives: z.array(z.string().min(1)).default([]).describe('The objectives listed under the pillar, one per item.').meta({ translated: true }),
});

export const actionSchema = z.strictObject({
  ref: z.string().min(1).describe('The action reference as published, for example "T3-C01".'),
  theme: z.string().min(1).describe('The theme or priority the action sits under.').meta({ translated: true }),
  action: z.string().min(1).meta({ translated: true }),
  lead: z.string().optional().describe('Who leads the action (a role or team).').meta({ translated: true }),
  due: z.union([isoDate, z.string().min(1)]).optional().describe('A date (2014-06-30) or a recurrence as published ("Quarterly", "March 2015").'),
  status: z.enum(['not-started', 'on-track', 'at-risk', 'complete', 'ongoing']).optional(),
  update: z.string().optional().describe('The latest published progress update.').meta({ translated: true }),
});

export const periodSchema = z
  .strictObject({ from: financialYear, to: financialYear })
  .describe('The financial years the plan covers, first and last.');

export const planSchema = z.strictObject({
  title: z.string().min(1).meta({ translated: true }),
  kind: keysOf(planKinds),
  period: periodSchema,
  status: keysOf(planStatuses),
  published: isoDate.optional().describe('The date the plan was published, where known.'),
  supersedes: slug
    .optional()
    .describe('The id (file name without .md) of the plan this one replaces.')
    .meta({ reference: { collection: 'plans', field: 'id' } }),
  summary: z.string().min(1).describe('One or two sentences for listings and search results.').meta({ translated: true }),
  pillars: z.array(pillarSchema).default([]).describe('The pillars, priorities or themes of the plan, in order.').meta({ translated: true }),
  actions: z.array(actionSchema).default([]).describe('Delivery-plan actions, where the plan has them.').meta({ translated: true }),
  lists: z
    .array(z.strictObject({ title: z.string().min(1).meta({ translated: true }), intro: z.string().optional().meta({ translated: true }), items: z.array(z.string().min(1)).min(1).meta({ translated: true }) }))
    .default([])
    .describe('Other published lists in the plan (national measures, Strategic Policing Requirement).').meta({ translated: true }),
  requirements: requirementsField,
  source: sourceSchema.optional(),
  ...noteFields,
  ...historyFields,
});

export type PlanData = z.output<typeof planSchema>;
export type Pillar = z.output<typeof pillarSchema>;
export type PlanAction = z.output<typeof actionSchema>;
export type PlanKind = keyof typeof planKinds;
