import { firstDay } from '../../domain/dates.ts';
import type { YearStart } from '../../domain/financial-year.ts';
import type { PageLanguage } from './language.ts';

/** What the search index knows about a page beyond its text: the filters, metadata and sort key it shows. */
export interface SearchRecord {
  type: string;
  /** A date as known: a day, a month or a financial year. */
  date?: string;
  /** The year to file it under, when that is not the year of its date (a budget's financial year). */
  year?: string;
  reference?: string;
  amount?: string;
  theme?: string;
  decisionMaker?: string;
  status?: string;
}

/** The year filter: the calendar year of the record's date. */
export function searchFilters(record: SearchRecord): [string, string][] {
  const filters: [string, string | undefined][] = [
    ['type', record.type],
    ['year', record.year ?? record.date?.slice(0, 4)],
    ['theme', record.theme],
    ['decision maker', record.decisionMaker],
    ['status', record.status],
  ];
  return filters.filter((filter): filter is [string, string] => Boolean(filter[1]));
}

/** What a search result shows of its page beside its title, in the page's language (which is its index's). */
export function searchMeta(record: SearchRecord, language: PageLanguage): [string, string][] {
  const meta: [string, string | undefined][] = [['type', record.type], ['date', record.date && language.date(record.date)], ['reference', record.reference], ['amount', record.amount]];
  return meta.filter((item): item is [string, string] => Boolean(item[1]));
}

/** The key results are sorted by date on: the first day the record's date may be. */
export function searchSortKey(record: SearchRecord, yearStart: YearStart): string | undefined {
  return record.date && `date:${firstDay(record.date, yearStart)}`;
}

/** Where a page's HTML gives its searchSortKey's date. */
export const SORT_DATE = /data-pagefind-sort="date:([^"]*)"/;

/** The date a page's HTML is sorted on in search results (its searchSortKey's, without "date:"), when the search index holds the page (it has a `data-pagefind-body`). */
export function searchDateIn(html: string): string | undefined {
  return html.includes('data-pagefind-body') ? SORT_DATE.exec(html)?.[1] : undefined;
}
