import { z } from 'astro/zod';
import { entryStatus, noteFields } from './common.ts';

/** Free-standing pages an office writes itself (about the commissioner's role, for example). */
export const pageSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1).describe('One sentence for search engines and link previews.'),
  order: z.number().int().default(0),
  status: entryStatus,
  ...noteFields,
});

export type PageData = z.output<typeof pageSchema>;
