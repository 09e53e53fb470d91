import { describe, expect, it } from 'vitest';
import { languageTools, stringTables } from '../../src/site/lib/language.ts';
import { recordViewsIn } from '../../src/site/lib/record-views.ts';
import { decisionLabelIn, decisionMakerIn, referenceIn } from '../../src/site/lib/entry-words.ts';
import { stringAt } from '../../src/domain/strings.ts';
import { registerCollections } from '../../src/domain/collections.ts';
import { checklistQuestions, counterpartyRoles, decisionMakers, decisionOutcomes } from '../../src/domain/schemas/decisions.ts';
import { planKinds, planStatuses } from '../../src/domain/schemas/plans.ts';
import { personRoles } from '../../src/domain/schemas/people.ts';
import { interestKinds } from '../../src/domain/schemas/interests.ts';
import { meetingBodies } from '../../src/domain/schemas/meetings.ts';
import { gradings } from '../../src/domain/schemas/inspections.ts';
import { nationalMeasures } from '../../src/domain/schemas/performance.ts';
import { complaintsKinds } from '../../src/domain/schemas/complaints.ts';
import { policyKinds } from '../../src/domain/schemas/policies.ts';
import { contractKinds } from '../../src/domain/schemas/contracts.ts';
import { foiOutcomes, foiSchema } from '../../src/domain/schemas/foi.ts';

const english = languageTools({ code: 'en', tag: 'en-GB', isDefault: true });
const welsh = languageTools({ code: 'cy', tag: 'cy-GB', isDefault: false });

/** Each label the schemas give a stored value, and where the interface's strings word it (`.name` where the values include "other", which a plural string would take). */
const enumerations: [string, Record<string, string>, (key: string) => string][] = [
  ['decision outcomes', decisionOutcomes, (key) => `decisions.outcomes.${key}`],
  ['counterparty roles', counterpartyRoles, (key) => `decisions.counterpartyRoles.${key}`],
  ['checklist questions', checklistQuestions, (key) => `decisions.checklist.${key}`],
  ['decision makers', decisionMakers, (key) => `decisions.makers.${key}`],
  ['plan statuses', planStatuses, (key) => `plans.statuses.${key}`],
  ['plan kinds', planKinds, (key) => `plans.kinds.${key}.name`],
  ['people roles', personRoles, (key) => `records.people.roles.${key}`],
  ['interest kinds', interestKinds, (key) => `records.interests.kinds.${key}.name`],
  ['meeting bodies', meetingBodies, (key) => `records.meetings.bodies.${key}.name`],
  ['inspection gradings', gradings, (key) => `records.inspections.grades.${key}`],
  ['national measures', nationalMeasures, (key) => `records.performance.measures.${key}`],
  ['complaints kinds', complaintsKinds, (key) => `records.complaints.kinds.${key}`],
  ['policy kinds', policyKinds, (key) => `records.policies.kinds.${key}.name`],
  ['contract kinds', contractKinds, (key) => `records.contracts.kinds.${key}`],
  ['FOI outcomes', foiOutcomes, (key) => `records.foi.outcomes.${key}`],
];

describe('the words of decisions, plans and the register in English and Welsh', () => {
  it.each(enumerations)('words every one of the %s in English as the schema labels it, and in Welsh', (_name, labels, keyOf) => {
    // The schema's labels are a commissioner's office's; the strings name the office holder, panel and chief officer of the office.
    const asForACommissioner = (text: unknown) => String(text).replaceAll('{holder}', 'commissioner').replaceAll('{panel}', 'Police and Crime Panel').replaceAll('{chief}', 'chief constable');
    for (const [value, label] of Object.entries(labels)) {
      expect(asForACommissioner(stringAt(stringTables.en, keyOf(value))), keyOf(value)).toBe(label);
      const inWelsh = stringAt(stringTables.cy, keyOf(value));
      expect(typeof inWelsh, keyOf(value)).toBe('string');
      expect(inWelsh).not.toBe('');
    }
  });

  it('gives every collection of the register a title, an introduction and an empty message in both languages, each its own', () => {
    const inEnglish = recordViewsIn(english);
    const inWelsh = recordViewsIn(welsh);
    for (const collection of registerCollections) {
      for (const part of ['title', 'intro', 'empty'] as const) {
        expect(inWelsh[collection][part], `${collection} ${part}`).not.toBe(inEnglish[collection][part]);
        expect(inWelsh[collection][part]).not.toMatch(/\{\w+\}/);
      }
    }
    expect(inWelsh.foi.title).toBe('Log datgelu ceisiadau rhyddid gwybodaeth');
  });

  it('words an FOI response in Welsh, with Welsh dates and the plural of working days', () => {
    const data = foiSchema.parse({ reference: 'FOI/30', title: 'Fund', outcome: 'information-provided', questions: [{ question: 'Q', answer: 'A' }], published: '2013-11-12', requested: '2013-10-04', responded: '2013-11-12' });
    expect(recordViewsIn(welsh).foi.line(data)).toBe("Dyddiedig 4 Hydref 2013, ni chofnodwyd pryd y daeth i law · i'w ateb erbyn 1 Tachwedd 2013 · atebwyd 12 Tachwedd 2013, 7 diwrnod gwaith yn hwyr ar y mwyaf (wedi'u cyfrif o ddyddiad y cais) · Darparwyd yr wybodaeth");
    const fields = Object.fromEntries(recordViewsIn(welsh).foi.fields(data).map((field) => [field.label, field.value]));
    expect(fields['Atebwyd']).toBe("12 Tachwedd 2013, ar ôl 27 diwrnod gwaith: 7 diwrnod gwaith yn hwyr ar y mwyaf (wedi'u cyfrif o ddyddiad y cais)");
  });

  it('names a decision, its reference and who made it in each language', () => {
    const decision = { reference: '41/2020', title: 'A decision', date: '2020-11-09', decisionMaker: 'pcc' as const };
    expect(decisionLabelIn(decision, english)).toBe('Decision 41/2020');
    expect(decisionLabelIn(decision, welsh)).toBe('Penderfyniad 41/2020');
    expect(referenceIn({ title: 'Unnumbered', date: '2020-11-09' }, welsh)).toBe('Heb rif');
    expect(decisionMakerIn({ ...decision, decisionMaker: 'chief-finance-officer' }, welsh)).toBe('Prif Swyddog Cyllid');
    expect(decisionMakerIn({ ...decision, decisionMaker: 'chief-finance-officer' }, english)).toBe('Chief Finance Officer');
  });
});
