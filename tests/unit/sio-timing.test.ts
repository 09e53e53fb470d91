import { describe, expect, it } from 'vitest';
import { addMonths, assess as assessDuty, endOfMonth, endOfQuarter, sortByTiming } from '../../src/domain/sio-timing.ts';
import type { TimingRule } from '../../src/domain/schemas/transparency.ts';
import { APRIL_FIRST } from '../../src/domain/financial-year.ts';

/** The original Order's duties came into force with the first commissioners. */
const ORDER_IN_FORCE = '2012-11-22';
const assess = (timing: TimingRule, ...rest: Parameters<typeof assessDuty> extends [unknown, ...infer R] ? R : never) => assessDuty({ timing, inForce: ORDER_IN_FORCE }, ...rest);

const item = (published?: string, extra: Record<string, string> = {}) => ({ title: 'Item', path: 'x/', ...(published ? { published } : {}), ...extra });

describe('calendar arithmetic', () => {
  it('adds months, keeping to the end of shorter months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-02-28', 12)).toBe('2024-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
  });

  it('finds month and quarter ends in the office year', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfQuarter('2024-02-10', APRIL_FIRST)).toBe('2024-03-31');
    expect(endOfQuarter('2024-04-01', APRIL_FIRST)).toBe('2024-06-30');
    expect(endOfQuarter('2024-01-01', { month: 1, day: 1 })).toBe('2024-03-31');
  });
});

describe('keep current', () => {
  const rule = { kind: 'keep-current', reviewMonths: 12 } as const;

  it('is missing with nothing published, and ignores what is published after the build date', () => {
    expect(assess(rule, [], '2024-03-31', APRIL_FIRST).status).toBe('missing');
    expect(assess(rule, [item('2024-05-01')], '2024-03-31', APRIL_FIRST).status).toBe('missing');
  });

  it('moves from current to due soon to overdue as the date passes', () => {
    const published = [item('2023-01-31'), item('2022-06-01')];
    expect(assess(rule, published, '2023-06-01', APRIL_FIRST)).toMatchObject({ status: 'current', lastPublished: '2023-01-31', nextDue: '2024-01-31' });
    expect(assess(rule, published, '2024-01-10', APRIL_FIRST).status).toBe('due-soon');
    expect(assess(rule, published, '2024-01-31', APRIL_FIRST).status).toBe('due-soon');
    expect(assess(rule, published, '2024-02-01', APRIL_FIRST).status).toBe('overdue');
  });
});

describe('each financial year, before it starts', () => {
  const rule = { kind: 'each-financial-year-before-start' } as const;
  const budgets = [item('2021-02-04', { financialYear: '2021/22' })];

  it('is current through the year it covers, due soon as the next year approaches, overdue once it starts', () => {
    expect(assess(rule, budgets, '2021-06-30', APRIL_FIRST)).toMatchObject({ status: 'current', nextDue: '2022-03-31' });
    expect(assess(rule, budgets, '2022-03-10', APRIL_FIRST).status).toBe('due-soon');
    expect(assess(rule, budgets, '2022-03-31', APRIL_FIRST).status).toBe('due-soon');
    expect(assess(rule, budgets, '2022-04-01', APRIL_FIRST)).toMatchObject({ status: 'overdue', nextDue: '2022-04-01' });
  });

  it('is current once the next year is published, even before it starts', () => {
    const both = [...budgets, item('2022-02-10', { financialYear: '2022/23' })];
    expect(assess(rule, both, '2022-03-20', APRIL_FIRST)).toMatchObject({ status: 'current', nextDue: '2023-03-31' });
  });

  it('follows an office whose year starts on another day', () => {
    expect(assess(rule, budgets, '2022-04-05', { month: 4, day: 6 }).status).toBe('due-soon');
  });
});

describe('monthly, after the month ends', () => {
  const rule = { kind: 'monthly-after-month-end', graceDays: 30 } as const;

  it('wants the next month once it has ended and the grace has passed, over month ends and leap years', () => {
    expect(assess(rule, [item('2024-01-31')], '2024-02-20', APRIL_FIRST)).toMatchObject({ status: 'current', nextDue: '2024-03-30' });
    expect(assess(rule, [item('2024-01-31')], '2024-03-15', APRIL_FIRST).status).toBe('due-soon');
    expect(assess(rule, [item('2024-01-31')], '2024-03-31', APRIL_FIRST).status).toBe('overdue');
    expect(assess(rule, [item('2023-01-15')], '2023-01-20', APRIL_FIRST).nextDue).toBe('2023-03-30');
  });
});

