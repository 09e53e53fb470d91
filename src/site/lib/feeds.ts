import rss, { type RSSFeedItem } from '@astrojs/rss';
import { isFireBudget } from '../../domain/budgets.ts';
import { budgets, decisions, plans, transparencyItems } from './entries.ts';
import { decisionPath, referenceText } from '../../domain/decision-references.ts';
import { firstDay } from '../../domain/dates.ts';
import { entryPath } from '../../domain/addresses.ts';
import { pathInLanguage } from '../../domain/languages.ts';
import type { PageLanguage } from './language.ts';
import { publishedUrl } from './published.ts';
import { office } from './site.ts';
import { translatedAll, untranslated } from './translations.ts';
import { latestUpdates } from './updates.ts';
import { escapeHtml } from './html-text.ts';

const at = (date: string) => new Date(`${firstDay(date, office.financialYearStart)}T00:00:00Z`);

/** The address of a page of the site in a feed's language. */
const pageUrl = (path: string, language: PageLanguage) => publishedUrl(pathInLanguage(path, language));

export async function decisionItems(language: PageLanguage): Promise<RSSFeedItem[]> {
  return (await translatedAll(await decisions(), language)).map(({ data }) => ({
    title: data.reference === undefined ? language.t('feeds.decisionNotNumbered', { title: data.title }) : language.t('feeds.decision', { reference: referenceText(data, office), title: data.title }),
    link: pageUrl(decisionPath(untranslated(data), office), language),
    pubDate: at(data.date),
    description: data.decided,
    categories: [language.t('feeds.categories.decision')],
  }));
}

/** Everything with a publication date: decisions, plans, budgets and transparency items, newest first. */
export async function publicationItems(language: PageLanguage): Promise<RSSFeedItem[]> {
  const items: RSSFeedItem[] = [
    ...(await decisionItems(language)),
    ...(await translatedAll(await plans(), language)).flatMap(({ id, data }) =>
      data.published ? [{ title: data.title, link: pageUrl(entryPath('plans', { id, data }, office)!, language), pubDate: at(data.published), description: data.summary, categories: [language.t('feeds.categories.plan')] }] : [],
    ),
    ...(await translatedAll(await budgets(), language)).flatMap(({ data }) =>
      data.approved
        ? [
            {
              title: data.title ?? language.t(isFireBudget(data) ? 'feeds.fireBudget' : 'feeds.budget', { year: data.financialYear }),
              link: pageUrl(entryPath('budgets', { id: '', data }, office)!, language),
              pubDate: at(data.approved),
              description: language.t('feeds.budgetDescription', { status: language.t(`feeds.budgetStatuses.${data.status}`), summary: data.summary }),
              categories: [language.t('feeds.categories.budget')],
            },
          ]
        : [],
    ),
    ...(await translatedAll(await transparencyItems(), language)).map(({ id, data }) => ({
      title: data.title,
      link: pageUrl(entryPath('transparency', { id, data }, office)!, language),
      pubDate: at(data.published),
      description: data.summary,
      categories: [language.t('feeds.categories.transparency')],
    })),
  ];
  return items.sort((a, b) => b.pubDate!.getTime() - a.pubDate!.getTime());
}

/**
 * The latest updates (see updates.ts), newest first: each new entry, each noted change and each
 * withdrawal. An entry's page is the link of every update to it, so each update's guid is its own.
 */
export async function updateItems(language: PageLanguage): Promise<RSSFeedItem[]> {
  const seen = new Map<string, number>();
  return (await latestUpdates(language)).slice(0, FEED_ITEMS).map((update) => {
    const link = pageUrl(update.path, language);
    const key = `${link}#${update.kind}-${update.date}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return {
      title: language.t(`updates.feedItems.${update.kind}`, { title: update.label ? `${update.label}: ${update.title}` : update.title }),
      link,
      pubDate: at(update.date),
      description: update.note,
      customData: `<guid isPermaLink="false">${escapeHtml(repeat === 0 ? key : `${key}-${repeat + 1}`)}</guid>`,
    };
  });
}

/**
 * Feed readers poll a feed again and again, so it carries only the newest items; the whole record is
 * in the open-data downloads. (Every notice of an office of 10,000 would make a 6.6 MB feed.)
 */
export const FEED_ITEMS = 50;

/** A feed in a language of the newest FEED_ITEMS of `items`, which come newest first. */
export function feed(language: PageLanguage, title: string, description: string, items: RSSFeedItem[]) {
  return rss({ title, description, site: pageUrl('', language), items: items.slice(0, FEED_ITEMS), customData: `<language>${language.tag.toLowerCase()}</language>` });
}
