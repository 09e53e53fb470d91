import type { APIRoute } from 'astro';
import { decisionItems, feed } from '../lib/feeds.ts';
import { office } from '../lib/site.ts';

export const GET: APIRoute = async () => feed(`${office.name}: decisions`, `Decision notices of the ${office.commissioner.title} for ${office.policeArea}.`, await decisionItems());