describe('monthly information, by the month it covers', () => {
  const spending = { timing: { kind: 'monthly-after-month-end', graceDays: 30 }, inForce: ORDER_IN_FORCE } as const;
  const file = (month: string, published: string) => ({ title: `Spending, ${month}`, path: `spending/${month}/`, published, periodEnd: endOfMonth(`${month}-01`) });

  it("counts a late office's last file only until the next month's was due, not from the day it was published", () => {
    // December's file, published late on 27 February, stands until January's was due: 31 January plus 30 days.
    const december = file('2013-12', '2014-02-27');
    expect(assessDuty(spending, [december], '2014-04-15', APRIL_FIRST)).toMatchObject({ status: 'overdue', lastPublished: '2014-02-27', nextDue: '2014-03-02' });
    expect(sortByTiming(spending, [december], '2014-04-15', APRIL_FIRST)).toEqual({ counting: [], history: [{ ...december, reason: "the next month's was due by 2 March 2014", why: { code: 'next-period-due', unit: 'month', date: '2014-03-02' }, beforeInForce: false }] });
    expect(assessDuty(spending, [december], '2014-03-02', APRIL_FIRST).status).toBe('due-soon');
  });

  it('counts only the latest month, whenever the files were published', () => {
    // November's file came out after December's; December is still the latest month published.
    const files = [file('2013-12', '2014-01-20'), file('2013-11', '2014-01-25')];
    const sorted = sortByTiming(spending, files, '2014-01-26', APRIL_FIRST);
    expect(sorted.counting).toEqual([files[0]]);
    expect(sorted.history).toEqual([{ ...files[1], reason: 'for a month before the latest, December 2013', why: { code: 'earlier-period', latest: { unit: 'month', end: '2013-12-31' } }, beforeInForce: false }]);
    expect(assessDuty(spending, files, '2014-01-26', APRIL_FIRST)).toMatchObject({ status: 'current', lastPublished: '2014-01-25', nextDue: '2014-03-02' });
  });

  it("lists ten years of earlier months as one line of history, not as files due again", () => {
    const months = Array.from({ length: 119 }, (_, i) => addMonths('2013-11-01', i).slice(0, 7));
    const files = months.map((month) => file(month, endOfMonth(`${month}-01`)));
    const sorted = sortByTiming(spending, files, '2023-10-15', APRIL_FIRST);
    expect(sorted.counting).toEqual([files.at(-1)]);
    expect(sorted.history).toEqual([{ title: '118 earlier monthly items, November 2013 to August 2023', reason: 'each for a month before the latest, September 2023', why: { code: 'earlier-periods', latest: { unit: 'month', end: '2023-09-30' } }, beforeInForce: false, count: 118, periods: { first: { unit: 'month', end: '2013-11-30' }, last: { unit: 'month', end: '2023-08-31' } } }]);
    expect(assessDuty(spending, files, '2023-10-15', APRIL_FIRST).note).toBe('Brought up to date every month. 118 earlier items are listed as history.');
  });
});

describe('quarterly', () => {
  const rule = { kind: 'quarterly', graceDays: 0 } as const;

  it('wants a statement in every quarter of the office year', () => {
    expect(assess(rule, [item('2024-02-10')], '2024-04-10', APRIL_FIRST)).toMatchObject({ status: 'current', nextDue: '2024-06-30' });
    expect(assess(rule, [item('2024-02-10')], '2024-06-10', APRIL_FIRST).status).toBe('due-soon');
    expect(assess(rule, [item('2024-02-10')], '2024-07-01', APRIL_FIRST).status).toBe('overdue');
  });

  it('goes by the quarter a statement covers where it says: the next quarter\'s is due by the end of the quarter after that', () => {
    const onJuneQuarter = (published: string) => item(published, { periodEnd: '2024-06-30' });
    expect(assess(rule, [onJuneQuarter('2024-08-10')], '2024-10-10', APRIL_FIRST)).toMatchObject({ status: 'current', nextDue: '2024-12-31' });
    // Published in March, it would stand to the end of June by its date; on the quarter to June 2024 it is long overdue.
    expect(assess(rule, [onJuneQuarter('2025-03-01')], '2025-03-01', APRIL_FIRST)).toMatchObject({ status: 'overdue', nextDue: '2024-12-31' });
    expect(sortByTiming({ timing: rule, inForce: ORDER_IN_FORCE }, [onJuneQuarter('2025-03-01')], '2025-03-01', APRIL_FIRST).history.map((h) => h.reason)).toEqual(["the next quarter's was due by 31 December 2024"]);
  });
});

