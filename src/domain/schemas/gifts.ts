import { z } from 'astro/zod';
import { isoDate, money } from './common.ts';
import { registerFields } from './register.ts';

/** A gift or hospitality offered to the commissioner, a deputy or a member of staff, accepted or refused. */
export const giftSchema = z.strictObject({
  date: isoDate.describe('When it was offered.'),
  recipient: z.string().min(1).describe('The office holder or member of staff it was offered to (name and role).').meta({ translated: true }),
  offeredBy: z.string().min(1).describe('The organisation that offered it.').meta({ label: 'Who offered it' }),
  description: z.string().min(1).describe('What was offered.').meta({ translated: true }),
  value: money.optional().describe('Its estimated value in pounds.'),
  accepted: z.boolean().describe('true if it was accepted, false if refused.'),
  ...registerFields,
});

export type GiftData = z.output<typeof giftSchema>;
