import type { StringKey } from './language.ts';
import type { Values } from '../../domain/strings.ts';

/** Astro's escaping of an expression's text: every character HTML gives a meaning to. */
const escapeValue = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * An interface string as HTML, for `<Fragment set:html={…} />`: its own words escaped as Astro escapes
 * text written in a template (an apostrophe stays as it is), the values filled into it as Astro escapes
 * an expression. A sentence moved from a template into the strings so renders the very same bytes.
 */
export function stringAsHtml(language: { t(key: StringKey, values?: Values): string }, key: StringKey, values: Values = {}): string {
  const marked: Values = {};
  const texts: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'number') marked[name] = value;
    else {
      marked[name] = `\u0000${texts.length}\u0000`;
      texts.push(value);
    }
  }
  const text = language.t(key, marked).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.replace(/\u0000(\d+)\u0000/g, (_, index: string) => escapeValue(texts[Number(index)]!));
}
