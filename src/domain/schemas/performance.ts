import { z } from 'astro/zod';
import { isoDate, keysOf } from './common.ts';
import { registerFields } from './register.ts';

export const nationalMeasures = {
  homicide: 'Reduce murder and other homicide',
  'serious-violence': 'Reduce serious violence',
  'drugs-and-county-lines': 'Disrupt drugs supply and county lines',
  'neighbourhood-crime': 'Reduce neighbourhood crime',
  'victim-satisfaction': 'Improve satisfaction among victims, with a particular focus on victims of domestic abuse',
  'cyber-crime': 'Tackle cyber crime',
} as const;

/** A statement on the force's contribution to the national crime and policing measures, for a period. */
export const performanceSchema = z.strictObject({
  title: z.string().min(1).describe('The title of the statement.').meta({ translated: true }),
  periodStart: isoDate.describe('The first day of the period it covers.'),
  periodEnd: isoDate.describe('The last day of the period it covers.'),
  measures: z.array(z.strictObject({ measure: keysOf(nationalMeasures), statement: z.string().min(1).meta({ translated: true }) })).min(1).describe('A statement for each national measure.').meta({ translated: true }),
  ...registerFields,
});

export type PerformanceData = z.output<typeof performanceSchema>;
