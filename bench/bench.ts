// Performance figures, printed as tables and as JSON for tracking. No pass or fail: read the numbers.
// Usage: npm run bench [-- --sizes 1000,10000] [-- --spending 120x2000]
//        (--sizes 100000 for the national-scale build; it takes a while. --spending 0 leaves out the spending files.)
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { checkOffice } from '../src/domain/check/index.ts';
import { deployment } from '../src/domain/deployment.ts';
import { commandOptions } from '../src/build/command-line.ts';
import { bareAstroBuild, secondsSince, timedNode, type TimedRun } from './bare-astro.ts';
import { pageWeight } from './page-weight.ts';
import { treeResidentBytes } from './process-memory.ts';
import { sitePages } from '../src/build/site-pages.ts';
import { FIXED_QUERIES, firstSearchSummary } from './search-weight.ts';
import { reviseOneDecision, writeSyntheticOffice } from './synthetic-office.ts';
import { writeSyntheticSpending } from './synthetic-spending.ts';
import { watchedBuild } from './watched-build.ts';

interface Figure {
  measure: string;
  value: number;
  unit: string;
}

const values = commandOptions({ sizes: { type: 'string', default: '1000,10000' }, spending: { type: 'string', default: '120x2000' } }, 'npm run bench [-- --sizes 1000,10000] [-- --spending 120x2000]');
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--sizes takes whole numbers of decision notices separated by commas, such as 1000,10000; found "${values.sizes}".`);
  process.exit(2);
}
const spendingSize = values.spending === '0' ? undefined : /^(\d+)x(\d+)$/.exec(values.spending)?.slice(1).map(Number);
if (values.spending !== '0' && !spendingSize) {
  console.error(`--spending takes monthly files x rows per file, such as 120x2000, or 0; found "${values.spending}".`);
  process.exit(2);
}

// Every site is built as a published one is, with a sitemap and feeds, which need the site's address.
process.env.SITE_URL ||= 'https://bench.sample.test';

const figures: Figure[] = [];
const AS_OF = '2026-01-01';
const work = join(tmpdir(), 'pcc-bench');
const count = (n: number) => n.toLocaleString('en-GB');
const memory = (run: TimedRun) => (run.peakMegabytes ? `, peak ${run.peakMegabytes} MB` : '');
/** Full builds of each size, ours and bare Astro's taking turns. */
const FULL_BUILD_RUNS = 3;
const medianRun = (runs: TimedRun[]) => runs.toSorted((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
const runsList = (runs: TimedRun[]) => `${runs.length} runs: ${runs.map((run) => run.seconds).join(', ')} s`;
const build = (office: string, out: string) => timedNode(['src/build/commands/build.ts', '--out', out, '--as-of', AS_OF], { OFFICE: office });

/** Edits one notice in `office` at a time while `npm run watch` builds it, timing each from the edit to the site published with it. */
async function watchedRebuilds(office: string, site: string, edits: number): Promise<TimedRun[]> {
  const watching = watchedBuild(office, site, ['--as-of', AS_OF]);
  try {
    const first = await watching.next();
    if (!first.built) throw new Error(`npm run watch did not build the site:\n${first.output}`);
    const runs: TimedRun[] = [];
    for (let edit = 0; edit < edits; edit++) {
      // An editor's edits come seconds apart: the last build's old site has been removed by then.
      while (readdirSync(dirname(site)).some((name) => name.startsWith(`${basename(site)}.retired-`))) await sleep(100);
      const revision = reviseOneDecision(office);
      const edited = performance.now();
      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, treeResidentBytes(watching.pid) ?? 0)), 100);
      const outcome = await watching.next();
      clearInterval(sampler);
      if (!outcome.built || !readFileSync(join(site, revision.page), 'utf8').includes(revision.title)) throw new Error(`npm run watch did not publish the edit to ${revision.page}:\n${outcome.output}`);
      runs.push({ seconds: Number(((outcome.at - edited) / 1000).toFixed(2)), ...(peak ? { peakMegabytes: Math.round(peak / 2 ** 20) } : {}) });
    }
    return runs;
  } finally {
    await watching.stop();
  }
}

rmSync(work, { recursive: true, force: true });

// The sample office: the bytes each kind of page costs a reader, and the first search.
const sample = join(work, 'sample-site');
figures.push({ measure: 'build, sample office (content/)', value: (await build('content', sample)).seconds, unit: 's' });
const PAGE_TYPES: [string, RegExp][] = [
  ['home', /^\/$/],
  ['decision', /^\/decisions\/(?!\d{4}\/)[^/]+\/$/],
  ['decisions of a year', /^\/decisions\/\d{4}\/$/],
  ['budget year (charts)', /^\/budgets\/[^/]+\/$/],
  ['commissioned service', /^\/services\/(?!themes\/|locations\/|providers\/)[^/]+\/$/],
  ['services (filters)', /^\/services\/$/],
  ['plan', /^\/plans\/(?!kinds\/)[^/]+\/$/],
  ['transparency register', /^\/transparency\/$/],
  ['search', /^\/search\/$/],
  ['open data', /^\/data\/$/],
];
const samplePages = sitePages(sample);
const pageWeights = PAGE_TYPES.flatMap(([type, pattern]) => {
  const page = samplePages.find((path) => pattern.test(path));
  return page ? [{ type, page, ...pageWeight(sample, page.slice(1)) }] : [];
});
/** A first search's figures: one query's, as before, then the median and worst of the ten fixed ones, as stored and as a static host sends them. */
async function firstSearchFigures(site: string, label: string): Promise<void> {
  const summary = await firstSearchSummary(site);
  const one = summary.weights.get('community safety')!;
  figures.push({ measure: `first search, ${label}`, value: one.total, unit: `bytes in ${one.requests} requests (${one.search} of them Pagefind's; ${one.compressed} compressed)` });
  figures.push({ measure: `first search, median of ${FIXED_QUERIES.length} queries, ${label}`, value: summary.median, unit: `bytes (${summary.medianCompressed} compressed)` });
  figures.push({ measure: `first search, worst of ${FIXED_QUERIES.length} queries, ${label}`, value: summary.worst, unit: `bytes (${summary.worstCompressed} compressed, "${summary.worstQuery}")` });
}
await firstSearchFigures(sample, 'sample site');

