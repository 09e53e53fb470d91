import type { IsoDate } from './schemas/common.ts';
import type { RequirementStatement } from './schemas/office.ts';
import type { TimingRule } from './schemas/transparency.ts';
import { addMonths } from './sio-timing.ts';

/**
 * How many months a check that a requirement is met on another website stays good for: as long as
 * the requirement lets its information stand before it must be published again. Requirements met
 * event by event (meetings, decisions, contracts, reports) have no cycle of their own; new events
 * come at any time, so the page is checked every quarter.
 */
export function reviewIntervalMonths(rule: TimingRule): number {
  switch (rule.kind) {
    case 'keep-current': return rule.reviewMonths;
    case 'each-financial-year-before-start': return 12;
    case 'quarterly': return 3;
    case 'monthly-after-month-end': return 1;
    case 'before-meeting':
    case 'as-soon-as-practicable':
    case 'within-days-of-event':
      return 3;
  }
}

/** Where an office says a requirement is met on another website, as the register shows it on a date. */
export interface PublishedElsewhere {
  url: string;
  checked: IsoDate;
  /** The last day the check is good for. */
  checkDue: IsoDate;
  /** Checked longer ago than the requirement's review interval. */
  stale: boolean;
}

/** The office's statement that a requirement is met elsewhere, on a date; none before the day it was checked. */
export function publishedElsewhere(statement: RequirementStatement | undefined, rule: TimingRule, asOf: IsoDate): PublishedElsewhere | undefined {
  const elsewhere = statement?.elsewhere;
  if (!elsewhere || elsewhere.checked > asOf) return undefined;
  const checkDue = addMonths(elsewhere.checked, reviewIntervalMonths(rule));
  return { url: elsewhere.url, checked: elsewhere.checked, checkDue, stale: asOf > checkDue };
}
