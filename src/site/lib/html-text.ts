import type { PageLanguage, StringKey } from './language.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of rendered HTML, a blank line between its blocks (paragraphs, list items, headings, cells). */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(?:p|li|h[1-6]|td|th|blockquote|pre)>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal, hex, name) =>
      decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name.toLowerCase()] ?? entity),
    );
}

/**
 * Elements whose text Pagefind (1.6) runs into the next element's when nothing separates them: it
 * indexes `<dt>Where</dt><dd>Norfolk</dd>` as the word "WhereNorfolk". A search for either word still
 * finds it, as Pagefind splits a word where its letters change case, but not a phrase across the two
 * ("where Norfolk"), nor two words whose case does not change, and the result's excerpt runs them
 * together. (It separates paragraphs, list items, table data cells, divisions and headings itself.)
 */
const RUN_TOGETHER_BY_SEARCH = /<\/(?:dt|dd|th|figcaption|summary|legend)>(?=<)/gi;

/** A page's HTML with a space after each element whose words search would run into the next's: a space between them, where the page shows none. */
export function spacedForSearch(html: string): string {
  return html.replace(RUN_TOGETHER_BY_SEARCH, '$& ');
}

/** A piece of HTML to put into a sentence as it is: a link, a code element. */
export class Markup {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A value escaped as Astro escapes an expression's text and attributes. */
export function escapeHtml(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A link, as Markup for a sentence; `lang` where its words are in another language than the page's. */
export function linkMarkup(href: string, label: string | Markup, lang?: string): Markup {
  const content = label instanceof Markup ? label.html : escapeHtml(label);
  return new Markup(`<a href="${escapeHtml(href)}"${lang ? ` lang="${escapeHtml(lang)}"` : ''}>${content}</a>`);
}

/** A telephone number's link, as Markup for a sentence: "18001 101" dials 18001101. */
export function telephoneMarkup(number: string): Markup {
  return new Markup(`<a href="tel:${number.replace(/\D/g, '')}">${escapeHtml(number)}</a>`);
}

/**
 * An interface sentence as HTML, for set:html: each {name} filled with a value (escaped as an
 * expression is) or with Markup (as it is). The sentence's own words keep their apostrophes and quotes
 * as written, as the template text it replaced did, so an English page's HTML stays as it was.
 */
export function sentenceHtml(text: string, values: Record<string, string | Markup> = {}): string {
  return text
    .split(/(\{\w+\})/)
    .map((part) => {
      const value = /^\{\w+\}$/.test(part) ? values[part.slice(1, -1)] : undefined;
      if (value === undefined) return escapeText(part);
      return value instanceof Markup ? value.html : escapeHtml(value);
    })
    .join('');
}

/** An interface string in the page's language as HTML, for set:html: sentenceHtml of the string, its numbers (and a plural's count) formatted by the language. */
export function stringHtml(language: Pick<PageLanguage, 't'>, key: StringKey, values: Record<string, string | number | Markup> = {}): string {
  const numbers = Object.fromEntries(Object.entries(values).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
  const others = Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string | Markup] => typeof entry[1] !== 'number'));
  return sentenceHtml(language.t(key, numbers), others);
}
