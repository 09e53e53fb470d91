// Performance figures, printed as a table and as JSON for tracking. No pass or fail: read the numbers.
// Usage: npm run bench
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOffice } from '../src/lib/check/index.ts';
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

const width = Math.max(...figures.map((f) => f.measure.length));
console.log(`${'measure'.padEnd(width)}  value`);
for (const figure of figures) console.log(`${figure.measure.padEnd(width)}  ${figure.value} ${figure.unit}`);
console.log(JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, figures }, null, 2));
