import { z } from 'astro/zod';
import { requirementsField } from './register.ts';
import { entryStatus, financialYear, isoDate, keysOf, money, organisationFields, sourceSchema, historyFields, noteFields } from './common.ts';

export const serviceThemes = {
  'victims-and-witnesses': 'Victims and witnesses',
  'domestic-abuse-and-sexual-violence': 'Domestic abuse and sexual violence',
  'mental-health-drugs-and-alcohol': 'Mental health, drugs and alcohol',
  'reducing-reoffending': 'Reducing reoffending',
  'community-safety': 'Community safety',
  'children-and-young-people': 'Children and young people',
} as const;

export const awardTypes = {
  grant: 'Grant',
  contract: 'Contract',
  'co-commissioned': 'Co-commissioned',
} as const;

export const providerSchema = z.strictObject(organisationFields);

export const serviceSchema = z.strictObject({
  service: z.string().min(1).describe('The name of the service as published.').meta({ translated: true }),
  provider: providerSchema,
  theme: keysOf(serviceThemes).describe("The site's theme the service is shown under. The office's own heading goes in themeLabel; a commissioning statement's heading for the same money is matched to the same theme."),
  themeLabel: z.string().optional().describe('The heading the office published the service under, if it differs from the theme name.').meta({ translated: true }),
  locations: z.array(z.string().min(1)).min(1).describe('Where the service is delivered, as published.').meta({ translated: true }),
  areaServed: z.string().optional().describe('The wider area the service serves, if the list gives one (the whole county, or a district of it).').meta({ translated: true }),
  summary: z.string().min(1).optional().describe('What the service is and does, in a sentence or two of plain words. Only what a published source states. Giving it (or who it helps, how to get help, or money) gives the service a page of its own.').meta({ offered: true, translated: true }),
  helps: z.string().min(1).optional().describe('Who the service is for ("Children aged 0 to 18 who have been sexually assaulted or abused"), as a published source states it.').meta({ label: 'Who it helps', offered: true, translated: true }),
  howToGetHelp: z.string().min(1).optional().describe('How a person gets help from the service: a phone number, a website, a referral route, as published.').meta({ label: 'How to get help', offered: true, translated: true }),
  amount: money.optional().describe('The amount awarded, in pounds, where published.'),
  awarded: isoDate.optional().describe('The date the grant or contract was awarded, where published.'),
  fundingSource: z.string().optional().describe('For example "OPCC commissioning budget" or "Ministry of Justice victims grant".').meta({ translated: true }),
  period: z.strictObject({ from: financialYear, to: financialYear }).optional(),
  awardType: keysOf(awardTypes).optional(),
  decision: z
    .string()
    .optional()
    .describe('The reference of the decision notice that awarded it, as the notice gives it.')
    .meta({ reference: { collection: 'decisions', field: 'reference' } }),
  listing: z
    .strictObject({ title: z.string().min(1), position: z.number().int().positive() })
    .optional()
    .describe('The published list the service appears in and its number there, so the order can be kept.'),
  requirements: requirementsField,
  status: entryStatus,
  source: sourceSchema.optional(),
  ...noteFields,
  ...historyFields,
});

/** A published statement of commissioning money by theme, with its declared totals. */
export const commissioningSchema = z.strictObject({
  title: z.string().min(1).meta({ translated: true }),
  asOf: z.string().min(1).describe('When the statement was published, as the document says ("April 2016").').meta({ label: 'When it was published', translated: true }),
  period: z.strictObject({ from: financialYear, to: financialYear }).optional(),
  tolerance: z.number().nonnegative().default(0).describe('How far the listed services may differ from a theme total, in pounds.'),
  themes: z
    .array(
      z.strictObject({
        theme: keysOf(serviceThemes).describe("The site's theme this heading's money is matched to. Headings matched to one theme are added together there, beside the services listed under it."),
        title: z.string().min(1).describe('The heading as published, for example "Supporting Victims and Witnesses".'),
        total: money.describe('The declared funding for the theme, in pounds.'),
        summary: z.string().optional(),
      }),
    )
    .min(1),
  totalNote: z
    .string()
    .min(1)
    .optional()
    .describe('For the public: how the headings\' total compares with any other total the office has published for its commissioning money, in plain words. Shown beside the total.').meta({ translated: true }),
  status: entryStatus,
  source: sourceSchema.optional(),
  ...noteFields,
  ...historyFields,
});

export type ServiceData = z.output<typeof serviceSchema>;
export type CommissioningData = z.output<typeof commissioningSchema>;
export type ServiceTheme = keyof typeof serviceThemes;
