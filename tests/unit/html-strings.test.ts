import { describe, expect, it } from 'vitest';
import { fillIn, stringAt, type StringTable } from '../../src/domain/strings.ts';
import { stringHtml } from '../../src/site/lib/html-text.ts';

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
