import type { DecisionData } from '../../domain/schemas/decisions.ts';
import { decisionMakerTitle, kindOn, officeKinds } from '../../domain/office-kinds.ts';
import { displayReference, numberingYear, type DecisionIdentity } from '../../domain/decision-references.ts';
import { firstDay } from '../../domain/dates.ts';
import type { PageLanguage } from './language.ts';
import { office } from './this-office.ts';

/** A notice's reference in a language: "41/2020", "003 of 2013/14", "Not numbered" (see referenceText in decision-references.ts). */
export function referenceIn(decision: DecisionIdentity, language: PageLanguage): string {
  if (decision.reference === undefined) return language.t('decisions.notNumbered');
  const year = numberingYear(decision.date, office);
  return year === undefined ? displayReference(decision.reference) : language.t('decisions.reference', { reference: displayReference(decision.reference), year });
}

/** "Decision 41/2020" or "Decision not numbered", in a language. */
export function decisionLabelIn(decision: DecisionIdentity, language: PageLanguage): string {
  return decision.reference === undefined ? language.t('decisions.labelNotNumbered') : language.t('decisions.label', { reference: referenceIn(decision, language) });
}

/**
 * Who made a decision, in a language. English keeps the titles the office gives (office.json's
 * commissioner.title, a kind's holderTitle); another language names the kind's holder and deputy in
 * its own words, having no translation of those.
 */
export function decisionMakerIn(decision: Pick<DecisionData, 'decisionMaker' | 'date'>, language: PageLanguage): string {
  if (language.code === 'en') return decisionMakerTitle(decision, office);
  const kind = kindOn(office, firstDay(decision.date, office.financialYearStart)).kind;
  const definition = officeKinds[kind];
  const maker = decision.decisionMaker;
  if (maker === definition.holder) return language.t(`decisions.kindTitles.${kind}.holder`);
  if (maker === definition.deputy) return language.t(`decisions.kindTitles.${kind}.deputy`);
  if (maker === 'pcc-and-chief-constable') return language.t('decisions.jointly', { holder: language.t(`decisions.kindTitles.${kind}.holder`) });
  return language.t(`decisions.makers.${maker}`);
}

/** A sentence with named parts ("Signed {date}") split into its text and the names of the parts a page puts in as elements. */
export function sentenceParts(sentence: string): SentencePart[] {
  return sentence.split(/\{(\w+)\}/).flatMap((piece, index): SentencePart[] => (index % 2 === 1 ? [{ part: piece }] : piece ? [{ text: piece }] : []));
}

type SentencePart = { text: string } | { part: string };

/** A plan's period in a language: "2021/22" or "2021/22 to 2024/25" (see periodLabel in financial-year.ts). */
export function periodIn(period: { from: string; to: string }, language: PageLanguage): string {
  return period.from === period.to ? period.from : language.t('plans.period', { from: period.from, to: period.to });
}
