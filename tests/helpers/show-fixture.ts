// Prints what the check says about fixtures, as "# expect:" lines to paste into them.
// Usage: node tests/helpers/show-fixture.ts tests/fixtures/bad/decisions/bad-date.md [...]
import { actualProblems, readFixture } from './fixtures.ts';

for (const file of process.argv.slice(2)) {
  console.log(`${file}:`);
  for (const line of actualProblems(readFixture(file))) console.log(`# expect: ${line}`);
}
