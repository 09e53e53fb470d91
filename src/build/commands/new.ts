// Writes a new entry with every required field filled in and the help for each field above it,
// then checks it. Usage: npm run new -- decision   (OFFICE=examples/nottinghamshire npm run new -- plan)
import { asOfDate } from '../../domain/as-of.ts';
import { formatProblem } from '../../domain/check/problems.ts';
import { collections } from '../../domain/collections.ts';
import { officeDir } from '../../domain/deployment.ts';
import { collectionNamed, writeNewEntry } from '../new-entry.ts';

const asked = process.argv[2] ?? '';
const usage = `Say which kind of entry to create, one of: ${Object.keys(collections).join(', ')}.\nFor example: npm run new -- decision`;
if (asked === '--help' || asked === '-h') {
  console.log(usage);
  process.exit(0);
}
const collection = collectionNamed(asked);
if (!collection) {
  console.error(`${asked ? `There is no collection "${asked.toLowerCase()}". ` : ''}${usage}`);
  process.exit(2);
}

const { written, problems } = writeNewEntry(officeDir(), collection, asOfDate());
if (!written) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(1);
}
console.log(`Wrote ${written}: fill in each field (the lines starting # say what goes there), then run npm run check.`);
if (problems.length) console.log(problems.map(formatProblem).join('\n'));
process.exit(problems.some((problem) => problem.severity === 'error') ? 1 : 0);
