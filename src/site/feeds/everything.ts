import type { APIRoute } from 'astro';
import { feed, publicationItems } from '../lib/feeds.ts';
import { office } from '../lib/site.ts';

export const GET: APIRoute = async () => feed(`${office.name}: everything published`, `Decisions, plans, budgets and transparency items published by the ${office.name}.`, await publicationItems());
