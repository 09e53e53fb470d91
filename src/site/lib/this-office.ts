import { loadOffice } from '../../domain/office.ts';
import { asOfDate } from '../../domain/as-of.ts';
import { holderOfArea, kindOn, officeKinds } from '../../domain/office-kinds.ts';

/** The office this build publishes (already validated by the check before the build starts). */
export const office = loadOffice();

/** The office's kind on the build date: the site names its office holder by it. */
export const kindToday = kindOn(office, asOfDate());

/** The office holder, with the area, on the build date: "Police and Crime Commissioner for Norfolk". */
export const holder = holderOfArea(kindToday, office.policeArea);

/** What residents call the office holder in a sentence: "the commissioner", "the Mayor". */
export const holderNoun = officeKinds[kindToday.kind].holderNoun;
