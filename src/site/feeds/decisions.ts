import type { APIRoute } from 'astro';
import { decisionItems, feed } from '../lib/feeds.ts';
import { kindToday, office } from '../lib/site.ts';

export const GET: APIRoute = async () => feed(`${office.name}: decisions`, `Decision notices of the ${kindToday.holderTitle} for ${office.policeArea}.`, await decisionItems());
