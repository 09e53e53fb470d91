import type { AstroGlobal } from 'astro';
import en from '../strings/en.json' with { type: 'json' };
import cy from '../strings/cy.json' with { type: 'json' };
import { deployment } from '../../domain/deployment.ts';
import { formatDate } from '../../domain/dates.ts';
import { languageCode, languageNames, pathInLanguage, siteLanguages, type LanguageCode, type SiteLanguage } from '../../domain/languages.ts';
import { fillIn, pluralForm, stringAt, type PluralForms, type StringTable, type Values } from '../../domain/strings.ts';
import { withBase } from '../../domain/urls.ts';
import { office } from './this-office.ts';

/** The interface's strings, one table per language: src/site/strings/<code>.json. */
export const stringTables: Record<LanguageCode, StringTable> = { en, cy };

/** Every key of the English table, dotted ("decisions.heading"): the keys `t` accepts. */
type Keys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : T[K] extends { other: string } ? `${Prefix}${K}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type StringKey = Keys<typeof en>;

const { base } = deployment();

/** What a page or component needs to speak its page's language: its words, its formats and its links. */
export interface PageLanguage extends SiteLanguage {
  /** The string at a key in this language (English where the Welsh lacks it: the check reports that), its {names} filled in; a plural string by `values.count`. */
  t(key: StringKey, values?: Values): string;
  /** A path of the site in this language, with the deployment's base: href('decisions/') → /cy/decisions/ on a Welsh page. */
  href(path: string): string;
  /** 2020-11-09 → "9 November 2020" or "9 Tachwedd 2020". */
  date(date: string): string;
  /** 1234.5 → "1,234.5", grouped as the language writes numbers. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** A language of this office's site, with its tools. */
export function languageTools(language: SiteLanguage): PageLanguage {
  const table = stringTables[language.code];
  const numbers = new Intl.NumberFormat(language.tag, { maximumFractionDigits: 2 });
  const formatNumber = (value: number) => numbers.format(value);
  /** The strings found, by key: every page asks for the same few hundred, thousands of times in a build. */
  const found = new Map<string, string | PluralForms>();
  const stringFor = (key: string) => {
    let string = found.get(key);
    if (string === undefined) {
      string = stringAt(table, key) ?? stringAt(stringTables.en, key);
      if (string === undefined) throw new Error(`There is no interface string ${key}: add it to src/site/strings/en.json.`);
      found.set(key, string);
    }
    return string;
  };
  return {
    ...language,
    t(key, values) {
      const string = stringFor(key);
      const text = typeof string === 'string' ? string : pluralForm(string, Number(values?.count ?? 0), language.tag);
      return fillIn(text, values, formatNumber);
    },
    href: (path) => withBase(base, pathInLanguage(path, language)),
    date: (date) => formatDate(date, language.tag),
    number: (value, options) => (options ? new Intl.NumberFormat(language.tag, options).format(value) : formatNumber(value)),
  };
}

const languages = siteLanguages(office);
const toolsByCode = new Map(languages.map((language) => [language.code, languageTools(language)]));

/** The languages this office's site is published in, its default first. */
export const officeLanguages: readonly PageLanguage[] = [...toolsByCode.values()];

/** The language of the page being rendered: Astro knows it from the address (/cy/…), the default otherwise. */
export function pageLanguage(astro: Pick<AstroGlobal, 'currentLocale'>): PageLanguage {
  const code = astro.currentLocale ? languageCode(astro.currentLocale) : undefined;
  return (code && toolsByCode.get(code)) || officeLanguages[0]!;
}

/** The same page in each of the site's languages, for the switcher and the `hreflang` links: `path` is the page's path in the default language. */
export function pageInEachLanguage(path: string): { language: PageLanguage; name: string; href: string }[] {
  return officeLanguages.map((language) => ({ language, name: languageNames[language.code], href: language.href(path) }));
}
