import type { APIRoute } from 'astro';
import { decisionItems, feed } from '../lib/feeds.ts';
import { holder, office } from '../lib/site.ts';

export const GET: APIRoute = async () => feed(`${office.name}: decisions`, `Decision notices of the ${holder}.`, await decisionItems());
