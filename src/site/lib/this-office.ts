import { loadOffice } from '../../domain/office.ts';
import { asOfDate } from '../../domain/as-of.ts';
import { holderOfArea, kindOn, officeKinds } from '../../domain/office-kinds.ts';
import type { PageLanguage } from './language.ts';

/** The office this build publishes (already validated by the check before the build starts). */
export const office = loadOffice();

/** The office's kind on the build date: the site names its office holder by it. */
export const kindToday = kindOn(office, asOfDate());

/** The office holder, with the area, on the build date: "Police and Crime Commissioner for Norfolk". */
export const holder = holderOfArea(kindToday, office.policeArea);

/** What residents call the office holder in a sentence: "the commissioner", "the Mayor". */
export const holderNoun = officeKinds[kindToday.kind].holderNoun;

/** What a sentence in a language calls the office holder, without an article: "commissioner", "comisiynydd". */
export function holderNounIn(language: PageLanguage): string {
  if (language.code === 'en') return holderNoun;
  return language.t(`holders.${kindToday.kind}.noun`);
}

/** A name office.json gives, in a language: its translation's where it has one, else the office's own. */
const givenIn = (key: 'chiefOfficer' | 'panel', language: PageLanguage) => (language.isDefault ? office[key] : (office.translation?.[key] ?? office[key]));

/** The force's chief officer, as a sentence names them in a language: "chief constable", or the title office.json gives. */
export function chiefOfficerIn(language: PageLanguage): string {
  return givenIn('chiefOfficer', language) ?? language.t('layout.chiefOfficer');
}

/** The body office.json names as the one that scrutinises the office holder, in a language, when it is not the area's panel. */
export function namedPanelIn(language: PageLanguage): string | undefined {
  return givenIn('panel', language);
}

/**
 * The panel that scrutinises the office holder, in a language: the body office.json names, else "Police and
 * Crime Panel", or "Police, Fire and Crime Panel" for a Police, Fire and Crime Commissioner and for any office
 * that is the fire and rescue authority too (a mayor holding the fire functions is scrutinised by one).
 */
export function panelIn(language: PageLanguage): string {
  return namedPanelIn(language) ?? language.t(`holders.${kindToday.fire ? 'pfcc' : kindToday.kind}.panel`);
}
