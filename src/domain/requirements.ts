import { z } from 'astro/zod';
import catalogue from '../../data/sio-requirements.json' with { type: 'json' };
import { requirementSchema, type Requirement } from './schemas/transparency.ts';

/** The Specified Information Order catalogue shipped with the product, validated once on load. */
export const requirements: Requirement[] = z.array(requirementSchema).parse(catalogue);

export const requirementsById = new Map(requirements.map((requirement) => [requirement.id, requirement]));