// The sample office with years of monthly spending files: what they add to a check and a build.
if (spendingSize) {
  const [months, rows] = spendingSize as [number, number];
  const label = `${count(months)} spending files of ${count(rows)} rows`;
  const started = performance.now();
  const sampleChecked = checkOffice('content', { asOf: AS_OF });
  figures.push({ measure: `check, sample office (${sampleChecked.filesChecked} files)`, value: secondsSince(started), unit: 's' });
  const office = join(work, 'office-spending');
  cpSync('content', office, { recursive: true });
  writeSyntheticSpending(office, { months, rowsPerMonth: rows });
  // The check trusts no file's size and times within 2 s of its last change (see fileState): an
  // office's files are older than that when it is checked.
  await sleep(2000);
  const cache = { file: join(work, 'spending-check.json'), codeDigest: 'bench' };
  const checkStarted = performance.now();
  const checked = checkOffice(office, { asOf: AS_OF, cache });
  const errors = checked.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) console.warn(`The sample with ${label} has ${errors} errors: the figures below include reporting them.`);
  figures.push({ measure: `check, sample office + ${label}`, value: secondsSince(checkStarted), unit: `s (${checked.filesChecked} files)` });
  const recheckStarted = performance.now();
  checkOffice(office, { asOf: AS_OF, cache });
  figures.push({ measure: `check again, files unchanged, sample office + ${label}`, value: secondsSince(recheckStarted), unit: 's' });
  // Both builds start cold, in copies of the sample: the one without spending is the baseline.
  const bare = join(work, 'office-no-spending');
  cpSync('content', bare, { recursive: true });
  const site = join(work, 'site-spending');
  const without = await build(bare, join(work, 'site-no-spending'));
  figures.push({ measure: 'full build, sample office, cold', value: without.seconds, unit: `s${memory(without)}` });
  const built = await build(office, site);
  const pages = sitePages(site).length;
  figures.push({ measure: `full build, sample office + ${label}, cold`, value: built.seconds, unit: `s (${count(pages)} pages${memory(built)}; ${(built.seconds - without.seconds).toFixed(1)} s more than without)` });
  for (const dir of [office, bare]) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(deployment({ OFFICE: dir }).cacheDir, { recursive: true, force: true });
  }
  rmSync(site, { recursive: true, force: true });
  rmSync(join(work, 'site-no-spending'), { recursive: true, force: true });
}

