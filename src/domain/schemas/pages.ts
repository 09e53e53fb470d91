import { z } from 'astro/zod';
import { entryStatus, historyFields, noteFields, sourceSchema } from './common.ts';

/** Free-standing pages an office writes itself (about the commissioner's role, for example). */
export const pageSchema = z.strictObject({
  title: z.string().min(1).meta({ translated: true }),
  description: z.string().min(1).describe('One sentence for search engines and link previews.').meta({ translated: true }),
  order: z.number().int().default(0),
  status: entryStatus,
  source: sourceSchema.optional(),
  ...noteFields,
  ...historyFields,
});

export type PageData = z.output<typeof pageSchema>;
