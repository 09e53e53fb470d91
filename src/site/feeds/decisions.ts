import type { APIRoute } from 'astro';
import { decisionItems, feed } from '../lib/feeds.ts';
import { pageLanguage } from '../lib/language.ts';
import { holderIn, officeIn } from '../lib/site.ts';

export const GET: APIRoute = async (context) => {
  const language = pageLanguage(context);
  return feed(language, language.t('feeds.decisionsTitle', { office: officeIn(language).name }), language.t('feeds.decisionsDescription', { holder: holderIn(language) }), await decisionItems(language));
};
