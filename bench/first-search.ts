// The first-search figures of a site already built, query by query: `node bench/first-search.ts <site>`.
// npm run bench prints the same summary for the sites it builds; this is for measuring one site quickly.
import { firstSearchSummary } from './search-weight.ts';

const summary = await firstSearchSummary(process.argv[2]!);
for (const [query, weight] of summary.weights) console.log(`${JSON.stringify(query).padEnd(20)} ${String(weight.total).padStart(9)} bytes  ${String(weight.compressed).padStart(9)} compressed  ${weight.requests} requests (${weight.search} bytes Pagefind's)`);
console.log(`median ${summary.median} bytes (${summary.medianCompressed} compressed); worst ${summary.worst} bytes (${summary.worstCompressed} compressed, ${JSON.stringify(summary.worstQuery)})`);
