import type { Office } from './schemas/office.ts';

/** The languages the site's interface is written in (src/site/strings/<code>.json), and so the languages an office can publish in. */
export const interfaceLanguages = ['en', 'cy'] as const;

export type LanguageCode = (typeof interfaceLanguages)[number];

/** The codes a translation file can be named with (41-2020.cy.md): every interface language but the office's own. */
export function translationLanguages(defaultLanguage: string): LanguageCode[] {
  return interfaceLanguages.filter((code) => code !== defaultLanguage);
}

/** Each language's own name for itself, as the language switcher shows it. */
export const languageNames: Record<LanguageCode, string> = { en: 'English', cy: 'Cymraeg' };

/** One language a site publishes in. */
export interface SiteLanguage {
  code: LanguageCode;
  /** The office's language tag, for `lang` and `hreflang`: en-GB, cy-GB. */
  tag: string;
  /** The default language has the plain addresses (/decisions/); the other has its code before them (/cy/decisions/). */
  isDefault: boolean;
}

/** "cy-GB" → "cy". A tag whose language has no interface is not one; the office's schema refuses it. */
export function languageCode(tag: string): LanguageCode {
  const code = tag.slice(0, 2).toLowerCase();
  return (interfaceLanguages as readonly string[]).includes(code) ? (code as LanguageCode) : 'en';
}

/** The languages an office publishes in, its default first: one, or two when it has a translation. */
export function siteLanguages(office: Pick<Office, 'language' | 'translation'>): SiteLanguage[] {
  const languages: SiteLanguage[] = [{ code: languageCode(office.language), tag: office.language, isDefault: true }];
  if (office.translation) languages.push({ code: languageCode(office.translation.language), tag: office.translation.language, isDefault: false });
  return languages;
}

/** Whether an office publishes in two languages. */
export function isBilingual(office: Pick<Office, 'language' | 'translation'>): boolean {
  return office.translation !== undefined;
}

/** A site path ("decisions/41-2020/") in a language: as it is in the default language, after the language's code in the other ("cy/decisions/41-2020/"). */
export function pathInLanguage(path: string, language: Pick<SiteLanguage, 'code' | 'isDefault'>): string {
  const plain = path.replace(/^\//, '');
  return language.isDefault ? plain : `${language.code}/${plain}`;
}

/** Astro's i18n routing for a bilingual office: every page rendered again at the other language's addresses, from the same route. */
export function astroI18n(office: Pick<Office, 'language' | 'translation'>) {
  if (!isBilingual(office)) return undefined;
  const [main, other] = siteLanguages(office) as [SiteLanguage, SiteLanguage];
  return {
    locales: [main.code, other.code],
    defaultLocale: main.code,
    fallback: { [other.code]: main.code },
    routing: { prefixDefaultLocale: false, fallbackType: 'rewrite' as const },
  };
}

/** The sitemap's alternates for a bilingual office: each page listed with its address in the other language. */
export function sitemapI18n(office: Pick<Office, 'language' | 'translation'>) {
  if (!isBilingual(office)) return undefined;
  const languages = siteLanguages(office);
  return { defaultLocale: languages[0]!.code, locales: Object.fromEntries(languages.map((language) => [language.code, language.tag])) };
}
