import { translatedItemFields, type CollectionName } from '../../domain/collections.ts';
import { currentEntryData, readBody, translationCacheDir } from './entry-cache.ts';
import { officeLanguages, type PageLanguage } from './language.ts';

/** An entry as a page in a language shows it. `lang` is the tag of the language its text is in where that is not the page's (an entry not yet translated), for the element that shows it; undefined otherwise. */
export type Translated<E extends { id: string; data: unknown }> = E & { lang?: string };

/** An entry's translation into a language, as the loader kept it (see office-loader.ts): its translated fields, and the digest of its file, by which its body is kept. */
export function translationOf(entry: { id: string; collection: string }, language: Pick<PageLanguage, 'code'>): Translation | undefined {
  return translationIn(translationsOf(entry.collection, language.code), entry.id);
}

type Translation = { data: Record<string, unknown>; digest: string };
type Translations = ReturnType<typeof currentEntryData>;

/** Every translation of a collection's entries into a language, as the loader last kept them. */
function translationsOf(collection: string, code: string): Translations {
  return currentEntryData(translationCacheDir(collection, code));
}

function translationIn(translations: Translations, id: string): Translation | undefined {
  const found = translations.get(id);
  return found && { data: found.data as Record<string, unknown>, digest: found.digest };
}

/** The rendered, sanitised body of an entry's translation into a language, or undefined while it has none. */
export function translatedBody(entry: { id: string; collection: string }, language: Pick<PageLanguage, 'code'>): string | undefined {
  const translation = translationOf(entry, language);
  return translation && readBody(translationCacheDir(entry.collection, language.code), { digest: translation.digest, filePath: `the translation of ${entry.collection}/${entry.id}` });
}

/** Each translated entry's data, to the data it was translated from. */
const originals = new WeakMap<object, object>();

/**
 * The data a translated entry's data was made from, or the data itself: a decision without a number
 * has its address from its title, which is the same in every language (the default language's).
 */
export function untranslated<D>(data: D): D {
  return ((typeof data === 'object' && data !== null && originals.get(data)) || data) as D;
}

/**
 * The entry in the page's language: in the default language, the entry as it is; in the other, its
 * translation's fields (<slug>.cy.md) laid over it (a list's items one by one, keeping their ids and links), or, while it has none, the entry as it is with
 * `lang` naming the language it is written in.
 */
export async function translated<E extends { id: string; collection: string; data: unknown }>(entry: E, language: PageLanguage): Promise<Translated<E>> {
  return language.isDefault ? entry : layOver(entry, translationOf(entry, language));
}

/** An entry with its translation laid over it, or marked with the default language while it has none. */
function layOver<E extends { id: string; collection: string; data: unknown }>(entry: E, translation: Translation | undefined): Translated<E> {
  if (!translation) return { ...entry, lang: officeLanguages[0]!.tag };
  const data: Record<string, unknown> = { ...(entry.data as object), ...translation.data };
  for (const [name, items] of Object.entries(translation.data)) {
    const words = translatedItemFields(entry.collection as CollectionName, name);
    const own = (entry.data as Record<string, unknown>)[name];
    if (words.length > 0 && Array.isArray(own) && Array.isArray(items)) data[name] = own.map((item: object, index) => itemIn(item, items[index] as object | undefined, words));
  }
  originals.set(data, untranslated(entry.data) as object);
  return { ...entry, data };
}

/** An item of a translated list (a plan's pillar): its words from the translation's item, its ids and links from the entry's; the entry's item while the translation has none for it. */
function itemIn(item: object, translation: object | undefined, words: readonly string[]): object {
  if (!translation) return item;
  const ownWords = Object.entries(translation).filter(([field]) => words.includes(field));
  return { ...Object.fromEntries(Object.entries(item).filter(([field]) => !words.includes(field))), ...Object.fromEntries(ownWords) };
}

/** Every entry of a list in the page's language, in the same order. */
export async function translatedAll<E extends { id: string; collection: string; data: unknown }>(entries: readonly E[], language: PageLanguage): Promise<Translated<E>[]> {
  if (language.isDefault) return [...entries];
  // Each collection's translations are looked up once for the list, not once for each of its entries.
  const byCollection = new Map<string, Translations>();
  return entries.map((entry) => {
    let translations = byCollection.get(entry.collection);
    if (!translations) byCollection.set(entry.collection, (translations = translationsOf(entry.collection, language.code)));
    return layOver(entry, translationIn(translations, entry.id));
  });
}
