import type { APIRoute } from 'astro';
import { feed, publicationItems } from '../lib/feeds.ts';
import { pageLanguage } from '../lib/language.ts';
import { officeIn } from '../lib/site.ts';

export const GET: APIRoute = async (context) => {
  const language = pageLanguage(context);
  const { name } = officeIn(language);
  return feed(language, language.t('feeds.everythingTitle', { office: name }), language.t('feeds.everythingDescription', { office: name }), await publicationItems(language));
};