describe('within 56 days of an HMICFRS report', () => {
  const rule = { kind: 'within-days-of-event', days: 56, event: 'publication of the report', windowMonths: 24 } as const;
  const report = (published?: string) => item(published, { event: '2024-01-10' });

  it('runs the 56-day clock from the report', () => {
    expect(assess(rule, [report()], '2024-01-20', APRIL_FIRST)).toMatchObject({ status: 'current', nextDue: '2024-03-06' });
    expect(assess(rule, [report()], '2024-02-10', APRIL_FIRST).status).toBe('due-soon');
    expect(assess(rule, [report()], '2024-03-06', APRIL_FIRST).status).toBe('due-soon');
    expect(assess(rule, [report()], '2024-03-07', APRIL_FIRST).status).toBe('overdue');
  });

  it('is current once the response is out, and says when it was late', () => {
    expect(assess(rule, [report('2024-03-01')], '2024-04-01', APRIL_FIRST)).toMatchObject({ status: 'current', lastPublished: '2024-03-01' });
    expect(assess(rule, [report('2024-03-20')], '2024-04-01', APRIL_FIRST).note).toContain('1 was published late');
  });
});

describe('before the meeting', () => {
  const rule = { kind: 'before-meeting', windowMonths: 12 } as const;

  it('counts a notice published on the day of the meeting as late', () => {
    expect(assess(rule, [item('2024-05-01', { event: '2024-05-10' })], '2024-06-01', APRIL_FIRST).note).toBe('Everything owed has been published.');
    expect(assess(rule, [item('2024-05-10', { event: '2024-05-10' })], '2024-06-01', APRIL_FIRST).note).toContain('was published late');
  });
});

