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
  title: z.string().min(1).describe('What the request was about.').meta({ translated: true }),
  requested: isoDate.describe('The date of the request.'),
  received: isoDate.optional().describe('The date the office received the request; the 20-working-day clock runs from the working day after it. Leave it out if it is not recorded: the clock is then counted from the date of the request, and the page says so.'),
  clarification: z.strictObject({
    asked: isoDate.describe('The date the office asked the requester what they meant.'),
    answered: isoDate.describe('The date the office received the answer; the 20 working days start again from it.'),
  }).optional().describe('If the office had to ask the requester to clarify the request before it could answer: the clock waits for the answer.'),
  publicInterestExtension: z.strictObject({
    notified: isoDate.describe('The date the office told the requester it needed more time to consider the public interest (within the first 20 working days).'),
    extendedTo: isoDate.describe('The date the office said it would respond by; normally no more than 20 further working days.'),
  }).optional().describe('If the office took extra time to weigh the public interest in a qualified exemption.'),
  responded: isoDate.describe('The date of the response.'),
  outcome: keysOf(foiOutcomes).describe(`The outcome: ${Object.keys(foiOutcomes).join(', ')}.`),
  exemptions: z.array(z.string().min(1)).default([]).describe('Sections of the Act relied on, for example "s43 commercial interests".').meta({ translated: true }),
  questions: z.array(z.strictObject({ question: z.string().min(1), answer: z.string().min(1) })).min(1).describe('Each question asked and its answer.').meta({ translated: true }),
  ...registerFields,
});

export type FoiData = z.output<typeof foiSchema>;
