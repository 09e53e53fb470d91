import { z } from 'astro/zod';
import { functionField, requirementsField } from './register.ts';
import { dateAsKnown, documentLink, entryStatus, isoDate, keysOf, money, organisationFields, sourceSchema, historyFields, noteFields } from './common.ts';

/**
 * Who can make a decision, as editors choose it. The site names the office holder and deputy by the
 * titles of the office's kind on the decision's date (see office-kinds.ts): "pcc" is a Police, Fire and
 * Crime Commissioner in a PFCC's office. These are the labels of a Police and Crime Commissioner's office.
 */
export const decisionMakers = {
  pcc: 'Police and Crime Commissioner',
  'deputy-pcc': 'Deputy Police and Crime Commissioner',
  mayor: 'Mayor',
  'deputy-mayor': 'Deputy Mayor for Policing and Crime',
  board: 'Policing and Crime Board',
  'policing-and-crime-lead': 'Policing and Crime Lead',
  'chief-executive': 'Chief Executive',
  'chief-finance-officer': 'Chief Finance Officer',
  'pcc-and-chief-constable': 'Police and Crime Commissioner and Chief Constable jointly',
} as const;

export const decisionOutcomes = {
  approved: 'Approved',
  rejected: 'Rejected',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
  noted: 'Noted',
} as const;

/** The originator checklist on a decision notice, question by question. */
export const checklistQuestions = {
  legalAdvice: 'Has legal advice been sought on this submission?',
  chiefFinanceOfficerConsulted: "Has the commissioner's Chief Finance Officer been consulted?",
  equalityConsidered: 'Have equality, diversity and human rights implications been considered?',
  humanResourcesConsidered: 'Have human resource implications been considered?',
  consistentWithPlan: 'Is the recommendation consistent with the objectives in the Police and Crime Plan?',
  consultationUndertaken: 'Has consultation been undertaken with people or agencies likely to be affected?',
  communicationsAdvice: 'Has communications advice been sought?',
  risksHighlighted: "Have all relevant issues been highlighted in the 'other implications and risks' section?",
} as const;

const checklistSchema = z
  .strictObject(Object.fromEntries(Object.keys(checklistQuestions).map((key) => [key, z.boolean().optional()])) as {
    [K in keyof typeof checklistQuestions]: z.ZodOptional<z.ZodBoolean>;
  })
  .describe('The originator checklist: true for yes, false for no; leave out a question the notice does not answer.');

export const approvalSchema = z.strictObject({
  role: z.string().min(1).describe('The role that approved, for example "Chief Finance Officer (Section 151 Officer)".').meta({ translated: true }),
  name: z.string().min(1).optional().describe('The name of the person who signed, where the notice gives it.'),
  statement: z.string().optional().describe('What the approver certified, as written on the notice. Write any lettered options each on a line of its own, starting "- a) ", "- b) ", so that they show as a list.').meta({ translated: true }),
  selected: z
    .array(z.string().regex(/^[a-z]$/, { message: 'expected the letter of one of the statement\'s options, like "b"' }))
    .optional()
    .describe('The letters of the statement\'s options that the notice marks as applying, for example [b] when the approver ticked or kept only option b). Leave it out when the notice prints every option without marking any: the page then says the notice does not mark which apply.'),
  date: isoDate.optional().describe('The day the approval was signed, where the notice gives it: leave it out where it gives only the month.'),
});

export const attachmentSchema = z.strictObject({
  title: z.string().min(1).meta({ translated: true }),
  file: documentLink,
  size: z.number().int().positive().optional().describe('Size in bytes, for a document elsewhere on the web (a file in files/ is measured when the site is built).'),
});

/** The part a person or organisation named on a notice plays in it. */
export const counterpartyRoles = {
  supplier: 'Supplier',
  recipient: 'Grant recipient',
  buyer: 'Buyer',
  partner: 'Partner',
  funder: 'Funder',
} as const;

