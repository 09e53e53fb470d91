import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, to360Giving, toCsv, toJson } from '../../lib/open-data.ts';
import { absoluteUrl, provenance, publishedContent } from '../../lib/published.ts';

export const getStaticPaths = (async () => {
  const about = provenance();
  const content = await publishedContent();
  const files = datasets(content, absoluteUrl).flatMap((data) => [
    { params: { file: `${data.name}.csv` }, props: { body: toCsv(data, about) } },
    { params: { file: `${data.name}.json` }, props: { body: toJson(data, about) } },
  ]);
  const grants = to360Giving(content, about, absoluteUrl);
  return grants ? [...files, { params: { file: 'services-360giving.json' }, props: { body: grants } }] : files;
}) satisfies GetStaticPaths;

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

export const GET: APIRoute = ({ params, props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': TYPES[params.file!.endsWith('.csv') ? 'csv' : 'json'] } });
