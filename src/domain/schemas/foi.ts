import { z } from 'astro/zod';
import { isoDate, keysOf } from './common.ts';
import { registerFields } from './register.ts';

export const foiOutcomes = {
  'information-provided': 'Information provided',
  'partly-provided': 'Partly provided',
  'not-held': 'Information not held',
  refused: 'Refused',
} as const;

/** A Freedom of Information request and the office's response, for the disclosure log. Never the requester's identity. */
export const foiSchema = z.strictObject({
  reference: z.string().min(1).describe('The request reference, for example FOI/OPCCN/30.'),
  title: z.string().min(1).describe('What the request was about.'),
  requested: isoDate.describe('The date of the request.'),
  received: isoDate.optional().describe('The date the office received the request, if later; the 20-working-day clock runs from it.'),
  responded: isoDate.describe('The date of the response.'),
  outcome: keysOf(foiOutcomes).describe(`The outcome: ${Object.keys(foiOutcomes).join(', ')}.`),
  exemptions: z.array(z.string().min(1)).default([]).describe('Sections of the Act relied on, for example "s43 commercial interests".'),
  questions: z.array(z.strictObject({ question: z.string().min(1), answer: z.string().min(1) })).min(1).describe('Each question asked and its answer.'),
  ...registerFields,
});

export type FoiData = z.output<typeof foiSchema>;
