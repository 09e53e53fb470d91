import type { CollectionEntry } from 'astro:content';

/** Decisions grouped by the calendar year of their date, newest year first; each group stays newest first. */
export function byYear(decisions: CollectionEntry<'decisions'>[]): { year: string; decisions: CollectionEntry<'decisions'>[] }[] {
  const years = [...new Set(decisions.map((decision) => decision.data.date.slice(0, 4)))].sort().reverse();
  return years.map((year) => ({ year, decisions: decisions.filter((decision) => decision.data.date.startsWith(year)) }));
}

/** How many decisions a listing page shows before it moves on to the next page. */
export const DECISIONS_PER_PAGE = 50;
