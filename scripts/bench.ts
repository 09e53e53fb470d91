// Performance figures, printed as a table and as JSON for tracking. No pass or fail: read the numbers.
// Usage: npm run bench
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOffice } from '../src/lib/check/index.ts';
import { pageWeight } from './lib/page-weight.ts';
import { writeSyntheticOffice } from './lib/synthetic-office.ts';

interface Figure {
  measure: string;
  value: number;
  unit: string;
}

const figures: Figure[] = [];

function time<T>(work: () => T): { result: T; seconds: number } {
  const started = performance.now();
  const result = work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

for (const count of [1_000, 10_000]) {
  const office = writeSyntheticOffice('content', join(tmpdir(), `bench-office-${count}`), count);
  const { result, seconds } = time(() => checkOffice(office, { asOf: '2026-01-01' }));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) console.warn(`The generated office of ${count} decisions has ${errors} errors: the figures below include reporting them.`);
  figures.push({ measure: `check, ${count.toLocaleString('en-GB')} decision notices (${result.filesChecked} files)`, value: Number(seconds.toFixed(2)), unit: 's' });
  rmSync(office, { recursive: true, force: true });
}

const sample = join(tmpdir(), 'bench-sample-site');
execFileSync(process.execPath, ['scripts/build.ts', '--out', sample], { env: { ...process.env, OFFICE: 'content' }, stdio: 'pipe' });
for (const [label, page] of [['chart page (budgets/2016-17)', 'budgets/2016-17'], ['decision page (decisions/41-2020)', 'decisions/41-2020']]) {
  const weight = pageWeight(sample, page!);
  figures.push({ measure: `JavaScript, ${label}`, value: weight.js.raw, unit: `bytes (${weight.js.gzip} gzipped)` });
}
rmSync(sample, { recursive: true, force: true });

const width = Math.max(...figures.map((f) => f.measure.length));
console.log(`${'measure'.padEnd(width)}  value`);
for (const figure of figures) console.log(`${figure.measure.padEnd(width)}  ${figure.value} ${figure.unit}`);
console.log(JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, figures }, null, 2));
