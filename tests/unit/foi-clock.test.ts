import { describe, expect, it } from 'vitest';
import { foiClock } from '../../src/domain/foi-clock.ts';
import { workingDaysAfter } from '../../src/domain/working-days.ts';
import { foiSchema } from '../../src/domain/schemas/foi.ts';
import { recordViews } from '../../src/site/lib/record-views.ts';

describe('the FOI clock as the Act counts it', () => {
  it('counts 20 working days from the day after receipt, and how late in working days', () => {
    // FOI/OPCCN/30: a letter dated Friday 4 October 2013, answered Tuesday 12 November; its receipt is not recorded.
    const clock = foiClock({ requested: '2013-10-04', responded: '2013-11-12' });
    expect(clock).toMatchObject({ countedFrom: '2013-10-04', countedFromKind: 'requested', due: '2013-11-01', extended: false, workingDaysTaken: 27, workingDaysLate: 7 });
  });

  it('runs from receipt, not from the date on the request', () => {
    // Dated Thursday 3 October, received Monday 7 October 2013: due Monday 4 November, so 12 November is 6 working days late.
    const clock = foiClock({ requested: '2013-10-03', received: '2013-10-07', responded: '2013-11-12' });
    expect(clock).toMatchObject({ countedFromKind: 'received', due: '2013-11-04', workingDaysLate: 6 });
    expect(foiClock({ requested: '2013-10-03', received: '2013-10-07', responded: '2013-11-04' }).workingDaysLate).toBe(0);
  });

  it('counts a request received on a Friday from the Monday after', () => {
    // Friday 7 June 2024: day 1 is Monday 10 June; day 20 is Friday 5 July.
    expect(foiClock({ requested: '2024-06-07', received: '2024-06-07', responded: '2024-07-05' })).toMatchObject({ due: '2024-07-05', workingDaysTaken: 20, workingDaysLate: 0 });
    expect(foiClock({ requested: '2024-06-07', received: '2024-06-07', responded: '2024-07-08' }).workingDaysLate).toBe(1);
  });

  it('steps over bank holidays anywhere in the United Kingdom, including one-off ones (the 2022 Jubilee)', () => {
    // Received Friday 20 May 2022: 30 May, 2 and 3 June are bank holidays, so day 20 is Tuesday 21 June.
    expect(foiClock({ requested: '2022-05-20', received: '2022-05-20', responded: '2022-06-21' })).toMatchObject({ due: '2022-06-21', workingDaysLate: 0 });
    // Received Thursday 12 December 2024: Christmas, Boxing Day, New Year and Scotland's 2 January are not counted; due Wednesday 15 January 2025.
    expect(foiClock({ requested: '2024-12-12', received: '2024-12-12', responded: '2025-01-16' })).toMatchObject({ due: '2025-01-15', workingDaysLate: 1 });
  });

  it('waits for a clarification: the 20 working days start again when it arrives', () => {
    // Received 1 March 2024, clarification asked 5 March and received Friday 15 March: due Wednesday 17 April
    // (St Patrick's Day moved to Monday 18 March; Easter is 29 March to 1 April).
    const clock = foiClock({ requested: '2024-03-01', received: '2024-03-01', clarification: { asked: '2024-03-05', answered: '2024-03-15' }, responded: '2024-04-16' });
    expect(clock).toMatchObject({ countedFrom: '2024-03-15', countedFromKind: 'clarified', due: '2024-04-17', workingDaysTaken: 19, workingDaysLate: 0 });
    // Without the clarification the same response would be late.
    expect(foiClock({ requested: '2024-03-01', received: '2024-03-01', responded: '2024-04-16' }).workingDaysLate).toBeGreaterThan(0);
  });

  it('moves the deadline to the date given for a public interest test, if the requester was told in time', () => {
    const request = { requested: '2024-06-03', received: '2024-06-03', responded: '2024-07-25' } as const;
    // Due Monday 1 July; extended to Monday 29 July (Friday 12 July, the Boyne holiday, is not a working day).
    const told = foiClock({ ...request, publicInterestExtension: { notified: '2024-06-28', extendedTo: '2024-07-29' } });
    expect(told).toMatchObject({ statutoryDue: '2024-07-01', due: '2024-07-29', extended: true, workingDaysLate: 0 });
    expect(foiClock({ ...request, responded: '2024-07-31', publicInterestExtension: { notified: '2024-06-28', extendedTo: '2024-07-29' } }).workingDaysLate).toBe(2);
    // Told after 1 July: the extension gives no more time.
    const tooLate = foiClock({ ...request, publicInterestExtension: { notified: '2024-07-02', extendedTo: '2024-07-29' } });
    expect(tooLate).toMatchObject({ due: '2024-07-01', extended: false, workingDaysLate: 17 });
  });

  it('counts working days after one date up to and including another', () => {
    expect(workingDaysAfter('2013-10-04', '2013-10-04')).toBe(0);
    expect(workingDaysAfter('2013-10-04', '2013-10-07')).toBe(1);
    expect(workingDaysAfter('2013-11-12', '2013-11-01')).toBe(0);
  });
});

describe('the disclosure log in words', () => {
  const base = { reference: 'FOI/OPCCN/30', title: 'Community Safety Fund', outcome: 'information-provided', questions: [{ question: 'Q', answer: 'A' }], published: '2013-11-12' };

  it('says a response whose receipt is not recorded is late at most by what the date of the request gives', () => {
    const data = foiSchema.parse({ ...base, requested: '2013-10-04', responded: '2013-11-12' });
    expect(recordViews.foi.line(data)).toBe('Dated 4 October 2013, receipt not recorded · due 1 November 2013 · responded 12 November 2013, 7 working days late at most (counted from the date of the request) · Information provided');
    const fields = Object.fromEntries(recordViews.foi.fields(data).map((field) => [field.label, field.value]));
    expect(fields.Received).toBe('Not recorded');
    expect(fields['Response due']).toBe('1 November 2013 (20 working days after the date of the request, as the date it was received is not recorded)');
  });

  it('counts one working day late in the singular', () => {
    const data = foiSchema.parse({ ...base, requested: '2024-06-07', received: '2024-06-07', responded: '2024-07-08' });
    expect(recordViews.foi.line(data)).toContain('responded 8 July 2024, 1 working day late ·');
  });
});
