import { loadOffice } from '../../domain/office.ts';

/** The office this build publishes (already validated by the check before the build starts). */
export const office = loadOffice();
