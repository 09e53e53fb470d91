import { describe, expect, it } from 'vitest';
import { fillIn, stringAt, type StringTable } from '../../src/domain/strings.ts';
import { spacedForSearch, stringHtml } from '../../src/site/lib/html-text.ts';

const table: StringTable = { listing: "Number {position} in the office's list “{title}”.", caution: 'Fish & chips <b>' };
const language = { t: (key: string, values?: Record<string, string | number>) => fillIn(stringAt(table, key) as string, values) };

describe('an interface string as HTML', () => {
  it("keeps the string's own apostrophes, as template text is written, and escapes the values as Astro escapes an expression", () => {
    expect(stringHtml(language as never, 'listing' as never, { position: 2, title: "Victim's <Services>" })).toBe('Number 2 in the office\'s list “Victim&#39;s &lt;Services&gt;”.');
  });

  it('escapes what HTML gives a meaning to in the string itself', () => {
    expect(stringHtml(language as never, 'caution' as never)).toBe('Fish &amp; chips &lt;b&gt;');
  });
});

describe('a page spaced for the search index', () => {
  it('puts a space after each term, description, header cell, caption of a figure, summary and legend that another element follows', () => {
    expect(spacedForSearch('<dl><dt>Where</dt><dd>Norfolk</dd><DT>Theme</DT><dd>Victims</dd></dl>')).toBe('<dl><dt>Where</dt> <dd>Norfolk</dd> <DT>Theme</DT> <dd>Victims</dd> </dl>');
    expect(spacedForSearch('<tr><th scope="row">Total</th><td>£5</td></tr>')).toBe('<tr><th scope="row">Total</th> <td>£5</td></tr>');
    expect(spacedForSearch('<figure><figcaption>Spend</figcaption><table></table></figure><details><summary>More</summary><p>Text</p></details><fieldset><legend>Order</legend><select></select></fieldset>')).toBe(
      '<figure><figcaption>Spend</figcaption> <table></table></figure><details><summary>More</summary> <p>Text</p></details><fieldset><legend>Order</legend> <select></select></fieldset>',
    );
  });

  it('leaves alone what search already keeps apart, and text that follows an element', () => {
    const page = '<p>One</p><p>Two</p><ul><li>a</li><li>b</li></ul><td>x</td><td>y</td><dd>Norfolk</dd> <dt>Theme</dt>: so';
    expect(spacedForSearch(page)).toBe('<p>One</p><p>Two</p><ul><li>a</li><li>b</li></ul><td>x</td><td>y</td><dd>Norfolk</dd> <dt>Theme</dt>: so');
  });
});
