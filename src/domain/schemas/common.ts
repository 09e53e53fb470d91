import { z } from 'astro/zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** True when `value` is written as a date YYYY-MM-DD, whether or not it is a day of the calendar (2021-02-30 is). */
export function looksLikeIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}

/** True when `value` is a real calendar date written YYYY-MM-DD (rejects 2021-02-30). */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const MONTH_AND_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * What a date's check says it found: the value, and, for one written YYYY-MM-DD that is no day of the
 * calendar, why not ("2024-06-31", but June 2024 has 30 days), as the shape alone looks right.
 */
export function foundDate(input: unknown): string {
  const text = String(input);
  // A month is a decision's date where only the month is known, but this field needs the day.
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return `found the month "${text}": this date needs its day too`;
  const match = ISO_DATE.exec(text);
  if (!match || isRealIsoDate(text)) return `found "${text}"`;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return `found "${text}", which has no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `found "${text}", but ${MONTH_AND_YEAR.format(Date.UTC(year, month - 1, 1))} has ${days} days`;
}

/** YAML turns an unquoted date into a Date object; the schemas want its ISO string. */
function dateAsText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/**
 * A calendar date. Editors write 2020-11-09; YAML may hand us a Date object for an
 * unquoted date, so both are accepted and normalised to the ISO string, which
 * survives JSON round-trips and has no time zone to drift in.
 */
export const isoDate = z
  .preprocess(
    dateAsText,
    z.string().refine(isRealIsoDate, { error: (issue) => `expected a date like 2020-11-09, ${foundDate(issue.input)}` }),
  )
  .describe('A date written YYYY-MM-DD, for example 2020-11-09.')
  .meta({ format: 'date' });

/**
 * A date, or only its month (2016-03) when the source gives no day: "published March 2016".
 * Deadlines count from the first of the month, so a month never looks more recent than it was.
 */
export const isoDateOrMonth = z
  .preprocess(
    dateAsText,
    z.string().refine((value) => isRealIsoDate(value) || MONTH.test(value), {
      error: (issue) => `expected a date like 2020-11-09, or a month like 2016-03 when the day is not known, ${foundDate(issue.input)}`,
    }),
  )
  .describe('A date written YYYY-MM-DD, or YYYY-MM when only the month is known.')
  .meta({ format: 'date-or-month' });

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** True when `value` is a financial year written 2021/22, the second part the year after the first. */
export function isFinancialYear(value: string): boolean {
  const match = FINANCIAL_YEAR.exec(value);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** A UK public-sector financial year written 2021/22. */
export const financialYear = z
  .string()
  .refine(isFinancialYear, { message: 'expected a financial year like 2021/22' })
  .describe('A financial year written 2021/22 (the second part is the year after the first).')
  .meta({ format: 'financial-year' });

/** How precisely a date as known is known: to the day (2020-11-09), the month (2020-11) or the financial year (2020/21). */
export function datePrecision(value: string): 'day' | 'month' | 'financial-year' {
  return MONTH.test(value) ? 'month' : isFinancialYear(value) ? 'financial-year' : 'day';
}

/**
 * A date as an old record knows it: the day, or only the month (a register kept month by month), or
 * only the financial year (a register kept year by year). An editor never has to invent a day.
 */
export const dateAsKnown = z
  .preprocess(
    dateAsText,
    z.string().refine((value) => isRealIsoDate(value) || MONTH.test(value) || isFinancialYear(value), {
      error: (issue) => `expected a date like 2020-11-09 (or 2020-11, or 2020/21, when the record gives only the month or the financial year), ${foundDate(issue.input)}`,
    }),
  )
  .describe('A date written YYYY-MM-DD; YYYY-MM when only the month is known; 2020/21 when only the financial year is.')
  .meta({ format: 'date-as-known' });

/** A whole-pounds-and-pence amount: never negative, at most two decimal places. */
export const money = z
  .number()
  .nonnegative({ message: 'expected an amount of zero or more' })
  .refine((value) => Math.round(value * 100) === Number((value * 100).toFixed(6)), {
    message: 'expected at most two decimal places (pounds and pence)',
  })
  .describe('An amount in pounds, for example 2500 or 278.01.');

/** An amount in pounds above zero, at most two decimal places: a precept, which is never nothing. */
export const positiveMoney = money.refine((value) => value > 0, { message: 'expected an amount above zero' });

/** Lower-case words joined by hyphens: used for ids that become parts of URLs. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected lower-case letters, digits and hyphens, like "support-victims"' });

/**
 * A paper an entry links to: a file in the office's files/ folder, written /files/name.pdf (the folder
 * the editor uploads into, which the site publishes), or a document elsewhere, written https://...
 * The content check makes sure a file is there, stays in the office's folder and may be published.
 */
export const documentLink = z
  .string()
  .min(1)
  .describe("A file in the office's files/ folder, written /files/name.pdf, or a web address starting https://.")
  .meta({ format: 'document' });

/** A link from a list of links: a paper, as documentLink, or a page of the site itself, written /budgets/2021-22/. */
export const pageOrDocumentLink = z
  .string()
  .min(1)
  .describe("A file in the office's files/ folder, written /files/name.pdf; a page of this site, written /budgets/2021-22/; or a web address starting https://.")
  .meta({ format: 'link' });

/** An organisation as public records name it: its name, and its charity or company number where known. */
export const organisationFields = {
  name: z.string().min(1),
  charityNumber: z.preprocess(String, z.string().regex(/^\d{6,8}(-\d+)?$/, { message: 'expected a registered charity number like 1092925' })).optional(),
  companyNumber: z.preprocess(String, z.string().regex(/^[A-Z0-9]{8}$/, { message: 'expected an 8-character company number like 04052316 (quote it, so the leading 0 is kept)' })).optional(),
};

/** Where the facts in an entry came from: the published document, for readers who want the original. */
export const sourceSchema = z.strictObject({
  title: z.string().min(1).describe('The title of the published document the facts come from.'),
  published: z.string().optional().describe('When it was published, as the document says (for example "April 2016").'),
  url: z.url({ message: 'expected a web address starting https://' }).optional(),
  page: z.string().optional().describe('Page or section of the document.'),
  accessed: isoDate.optional().describe('The day someone read the source, for a web page: pages change, so this says which version the facts come from.'),
});

export const entryStatus = z
  .enum(['draft', 'published'])
  .default('published')
  .describe('A draft is checked but not published on the site.');

/**
 * A note for the public and a note for the office's editors, on every entry. The editors' note is
 * never published: the site, its downloads, feeds and search read entries without it
 * (withoutEditorsNote), and the check refuses editor-addressed text anywhere else.
 */
export const noteFields = {
  publicNote: z
    .string()
    .optional()
    .describe('A note for the public, shown with the entry: for example that the published source gives no figure for something. Write it to residents.')
    .meta({ translated: true }),
  editorsNote: z
    .string()
    .optional()
    .describe("A note for the office's editors only, never published (not on the site, in the downloads, the feeds or search): doubts about the source, reminders, questions for colleagues."),
};

/**
 * One change to a published entry, as its history lists it. A change a reader should know of has a
 * note saying what changed; a correction that changes nothing a reader relies on (a typo, a broken
 * link mended) is marked minor, and the site shows nothing of it.
 */
export const changeNoteSchema = z
  .strictObject({
    date: isoDateOrMonth.describe('When the change was published: YYYY-MM-DD (YYYY-MM when a source gives only the month).'),
    note: z.string().min(1).optional().describe('What changed, in a sentence for the public: "Corrected the amount awarded to £12,500."').meta({ translated: true }),
    minor: z.boolean().optional().describe('true for a correction that changes nothing a reader relies on (a typo): it needs no note, and readers are not told of it.'),
  })
  .refine((change) => change.minor === true || change.note !== undefined, {
    error: 'expected a note saying what changed (or minor: true for a correction that changes nothing a reader relies on)',
    path: ['note'],
  });

/**
 * When an entry was published and what has changed since, on every entry. Dates the entry does not
 * state come from the repository's history (src/build/git-history.ts); the check asks for a change
 * note whenever a published entry's substance changes (src/domain/check/history.ts).
 */
export const historyFields = {
  firstPublished: isoDateOrMonth
    .optional()
    .describe('When the entry was first published, where its other dates do not say: YYYY-MM-DD, or YYYY-MM. Left out, the site takes the day the entry was first committed.'),
  changes: z
    .array(changeNoteSchema)
    .optional()
    .describe('Every change since the entry was first published, oldest first: each a date and a note for the public, or minor: true. Add one whenever you change a published entry.')
    .meta({ translated: true }),
  withdrawn: z
    .strictObject({
      date: isoDate.describe('When the entry was withdrawn.'),
      reason: z.string().min(1).describe('Why, in a sentence for the public, with where to look instead if anything replaces it.'),
    })
    .optional()
    .describe('A published entry is never deleted: withdrawn instead, it keeps its page, marked withdrawn with the date and reason.')
    .meta({ translated: true }),
};

export type ChangeNote = z.output<typeof changeNoteSchema>;

/** An entry's data as it may be published: without the note to editors. */
export function withoutEditorsNote<T extends object>(data: T): Omit<T, 'editorsNote'> {
  const { editorsNote: _unpublished, ...published } = data as T & { editorsNote?: unknown };
  return published;
}

export type IsoDate = z.output<typeof isoDate>;
export type FinancialYear = z.output<typeof financialYear>;
export type Source = z.output<typeof sourceSchema>;

/** An enumeration whose allowed values are the keys of a value-to-label map; the labels go with it, for forms. */
export function keysOf<T extends Record<string, string>>(labels: T) {
  return z.enum(Object.keys(labels) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]]).meta({ labels });
}

/** What an editing form needs to know about a field beyond its type: that it is a date, or points at another entry. */
export interface FieldMeta {
  /** The field as an editor reads it, where its name does not say it ("What was decided"): the editor's form labels it so, and a new entry's guidance asks for it. */
  label?: string;
  labels?: Record<string, string>;
  format?: 'date' | 'date-or-month' | 'date-as-known' | 'financial-year' | 'document' | 'link';
  /** The collection a field refers to, and the field of that collection it holds. */
  reference?: { collection: string; field: string };
  /** The field holds ids from the Specified Information Order catalogue. */
  requirements?: true;
  /** Offered to a new entry though optional: an old record may not state it, but a new one should. */
  offered?: true;
  /** Written in each of the office's languages: the translation file (41-2020.cy.md) holds it, and no field without it. */
  translated?: true;
}
