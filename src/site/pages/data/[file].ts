import type { APIRoute, GetStaticPaths } from 'astro';
import { isBilingual } from '../../../domain/languages.ts';
import { datasets, grantableServices, to360Giving, toCsv, toJson } from '../../lib/open-data.ts';
import { publishedUrl, provenance, publishedContent } from '../../lib/published.ts';
import { publishedSpending } from '../../lib/spending.ts';
import { monthlyDataset } from '../../lib/spending-data.ts';

// Each file is written out when its own turn comes, not here: every route's paths are listed before
// any page is rendered, and a rebuild wants its changed notices rendered first.
export const getStaticPaths = (async () => {
  const about = provenance();
  const content = await publishedContent();
  // A bilingual office's downloads describe themselves in Welsh too; an English-only office's are as they were.
  const welsh = isBilingual(content.office);
  const files = datasets(content, publishedUrl).flatMap((data) => [
    { params: { file: `${data.name}.csv` }, props: { write: () => toCsv(data, about) } },
    { params: { file: `${data.name}.json` }, props: { write: () => toJson(data, about, welsh) } },
  ]);
  const monthly = publishedSpending();
  const spendingFiles = (['spending', 'grants'] as const).flatMap((kind) => {
    const months = monthly[kind];
    if (months.length === 0) return [];
    return [undefined, ...months.map((file) => file.month)].map((month) => {
      const data = () => monthlyDataset(kind, month ? months.filter((file) => file.month === month) : months, month);
      return { params: { file: `${kind}${month ? `-${month}` : ''}.csv` }, props: { write: () => toCsv(data(), about) } };
    });
  });
  const all = [...files, ...spendingFiles];
  if (grantableServices(content.services).length === 0) return all;
  return [...all, { params: { file: 'services-360giving.json' }, props: { write: () => to360Giving(content, about, publishedUrl)! } }];
}) satisfies GetStaticPaths;

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

export const GET: APIRoute = ({ params, props }) =>
  new Response((props as { write: () => string }).write(), { headers: { 'Content-Type': TYPES[params.file!.endsWith('.csv') ? 'csv' : 'json'] } });