describe('what counts on the build date, and what is history', () => {
  const peel = { timing: { kind: 'as-soon-as-practicable', days: 28, windowMonths: 36 }, inForce: '2021-05-31' } as const;
  const decisions = { timing: { kind: 'as-soon-as-practicable', days: 28, windowMonths: 12 }, inForce: ORDER_IN_FORCE } as const;
  const staffList = { timing: { kind: 'keep-current', reviewMonths: 12 }, inForce: ORDER_IN_FORCE } as const;
  const budget = { timing: { kind: 'each-financial-year-before-start' }, inForce: ORDER_IN_FORCE } as const;

  it('never counts an item dated before the duty came into force, and says so', () => {
    const report = item('2016-03-01', { event: '2015-10-01' });
    expect(sortByTiming(peel, [report], '2021-06-30', APRIL_FIRST)).toEqual({ counting: [], history: [{ ...report, reason: 'before this duty came into force on 31 May 2021', why: { code: 'before-applies', since: { date: '2021-05-31', event: 'in-force' } }, beforeInForce: true }] });
    expect(assessDuty(peel, [report], '2021-06-30', APRIL_FIRST)).toEqual({ status: 'missing', note: 'Nothing published since this duty came into force on 31 May 2021; 1 earlier item is listed as history.', parts: [{ code: 'nothing-since', since: { date: '2021-05-31', event: 'in-force' } }, { code: 'history', count: 1 }] });
  });

  it('counts a report published after the duty came into force for its window of months after the report, then keeps it as history', () => {
    const report = item('2022-04-20', { event: '2022-04-01' });
    expect(assessDuty(peel, [report], '2025-04-01', APRIL_FIRST).status).toBe('current');
    expect(sortByTiming(peel, [report], '2025-04-02', APRIL_FIRST).history.map((h) => h.reason)).toEqual(['more than 36 months before 2 April 2025']);
    expect(assessDuty(peel, [report], '2025-04-02', APRIL_FIRST)).toEqual({ status: 'missing', note: 'Nothing published in the last 36 months; 1 earlier item is listed as history.', parts: [{ code: 'nothing-in-window', months: 36 }, { code: 'history', count: 1 }] });
  });

  it('counts a decision for twelve months after it was made, and only the recent ones', () => {
    const old = item('2020-11-09', { event: '2020-11-09' });
    const recent = item('2026-06-01', { event: '2026-05-30' });
    expect(assessDuty(decisions, [old], '2021-11-09', APRIL_FIRST).status).toBe('current');
    expect(assessDuty(decisions, [old], '2021-11-10', APRIL_FIRST).status).toBe('missing');
    const sorted = sortByTiming(decisions, [old, recent], '2026-12-02', APRIL_FIRST);
    expect(sorted.counting).toEqual([recent]);
    expect(sorted.history.map((h) => h.title)).toEqual(['Item']);
    expect(assessDuty(decisions, [old, recent], '2026-12-02', APRIL_FIRST)).toMatchObject({ status: 'current', note: 'Everything owed has been published. 1 earlier item is listed as history.' });
  });

  it('lets a kept-current item stand until it is due again, then shows it as history while the duty is overdue', () => {
    const list = item('2024-01-31');
    expect(sortByTiming(staffList, [list], '2025-01-31', APRIL_FIRST).counting).toEqual([list]);
    expect(sortByTiming(staffList, [list], '2025-02-01', APRIL_FIRST).history).toEqual([{ ...list, reason: 'due again by 31 January 2025', why: { code: 'due-again', date: '2025-01-31' }, beforeInForce: false }]);
    expect(assessDuty(staffList, [list], '2025-02-01', APRIL_FIRST)).toMatchObject({ status: 'overdue', lastPublished: '2024-01-31', note: 'Not brought up to date at least every 12 months. 1 earlier item is listed as history.' });
  });

  it('counts a year\'s information only for the year under way and the next, and not for a year before the duty', () => {
    const years = [item('2012-02-10', { financialYear: '2012/13' }), item('2013-02-07', { financialYear: '2013/14' }), item(undefined, { financialYear: '2014/15' })];
    const sorted = sortByTiming(budget, years, '2014-06-01', APRIL_FIRST);
    expect(sorted.counting.map((p) => p.financialYear)).toEqual(['2014/15']);
    expect(sorted.history.map((p) => p.reason)).toEqual(['before this duty came into force on 22 November 2012', 'for 2013/14, an earlier year']);
    expect(assessDuty(budget, years, '2014-06-01', APRIL_FIRST)).toMatchObject({ status: 'current', note: 'Published for 2014/15. 2 earlier items are listed as history.' });
  });

  it('keeps counting minutes or a decision still owed, however long ago its meeting or date, so the duty is not shown met', () => {
    const owed = item(undefined, { event: '2023-01-10' });
    const published = item('2026-06-01', { event: '2026-05-30' });
    expect(sortByTiming(decisions, [owed, published], '2026-12-02', APRIL_FIRST)).toEqual({ counting: [owed, published], history: [] });
    expect(assessDuty(decisions, [owed, published], '2026-12-02', APRIL_FIRST)).toMatchObject({ status: 'overdue', nextDue: '2023-02-07', note: '1 still to publish.' });
  });

  it('gives a duty the office took on later its own reason for what came before', () => {
    const fireDecisions = { ...decisions, appliesFrom: { date: '2017-10-01', event: 'became-fire-authority' as const } };
    const before = item('2017-06-01', { event: '2017-06-01' });
    expect(sortByTiming(fireDecisions, [before], '2017-12-01', APRIL_FIRST).history.map((h) => h.reason)).toEqual(['before the office became the fire and rescue authority on 1 October 2017']);
    expect(assessDuty(fireDecisions, [before], '2017-12-01', APRIL_FIRST).note).toBe('Nothing published since the office became the fire and rescue authority on 1 October 2017; 1 earlier item is listed as history.');
  });

  it('leaves out what is neither published nor owed on the date', () => {
    expect(sortByTiming(decisions, [item('2026-12-10', { event: '2026-12-09' })], '2026-12-02', APRIL_FIRST)).toEqual({ counting: [], history: [] });
  });
});
