import { describe, expect, it } from 'vitest';
import en from '../../src/site/strings/en.json' with { type: 'json' };
import cy from '../../src/site/strings/cy.json' with { type: 'json' };
import { missingStrings, stringAt, stringKeys, type StringTable } from '../../src/domain/strings.ts';
import { formatDate } from '../../src/domain/dates.ts';
import { linkMarkup, Markup, sentenceHtml, telephoneMarkup } from '../../src/site/lib/html-text.ts';

const english: StringTable = en;
const welsh: StringTable = cy;

/** The {names} a string, or every form of a plural string, fills in. */
function placeholders(value: ReturnType<typeof stringAt>): Set<string>[] {
  const forms = typeof value === 'string' ? [value] : Object.values(value ?? {});
  return forms.map((form) => new Set([...form.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)));
}

describe('the interface strings', () => {
  it('have the same keys, in the same order, in English and Welsh', () => {
    expect(stringKeys(welsh)).toEqual(stringKeys(english));
  });

  it('give every Welsh plural string the six forms Welsh counts with, and lack no string', () => {
    expect(missingStrings(english, welsh, 'cy-GB')).toEqual([]);
  });

  it('fill in the same {names} in Welsh as in English', () => {
    // A plural form may write its number as a word ("un cyfanswm", "one total"), so {count} may be left out of one form.
    const besidesCount = (names: Set<string>) => [...names].filter((name) => name !== 'count').sort().join();
    const mismatched = stringKeys(english).filter((key) => {
      const wanted = new Set(placeholders(stringAt(english, key)).flatMap((names) => [...names]));
      return placeholders(stringAt(welsh, key)).some((names) => besidesCount(names) !== besidesCount(wanted) || (names.has('count') && !wanted.has('count')));
    });
    expect(mismatched).toEqual([]);
  });
});

describe('dates in Welsh', () => {
  it('name the month as Welsh does, from Intl', () => {
    expect(formatDate('2020-11-09', 'cy-GB')).toBe('9 Tachwedd 2020');
    expect(formatDate('2016-03', 'cy-GB')).toBe('Mawrth 2016');
    expect(formatDate('2020-11-09')).toBe('9 November 2020');
  });
});

describe('a sentence with links in it', () => {
  it("keeps the sentence's apostrophes as the template wrote them, and escapes what it is given as Astro does", () => {
    expect(sentenceHtml("The {holder}'s office", { holder: "Mayor's" })).toBe("The Mayor&#39;s's office");
    expect(sentenceHtml('Call {force} on {call}.', { force: 'A & B <Police>', call: new Markup('<a href="tel:101">101</a>') })).toBe('Call A &amp; B &lt;Police&gt; on <a href="tel:101">101</a>.');
  });

  it('leaves a name it is not given as written', () => {
    expect(sentenceHtml('{missing} & more')).toBe('{missing} &amp; more');
  });

  it('marks a link in another language', () => {
    expect(linkMarkup('/plans/a?b=1&c=2', 'Plan "A"', 'en-GB').html).toBe('<a href="/plans/a?b=1&amp;c=2" lang="en-GB">Plan &quot;A&quot;</a>');
    expect(linkMarkup('/budgets/', new Markup("every year's budget")).html).toBe('<a href="/budgets/">every year\'s budget</a>');
  });

  it('dials a telephone number as written without its spaces', () => {
    expect(telephoneMarkup('18001 101').html).toBe('<a href="tel:18001101">18001 101</a>');
  });
});
