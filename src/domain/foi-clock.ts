import type { IsoDate } from './schemas/common.ts';
import { addWorkingDays, workingDaysAfter } from './working-days.ts';

/** The Act's time for compliance: 20 working days (FOIA 2000 s.10(1)). */
export const FOI_WORKING_DAYS = 20;

export interface FoiDates {
  requested: IsoDate;
  received?: IsoDate;
  clarification?: { asked: IsoDate; answered: IsoDate };
  publicInterestExtension?: { notified: IsoDate; extendedTo: IsoDate };
  responded: IsoDate;
}

export interface FoiClock {
  /** The day the clock counts from: the date of receipt as s.10(6) defines it. */
  countedFrom: IsoDate;
  /** What `countedFrom` is: receipt, the clarification's arrival, or (receipt unrecorded) the date on the request. */
  countedFromKind: 'received' | 'clarified' | 'requested';
  /** The twentieth working day after `countedFrom`. */
  statutoryDue: IsoDate;
  /** The date the response was owed: the statutory date, or the public interest extension's date. */
  due: IsoDate;
  extended: boolean;
  /** Working days from `countedFrom` to the response, the response day counted and `countedFrom` not. */
  workingDaysTaken: number;
  /** Working days after `due` that the response came; 0 when on time. */
  workingDaysLate: number;
}

/**
 * When an FOI response was due, as the Act counts it, and how long it took.
 * - s.10(1): respond no later than the twentieth working day following the date of receipt, so the day of
 *   receipt is day 0 and the next working day is day 1 (ICO, "Time limits for compliance under the FOIA").
 * - s.1(3) and s.10(6)(b): when the office asks for clarification it need not comply until the clarification
 *   arrives, and the date of receipt becomes the day it arrives: the 20 days start afresh from then
 *   (ICO line to take LTT137), so the days spent waiting never count against the office.
 * - s.10(3): for a public interest test the office may take such time as is reasonable; it tells the requester
 *   within the 20 days (s.17(2)), and the ICO expects no more than 20 further working days. The date it gave is
 *   the new due date; an extension told later gives no more time.
 * Without a recorded receipt date the clock runs from the date on the request, the earliest the office can have
 * had it, so any lateness shown is the most it can have been.
 */
export function foiClock(dates: FoiDates): FoiClock {
  const [countedFrom, countedFromKind]: [IsoDate, FoiClock['countedFromKind']] = dates.clarification
    ? [dates.clarification.answered, 'clarified']
    : dates.received ? [dates.received, 'received'] : [dates.requested, 'requested'];
  const statutoryDue = addWorkingDays(countedFrom, FOI_WORKING_DAYS);
  const extension = dates.publicInterestExtension;
  // An extension told after the deadline cannot undo a deadline already missed (s.17(1) and (2)).
  const due = extension && extension.notified <= statutoryDue && extension.extendedTo > statutoryDue ? extension.extendedTo : statutoryDue;
  return {
    countedFrom,
    countedFromKind,
    statutoryDue,
    due,
    extended: due !== statutoryDue,
    workingDaysTaken: workingDaysAfter(countedFrom, dates.responded),
    workingDaysLate: workingDaysAfter(due, dates.responded),
  };
}
