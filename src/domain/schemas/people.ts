import { z } from 'astro/zod';
import { isoDate, keysOf, money } from './common.ts';
import { functionField, registerFields } from './register.ts';

export const personRoles = {
  pcc: 'Police and Crime Commissioner',
  'deputy-pcc': 'Deputy Police and Crime Commissioner',
  mayor: 'Mayor',
  'deputy-mayor': 'Deputy Mayor for Policing and Crime',
  board: 'Member of the Policing and Crime Board',
  'policing-and-crime-lead': 'Policing and Crime Lead',
  'chief-executive': 'Chief Executive and Monitoring Officer',
  'chief-finance-officer': 'Chief Finance Officer',
  'senior-staff': 'Senior member of staff',
} as const;

type PersonRole = keyof typeof personRoles;

/** Where each role comes in a list of people published on the same day: the office holder, the deputy, the statutory officers, the staff. */
export const PERSON_ROLE_RANK: Record<PersonRole, number> = { pcc: 0, mayor: 0, board: 0, 'deputy-pcc': 1, 'deputy-mayor': 1, 'policing-and-crime-lead': 1, 'chief-executive': 2, 'chief-finance-officer': 3, 'senior-staff': 4 };

/** The commissioner, a deputy, a statutory officer or a senior employee, with pay where published. */
export const personSchema = z.strictObject({
  name: z.string().min(1).describe('The name of the person.'),
  role: keysOf(personRoles).describe(`Their role: ${Object.keys(personRoles).join(', ')}.`),
  jobTitle: z.string().min(1).optional().describe('The job title as the office uses it, where it says more than the role (leave it out when it is the same).').meta({ translated: true }),
  responsibilities: z.array(z.string().min(1)).default([]).describe('What the post is responsible for.').meta({ translated: true }),
  salary: money.optional().describe('Annual salary in pounds, where published.'),
  salaryBand: z.string().optional().describe('The salary band, where the salary itself is not published (for example "£85,000 to £89,999").').meta({ translated: true }),
  allowances: money.optional().describe('Annual allowances in pounds, where published.'),
  expenses: money.optional().describe('Expenses claimed in the year, in pounds, where published.'),
  from: isoDate.optional().describe('The date the person took up the post.'),
  to: isoDate.optional().describe('The date the person left the post.'),
  correspondenceAddress: z.string().optional().describe('An address for correspondence (the commissioner and deputy must publish one).'),
  function: functionField,
  ...registerFields,
});

export type PersonData = z.output<typeof personSchema>;
