import policingInWelsh from '../../data/sio-requirements.cy.json' with { type: 'json' };
import fireInWelsh from '../../data/fire-requirements.cy.json' with { type: 'json' };
import { dutySetOf, dutySets } from './duty-sets.ts';
import type { LanguageCode } from './languages.ts';
import type { Requirement } from './schemas/transparency.ts';
import { didYouMean } from './check/suggest.ts';

/** The Specified Information Order catalogue shipped with the product: the policing duties every office has. */
export const requirements: Requirement[] = dutySets.policing.requirements;

/** Every requirement of every duty set, by its id. */
export const requirementsById = new Map(Object.values(dutySets).flatMap((set) => set.requirements).map((requirement) => [requirement.id, requirement]));

/** "3b" is part of the requirement written "3a-3e", and "fire-3b" of "fire-3a-3e". */
function rangeContaining(id: string): string | undefined {
  return [...requirementsById.keys()].find((range) => {
    const match = /^((?:fire-)?\d+)([a-z])-\d+([a-z])$/.exec(range);
    const part = /^((?:fire-)?\d+)([a-z])$/.exec(id);
    return match && part && part[1] === match[1] && part[2]! >= match[2]! && part[2]! <= match[3]!;
  });
}

/** Why an id names no requirement of the catalogues, with the nearest one; undefined when it names one. */
export function unknownRequirementMessage(id: string): string | undefined {
  if (requirementsById.has(id)) return undefined;
  const range = rangeContaining(id);
  const set = dutySets[dutySetOf(id)];
  const ids = set.requirements.map((requirement) => requirement.id);
  const hint = range ? ` (it is part of "${range}": use that id)` : didYouMean(id, ids);
  const catalogue = set === dutySets.fire ? 'fire and rescue authority catalogue' : 'Specified Information Order catalogue';
  return `no requirement "${id}" in the ${catalogue} (${set.file})${hint}`;
}

/** The words of a requirement a reader sees, which a translation gives. */
type RequirementWords = Pick<Requirement, 'title' | 'text' | 'legalReference' | 'timingText'>;

/**
 * The catalogues in Welsh, beside the English ones and by id, as a translated entry is beside its
 * entry (decision 0006): the English catalogues, which the check and the schema read, stay as they are.
 */
const translations: Partial<Record<LanguageCode, Record<string, RequirementWords>>> = { cy: { ...policingInWelsh, ...fireInWelsh } };

/** A requirement as a page in a language shows it: its title, text, citation and timing translated where the catalogue has them. */
export function requirementIn(requirement: Requirement, language: LanguageCode): Requirement {
  const words = translations[language]?.[requirement.id];
  return words ? { ...requirement, ...words } : requirement;
}
