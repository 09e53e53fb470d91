import { z } from 'astro/zod';
import catalogue from '../../data/sio-requirements.json' with { type: 'json' };
import { requirementSchema, type Requirement } from './schemas/transparency.ts';
import { didYouMean } from './check/suggest.ts';

/** The Specified Information Order catalogue shipped with the product, validated once on load. */
export const requirements: Requirement[] = z.array(requirementSchema).parse(catalogue);

export const requirementsById = new Map(requirements.map((requirement) => [requirement.id, requirement]));

/** "3b" is part of the requirement written "3a-3e". */
function rangeContaining(id: string): string | undefined {
  return [...requirementsById.keys()].find((range) => {
    const match = /^(\d+)([a-z])-\1([a-z])$/.exec(range);
    const part = /^(\d+)([a-z])$/.exec(id);
    return match && part && part[1] === match[1] && part[2]! >= match[2]! && part[2]! <= match[3]!;
  });
}

/** Why an id names no requirement of the catalogue, with the nearest one; undefined when it names one. */
export function unknownRequirementMessage(id: string): string | undefined {
  if (requirementsById.has(id)) return undefined;
  const range = rangeContaining(id);
  const hint = range ? ` (it is part of "${range}": use that id)` : didYouMean(id, [...requirementsById.keys()]);
  return `no requirement "${id}" in the Specified Information Order catalogue (data/sio-requirements.json)${hint}`;
}