/** Who was paid, awarded a grant or contract, or otherwise party to a decision. */
export const counterpartySchema = z.strictObject({
  ...organisationFields,
  role: keysOf(counterpartyRoles).optional().describe('supplier, recipient (of a grant), buyer, partner, or funder (a body that gives the office money, such as the Home Office for a grant the office accepts).'),
  amount: money.optional().describe('What this party is paid or awarded (or, for a funder, gives), in pounds, where the notice says.'),
});

/**
 * A decision notice as real registers keep them. What every notice has is required: a title, a date (at
 * least its month or financial year) and who decided. Everything an old record may not state can be
 * left out, and the page then says nothing of it rather than a placeholder.
 */
export const decisionSchema = z.strictObject({
  reference: z.string().min(1).optional().describe("The decision number in the office's own format (office.json's decisionReference gives an example). Leave it out only for a notice published without a number (and write numbered: false).").meta({ offered: true }),
  numbered: z.boolean().default(true).describe('false for a notice the office published without a number.'),
  title: z.string().min(1).meta({ translated: true }),
  decided: z
    .string()
    .min(1)
    .optional()
    .describe('What was decided, in one plain sentence a resident can follow without reading the notice, for example "Agreed to fund a service that supports victims of domestic abuse for three more years, run with the county council." It leads the page and is what lists of decisions show. Say what was decided, not the background.')
    .meta({ label: 'What was decided', offered: true, translated: true }),
  date: dateAsKnown.describe('The date the decision was made: YYYY-MM-DD, or YYYY-MM or 2020/21 when the record gives only the month or the financial year.'),
  published: isoDate.optional().describe('When the notice was published, if later than the decision.'),
  decisionMaker: keysOf(decisionMakers).describe('Who made the decision. It must be one of the decision makers of the office\'s kind on the decision\'s date: pcc or deputy-pcc for a commissioner (police, or police, fire and crime), mayor or deputy-mayor for a mayor, board or policing-and-crime-lead for a Policing and Crime Board; chief-executive and chief-finance-officer for any kind.'),
  function: functionField,
  originator: z.string().min(1).optional().describe('Who brought the decision forward, for example "Chief Executive", where the notice says.').meta({ offered: true, translated: true }),
  submittedTo: z.string().optional().meta({ translated: true }),
  summary: z.string().min(1).optional().meta({ offered: true, translated: true }),
  recommendation: z.string().min(1).optional().meta({ offered: true, translated: true }),
  outcome: keysOf(decisionOutcomes).optional().meta({ offered: true }),
  counterparties: z.array(counterpartySchema).default([]).describe('Who was paid or awarded a grant or contract by the decision, or is otherwise party to it.'),
  amount: money.optional().describe('Money committed by the decision, in pounds (pence allowed).'),
  fundingSource: z.string().optional().meta({ translated: true }),
  restricted: z.boolean().default(false).describe('True when the papers are withheld from publication.'),
  restrictionReason: z.string().optional().describe('Why the papers are withheld. Required when restricted.').meta({ translated: true }),
  checklist: checklistSchema.optional(),
  approvals: z.array(approvalSchema).default([]).meta({ translated: true }),
  pillars: z
    .array(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, { message: 'expected plan-id#pillar-id, like "police-and-crime-plan-2022-24#support-victims"' }))
    .default([])
    .describe('The plan pillars the decision serves, written plan-id#pillar-id.'),
  attachments: z.array(attachmentSchema).default([]).meta({ translated: true }),
  requirements: requirementsField,
  status: entryStatus,
  source: sourceSchema.optional(),
  ...noteFields,
  ...historyFields,
});

export type DecisionData = z.output<typeof decisionSchema>;
export type DecisionMaker = keyof typeof decisionMakers;
export type DecisionOutcome = keyof typeof decisionOutcomes;
export type Counterparty = z.output<typeof counterpartySchema>;
