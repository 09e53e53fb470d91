import rss, { type RSSFeedItem } from '@astrojs/rss';
import { budgetStatuses } from '../../domain/schemas/budgets.ts';
import { budgetTitle } from '../../domain/budgets.ts';
import { budgets, decisions, plans, transparencyItems } from './entries.ts';
import { decisionLabel, decisionPath } from '../../domain/decision-references.ts';
import { firstDay } from '../../domain/dates.ts';
import { entryPath } from '../../domain/addresses.ts';
import { publishedUrl } from './published.ts';
import { office } from './site.ts';

const at = (date: string) => new Date(`${firstDay(date, office.financialYearStart)}T00:00:00Z`);

export async function decisionItems(): Promise<RSSFeedItem[]> {
  return (await decisions()).map(({ data }) => ({
    title: `${decisionLabel(data, office)}: ${data.title}`,
    link: publishedUrl(decisionPath(data, office)),
    pubDate: at(data.date),
    description: data.decided,
    categories: ['Decision'],
  }));
}

/** Everything with a publication date: decisions, plans, budgets and transparency items, newest first. */
export async function publicationItems(): Promise<RSSFeedItem[]> {
  const items: RSSFeedItem[] = [
    ...(await decisionItems()),
    ...(await plans()).flatMap(({ id, data }) => (data.published ? [{ title: data.title, link: publishedUrl(entryPath('plans', { id, data }, office)!), pubDate: at(data.published), description: data.summary, categories: ['Plan'] }] : [])),
    ...(await budgets()).flatMap(({ data }) =>
      data.approved ? [{ title: budgetTitle(data), link: publishedUrl(entryPath('budgets', { id: '', data }, office)!), pubDate: at(data.approved), description: `${budgetStatuses[data.status]}. ${data.summary}`, categories: ['Budget'] }] : [],
    ),
    ...(await transparencyItems()).map(({ id, data }) => ({ title: data.title, link: publishedUrl(entryPath('transparency', { id, data }, office)!), pubDate: at(data.published), description: data.summary, categories: ['Transparency'] })),
  ];
  return items.sort((a, b) => b.pubDate!.getTime() - a.pubDate!.getTime());
}

/**
 * Feed readers poll a feed again and again, so it carries only the newest items; the whole record is
 * in the open-data downloads. (Every notice of an office of 10,000 would make a 6.6 MB feed.)
 */
export const FEED_ITEMS = 50;

/** A feed of the newest FEED_ITEMS of `items`, which come newest first. */
export function feed(title: string, description: string, items: RSSFeedItem[]) {
  return rss({ title, description, site: publishedUrl(''), items: items.slice(0, FEED_ITEMS), customData: `<language>${office.language.toLowerCase()}</language>` });
}
