import { z } from 'astro/zod';
import policing from '../../data/sio-requirements.json' with { type: 'json' };
import fire from '../../data/fire-requirements.json' with { type: 'json' };
import { requirementSchema, type Requirement } from './schemas/transparency.ts';

/** A body of duties an office can hold, with the catalogue that lists them: product data in data/, validated once on load. */
export interface DutySet {
  /** The heading the register shows the set's requirements under. */
  title: string;
  /** The catalogue's file, for messages. */
  file: string;
  requirements: Requirement[];
}

const catalogue = (data: unknown) => z.array(requirementSchema).parse(data);

/** The duty sets: every office has the policing set; a fire and rescue authority (a PFCC, or a mayor with fire functions) has the fire set too. */
export const dutySets = {
  policing: { title: 'Policing duties', file: 'data/sio-requirements.json', requirements: catalogue(policing) },
  fire: { title: 'Fire and rescue authority duties', file: 'data/fire-requirements.json', requirements: catalogue(fire) },
} as const satisfies Record<string, DutySet>;

export type DutySetName = keyof typeof dutySets;

/** The set a requirement belongs to, by its id: a fire and rescue authority's ids start "fire-". */
export function dutySetOf(requirementId: string): DutySetName {
  return requirementId.startsWith('fire-') ? 'fire' : 'policing';
}
