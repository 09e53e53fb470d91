import { z } from 'astro/zod';
import { documentLink, isoDate, keysOf, money } from './common.ts';
import { functionField, registerFields } from './register.ts';

export const contractKinds = {
  contract: 'Contract',
  'invitation-to-tender': 'Invitation to tender',
} as const;

/** A contract, or an invitation to tender, of the commissioner's office. */
export const contractSchema = z.strictObject({
  title: z.string().min(1).describe('What the contract is for, briefly.').meta({ translated: true }),
  kind: keysOf(contractKinds).describe('contract or invitation-to-tender.'),
  supplier: z.string().optional().describe('The other party (not known yet for an invitation to tender).'),
  value: money.describe('The value, or expected value, in pounds.'),
  awarded: isoDate.optional().describe('When the contract was let.'),
  purpose: z.string().min(1).describe('The purpose of the contract.').meta({ translated: true }),
  document: documentLink.optional().describe('The published copy of the contract or invitation: a file in files/, written /files/name.pdf, or an https:// address.'),
  function: functionField,
  ...registerFields,
});

export type ContractData = z.output<typeof contractSchema>;
