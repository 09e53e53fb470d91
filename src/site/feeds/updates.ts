import type { APIRoute } from 'astro';
import { feed, updateItems } from '../lib/feeds.ts';
import { pageLanguage } from '../lib/language.ts';
import { officeIn } from '../lib/site.ts';

export const GET: APIRoute = async (context) => {
  const language = pageLanguage(context);
  const { name } = officeIn(language);
  return feed(language, language.t('updates.feedTitle', { office: name }), language.t('updates.feedDescription', { office: name }), await updateItems(language));
};
