// Performance figures, printed as a table and as JSON for tracking. No pass or fail: read the numbers.
// Usage: npm run bench
import { rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOffice } from '../src/lib/check/index.ts';
import { bareAstroBuild, timedNode } from './lib/bare-astro.ts';
import { pageWeight } from './lib/page-weight.ts';
import { sitePages } from './lib/site-pages.ts';
import { firstSearchBytes } from './lib/search-weight.ts';
import { writeSyntheticOffice } from './lib/synthetic-office.ts';

interface Figure {
  measure: string;
  value: number;
  unit: string;
}

const figures: Figure[] = [];
const AS_OF = '2026-01-01';
const work = join(tmpdir(), 'pcc-bench');

function seconds(started: number): number {
  return Number(((performance.now() - started) / 1000).toFixed(2));
}


rmSync(work, { recursive: true, force: true });
const offices = new Map<number, string>();
for (const count of [1_000, 10_000]) {
  const office = writeSyntheticOffice('content', join(work, `office-${count}`), count);
  offices.set(count, office);
  const started = performance.now();
  const result = checkOffice(office, { asOf: AS_OF });
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) console.warn(`The generated office of ${count} decisions has ${errors} errors: the figures below include reporting them.`);
  figures.push({ measure: `check, ${count.toLocaleString('en-GB')} decision notices (${result.filesChecked} files)`, value: seconds(started), unit: 's' });
}

const sample = join(work, 'sample-site');
figures.push({ measure: 'build, sample office (Norfolk)', value: timedNode(['scripts/build.ts', '--out', sample, '--as-of', AS_OF], { OFFICE: 'content' }).seconds, unit: 's' });
for (const [label, page] of [['chart page (budgets/2016-17)', 'budgets/2016-17'], ['decision page (decisions/41-2020)', 'decisions/41-2020']] as const) {
  const weight = pageWeight(sample, page);
  figures.push({ measure: `JavaScript, ${label}`, value: weight.js.raw, unit: `bytes (${weight.js.gzip} gzipped)` });
}
const sampleSearch = await firstSearchBytes(sample, 'community safety');
figures.push({ measure: 'first search, sample site', value: sampleSearch.total, unit: `bytes in ${sampleSearch.requests} requests (${sampleSearch.search} of them Pagefind's)` });

// The full build (check, pages, search index, feeds, downloads) against a bare Astro build of the same Markdown.
for (const [count, office] of offices) {
  const label = `${count.toLocaleString('en-GB')} decision notices`;
  const ours = timedNode(['scripts/build.ts', '--out', join(work, `site-${count}`), '--as-of', AS_OF], { OFFICE: office });
  const bare = bareAstroBuild(join(office, 'decisions'), join(work, `bare-${count}`));
  const pages = sitePages(join(work, `site-${count}`)).length;
  figures.push({ measure: `build, ${label}`, value: ours.seconds, unit: `s (${pages} pages, ${Math.round(pages / ours.seconds)} pages/s${ours.peakMegabytes ? `, peak ${ours.peakMegabytes} MB` : ''})` });
  figures.push({ measure: `bare Astro build, ${label}`, value: bare.seconds, unit: `s${bare.peakMegabytes ? ` (peak ${bare.peakMegabytes} MB)` : ''}` });
  figures.push({ measure: `ratio to bare Astro, ${label}`, value: Number((ours.seconds / bare.seconds).toFixed(2)), unit: '×' });
}
const large = join(work, 'site-10000');
const largeSearch = await firstSearchBytes(large, 'community safety');
figures.push({ measure: 'first search, 10,000 decision notices', value: largeSearch.total, unit: `bytes in ${largeSearch.requests} requests (${largeSearch.search} of them Pagefind's)` });

rmSync(work, { recursive: true, force: true });

const width = Math.max(...figures.map((f) => f.measure.length));
console.log(`${'measure'.padEnd(width)}  value`);
for (const figure of figures) console.log(`${figure.measure.padEnd(width)}  ${figure.value} ${figure.unit}`);
console.log(JSON.stringify({ machine: { cpus: cpus().length, node: process.version }, asOf: AS_OF, figures }, null, 2));
