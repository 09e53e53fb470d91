import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../../domain/cms-config.ts';
import { officeDir } from '../../../domain/deployment.ts';
import { publishedUrl } from '../../lib/published.ts';
import { office } from '../../lib/site.ts';

/** The editor's configuration, generated from the schemas at every build: never edited by hand. */
export const GET: APIRoute = () =>
  new Response(`# Generated from src/domain/schemas by src/domain/cms-config.ts: do not edit.\n${stringify(cmsConfig(office, officeDir(), publishedUrl('')))}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
