import { describe, expect, it } from 'vitest';
import en from '../../src/site/strings/en.json' with { type: 'json' };
import cy from '../../src/site/strings/cy.json' with { type: 'json' };
import { assess, sortByTiming, type TimedRequirement } from '../../src/domain/sio-timing.ts';
import { formatDate } from '../../src/domain/dates.ts';
import { APRIL_FIRST } from '../../src/domain/financial-year.ts';
import { fillIn, pluralForm, stringAt, type StringTable } from '../../src/domain/strings.ts';
import { earlierTitleIn, noteIn, reasonIn, type Wording } from '../../src/site/lib/register-wording.ts';

/** A page language's wording, as src/site/lib/language.ts makes it, without the office the site is built for. */
function wording(table: StringTable, tag: string): Wording {
  return {
    t(key, values) {
      const found = stringAt(table, key);
      if (found === undefined) throw new Error(`no string ${key}`);
      return fillIn(typeof found === 'string' ? found : pluralForm(found, Number(values?.count ?? 0), tag), values);
    },
    date: (date) => formatDate(date, tag),
  };
}
const english = wording(en, 'en-GB');
const welsh = wording(cy, 'cy-GB');

const peel: TimedRequirement = { timing: { kind: 'as-soon-as-practicable', days: 28, windowMonths: 36 }, inForce: '2021-05-31' };
const spending: TimedRequirement = { timing: { kind: 'monthly-after-month-end', graceDays: 30 }, inForce: '2012-11-22' };
const fireDecisions: TimedRequirement = { timing: { kind: 'as-soon-as-practicable', days: 28, windowMonths: 12 }, inForce: '2017-10-01', appliesFrom: { date: '2018-04-01', event: 'became-fire-authority' } };
const months = Array.from({ length: 14 }, (_, index) => {
  const month = `2023-${String((index % 12) + 1).padStart(2, '0')}`;
  const year = index < 12 ? 2023 : 2024;
  return { title: `Spending ${index}`, path: 'x/', published: `${year}-${month.slice(5)}-20`, periodEnd: `${year}-${month.slice(5)}-28` };
});

describe('the register in the page language', () => {
  it('words every note and reason in English exactly as the check does', () => {
    const cases = [
      assess(peel, [{ title: 'PEEL', path: 'x/', published: '2016-03-01', event: '2015-10-01' }], '2021-06-30', APRIL_FIRST),
      assess(fireDecisions, [{ title: 'Old', path: 'x/', published: '2018-01-10', event: '2018-01-09' }], '2018-06-01', APRIL_FIRST),
      assess(spending, months, '2024-03-01', APRIL_FIRST),
      assess({ timing: { kind: 'keep-current', reviewMonths: 12 }, inForce: '2012-11-22' }, [{ title: 'List', path: 'x/', published: '2024-01-31' }], '2025-02-01', APRIL_FIRST),
    ];
    for (const assessment of cases) expect(noteIn(assessment.parts, english)).toBe(assessment.note);
    const { history } = sortByTiming(spending, months, '2024-03-01', APRIL_FIRST);
    for (const item of history) {
      expect(reasonIn(item.why, english)).toBe(item.reason);
      expect(earlierTitleIn(item, english)).toBe(item.title);
    }
  });

  it('says in Welsh that nothing was published since the duty came into force, or since the office became the fire and rescue authority', () => {
    const inForce = assess(peel, [{ title: 'PEEL', path: 'x/', published: '2016-03-01', event: '2015-10-01' }], '2021-06-30', APRIL_FIRST);
    expect(noteIn(inForce.parts, welsh)).toBe("Dim wedi'i gyhoeddi ers i'r ddyletswydd hon ddod i rym ar 31 Mai 2021; 1 eitem gynharach wedi'u rhestru fel hanes.");
    const fire = sortByTiming(fireDecisions, [{ title: 'Old', path: 'x/', published: '2018-01-10', event: '2018-01-09' }], '2018-06-01', APRIL_FIRST);
    expect(reasonIn(fire.history[0]!.why, welsh)).toBe("cyn i'r swyddfa ddod yn awdurdod tân ac achub ar 1 Ebrill 2018");
  });

  it('words the line of earlier monthly items in Welsh, with Welsh months', () => {
    const { history } = sortByTiming(spending, months, '2024-03-01', APRIL_FIRST);
    const line = history.find((item) => item.count !== undefined)!;
    expect(earlierTitleIn(line, welsh)).toBe('13 eitem fisol gynharach, Ionawr 2023 – Ionawr 2024');
    expect(reasonIn(line.why, welsh)).toBe("pob un ar gyfer mis cyn yr un diweddaraf, Chwefror 2024");
    expect(noteIn(assess(spending, months, '2024-03-01', APRIL_FIRST).parts, welsh)).toBe("Wedi'i ddiweddaru bob mis. 13 eitem gynharach wedi'u rhestru fel hanes.");
  });

  it('chooses the Welsh form of a count of months', () => {
    const within = (windowMonths: number) => ({ timing: { kind: 'as-soon-as-practicable' as const, days: 28, windowMonths }, inForce: '2012-11-22' });
    const old = [{ title: 'Old', path: 'x/', published: '2020-01-10', event: '2020-01-09' }];
    expect(noteIn(assess(within(2), old, '2024-01-01', APRIL_FIRST).parts, welsh)).toMatch(/^Dim wedi'i gyhoeddi yn y 2 fis diwethaf;/);
    expect(noteIn(assess(within(12), old, '2024-01-01', APRIL_FIRST).parts, welsh)).toMatch(/^Dim wedi'i gyhoeddi yn y 12 mis diwethaf;/);
  });
});