for (const size of sizes) {
  const label = `${count(size)} decision notices`;
  const office = writeSyntheticOffice('content', join(work, `office-${size}`), size);
  const started = performance.now();
  const checked = checkOffice(office, { asOf: AS_OF });
  const errors = checked.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) console.warn(`The generated office of ${label} has ${errors} errors: the figures below include reporting them.`);
  figures.push({ measure: `check, ${label} (${checked.filesChecked} files)`, value: secondsSince(started), unit: 's' });

  // Both full builds start cold, with no content cache from an earlier run, and take turns, as the
  // machine's speed drifts between runs (one bare build took 51 s and another 127 s on one quiet morning):
  // each figure is the median of its runs, and the ratio is of the medians.
  const site = join(work, `site-${size}`);
  const bareSite = join(work, `bare-${size}`);
  const ourRuns: TimedRun[] = [];
  const bareRuns: TimedRun[] = [];
  for (let run = 0; run < FULL_BUILD_RUNS; run++) {
    rmSync(deployment({ OFFICE: office }).cacheDir, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
    ourRuns.push(await build(office, site));
    rmSync(bareSite, { recursive: true, force: true });
    bareRuns.push(await bareAstroBuild(join(office, 'decisions'), bareSite));
  }
  const ours = medianRun(ourRuns);
  const bare = medianRun(bareRuns);
  const pages = sitePages(site).length;
  figures.push({ measure: `full build, ${label}`, value: ours.seconds, unit: `s, the median of ${runsList(ourRuns)} (${count(pages)} pages, ${Math.round(pages / ours.seconds)} pages/s${memory(ours)})` });
  figures.push({ measure: `bare Astro build, ${label}`, value: bare.seconds, unit: `s, the median of ${runsList(bareRuns)}${memory(bare)}` });
  figures.push({ measure: `ratio to bare Astro, ${label}`, value: Number((ours.seconds / bare.seconds).toFixed(2)), unit: '×, of the medians' });
  // What search alone costs: Pagefind over the bare site's pages, in a process of its own as in the
  // build, so its memory is measured too. The ratio above cannot go below bare build + this.
  const pagefind = await timedNode(['bench/search-index-only.ts', bareSite], {});
  figures.push({ measure: `Pagefind over the bare site, ${label}`, value: pagefind.seconds, unit: `s${memory(pagefind)} (bare build + search index = ${((bare.seconds + pagefind.seconds) / bare.seconds).toFixed(2)}× the bare build)` });
  rmSync(bareSite, { recursive: true, force: true });

  // An editor changes one notice; the site is rebuilt with the content cache of the build before.
  const revision = reviseOneDecision(office);
  const rebuild = await build(office, site);
  if (!readFileSync(join(site, revision.page), 'utf8').includes(revision.title)) throw new Error(`The rebuilt ${revision.page} does not show the revised title.`);
  figures.push({ measure: `rebuild after editing one notice, ${label}`, value: rebuild.seconds, unit: `s${memory(rebuild)}` });
  // The same, as an editor sees it under npm run watch, which keeps Astro loaded from one build to the next.
  const watched = await watchedRebuilds(office, site, 3);
  const peaks = watched.flatMap((run) => run.peakMegabytes ?? []);
  figures.push({ measure: `rebuild after editing one notice, npm run watch, ${label}`, value: medianRun(watched).seconds, unit: `s, the median of ${watched.length} edits (${watched.map((run) => run.seconds).join(', ')} s${peaks.length ? `; peak ${Math.max(...peaks)} MB` : ''})` });

  await firstSearchFigures(site, label);
  rmSync(join(work, `office-${size}`), { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  rmSync(deployment({ OFFICE: office }).cacheDir, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

const width = Math.max(...figures.map((f) => f.measure.length));
console.log(`${'measure'.padEnd(width)}  value`);
for (const figure of figures) console.log(`${figure.measure.padEnd(width)}  ${figure.value} ${figure.unit}`);
console.log('\nBytes per page of the sample site, as stored (gzipped in brackets):');
const typeWidth = Math.max(...pageWeights.map((w) => `${w.type} ${w.page}`.length));
console.log(`${'page'.padEnd(typeWidth)}  ${'HTML'.padStart(16)}  ${'CSS'.padStart(16)}  ${'JavaScript'.padStart(16)}`);
for (const w of pageWeights) {
  const cell = (bytes: { raw: number; gzip: number }) => `${bytes.raw} (${bytes.gzip})`.padStart(16);
  console.log(`${`${w.type} ${w.page}`.padEnd(typeWidth)}  ${cell(w.html)}  ${cell(w.css)}  ${cell(w.js)}`);
}
console.log(JSON.stringify({ machine: { cpus: cpus().length, node: process.version }, asOf: AS_OF, figures, pageWeights }, null, 2));
